#include "comparisonfixtures.h"
#include "uniquesentences.h"

#include <QTest>

using namespace WireDiff;
using namespace WireDiff::ComparisonFixtures;

// Sentences found in no other source inside paragraphs that are shared
// (review 13, finding 8): an invented sentence in a copied paragraph is a
// claim only its article makes; a copied, moved or reworded sentence, a
// dateline and the sentences of a paragraph unique as a whole are not.
class TestUniqueSentences : public QObject
{
    Q_OBJECT

private slots:
    void findsSentences_data();
    void findsSentences();
    void offsetsCoverTheSentence();
};

namespace {

// "b ¶3: text" per unique sentence.
QStringList listed(const Comparison &comparison)
{
    QStringList lines;
    for (const UniqueSentence &sentence : comparison.uniqueSentences) {
        const Article &article = comparison.articles[size_t(sentence.article)];
        lines.append(QStringLiteral("%1 ¶%2: %3")
                         .arg(article.id)
                         .arg(sentence.paragraph + 1)
                         .arg(article.paragraphs[size_t(sentence.paragraph)].text.mid(sentence.start,
                                                                                       sentence.end - sentence.start)));
    }
    return lines;
}

QStringList withSentence(QStringList paragraphs, qsizetype paragraph, const QString &after, const QString &sentence)
{
    QString &text = paragraphs[paragraph];
    const qsizetype at = text.indexOf(after);
    Q_ASSERT(at >= 0);
    text.insert(at + after.size(), QLatin1Char(' ') + sentence);
    return paragraphs;
}

} // namespace

