#include "articleplausibility.h"
#include "testarticles.h"

#include <QTest>

using namespace WireDiff;

// Whether a file is a log rather than an article, and whether an article
// is far longer than the rest of its set: held to the record formats
// machines write (web server, syslog, ISO stamps, JSON lines, CSV with a
// date first) and to the prose that starts with a stamp too (a live blog's
// timed entries, a dateline).
class TestArticlePlausibility : public QObject
{
    Q_OBJECT

private slots:
    void machineRecord_data();
    void machineRecord();
    void judgesLogs_data();
    void judgesLogs();
    void countsWords_data();
    void countsWords();
    void findsLengthOutliers_data();
    void findsLengthOutliers();
    void findsHeadlineOnly_data();
    void findsHeadlineOnly();
};

namespace {

// `count` lines made from `pattern` with %1 replaced by the line number.
QString linesOf(const QString &pattern, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += pattern.arg(i) + QLatin1Char('\n');
    return text;
}

// An article of `words` words in paragraphs of about fifty.
Article articleOfWords(qsizetype words)
{
    Article article;
    QString paragraph;
    for (qsizetype i = 0; i < words; ++i) {
        paragraph += QStringLiteral("word ");
        if (paragraph.size() >= 250 || i + 1 == words) {
            Paragraph p;
            p.text = paragraph.trimmed();
            article.paragraphs.push_back(p);
            paragraph.clear();
        }
    }
    return article;
}

} // namespace

void TestArticlePlausibility::machineRecord_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("record");
    QTest::newRow("common log format")
        << "127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200 2326" << true;
    QTest::newRow("ISO stamp and level") << "2026-11-17T09:00:00.123Z INFO worker 3 started job 8812" << true;
    QTest::newRow("bracketed time") << "[09:15:02] connection from 10.0.0.4 closed" << true;
    QTest::newRow("syslog") << "Nov 24 12:00:01 host cron[311]: (root) CMD (run-parts /etc/cron.hourly)" << true;
    QTest::newRow("epoch seconds") << "1700000000 temp=21.5 hum=40" << true;
    QTest::newRow("JSON object") << "{\"level\":\"warn\",\"msg\":\"disk nearly full\"}" << true;
    QTest::newRow("CSV with a date first") << "2026-11-17,Oslo,4.5,12,0.3" << true;
    QTest::newRow("stamp and words, no sentence end") << "2026-11-17 09:00 server started listening on port" << true;
    QTest::newRow("fields ending in a stop") << "2026-11-17 09:00:00 ERROR /var/lib/db.sqlite 0x1f failed." << true;
    QTest::newRow("live blog entry") << "14:02 Police confirm that three people have been arrested." << false;
    QTest::newRow("dated sentence") << "2026-11-17 The minister resigned after the vote on Tuesday." << false;
    QTest::newRow("quoted sentence after a time")
        << "09:40 \u201CWe will rebuild the bridge,\u201D the mayor told reporters." << false;
    QTest::newRow("plain prose") << "The ferry crossed the lake on Monday." << false;
    QTest::newRow("year starts a sentence") << "In 2026 the ferry crossed the lake 400 times" << false;
    QTest::newRow("short number first") << "12 people were hurt in the crash on the bypass." << false;
    QTest::newRow("phone number is not a stamp") << "555 0199 is the number readers should call" << false;
    QTest::newRow("empty") << "" << false;
}

void TestArticlePlausibility::machineRecord()
{
    QFETCH(QString, line);
    QFETCH(bool, record);
    QCOMPARE(ArticlePlausibility::isMachineRecord(line), record);
}

