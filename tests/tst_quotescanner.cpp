#include "quotescanner.h"
#include "comparisonoptions.h"
#include "tokenizer.h"
#include "vocabulary.h"

#include <QTest>

using namespace WireDiff;

// QuoteScanner reads quotation marks from the tokens the Tokenizer cuts
// (ICU's word breaks), so the rows go through the real Tokenizer: a mark at
// a word's edge is a token of its own, "didn't" and "O'Neill" are one word.
// The straight single mark is a quotation mark or an apostrophe by its
// place alone.
class TestQuoteScanner : public QObject
{
    Q_OBJECT

private slots:
    void findsQuotes_data();
    void findsQuotes();
};

void TestQuoteScanner::findsQuotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // each quotation's text, from its first token to its last

    // Every style closes with its own mark.
    QTest::newRow("curly doubles") << QStringLiteral("\u201CWe will rebuild,\u201D he said.")
                                   << QStringList { QStringLiteral("We will rebuild,") };
    QTest::newRow("German low-high") << QStringLiteral("\u201EWir bauen\u201C, sagte sie.")
                                     << QStringList { QStringLiteral("Wir bauen") };
    QTest::newRow("German chevrons") << QStringLiteral("\u00BBWir bauen\u00AB, sagte sie.")
                                     << QStringList { QStringLiteral("Wir bauen") };
    QTest::newRow("straight doubles") << QStringLiteral("\"We will rebuild,\" he said.")
                                      << QStringList { QStringLiteral("We will rebuild,") };
    QTest::newRow("an unclosed chevron is a path separator")
        << QStringLiteral("Home \u00BB News \u00BB \u201CWe will rebuild,\u201D he said.")
        << QStringList { QStringLiteral("We will rebuild,") };
    // British newspapers quote in straight singles.
    QTest::newRow("straight singles")
        << QStringLiteral("He said: 'I cannot accept that she should have got out of the car.'")
        << QStringList { QStringLiteral("I cannot accept that she should have got out of the car.") };
    QTest::newRow("straight singles around an attribution")
        << QStringLiteral("'I still cannot understand it,' he said. 'This has hung over me for five years.'")
        << QStringList { QStringLiteral("I still cannot understand it,"),
                         QStringLiteral("This has hung over me for five years.") };
    QTest::newRow("scare quotes in straight singles")
        << QStringLiteral("She said the sergeant called her 'dodgy' in front of the unit.")
        << QStringList { QStringLiteral("dodgy") };
    QTest::newRow("a contraction inside straight singles")
        << QStringLiteral("'I didn't see the car,' he said.") << QStringList { QStringLiteral("I didn't see the car,") };
    QTest::newRow("a name with an apostrophe inside straight singles")
        << QStringLiteral("'Mr O'Neill was not there,' she said.")
        << QStringList { QStringLiteral("Mr O'Neill was not there,") };
    QTest::newRow("a plural possessive inside straight singles")
        << QStringLiteral("'It was the lads' fault,' she said.") << QStringList { QStringLiteral("It was the lads' fault,") };
    QTest::newRow("a quote ending on a plural before a word")
        << QStringLiteral("He called them 'thugs' in court and the students' union agreed.")
        << QStringList { QStringLiteral("thugs") };
    QTest::newRow("a quote ending on a plural, another quote after it")
        << QStringLiteral("He called them 'thugs' and 'yobs' in court.")
        << QStringList { QStringLiteral("thugs"), QStringLiteral("yobs") };
    QTest::newRow("doubles inside singles")
        << QStringLiteral("He asked: 'What she did was \"beyond comprehension\" and wrong.'")
        << QStringList { QStringLiteral("What she did was \"beyond comprehension\" and wrong.") };
    QTest::newRow("singles inside doubles")
        << QStringLiteral("\"He called it 'rubbish' twice,\" she said.")
        << QStringList { QStringLiteral("He called it 'rubbish' twice,") };
    QTest::newRow("singles after a bracket")
        << QStringLiteral("The judge ('a careful man') ruled.") << QStringList { QStringLiteral("a careful man") };
    // Apostrophes that stand where a quotation mark could.
    QTest::newRow("plural possessives") << QStringLiteral("The students' union met at Jones' car park.")
                                        << QStringList {};
    QTest::newRow("rock 'n' roll") << QStringLiteral("He loved rock 'n' roll and the blues.") << QStringList {};
    QTest::newRow("rock 'n' roll inside a quote")
        << QStringLiteral("'I love rock 'n' roll,' he said.") << QStringList { QStringLiteral("I love rock 'n' roll,") };
    QTest::newRow("an elided year") << QStringLiteral("In the '90s the students' union grew.") << QStringList {};
    QTest::newRow("an elided year before a quote")
        << QStringLiteral("In the '90s he said 'never again'.") << QStringList { QStringLiteral("never again") };
    QTest::newRow("an elided word") << QStringLiteral("They waited 'til dawn at the boys' school.") << QStringList {};
    QTest::newRow("a stray apostrophe swallows nothing")
        << QStringLiteral("He went to the 'club and left before the end of the night.") << QStringList {};
    QTest::newRow("a stray apostrophe before a quote")
        << QStringLiteral("He went to the 'club and said 'never again'.") << QStringList { QStringLiteral("never again") };
    // The wire's doubled and single backticks.
    QTest::newRow("wire doubles")
        << QStringLiteral("He said: ``Nothing that Mrs Field did could be regarded as failing.''")
        << QStringList { QStringLiteral("Nothing that Mrs Field did could be regarded as failing.") };
    QTest::newRow("wire doubles around an attribution")
        << QStringLiteral("``I was there,'' he said. ``It was dark.''")
        << QStringList { QStringLiteral("I was there,"), QStringLiteral("It was dark.") };
    QTest::newRow("wire single backtick")
        << QStringLiteral("He called it `a farce' and left.") << QStringList { QStringLiteral("a farce") };
    QTest::newRow("wire doubles holding a possessive")
        << QStringLiteral("``It was the lads' fault,'' she said.")
        << QStringList { QStringLiteral("It was the lads' fault,") };
    // Curly singles read the same way: the closing mark is the apostrophe too.
    QTest::newRow("curly singles holding a possessive")
        << QStringLiteral("\u2018It was the students\u2019 union,\u2019 she said.")
        << QStringList { QStringLiteral("It was the students\u2019 union,") };
    QTest::newRow("a word processor's elided year")
        << QStringLiteral("In the \u201890s he said \u2018never again\u2019.") << QStringList { QStringLiteral("never again") };
}

void TestQuoteScanner::findsQuotes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    Vocabulary vocabulary;
    Tokenizer tokenizer(ComparisonOptions {}, &vocabulary);
    const TokenizedParagraph paragraph = tokenizer.tokenize(text);
    std::vector<QStringView> tokens;
    for (const Token &token : paragraph.tokens)
        tokens.push_back(QStringView(text).mid(token.start, token.end - token.start));
    QStringList actual;
    for (const auto &[begin, end] : QuoteScanner(tokens).quotes()) {
        const Token &first = paragraph.tokens[size_t(begin)];
        const Token &last = paragraph.tokens[size_t(end - 1)];
        actual.append(text.mid(first.start, last.end - first.start));
    }
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestQuoteScanner)
#include "tst_quotescanner.moc"
