#include "comparisonfixtures.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace WireDiff;
using namespace WireDiff::ComparisonFixtures;

// How the word classifier pairs the words it decided were copied with words
// of the base: which base word, and so whether same or moved.
class TestWordClassifier : public QObject
{
    Q_OBJECT

private slots:
    void loneWordsAreNotMovedFromElsewhere_data();
    void loneWordsAreNotMovedFromElsewhere();
    void aRepeatIsAdded_data();
    void aRepeatIsAdded();
    void movedTextIsMoved_data();
    void movedTextIsMoved();
    void unsupportedRewordingIsAdded_data();
    void unsupportedRewordingIsAdded();
    void droppedTextIsRemoved_data();
    void droppedTextIsRemoved();
};

namespace {

// Where a word is: article (0 base, 1 other), paragraph, and which of its
// occurrences there as a whole word (0 the first).
struct WordAt
{
    int article = 1;
    int paragraph = 0;
    QString word;
    int occurrence = 0;
};

// The span of the pair's comparison covering the word, or nullptr.
const DiffSpan *spanAt(const Comparison &comparison, const WordAt &at)
{
    const QString &text = comparison.articles[size_t(at.article)].paragraphs[size_t(at.paragraph)].text;
    const QRegularExpression whole(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(at.word)));
    auto matches = whole.globalMatch(text);
    qsizetype start = -1;
    for (int k = 0; start < 0 && matches.hasNext(); ++k) {
        const qsizetype found = matches.next().capturedStart();
        if (k == at.occurrence)
            start = found;
    }
    if (start < 0)
        return nullptr;
    for (const DiffSpan &span : comparison.spansOf(at.article, 1)) {
        if (span.paragraph == at.paragraph && span.start <= start && start < span.end)
            return &span;
    }
    return nullptr;
}

// The classes of the spans over the letters and digits of text[start, end)
// of a paragraph.
QSet<ChangeClass> classesOver(const Comparison &comparison, int article, int paragraph, qsizetype start, qsizetype end)
{
    const QString &text = comparison.articles[size_t(article)].paragraphs[size_t(paragraph)].text;
    QSet<ChangeClass> classes;
    for (const DiffSpan &span : comparison.spansOf(article, 1)) {
        if (span.paragraph != paragraph)
            continue;
        for (qsizetype i = std::max<qsizetype>(start, span.start); i < std::min<qsizetype>(end, span.end); ++i) {
            if (text.at(i).isLetterOrNumber()) {
                classes.insert(span.changeClass);
                break;
            }
        }
    }
    return classes;
}

QString describe(const Comparison &comparison, const WordAt &at, const DiffSpan &span)
{
    const QString &text = comparison.articles[size_t(at.article)].paragraphs[size_t(at.paragraph)].text;
    return QStringLiteral("'%1' (article %2, paragraph %3) is %4 in \"%5\", linked to paragraph %6")
        .arg(at.word).arg(at.article).arg(at.paragraph)
        .arg(changeClassName(span.changeClass), text.mid(span.start, span.end - span.start))
        .arg(span.linkParagraph);
}

} // namespace