void TestArticlePlausibility::judgesLogs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isLog");
    QTest::addColumn<int>("sampled");

    const QString access = QStringLiteral("10.0.0.%1 - - [24/Nov/2026:10:00:00 +0000] \"GET /story HTTP/1.1\" 200 512");
    const QString prose = QStringLiteral("The council met again on Tuesday to discuss item %1 of the budget.");
    QTest::newRow("web server log") << linesOf(access, 500) << true << ArticlePlausibility::sampledLines;
    QTest::newRow("JSON lines") << linesOf(QStringLiteral("{\"seq\":%1,\"ok\":true}"), 60) << true << 60;
    QTest::newRow("syslog") << linesOf(QStringLiteral("Nov 24 12:00:%1 host kernel: eth0 link up"), 30) << true << 30;
    QTest::newRow("CSV of readings")
        << QStringLiteral("date,station,temp\n") + linesOf(QStringLiteral("2026-11-%1,Oslo,4.5"), 40) << true << 41;
    QTest::newRow("too short to judge") << linesOf(access, ArticlePlausibility::minimumLogLines - 1) << false
                                        << ArticlePlausibility::minimumLogLines - 1;
    QTest::newRow("blank lines are not counted")
        << linesOf(access + QStringLiteral("\n\n   "), 25) << true << 25;
    QTest::newRow("article") << linesOf(prose, 50) << false << 50;
    QTest::newRow("live blog of timed entries")
        << linesOf(QStringLiteral("10:%1 Rescue teams reached the village and found survivors."), 45) << false << 45;
    // Records under the threshold: an article that quotes some log lines.
    QTest::newRow("article quoting a log") << linesOf(prose, 25) + linesOf(access, 15) << false << 40;
    QTest::newRow("log with a prose preamble") << linesOf(prose, 5) + linesOf(access, 40) << true << 45;
    QTest::newRow("empty") << QString() << false << 0;
}

void TestArticlePlausibility::judgesLogs()
{
    QFETCH(QString, text);
    QFETCH(bool, isLog);
    QFETCH(int, sampled);
    const ArticlePlausibility::LogVerdict verdict = ArticlePlausibility::judgeLog(text);
    QCOMPARE(verdict.isLog, isLog);
    QCOMPARE(verdict.sampled, sampled);
    QVERIFY(verdict.recordLines <= verdict.sampled);
}

void TestArticlePlausibility::countsWords_data()
{
    QTest::addColumn<QStringList>("paragraphs");
    QTest::addColumn<qsizetype>("words");
    QTest::newRow("none") << QStringList() << qsizetype(0);
    QTest::newRow("one paragraph") << QStringList { "The ferry crossed." } << qsizetype(3);
    QTest::newRow("runs of space") << QStringList { "  two\t\twords  " } << qsizetype(2);
    QTest::newRow("across paragraphs") << QStringList { "one two", "three", "" } << qsizetype(3);
    QTest::newRow("no break between paragraphs is assumed") << QStringList { "end", "start" } << qsizetype(2);
    QTest::newRow("non-Latin") << QStringList { "\u041F\u0430\u0440\u043E\u043C \u043F\u0435\u0440\u0435\u043F\u043B\u0438\u0432" }
                               << qsizetype(2);
}

void TestArticlePlausibility::countsWords()
{
    QFETCH(QStringList, paragraphs);
    QFETCH(qsizetype, words);
    Article article;
    for (const QString &text : paragraphs) {
        Paragraph paragraph;
        paragraph.text = text;
        article.paragraphs.push_back(paragraph);
    }
    QCOMPARE(ArticlePlausibility::wordCount(article), words);
}

