#include "paragraphaligner.h"

#include <QRegularExpression>
#include <QTest>

using namespace WireDiff;

// ParagraphAligner turns links between paragraphs into rows. Each row of
// the data gives the articles as paragraph shapes ("H6" a six-word
// headline, "B3" a byline, "D3" a dateline, "C8" a caption, "X2"
// boilerplate, "P40" a body paragraph), the word evidence as
// "article.paragraph-article.paragraph:weight", the editor's unlinks, and
// the rows expected, top to bottom, as the paragraphs each holds. A shape
// ending in "*" has most of its words found in another article.
class TestParagraphAligner : public QObject
{
    Q_OBJECT

private slots:
    void alignsRows_data();
    void alignsRows();
    void flagsUnique_data();
    void flagsUnique();
    void flagsMoved_data();
    void flagsMoved();
};

namespace {

std::vector<ParagraphShape> shapesOf(const QString &spec)
{
    std::vector<ParagraphShape> shapes;
    for (const QString &item : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        ParagraphShape shape;
        shape.foundElsewhere = item.endsWith(QLatin1Char('*'));
        shape.words = item.mid(1, item.size() - (shape.foundElsewhere ? 2 : 1)).toInt();
        switch (item.at(0).toLatin1()) {
        case 'H': shape.role = ParagraphRole::Headline; break;
        case 'B': shape.role = ParagraphRole::Byline; break;
        case 'D': shape.role = ParagraphRole::Dateline; break;
        case 'C': shape.role = ParagraphRole::Caption; break;
        case 'X': shape.role = ParagraphRole::Boilerplate; break;
        default: shape.role = ParagraphRole::Body; break;
        }
        shapes.push_back(shape);
    }
    return shapes;
}

ParagraphAligner::Constraints::Node nodeOf(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    return { parts.at(0).toInt(), parts.at(1).toInt() };
}

std::vector<ParagraphEvidence> evidenceOf(const QString &spec)
{
    std::vector<ParagraphEvidence> links;
    static const QRegularExpression link(QStringLiteral("(\\d+\\.\\d+)-(\\d+\\.\\d+):([\\d.]+)"));
    for (auto it = link.globalMatch(spec); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const auto [article, paragraph] = nodeOf(match.captured(1));
        const auto [other, otherParagraph] = nodeOf(match.captured(2));
        links.push_back(ParagraphEvidence { article, paragraph, other, otherParagraph, match.captured(3).toDouble() });
    }
    return links;
}

ParagraphAligner::Constraints unlinksOf(const QString &spec)
{
    ParagraphAligner::Constraints constraints;
    for (const QString &pair : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList ends = pair.split(QLatin1Char('-'));
        constraints.unlinked.emplace_back(nodeOf(ends.at(0)), nodeOf(ends.at(1)));
    }
    return constraints;
}

QString layoutOf(const ParagraphAligner::Result &result)
{
    QStringList rows;
    for (const AlignedRow &row : result.rows) {
        QStringList members;
        for (size_t a = 0; a < row.cells.size(); ++a)
            for (const qint32 p : row.cells[a].paragraphs)
                members << QStringLiteral("%1.%2").arg(a).arg(p);
        rows << members.join(QLatin1Char(' '));
    }
    return rows.join(QLatin1Char('|'));
}

// Aligns articles written as shapes ("P30 X1 C28") with the given links.
ParagraphAligner::Result alignShapes(const QStringList &articles, const QString &evidence,
                                     const QString &unlinked = QString())
{
    std::vector<std::vector<ParagraphShape>> shapes;
    for (const QString &article : articles)
        shapes.push_back(shapesOf(article));
    return ParagraphAligner::align(shapes, 0, evidenceOf(evidence), unlinksOf(unlinked));
}

// "article.paragraph" of every paragraph `flagged` says yes to, in order.
template<typename Flagged>
QString flaggedParagraphs(const ParagraphAligner::Result &result, Flagged flagged)
{
    QStringList names;
    for (size_t a = 0; a < result.rowOf.size(); ++a)
        for (size_t p = 0; p < result.rowOf[a].size(); ++p)
            if (flagged(a, p))
                names << QStringLiteral("%1.%2").arg(a).arg(p);
    return names.join(QLatin1Char(' '));
}

} // namespace