void TestWordClassifier::loneWordsAreNotMovedFromElsewhere_data()
{
    QTest::addColumn<QStringList>("base");
    QTest::addColumn<QStringList>("other");
    QTest::addColumn<int>("article");
    QTest::addColumn<int>("paragraph");
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<ChangeClass>("expected");
    QTest::addColumn<int>("linkParagraph"); // -1: not checked

    // The attribution moved to the end of its sentence: its "said" comes
    // from that sentence, not from the first "said" of the base.
    const QString ferry = QStringLiteral("Officials said on Monday the old ferry terminal would shut for repairs.");
    QTest::newRow("an attribution word is found in its own sentence")
        << QStringList { ferry, QStringLiteral("Police said two lorries collided on the coast road late on Sunday "
                                               "and one driver was hurt.") }
        << QStringList { ferry, QStringLiteral("Two lorries collided on the coast road late on Sunday and one driver "
                                               "was hurt, a police spokesman said.") }
        << 1 << 1 << "said" << 0 << ChangeClass::Same << 1;

    // A quote given to another speaker, who is named further down: the
    // speaker is a changed fact, not a word moved from the last paragraph.
    const QStringList charges {
        QStringLiteral("Health Minister Anna Kovac defended the 4 percent rise in prescription charges on Monday."),
        QStringLiteral("\"Patients will see shorter queues within a year,\" Kovac told reporters. \"Every penny goes "
                       "back to the clinics.\""),
        QStringLiteral("Opposition spokesman Peter Lund called the rise \"a tax on the sick\"."),
    };
    const QStringList otherSpeaker = replaced(charges, 1, QString(charges[1]).replace(QStringLiteral("Kovac"),
                                                                                      QStringLiteral("Lund")));
    QTest::newRow("a changed speaker is a changed fact")
        << charges << otherSpeaker << 1 << 1 << "Lund" << 0 << ChangeClass::FactChanged << -1;
    QTest::newRow("the speaker's own paragraph stays in place")
        << charges << otherSpeaker << 0 << 2 << "Lund" << 0 << ChangeClass::Same << 2;

    // "4 million" against "40 million": the 4 is not the dateline's.
    const QString dateline = QStringLiteral("HAVEN, June 4 (Reuters) - The town council approved a new sea wall on "
                                            "Tuesday after a winter of floods.");
    QTest::newRow("a changed number is not moved from a date")
        << QStringList { dateline, QStringLiteral("The work is expected to cost 40 million euros, the council said.") }
        << QStringList { dateline, QStringLiteral("The work is expected to cost 4 million euros, the council said.") }
        << 1 << 1 << "4" << 0 << ChangeClass::FactChanged << -1;

    // A reworded headline in title case: its "More Money" is also in the
    // base's last paragraph, but two words found elsewhere do not make a
    // move; the headline wrote them anew.
    const QString budget = QStringLiteral("The council approved a new flood budget on Tuesday after a long debate in "
                                          "the town hall.");
    QTest::newRow("two words of a reworded headline found in the body are not moved")
        << QStringList { QStringLiteral("# Council approves flood budget"), budget,
                         QStringLiteral("Residents had asked for more money for the river wall, which failed twice "
                                        "last winter.") }
        << QStringList { QStringLiteral("# Council Approves More Money in Flood Budget"), budget }
        << 1 << 0 << "Money" << 0 << ChangeClass::Added << -1;
}

void TestWordClassifier::loneWordsAreNotMovedFromElsewhere()
{
    QFETCH(QStringList, base);
    QFETCH(QStringList, other);
    QFETCH(int, article);
    QFETCH(int, paragraph);
    QFETCH(QString, word);
    QFETCH(int, occurrence);
    QFETCH(ChangeClass, expected);
    QFETCH(int, linkParagraph);
    const Comparison comparison = comparePair(base, other);
    const WordAt at { article, paragraph, word, occurrence };
    const DiffSpan *span = spanAt(comparison, at);
    QVERIFY(span);
    QVERIFY2(span->changeClass == expected && (linkParagraph < 0 || span->linkParagraph == linkParagraph),
             qPrintable(describe(comparison, at, *span)));
}

void TestWordClassifier::aRepeatIsAdded_data()
{
    QTest::addColumn<QStringList>("base");
    QTest::addColumn<QStringList>("other");
    QTest::addColumn<QString>("repeated"); // text the other article has twice, the base once

    const QStringList market {
        QStringLiteral("Traders at the covered market in Dunmore reopened their stalls on Saturday after a week of "
                       "repairs to the leaking roof."),
        QStringLiteral("The council said 40 stalls had been moved to the car park while roofers replaced the glass. "
                       "Nobody lost a day of trading."),
        QStringLiteral("Fishmonger Ruth Abbey said customers had followed the traders outside despite the rain. "
                       "\"They were loyal to the last sprat,\" she said."),
        QStringLiteral("The market was built in 1887 and is the oldest covered market in the county."),
    };
    QTest::newRow("a paragraph repeated after the next")
        << market << QStringList { market[0], market[1], market[2], market[1], market[3] } << market[1];
    const QString sentence = QStringLiteral("Nobody lost a day of trading.");
    QTest::newRow("a sentence repeated in another paragraph")
        << market << replaced(market, 3, market[3] + QLatin1Char(' ') + sentence) << sentence;
}

