#include "article.h"
#include "articleloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace WireDiff;

// An article's publication time and where it came from, as the loader
// fills them: a wire header's filing time or the format's metadata say when
// the story was published or filed; a file without either has only its
// modification time, and says so.
class TestArticle : public QObject
{
    Q_OBJECT

private slots:
    void tellsWhereTheTimeCameFrom_data();
    void tellsWhereTheTimeCameFrom();
};

void TestArticle::tellsWhereTheTimeCameFrom_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("source");     // timeSourceName()
    QTest::addColumn<QDateTime>("expected"); // UTC; invalid: the file's time

    const QByteArray rule = "------------------------------------------------------------\n";
    const QByteArray story = "SOLAR FERRY <\nA solar ferry crossed Lake Verrin today. <\nIt carried 42 people. <\n";
    QTest::newRow("PA wire slug line") << "wire.txt" << (rule + "16:52 07/02/01: Page 1 (HHH) TRANSPORT Ferry\n" + rule + story)
                                       << "wire-header" << QDateTime(QDate(2001, 2, 7), QTime(16, 52), QTimeZone::utc());
    QTest::newRow("PA wire in summer time") << "wire.txt"
                                            << (rule + "08:15 19/07/98: Page 1 (HHH) TRANSPORT Ferry\n" + rule + story)
                                            << "wire-header" << QDateTime(QDate(1998, 7, 19), QTime(7, 15), QTimeZone::utc());
    QTest::newRow("PA wire slug with no such date") << "wire.txt" << (rule + "16:52 30/02/01: Page 1\n" + rule + story)
                                                    << "file" << QDateTime();
    QTest::newRow("HTML metadata")
        << "page.html"
        << QByteArray("<html><head><meta property=\"article:published_time\" content=\"2024-03-11T09:30:00Z\"></head>"
                      "<body><h1>Ferry crosses lake</h1><p>The solar ferry crossed on Monday.</p></body></html>")
        << "metadata" << QDateTime(QDate(2024, 3, 11), QTime(9, 30), QTimeZone::utc());
    QTest::newRow("plain text") << "story.txt"
                                << QByteArray("Ferry crosses lake\n\nThe solar ferry made its first crossing on Monday.\n")
                                << "file" << QDateTime();
}

void TestArticle::tellsWhereTheTimeCameFrom()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, source);
    QFETCH(QDateTime, expected);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(fileName);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    QVERIFY(file.flush()); // written before the time is set, which the write would change
    // A file time far from any header time, so that taking one for the
    // other shows.
    const QDateTime fileTime(QDate(2031, 5, 4), QTime(3, 2, 1), QTimeZone::utc());
    QVERIFY(file.setFileTime(fileTime, QFileDevice::FileModificationTime));
    file.close();

    const LoadResult result = ArticleLoader().loadFiles({ path });
    QCOMPARE(result.articles.size(), size_t(1));
    const Article &article = result.articles.front();
    QCOMPARE(timeSourceName(article.publishedFrom), source);
    QCOMPARE(article.published.toUTC(), expected.isValid() ? expected : fileTime);
    QCOMPARE(article.hasKnownTime(), source != QLatin1String("file"));
    QCOMPARE(article.hasFileTime(), source == QLatin1String("file"));
}

QTEST_GUILESS_MAIN(TestArticle)

#include "tst_article.moc"