void TestParagraphAligner::alignsRows_data()
{
    QTest::addColumn<QStringList>("articles");
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<QString>("unlinked");
    QTest::addColumn<QString>("rows");

    const QStringList headed { QStringLiteral("H8 B3 D3 P40 P30"), QStringLiteral("H9 B2 D4 P41 P31") };
    const QString bodies = QStringLiteral("0.3-1.3:35 0.4-1.4:28");

    QTest::newRow("body paragraphs by evidence") << QStringList { "P40 P30", "P41 P31" } << "0.0-1.0:35 0.1-1.1:28" << QString()
                                                 << "0.0 1.0|0.1 1.1";
    QTest::newRow("too little shared: apart") << QStringList { "P40", "P41" } << "0.0-1.0:10" << QString()
                                             << "0.0|1.0";
    QTest::newRow("rewritten headline, byline and dateline keep their rows")
        << headed << bodies << QString() << "0.0 1.0|0.1 1.1|0.2 1.2|0.3 1.3|0.4 1.4";
    // (The other article shares no body row: its body after the base's.)
    QTest::newRow("body paragraphs have no slots") << QStringList { "H8 P40", "H8 P41" } << "0.0-1.0:8" << QString()
                                                   << "0.0 1.0|0.1|1.1";
    QTest::newRow("two headlines in an article: no slot") << QStringList { "H8 H6 P40", "H9 P41" } << "0.2-1.1:35"
                                                          << QString() << "0.0|0.1|1.0|0.2 1.1";
    QTest::newRow("the base lacks a headline: the others' share a row")
        << QStringList { "P40", "H8 P41", "H9 P42" } << "0.0-1.1:35 0.0-2.1:35" << QString() << "1.0 2.0|0.0 1.1 2.1";
    QTest::newRow("a byline with the words of a dateline") << QStringList { "B3 D4 P40", "D3 D3 P41" }
                                                           << "0.0-1.0:2 0.1-1.1:3 0.2-1.2:35" << QString()
                                                           << "0.0 1.0|0.1 1.1|0.2 1.2";
    QTest::newRow("a headline never joins a body paragraph") << QStringList { "H8 P40", "P8 P41" }
                                                            << "0.0-1.0:8 0.1-1.1:35" << QString() << "0.0|1.0|0.1 1.1";
    QTest::newRow("the editor's unlink overrides a slot") << headed << bodies << "0.0-1.0"
                                                          << "0.0|1.0|0.1 1.1|0.2 1.2|0.3 1.3|0.4 1.4";
    // A copy's own opening waits for the first base row it reaches, and an
    // article that reaches none (another story) comes after the base's
    // rows: the view opens on the base's headline and lead (review 10,
    // finding 7). Each article still reads in order.
    QTest::newRow("a copy's own opening: before the first base row it reaches")
        << QStringList { "H8 P40 P40 P40", "P30 P30 P40 P40" } << "0.2-1.2:35 0.3-1.3:35" << QString()
        << "0.0|0.1|1.0|1.1|0.2 1.2|0.3 1.3";
    QTest::newRow("a copy's own opening: a quote moved up does not count")
        << QStringList { "P40 P40 P40 P40", "P30 P30 P40 P40 P40 P10" } << "0.1-1.2:35 0.2-1.3:35 0.3-1.4:35 0.0-1.5:9"
        << QString() << "0.0 1.5|1.0|1.1|0.1 1.2|0.2 1.3|0.3 1.4";
    QTest::newRow("another story: after the base's rows")
        << QStringList { "P40 P40", "P30 P30", "P40 P40" } << "0.0-2.0:35 0.1-2.1:35" << QString()
        << "0.0 2.0|0.1 2.1|1.0|1.1";
    // Its headline and byline take the slots beside the base's, but no
    // body paragraph shares a row: its body still comes after the base's.
    QTest::newRow("another story with a headline and byline: its body after the base's rows")
        << QStringList { "H8 B3 P40 P40", "H9 B2 P30 P30", "H7 B3 P40 P40" } << "0.2-2.2:35 0.3-2.3:35" << QString()
        << "0.0 1.0 2.0|0.1 1.1 2.1|0.2 2.2|0.3 2.3|1.2|1.3";
    // A copy's own ending, after its last row shared with the base, goes
    // after the base's remaining rows: the base's story is not split by
    // rows only the copy fills (review 13, finding 7).
    QTest::newRow("a copy's own ending: after the base's remaining rows")
        << QStringList { "P40 P40 P40 P40", "P40 P40 P30 P30" } << "0.0-1.0:35 0.1-1.1:35" << QString()
        << "0.0 1.0|0.1 1.1|0.2|0.3|1.2|1.3";
    QTest::newRow("two copies' own endings: after the base's rows, each in order")
        << QStringList { "P40 P40 P40", "P40 P30", "P40 P40 P30" } << "0.0-1.0:35 0.0-2.0:35 0.1-2.1:35" << QString()
        << "0.0 1.0 2.0|0.1 2.1|0.2|1.1|2.2";
    // Guard: a paragraph of its own between two shared ones stays where
    // the copy has it.
    QTest::newRow("a copy's own paragraph between shared rows stays")
        << QStringList { "P40 P40 P40", "P40 P30 P40" } << "0.0-1.0:35 0.2-1.2:35" << QString()
        << "0.0 1.0|1.1|0.1|0.2 1.2";
    QTest::newRow("headlines by evidence and by slot in one row") << QStringList { "H8 P40", "H9 P41", "H7 P42" }
                                                                  << "0.0-1.0:6 0.1-1.1:35 0.1-2.1:35" << QString()
                                                                  << "0.0 1.0 2.0|0.1 1.1 2.1";
    // The base's third paragraph is split in two; the longer half moved to
    // the end. The half in place keeps the row, whichever half is longer.
    QTest::newRow("a split paragraph's longer half moved away")
        << QStringList { "P20 P20 P33 P20", "P20 P20 P16 P20 P17" }
        << "0.0-1.0:20 0.1-1.1:20 0.2-1.2:16 0.2-1.4:17 0.3-1.3:20" << QString() << "0.0 1.0|0.1 1.1|0.2 1.2|0.3 1.3|1.4";
    QTest::newRow("a split paragraph's shorter half moved away")
        << QStringList { "P20 P20 P33 P20", "P20 P20 P17 P20 P16" }
        << "0.0-1.0:20 0.1-1.1:20 0.2-1.2:17 0.2-1.4:16 0.3-1.3:20" << QString() << "0.0 1.0|0.1 1.1|0.2 1.2|0.3 1.3|1.4";
    // Under minCoverage of it stays in place (8 of 35 words), the rest
    // moved to the end: the two halves share none of their words, so the
    // half in place is a part of the paragraph and keeps its row.
    QTest::newRow("a split paragraph's short half in place, the rest moved away")
        << QStringList { "P20 P20 P35 P20", "P20 P20 P8 P20 P27" }
        << "0.0-1.0:20 0.1-1.1:20 0.2-1.2:8 0.2-1.4:27 0.3-1.3:20" << QString() << "0.0 1.0|0.1 1.1|0.2 1.2|0.3 1.3|1.4";
    // The base's second paragraph split with an added paragraph between
    // its short opening and its longer continuation, both in their order:
    // the heavier continuation keeps the row, as before.
    QTest::newRow("a split paragraph's longer continuation after an added paragraph")
        << QStringList { "P20 P35 P20", "P20 P8 P10 P27 P20" } << "0.0-1.0:20 0.1-1.1:8 0.1-1.3:27 0.2-1.4:20" << QString()
        << "0.0 1.0|1.1|1.2|0.1 1.3|0.2 1.4";
    // A few words of the base's third paragraph stay in place; the
    // paragraph itself moved to the end whole and keeps its counterpart.
    QTest::newRow("a fragment in place does not hold a paragraph moved whole")
        << QStringList { "P20 P20 P40 P20 P20", "P20 P20 P5 P20 P20 P40" }
        << "0.0-1.0:20 0.1-1.1:20 0.2-1.2:3 0.2-1.5:40 0.3-1.3:20 0.4-1.4:20" << QString()
        << "0.0 1.0|0.1 1.1|1.2|0.2 1.5|0.3 1.3|0.4 1.4";
    // The other way round: the other article merges a moved piece of the
    // base back into the paragraph it came from, which stays in its row.
    QTest::newRow("a merged paragraph keeps its row in order")
        << QStringList { "P20 P16 P20 P20 P17", "P20 P33 P20 P20" }
        << "0.0-1.0:20 0.1-1.1:16 0.2-1.2:20 0.3-1.3:20 0.4-1.1:17" << QString() << "0.0 1.0|0.1 1.1|0.2 1.2|0.3 1.3|0.4";
    QTest::newRow("a byline placed by evidence takes no slot") << QStringList { "B3 D4 P40", "B3 P41" }
                                                               << "1.0-0.1:3 0.2-1.1:35" << QString()
                                                               << "0.0|0.1 1.0|0.2 1.1";
}