void TestWordClassifier::aRepeatIsAdded()
{
    QFETCH(QStringList, base);
    QFETCH(QStringList, other);
    QFETCH(QString, repeated);
    const Comparison comparison = comparePair(base, other);

    // A base word has at most one partner.
    const ClassCounts &counts = comparison.counts[1];
    QVERIFY2(counts.same + counts.moved <= comparison.counts[0].words,
             qPrintable(QStringLiteral("%1 same and %2 moved words against %3 base words")
                            .arg(counts.same).arg(counts.moved).arg(comparison.counts[0].words)));

    // One copy is the base's text, the other is added, its marks too.
    QList<QSet<ChangeClass>> copies;
    for (int p = 0; p < int(other.size()); ++p) {
        for (qsizetype at = other[p].indexOf(repeated); at >= 0; at = other[p].indexOf(repeated, at + 1))
            copies.append(classesOver(comparison, 1, p, at, at + repeated.size()));
    }
    QCOMPARE(copies.size(), 2);
    const QSet<ChangeClass> same { ChangeClass::Same };
    const QSet<ChangeClass> added { ChangeClass::Added };
    QVERIFY2((copies[0] == same && copies[1] == added) || (copies[0] == added && copies[1] == same),
             qPrintable(QStringLiteral("the copies are %1 and %2").arg(namesOf(copies[0]), namesOf(copies[1]))));
    for (int p = 0; p < int(base.size()); ++p) {
        const qsizetype at = base[p].indexOf(repeated);
        if (at >= 0)
            QCOMPARE(namesOf(classesOver(comparison, 0, p, at, at + repeated.size())), namesOf(same));
    }
}

void TestWordClassifier::movedTextIsMoved_data()
{
    QTest::addColumn<QStringList>("base");
    QTest::addColumn<QStringList>("other");
    QTest::addColumn<int>("paragraph"); // of the other article
    QTest::addColumn<QString>("moved");   // text of it, moved from base paragraph `from`
    QTest::addColumn<int>("from");

    const QStringList ferry {
        QStringLiteral("# Ferry runs aground off Kessel Point"),
        QStringLiteral("The coastguard said 30 passengers were taken ashore by lifeboat after the hull was holed. "
                       "Nobody drowned."),
        QStringLiteral("Captain Ivo Marsh said the ferry had lost steering in a gale shortly after leaving port."),
        QStringLiteral("The harbour authority said the wreck would be towed away once the wind dropped."),
    };
    const QString nobody = QStringLiteral("Nobody drowned.");
    QTest::newRow("a short sentence moved to another paragraph")
        << ferry
        << QStringList { ferry[0], QString(ferry[1]).remove(QStringLiteral(" Nobody drowned.")), ferry[2],
                         ferry[3] + QLatin1Char(' ') + nobody }
        << 3 << nobody << 1;
    const QStringList swapped { ferry[0], ferry[3], ferry[2], ferry[1] };
    QTest::newRow("swapped paragraphs take their lead-ins with them")
        << ferry << swapped << 3 << QStringLiteral("The coastguard said") << 1;
    QTest::newRow("swapped paragraphs, the other one")
        << ferry << swapped << 1 << QStringLiteral("The harbour authority said") << 3;
}

void TestWordClassifier::movedTextIsMoved()
{
    QFETCH(QStringList, base);
    QFETCH(QStringList, other);
    QFETCH(int, paragraph);
    QFETCH(QString, moved);
    QFETCH(int, from);
    const Comparison comparison = comparePair(base, other);
    const qsizetype at = other[paragraph].indexOf(moved);
    QVERIFY(at >= 0);
    for (const DiffSpan &span : comparison.spansOf(1, 1)) {
        if (span.paragraph != paragraph || span.end <= at || span.start >= at + moved.size())
            continue;
        const WordAt word { 1, paragraph, other[paragraph].mid(span.start, span.end - span.start) };
        QVERIFY2(span.changeClass == ChangeClass::Moved && span.linkParagraph == from,
                 qPrintable(describe(comparison, word, span)));
    }
}