void TestUniqueSentences::findsSentences_data()
{
    QTest::addColumn<QList<QStringList>>("articles"); // "a", "b", …; "a" is the base
    QTest::addColumn<QStringList>("expected");

    const QString invented = QStringLiteral("Neighbours said the flames could be seen from the motorway twelve kilometres away.");
    const QStringList padded = withSentence(story, 2, QStringLiteral("a school gym as a precaution while thick smoke drifted "
                                                                     "over the valley."), invented);
    QTest::newRow("a sentence added inside a copied paragraph")
        << QList<QStringList> { story, padded, story } << QStringList { QStringLiteral("b ¶3: ") + invented };
    QTest::newRow("the base's sentence every copy dropped")
        << QList<QStringList> { padded, story, story } << QStringList { QStringLiteral("a ¶3: ") + invented };
    QTest::newRow("two copies add the same sentence") << QList<QStringList> { story, padded, padded } << QStringList();
    // The copy carries the base's sentence into another paragraph: moved.
    QStringList moved = story;
    moved[3] = QStringLiteral("Investigators will examine the building on Friday.");
    moved[4] += QStringLiteral(" Police said it was too early to say whether the fire had been started deliberately.");
    QTest::newRow("a sentence moved to another paragraph") << QList<QStringList> { story, moved } << QStringList();
    // Other words, the same claim: reworded, found in the base.
    const QStringList witness = withSentence(story, 2, QStringLiteral("over the valley."),
                                             QStringLiteral("Retired schoolteacher Hanna Lutz, 71, watched the flames "
                                                            "from her balcony across the street."));
    const QStringList reworded = withSentence(story, 2, QStringLiteral("over the valley."),
                                              QStringLiteral("Hanna Lutz, a 71-year-old retired schoolteacher, watched "
                                                             "the flames from her balcony across the street."));
    QTest::newRow("a reworded sentence") << QList<QStringList> { witness, reworded } << QStringList();
    // A quote the copy put in other words the paraphrase matcher did not
    // pair: it replaces the base's sentence on the same subject, which the
    // copy dropped.
    const QStringList quoted = withSentence(story, 2, QStringLiteral("over the valley."),
                                            QStringLiteral("\u201CWe are still searching the cellars of the houses nearest "
                                                           "the warehouse, and I am afraid the number of injured will rise,"
                                                           "\u201D the fire chief said."));
    const QStringList requoted = withSentence(story, 2, QStringLiteral("over the valley."),
                                              QStringLiteral("\u201COur crews are still getting into cellars close to the "
                                                             "warehouse, and I fear the toll of hurt will climb,\u201D the "
                                                             "chief told a briefing."));
    QTest::newRow("a quote put in other words") << QList<QStringList> { quoted, requoted } << QStringList();
    // The copy cut the quote's first clause and kept the rest word for
    // word: the quote's claim is carried, though fewer than half of the
    // base sentence's words are (review 13's edit folder).
    const QStringList longQuote = withSentence(story, 2, QStringLiteral("over the valley."),
                                               QStringLiteral("\u201CWe are still searching the cellars of the houses "
                                                              "nearest the warehouse and the old mill across the river, "
                                                              "and I am afraid the number of injured will rise,\u201D "
                                                              "the fire chief said."));
    const QStringList cut = withSentence(story, 2, QStringLiteral("over the valley."),
                                         QStringLiteral("\u201CI am afraid the number of injured will rise,\u201D "
                                                        "the fire chief said."));
    QTest::newRow("a quote whose first clause the copy cut") << QList<QStringList> { longQuote, cut } << QStringList();
    QTest::newRow("a quote whose first clause two copies cut")
        << QList<QStringList> { longQuote, cut, cut } << QStringList();
    // The diff pairs the copy's sentence with the base's as its rewording
    // (reworded words, a changed fact) though half its words are new.
    const QStringList denied = withSentence(story, 3, QStringLiteral("started deliberately."),
                                            QStringLiteral("The owners denied storing fuel in the warehouse, accusing "
                                                           "the railway of spreading a groundless rumour."));
    const QStringList deniedMore = withSentence(story, 3, QStringLiteral("started deliberately."),
                                                QStringLiteral("The owners have denied storing fuel in the warehouse, and "
                                                               "said Friday that the railway would face a costly lawsuit in "
                                                               "the cantonal court next month if its managers and their "
                                                               "lawyers kept spreading the invented rumour among customers, "
                                                               "suppliers and insurers."));
    QTest::newRow("a sentence reworded and extended") << QList<QStringList> { denied, deniedMore } << QStringList();
    // A time stamp and a dateline say when and where, not what happened.
    const QStringList stamped = withSentence(story, 0, QStringLiteral("near the railway station."),
                                             QStringLiteral("Updated 19:52 UTC, 2023-01-30."));
    QTest::newRow("a time stamp inside a copied paragraph") << QList<QStringList> { story, stamped } << QStringList();
    const QStringList datelined = withSentence(story, 0, QStringLiteral("near the railway station."),
                                               QStringLiteral("VAREN, Switzerland, March 14 (Alpine Press)."));
    QTest::newRow("a dateline inside a copied paragraph") << QList<QStringList> { story, datelined } << QStringList();
    // A paragraph unique as a whole is listed once, as a paragraph.
    QStringList extra = story;
    extra.append(QStringLiteral("Residents told reporters they had complained to the council about sparks. The mayor "
                                "promised an inquiry into the chimney before the winter."));
    QTest::newRow("a paragraph unique as a whole") << QList<QStringList> { story, extra } << QStringList();
    QTest::newRow("one article") << QList<QStringList> { padded } << QStringList();
}

void TestUniqueSentences::findsSentences()
{
    QFETCH(QList<QStringList>, articles);
    QFETCH(QStringList, expected);
    const Comparison comparison = compareLettered(articles);
    QCOMPARE(listed(comparison), expected);
}

// The range is the sentence with its full stop, no white space around it,
// so the view's tint and the exports' quotes hold exactly the claim.
void TestUniqueSentences::offsetsCoverTheSentence()
{
    const QString invented = QStringLiteral("\u201CWe lost everything,\u201D said Ona Brandt, whose bakery stood beside "
                                            "the warehouse for forty years.");
    const QStringList padded = withSentence(story, 1, QStringLiteral("by four in the morning."), invented);
    const Comparison comparison = compareLettered({ story, padded });
    QCOMPARE(comparison.uniqueSentences.size(), size_t(1));
    const UniqueSentence &sentence = comparison.uniqueSentences.front();
    const QString &text = comparison.articles[1].paragraphs[size_t(sentence.paragraph)].text;
    QCOMPARE(sentence.article, 1);
    QCOMPARE(sentence.paragraph, 1);
    QCOMPARE(text.mid(sentence.start, sentence.end - sentence.start), invented);
}

QTEST_GUILESS_MAIN(TestUniqueSentences)
#include "tst_uniquesentences.moc"