void TestParagraphAligner::alignsRows()
{
    QFETCH(QStringList, articles);
    QFETCH(QString, evidence);
    QFETCH(QString, unlinked);
    QFETCH(QString, rows);

    QCOMPARE(layoutOf(alignShapes(articles, evidence, unlinked)), rows);
}

void TestParagraphAligner::flagsUnique_data()
{
    QTest::addColumn<QStringList>("articles");
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<QString>("unique"); // the unique paragraphs, as article.paragraph

    QTest::newRow("alone in its row") << QStringList { "P40 P30", "P41" } << "0.0-1.0:35" << "0.1";
    QTest::newRow("shared with another article") << QStringList { "P40 P30", "P41 P31" } << "0.0-1.0:35 0.1-1.1:25"
                                                 << QString();
    // A repeat the diff matched once has no link, but its words are elsewhere.
    QTest::newRow("alone, its words mostly found elsewhere") << QStringList { "P40", "P41 P40*" } << "0.0-1.0:35"
                                                             << QString();
    QTest::newRow("boilerplate is never a claim") << QStringList { "P40 X6", "P41" } << "0.0-1.0:35" << QString();
    // A dateline or time stamp alone in its row says where or when, not
    // what (review 13, finding 8).
    QTest::newRow("a dateline is never a claim") << QStringList { "P40 P30", "P41 D6" } << "0.0-1.0:35" << "0.1";
    // Alone in its row (no base paragraph holds enough of it), but 18 of
    // its 30 words come from the base's two paragraphs, moved or reworded:
    // no claim of its own. With 5 of them it is one.
    QTest::newRow("alone, its words mostly from the base's paragraphs")
        << QStringList { "P40 P40", "P40 P30 P40" } << "0.0-1.0:35 0.1-1.2:35 0.0-1.1:10 0.1-1.1:8" << QString();
    QTest::newRow("alone, a few of its words from the base")
        << QStringList { "P40 P40", "P40 P30 P40" } << "0.0-1.0:35 0.1-1.2:35 0.0-1.1:5" << "1.1";
    // "In no other source" needs another source: one article alone has no claims of its own.
    QTest::newRow("one article alone") << QStringList { "P40 P30" } << QString() << QString();
}

