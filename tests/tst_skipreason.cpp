#include "articleloader.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace WireDiff;

namespace {

const QByteArray storyLine = "The harbour wall was breached on Monday.\n";

bool writeSized(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray bytes;
    while (bytes.size() < size)
        bytes += storyLine;
    bytes.truncate(size);
    return file.write(bytes) == size;
}

QString limitText(qint64 limit)
{
    return QLocale().formattedDataSize(limit, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

// The reason a file is skipped for its size. The window keeps the reasons
// of the comparison on show in its notice, and a file over the limit may
// go on growing after it was skipped (a log, a feed being written), with
// nothing read again until the folder is: a reason that named the size
// read then went on showing that size, long out of date. So the reason
// names the limit alone and stays true whatever the file grows to.
class TestSkipReason : public QObject
{
    Q_OBJECT

private slots:
    void tooLargeStaysTrueAsTheFileGrows_data();
    void tooLargeStaysTrueAsTheFileGrows();
    void growingWhileReadSaysTheSame();
};

void TestSkipReason::tooLargeStaysTrueAsTheFileGrows_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("firstSize");
    QTest::addColumn<qint64>("grownSize");
    QTest::addColumn<bool>("asFolder"); // loaded as a folder, else as a list of files
    QTest::newRow("folder: 6000 bytes, then twice the limit") << qint64(4096) << qint64(6000) << qint64(8192) << true;
    QTest::newRow("folder: 5 KB, then 48 KB") << qint64(4096) << qint64(5 * 1024) << qint64(48 * 1024) << true;
    QTest::newRow("files: 5 KB, then 48 KB") << qint64(4096) << qint64(5 * 1024) << qint64(48 * 1024) << false;
    QTest::newRow("files: 40 KB, then 400 KB over a 32 KB limit") << qint64(32 * 1024) << qint64(40 * 1024)
                                                                  << qint64(400 * 1024) << false;
}

void TestSkipReason::tooLargeStaysTrueAsTheFileGrows()
{
    QFETCH(qint64, limit);
    QFETCH(qint64, firstSize);
    QFETCH(qint64, grownSize);
    QFETCH(bool, asFolder);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("live.txt"));
    QVERIFY(writeSized(dir.filePath(QStringLiteral("story.txt")), 200));
    LoadOptions options;
    options.maxFileBytes = limit;
    const ArticleLoader loader(options);
    const auto load = [&] {
        return asFolder ? loader.loadFolder(dir.path())
                        : loader.loadFiles({ dir.filePath(QStringLiteral("story.txt")), path });
    };

    QVERIFY(writeSized(path, firstSize));
    const LoadResult first = load();
    QCOMPARE(int(first.articles.size()), 1);
    QCOMPARE(int(first.skipped.size()), 1);
    const QString reason = first.skipped.front().reason;
    QVERIFY2(reason.contains(limitText(limit)), qPrintable(reason));
    QVERIFY2(!reason.contains(limitText(firstSize)), qPrintable(reason));

    // The file grows and the reason already shown must still be true.
    QVERIFY(writeSized(path, grownSize));
    const LoadResult grown = load();
    QCOMPARE(int(grown.skipped.size()), 1);
    QCOMPARE(grown.skipped.front().reason, reason);
}

// A file that passes the limit while it is read is skipped for the same
// reason, in the same words, as one that was over it before.
void TestSkipReason::growingWhileReadSaysTheSame()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString growing = dir.filePath(QStringLiteral("growing.txt"));
    const QString large = dir.filePath(QStringLiteral("large.txt"));
    QVERIFY(writeSized(growing, 1000));
    QVERIFY(writeSized(large, 8192));
    LoadOptions options;
    options.maxFileBytes = 4096;
    ArticleLoader loader(options);
    // The hook may run on a loader thread: it only records, the test checks.
    std::atomic<bool> grew = false;
    loader.setReadHook([&](const QString &file, int) {
        if (file == growing)
            grew = writeSized(growing, 8192);
    });
    const LoadResult result = loader.loadFiles({ growing, large });
    QVERIFY(grew);
    QCOMPARE(int(result.skipped.size()), 2);
    QCOMPARE(result.skipped.at(0).reason, result.skipped.at(1).reason);
}

QTEST_GUILESS_MAIN(TestSkipReason)
#include "tst_skipreason.moc"
