#include "articleloader.h"
#include "folderlisting.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace WireDiff;

// What a folder offers before any file is read: the folder itself may be
// unreadable, and a file whose name Qt cannot name is reported, never left
// out without a word.
class TestFolderListing : public QObject
{
    Q_OBJECT

private slots:
    void reportsNamesItCannotRead_data();
    void reportsNamesItCannotRead();
    void reportsFolderErrors_data();
    void reportsFolderErrors();
};

namespace {

const QByteArray storyText = "Ferry crosses lake\n\nThe solar ferry made its first crossing on Monday.\n";

bool writeRaw(const QByteArray &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return false;
    const bool written = ::write(fd, storyText.constData(), size_t(storyText.size())) == storyText.size();
    ::close(fd);
    return written;
#else
    Q_UNUSED(path);
    return false;
#endif
}

} // namespace

void TestFolderListing::reportsNamesItCannotRead_data()
{
    QTest::addColumn<QByteArrayList>("rawNames"); // file names as bytes, besides a.txt and b.txt
    QTest::addColumn<int>("unreadable");
    QTest::newRow("Latin-1 names") << QByteArrayList { "caf\xe9.txt", "r\xe9sum\xe9.txt" } << 2;
    QTest::newRow("a cut UTF-8 sequence") << QByteArrayList { "na\xc3.txt" } << 1;
    QTest::newRow("valid UTF-8 names are listed") << QByteArrayList { "caf\xc3\xa9.txt" } << 0;
}

// Qt's listing drops a name that does not decode; the system's own finds it.
void TestFolderListing::reportsNamesItCannotRead()
{
#ifdef Q_OS_UNIX
    QFETCH(QByteArrayList, rawNames);
    QFETCH(int, unreadable);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QByteArray root = QFile::encodeName(folder.path()) + '/';
    QVERIFY(writeRaw(root + "a.txt"));
    QVERIFY(writeRaw(root + "b.txt"));
    for (const QByteArray &name : rawNames)
        QVERIFY(writeRaw(root + name));
    std::vector<SkippedFile> unread;
    const QStringList files = FolderListing().files(folder.path(), &unread);
    QCOMPARE(int(files.size()), 2 + int(rawNames.size()) - unreadable);
    QCOMPARE(int(unread.size()), unreadable);
    for (const SkippedFile &file : unread) {
        QVERIFY2(file.reason.startsWith(QLatin1String("its name is not valid UTF-8")), qPrintable(file.reason));
        QVERIFY(file.filePath.startsWith(folder.path()));
    }
    // Loading the folder reports them among the skipped files.
    QCOMPARE(int(ArticleLoader().loadFolder(folder.path()).skipped.size()), unreadable);
#else
    QSKIP("File names are bytes on Unix only.");
#endif
}

void TestFolderListing::reportsFolderErrors_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<QString>("errorStart");
    QTest::newRow("missing folder") << "does-not-exist" << "The folder";
    QTest::newRow("a file, not a folder") << "story.txt" << "";
    QTest::newRow("a readable folder") << "." << "-";
}

void TestFolderListing::reportsFolderErrors()
{
    QFETCH(QString, relativePath);
    QFETCH(QString, errorStart);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(writeRaw(QFile::encodeName(folder.filePath(QStringLiteral("story.txt")))));
    const QString path = folder.filePath(relativePath);
    const QString error = FolderListing::error(path);
    if (errorStart == QLatin1String("-")) {
        QCOMPARE(error, QString());
        return;
    }
    QVERIFY2(error.startsWith(errorStart.isEmpty() ? QDir::toNativeSeparators(path) : errorStart), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestFolderListing)
#include "tst_folderlisting.moc"