void TestParagraphAligner::flagsUnique()
{
    QFETCH(QStringList, articles);
    QFETCH(QString, evidence);
    QFETCH(QString, unique);
    const ParagraphAligner::Result result = alignShapes(articles, evidence);
    QCOMPARE(flaggedParagraphs(result, [&](size_t a, size_t p) { return bool(result.unique[a][p]); }), unique);
}

void TestParagraphAligner::flagsMoved_data()
{
    QTest::addColumn<QStringList>("articles");
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<QString>("moved"); // the paragraphs in moved cells, as article.paragraph

    const QStringList five { QStringLiteral("P20 P20 P20 P20 P20"), QStringLiteral("P20 P20 P20 P20 P20") };
    QTest::newRow("one paragraph moved to the end") << five << "0.0-1.0:20 0.1-1.4:20 0.2-1.1:20 0.3-1.2:20 0.4-1.3:20"
                                                    << "1.4";
    // Any two of the three middle paragraphs are out of order; the one that
    // sits where it sat is not.
    QTest::newRow("two paragraphs swapped around one that stays")
        << five << "0.0-1.0:20 0.1-1.1:20 0.2-1.4:20 0.3-1.3:20 0.4-1.2:20" << "1.2 1.4";
    QTest::newRow("a long paragraph keeps its order, two short ones moved")
        << QStringList { "P10 P10 P40", "P40 P10 P10" } << "0.2-1.0:40 0.0-1.1:10 0.1-1.2:10" << "1.1 1.2";
    // The moved half of a split paragraph, in a row of its own, is out of
    // order: its words come from the base's third paragraph.
    QTest::newRow("the moved half of a split paragraph")
        << QStringList { "P20 P20 P33 P20", "P20 P20 P16 P20 P17" }
        << "0.0-1.0:20 0.1-1.1:20 0.2-1.2:16 0.2-1.4:17 0.3-1.3:20" << "1.4";
    QTest::newRow("the moved shorter half of a split paragraph")
        << QStringList { "P20 P20 P33 P20", "P20 P20 P17 P20 P16" }
        << "0.0-1.0:20 0.1-1.1:20 0.2-1.2:17 0.2-1.4:16 0.3-1.3:20" << "1.4";
    QTest::newRow("the moved rest of a split paragraph whose short half stayed")
        << QStringList { "P20 P20 P35 P20", "P20 P20 P8 P20 P27" }
        << "0.0-1.0:20 0.1-1.1:20 0.2-1.2:8 0.2-1.4:27 0.3-1.3:20" << "1.4";
    // The paragraphs of its own after a moved half stand where the article
    // put them: they did not move with it (a copy's own ending after a
    // restated lead).
    QTest::newRow("paragraphs of its own after a moved half")
        << QStringList { "P20 P20 P33 P20", "P20 P20 P16 P20 P17 P20 P20" }
        << "0.0-1.0:20 0.1-1.1:20 0.2-1.2:16 0.2-1.4:17 0.3-1.3:20" << "1.4";
    // An added paragraph between the two halves of a paragraph split in
    // place: the half without the base paragraph's row is still in order.
    QTest::newRow("an added paragraph between two halves")
        << QStringList { "P20 P33 P20", "P20 P16 P10 P17 P20" } << "0.0-1.0:20 0.1-1.1:16 0.1-1.3:17 0.2-1.4:20"
        << QString();
    // A repeat of the second paragraph, which is still in place in full,
    // is no moved half: it has none of the base's words the first copy lacks.
    QTest::newRow("a repeat of a paragraph still in place")
        << QStringList { "P20 P18 P33 P20", "P20 P18 P33 P18 P20" }
        << "0.0-1.0:20 0.1-1.1:18 0.2-1.2:33 0.1-1.3:17 0.3-1.4:20" << QString();
    // A caption no other article has travels with the paragraph it follows:
    // the heavy pair after it are in order, the moved paragraph and its
    // caption are not, however long the caption.
    QTest::newRow("a caption of its own moves with its paragraph")
        << QStringList { "P20 P25 P25 P40", "P20 P40 C30 P25 P25" } << "0.0-1.0:20 0.3-1.1:40 0.1-1.3:25 0.2-1.4:25"
        << "1.1 1.2";
    // The article repeats the lead after a credit line and a caption, which
    // no other article has: their rows stand where the article put them,
    // and the lead's row, which holds both copies, is the one out of order.
    QTest::newRow("a paragraph above a caption that precedes it")
        << QStringList { "P30", "P30 X1 C28 P30", "P30" } << "0.0-1.3:30 0.0-2.0:30 1.0-2.0:30" << "1.0 1.3";
}

void TestParagraphAligner::flagsMoved()
{
    QFETCH(QStringList, articles);
    QFETCH(QString, evidence);
    QFETCH(QString, moved);
    const ParagraphAligner::Result result = alignShapes(articles, evidence);
    QCOMPARE(flaggedParagraphs(result, [&](size_t a, size_t p) { return result.rows[size_t(result.rowOf[a][p])].cells[a].moved; }),
             moved);
}

QTEST_GUILESS_MAIN(TestParagraphAligner)
#include "tst_paragraphaligner.moc"