void TestArticlePlausibility::findsLengthOutliers_data()
{
    QTest::addColumn<QList<qsizetype>>("lengths");  // words per article
    QTest::addColumn<QList<int>>("outliers");       // indexes flagged
    QTest::addColumn<QList<qsizetype>>("medians");  // the others' median for each

    const qsizetype big = ArticlePlausibility::minimumOutlierWords;
    const qsizetype factor = ArticlePlausibility::lengthFactor;
    QTest::newRow("similar lengths") << QList<qsizetype> { 600, 800, 700, 650 } << QList<int>() << QList<qsizetype>();
    QTest::newRow("one far longer") << QList<qsizetype> { 600, 800, 30000, 700 } << QList<int> { 2 }
                                    << QList<qsizetype> { 700 };
    QTest::newRow("long but not long enough in words")
        << QList<qsizetype> { 100, 100, big - 1, 100 } << QList<int>() << QList<qsizetype>();
    QTest::newRow("just at the factor") << QList<qsizetype> { big / factor, big / factor, big } << QList<int> { 2 }
                                        << QList<qsizetype> { big / factor };
    QTest::newRow("just under the factor")
        << QList<qsizetype> { big / factor + 1, big / factor + 1, big } << QList<int>() << QList<qsizetype>();
    QTest::newRow("two articles are no norm") << QList<qsizetype> { 500, 60000 } << QList<int>() << QList<qsizetype>();
    // Two copies of a book among short pieces: each one's "others" hold the
    // other copy, and the lower median of four values is the second.
    QTest::newRow("a duplicated long text") << QList<qsizetype> { 500, 60000, 60000, 600, 700 } << QList<int> { 1, 2 }
                                            << QList<qsizetype> { 600, 600 };
    QTest::newRow("books among books") << QList<qsizetype> { 70000, 75000, 80000 } << QList<int>() << QList<qsizetype>();
    QTest::newRow("the others empty") << QList<qsizetype> { 0, 0, 25000 } << QList<int> { 2 } << QList<qsizetype> { 1 };
}

void TestArticlePlausibility::findsLengthOutliers()
{
    QFETCH(QList<qsizetype>, lengths);
    QFETCH(QList<int>, outliers);
    QFETCH(QList<qsizetype>, medians);
    std::vector<Article> articles;
    for (const qsizetype words : lengths)
        articles.push_back(articleOfWords(words));
    const std::vector<ArticlePlausibility::LengthOutlier> found = ArticlePlausibility::lengthOutliers(articles);
    QCOMPARE(qsizetype(found.size()), outliers.size());
    for (size_t i = 0; i < found.size(); ++i) {
        QCOMPARE(found[i].article, outliers.at(qsizetype(i)));
        QCOMPARE(found[i].words, lengths.at(found[i].article));
        QCOMPARE(found[i].othersMedian, medians.at(qsizetype(i)));
    }
}

// A feed item cut after its headline loads as a five-word article and was
// compared as if whole; it is named, unless every article is a headline
// (a folder of headlines is what it is). "# " makes a headline.
void TestArticlePlausibility::findsHeadlineOnly_data()
{
    QTest::addColumn<QList<QStringList>>("articles");
    QTest::addColumn<QList<int>>("headlineOnly");
    const QStringList full { QStringLiteral("# Ferry crossings resume"),
                             QStringLiteral("Ferries sailed again on Sunday after two days of gales.") };
    const QStringList headline { QStringLiteral("# Ferry crossings resume after the gales") };
    const QStringList brief { QStringLiteral("Ferries sailed again on Sunday after two days of gales.") };
    QTest::newRow("a headline among full articles") << QList<QStringList> { full, full, headline } << QList<int> { 2 };
    QTest::newRow("two of them") << QList<QStringList> { headline, full, headline } << QList<int> { 0, 2 };
    QTest::newRow("a folder of headlines") << QList<QStringList> { headline, headline } << QList<int> {};
    QTest::newRow("a brief with no headline") << QList<QStringList> { full, brief } << QList<int> {};
    QTest::newRow("full articles") << QList<QStringList> { full, full } << QList<int> {};
}

void TestArticlePlausibility::findsHeadlineOnly()
{
    QFETCH(QList<QStringList>, articles);
    QFETCH(QList<int>, headlineOnly);
    std::vector<Article> set;
    for (const QStringList &paragraphs : articles)
        set.push_back(TestArticles::make(QStringLiteral("a%1").arg(set.size()), paragraphs));
    const std::vector<int> found = ArticlePlausibility::headlineOnly(set);
    QCOMPARE(QList<int>(found.begin(), found.end()), headlineOnly);
}

QTEST_GUILESS_MAIN(TestArticlePlausibility)
#include "tst_articleplausibility.moc"