void TestWordClassifier::unsupportedRewordingIsAdded_data()
{
    QTest::addColumn<QStringList>("base");
    QTest::addColumn<QStringList>("other");
    QTest::addColumn<int>("paragraph"); // of the other article
    QTest::addColumn<QString>("word");
    QTest::addColumn<ChangeClass>("expected");

    const QString headline = QStringLiteral("# Flood barrier fails in Kessling");
    const QString engineer = QStringLiteral("\"We asked for the money three times and nobody answered,\" she told a "
                                            "meeting at the guildhall.");
    const QStringList base {
        headline,
        QStringLiteral("KESSLING, June 8 (Reuters) - A flood barrier on the river Wend gave way in the market town of "
                       "Kessling on Monday, flooding 80 shops and cutting power to two schools, police said."),
        QStringLiteral("The regional ambulance service said nine people were treated for cold and shock. No deaths "
                       "were reported."),
        QStringLiteral("Engineer Clara Hobb said the barrier, finished in 1998, had not been inspected for years. ")
            + engineer,
    };
    const QStringList other {
        headline,
        QStringLiteral("KESSLING, June 8 (Reuters) - The market town of Kessling agreed on Monday to sell the old "
                       "cinema building to a housing charity for a small sum, a council official said."),
        QStringLiteral("Nine people were treated for cold and shock, the regional ambulance service said. Nobody was "
                       "killed."),
        QStringLiteral("Engineer Clara Hobb said the barrier, completed in 1998, had gone unchecked for years. ")
            + engineer,
    };
    // Another story written into the base's dateline and place: nothing of
    // the clause is in the base sentence its copied frame points to.
    QTest::newRow("a clause of another story is added")
        << base << other << 1 << "cinema" << ChangeClass::Added;
    QTest::newRow("all of it") << base << other << 1 << "charity" << ChangeClass::Added;
    // No copied word, and only "nobody" in common with the quote.
    QTest::newRow("a sentence hanging on one shared word is added")
        << base << other << 2 << "killed" << ChangeClass::Added;
    QTest::newRow("a rewording that keeps its source's words is paraphrased")
        << base << other << 3 << "completed" << ChangeClass::Paraphrased;
}

void TestWordClassifier::unsupportedRewordingIsAdded()
{
    QFETCH(QStringList, base);
    QFETCH(QStringList, other);
    QFETCH(int, paragraph);
    QFETCH(QString, word);
    QFETCH(ChangeClass, expected);
    const Comparison comparison = comparePair(base, other);
    const WordAt at { 1, paragraph, word };
    const DiffSpan *span = spanAt(comparison, at);
    QVERIFY(span);
    QVERIFY2(span->changeClass == expected, qPrintable(describe(comparison, at, *span)));
}

void TestWordClassifier::droppedTextIsRemoved_data()
{
    QTest::addColumn<QStringList>("base");
    QTest::addColumn<QStringList>("other");
    QTest::addColumn<QString>("word"); // of the base's paragraph 1
    QTest::addColumn<ChangeClass>("expected");

    const TestArticles::DroppedDateline story = TestArticles::droppedDateline();
    const QStringList &base = story.wire;
    const QStringList &other = story.reworded;
    // The dateline was dropped, not reworded: nothing in the other
    // version's sentence stands for it.
    QTest::newRow("a dropped dateline is removed") << base << other << "BRENTFORD" << ChangeClass::Removed;
    QTest::newRow("its date too") << base << other << "May" << ChangeClass::Removed;
    QTest::newRow("the reworded words are paraphrased") << base << other << "walked" << ChangeClass::Paraphrased;
}

void TestWordClassifier::droppedTextIsRemoved()
{
    QFETCH(QStringList, base);
    QFETCH(QStringList, other);
    QFETCH(QString, word);
    QFETCH(ChangeClass, expected);
    const Comparison comparison = comparePair(base, other);
    const WordAt at { 0, 1, word };
    const DiffSpan *span = spanAt(comparison, at);
    QVERIFY(span);
    QVERIFY2(span->changeClass == expected, qPrintable(describe(comparison, at, *span)));
}

QTEST_GUILESS_MAIN(TestWordClassifier)
#include "tst_wordclassifier.moc"
