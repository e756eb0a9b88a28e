#include "similarpassage.h"

#include <QTest>

using namespace WireDiff;

// Finding a passage again after its wording was edited: word by word, at
// most a quarter of the quote's words changed, never for a quote of three
// words or fewer.
class TestSimilarPassage : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void words_data();
    void words();
};

void TestSimilarPassage::find_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("text");    // the passage expected [[marked]]; none: nothing found
    QTest::addColumn<int>("near");        // UTF-16 offset that breaks ties; -1: the end of the text
    QTest::addColumn<int>("changedWords");

    QTest::newRow("one word of eight replaced")
        << QStringLiteral("the river would crest on Tuesday, officials said")
        << QStringLiteral("Forecasters warned [[the river would peak on Tuesday, officials said]] after the rain.") << 0 << 1;
    QTest::newRow("two words of eight replaced")
        << QStringLiteral("the river would crest on Tuesday, officials said")
        << QStringLiteral("[[the river should peak on Tuesday, officials said]].") << 0 << 2;
    QTest::newRow("three words of eight replaced: another passage")
        << QStringLiteral("the river would crest on Tuesday, officials said")
        << QStringLiteral("the river should peak by Tuesday, officials said.") << 0 << 0;
    QTest::newRow("a word added")
        << QStringLiteral("the mayor said the levee held")
        << QStringLiteral("Overnight [[the mayor said the old levee held]], barely.") << 0 << 1;
    QTest::newRow("a word dropped")
        << QStringLiteral("the mayor said the old levee held")
        << QStringLiteral("Overnight [[the mayor said the levee held]], barely.") << 0 << 1;
    QTest::newRow("a word added before the last: the passage takes in the last")
        << QStringLiteral("police closed the bridge")
        << QStringLiteral("On Monday [[police closed the old bridge]] to traffic.") << 0 << 1;
    QTest::newRow("four words, one replaced")
        << QStringLiteral("river would crest Tuesday")
        << QStringLiteral("The [[river would peak Tuesday]].") << 0 << 1;
    QTest::newRow("four words, two replaced")
        << QStringLiteral("river would crest Tuesday")
        << QStringLiteral("The river should peak Tuesday.") << 0 << 0;
    QTest::newRow("three words reworded: never")
        << QStringLiteral("the mayor said")
        << QStringLiteral("The mayor says.") << 0 << 0;
    QTest::newRow("three words even unchanged: never")
        << QStringLiteral("the mayor said")
        << QStringLiteral("Then the mayor said.") << 0 << 0;
    QTest::newRow("case and curly apostrophes do not count")
        << QStringLiteral("The mayor’s office said Monday")
        << QStringLiteral("Then [[the mayor's office said on Monday]].") << 0 << 1;
    QTest::newRow("quotation marks at the ends kept")
        << QStringLiteral("“a total disgrace for the city”")
        << QStringLiteral("He called it [[“a complete disgrace for the city”]] on Monday.") << 0 << 1;
    QTest::newRow("a full stop at the end kept")
        << QStringLiteral("the bridge will reopen next week.")
        << QStringLiteral("Officials said [[the bridge would reopen next week.]] More soon.") << 0 << 1;
    QTest::newRow("the closest of two passages, though later")
        << QStringLiteral("the river would crest on Tuesday, officials said")
        << QStringLiteral("The river might crest on Monday, officials said. Now [[the river would peak on Tuesday, officials said]].")
        << 0 << 1;
    QTest::newRow("two equally close passages: the first, near the start")
        << QStringLiteral("the river would crest on Tuesday")
        << QStringLiteral("[[The river would peak on Tuesday]]; the river would rise on Tuesday.") << 0 << 1;
    QTest::newRow("two equally close passages: the second, near the end")
        << QStringLiteral("the river would crest on Tuesday")
        << QStringLiteral("The river would peak on Tuesday; [[the river would rise on Tuesday]].") << -1 << 1;
    QTest::newRow("ideographs compared one by one")
        << QStringLiteral("河水将在周二达到顶峰")
        << QStringLiteral("市长说[[河水将在周三达到顶峰]]。") << 0 << 1;
    QTest::newRow("empty text") << QStringLiteral("the river would crest on Tuesday") << QString() << 0 << 0;
    QTest::newRow("empty quote") << QString() << QStringLiteral("The river would crest on Tuesday.") << 0 << 0;
}

void TestSimilarPassage::find()
{
    QFETCH(QString, quote);
    QFETCH(QString, text);
    QFETCH(int, near);
    QFETCH(int, changedWords);
    const qsizetype open = text.indexOf(QLatin1String("[["));
    const qsizetype close = text.indexOf(QLatin1String("]]"));
    text.remove(QLatin1String("[[")).remove(QLatin1String("]]"));
    const std::optional<SimilarPassage::Match> match = SimilarPassage::find(quote, text, near < 0 ? qint32(text.size()) : near);
    if (open < 0) {
        QVERIFY2(!match, match ? qPrintable(text.mid(match->start, match->end - match->start)) : "");
        return;
    }
    QVERIFY(match);
    QCOMPARE(text.mid(match->start, match->end - match->start), text.mid(open, close - 2 - open));
    QCOMPARE(match->changedWords, changedWords);
    QCOMPARE(match->quoteWords, qint32(SimilarPassage::words(quote).size()));
}

void TestSimilarPassage::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("punctuation and spaces left out")
        << QStringLiteral("The river, officials said, would crest.")
        << QStringList { "the", "river", "officials", "said", "would", "crest" };
    QTest::newRow("contractions, decimals and apostrophes stay whole")
        << QStringLiteral("Don’t expect 3.5 inches")
        << QStringList { "don't", "expect", "3.5", "inches" };
    QTest::newRow("ideographs one by one") << QStringLiteral("河水上涨") << QStringList { "河", "水", "上", "涨" };
}

void TestSimilarPassage::words()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(SimilarPassage::words(text), words);
}

QTEST_GUILESS_MAIN(TestSimilarPassage)
#include "tst_similarpassage.moc"
