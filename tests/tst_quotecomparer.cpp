#include "comparator.h"
#include "testarticles.h"

#include <QTest>

using namespace WireDiff;

// Quotes and their speakers as QuoteComparer sets them against the base's,
// through the whole pipeline: the comparer needs the word alignment to
// know which sentences correspond.
class TestQuoteComparer : public QObject
{
    Q_OBJECT

private slots:
    void changedQuotes_data();
    void changedQuotes();
};

namespace {

// "kind:other text<-base text" of each changed fact, in reading order.
QStringList factsOf(const QString &base, const QString &other)
{
    ComparisonOptions options;
    options.baseId = QStringLiteral("base");
    options.threads = 1;
    // Paragraphs are separated by a blank line.
    const QString blankLine = QStringLiteral("\n\n");
    const ComparisonOutcome outcome = Comparator(options).compare(
        { TestArticles::make(QStringLiteral("base"), base.split(blankLine)),
          TestArticles::make(QStringLiteral("other"), other.split(blankLine)) });
    QStringList facts;
    for (const FactChange &change : outcome.comparison->comparisons[1].factChanges)
        facts.append(QStringLiteral("%1:%2<-%3").arg(factKindName(change.kind), change.text, change.sourceText));
    return facts;
}

} // namespace

void TestQuoteComparer::changedQuotes_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QStringList>("expected");

    const QString snow = QStringLiteral("\u201CWe walked home through the snow every night,\u201D the caretaker said.");
    // A version often quotes more of what was said than the base: words
    // added before or after the base's quoted words, where the base's
    // quote has none of its own, extend the quote and change nothing in it.
    QTest::newRow("a clause added before the quoted words")
        << snow
        << QStringLiteral("\u201CThe buses had stopped, so we walked home through the snow every night,\u201D the "
                          "caretaker said.")
        << QStringList {};
    QTest::newRow("a clause added after the quoted words")
        << snow
        << QStringLiteral("\u201CWe walked home through the snow every night, even when our boots leaked,\u201D "
                          "the caretaker said.")
        << QStringList {};
    QTest::newRow("a quoted phrase quoted in full")
        << QStringLiteral("The ferry crews were known on the island as \u201Cthe night owls\u201D, the harbour "
                          "master said.")
        << QStringLiteral("The harbour master said the island knew the ferry crews: \u201CPeople would shout "
                          "there go the night owls.\u201D")
        << QStringList {};
    // Words replaced at either end, or put between the copied ones, change it.
    QTest::newRow("the last word replaced")
        << snow << QStringLiteral("\u201CWe walked home through the snow every morning,\u201D the caretaker said.")
        << QStringList { QStringLiteral("quote:We walked home through the snow every morning,<-We walked home "
                                        "through the snow every night,") };
    QTest::newRow("a word put between the copied ones")
        << snow
        << QStringLiteral("\u201CWe walked home through the deep snow every night,\u201D the caretaker said.")
        << QStringList { QStringLiteral("quote:We walked home through the deep snow every night,<-We walked "
                                        "home through the snow every night,") };
    QTest::newRow("a first word replaced")
        << snow << QStringLiteral("\u201CNurses walked home through the snow every night,\u201D the caretaker said.")
        << QStringList { QStringLiteral("quote:Nurses walked home through the snow every night,<-We walked home "
                                        "through the snow every night,") };
    // Print hides a rude word behind asterisks after its first letter, one
    // for each letter.
    QTest::newRow("a word starred out")
        << QStringLiteral("\u201CNobody cares about this damn bridge,\u201D the mayor said.")
        << QStringLiteral("\u201CNobody cares about this d*** bridge,\u201D the mayor said.") << QStringList {};
    QTest::newRow("a starred word of another first letter")
        << QStringLiteral("\u201CNobody cares about this damn bridge,\u201D the mayor said.")
        << QStringLiteral("\u201CNobody cares about this b*** bridge,\u201D the mayor said.")
        << QStringList { QStringLiteral("quote:Nobody cares about this b*** bridge,<-Nobody cares about this "
                                        "damn bridge,") };
    // A word of the quote that the base's statement writes as two
    // ("second hand") is no new word; another word put in the quote is.
    const QString cars = QStringLiteral("\u201CWe sold cars to families for years,\u201D the owner said. He said "
                                        "they were second hand cars.");
    QTest::newRow("a word the statement writes as two")
        << cars
        << QStringLiteral("\u201CWe sold secondhand cars to families for years,\u201D the owner said. He said "
                          "they were second hand cars.")
        << QStringList {};
    QTest::newRow("a word the statement lacks")
        << cars
        << QStringLiteral("\u201CWe sold stolen cars to families for years,\u201D the owner said. He said "
                          "they were second hand cars.")
        << QStringList { QStringLiteral("quote:We sold stolen cars to families for years,<-We sold cars to "
                                        "families for years,") };
    // A name after the reporting verb is its speaker only where it follows
    // the verb ("said Ana Ruiz"), not across a preposition ("said at her
    // Leeds office"): there "She" stands for no one the paragraph names.
    QTest::newRow("a place after 'said at' is no speaker")
        << QStringLiteral("Ana Ruiz said: \u201CWe are relieved the case is over.\u201D")
        << QStringLiteral("Ana Ruiz, who missed the verdict, said at her Leeds office that it was good news. She "
                          "added: \u201CWe are relieved the case is over.\u201D")
        << QStringList {};
}

void TestQuoteComparer::changedQuotes()
{
    QFETCH(QString, base);
    QFETCH(QString, other);
    QFETCH(QStringList, expected);
    QCOMPARE(factsOf(base, other), expected);
}

QTEST_GUILESS_MAIN(TestQuoteComparer)
#include "tst_quotecomparer.moc"
