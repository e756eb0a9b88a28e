#include "comparisonfixtures.h"

#include <QRegularExpression>
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

QTEST_GUILESS_MAIN(TestWordClassifier)
#include "tst_wordclassifier.moc"
