#include "articleloader.h"
#include "folderlisting.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/fsuid.h>
#endif

using namespace WireDiff;

// What a folder offers before any file is read: the folder itself may be
// unreadable, and a file whose name Qt cannot name or a subfolder that
// cannot be opened is reported, never left out without a word.
class TestFolderListing : public QObject
{
    Q_OBJECT

private slots:
    void reportsNamesItCannotRead_data();
    void reportsNamesItCannotRead();
    void reportsFolderErrors_data();
    void reportsFolderErrors();
    void reportsSubfoldersItCannotOpen_data();
    void reportsSubfoldersItCannotOpen();
    void namesSubfoldersItDoesNotRead_data();
    void namesSubfoldersItDoesNotRead();
    void countsOnlySubfoldersItCouldRead_data();
    void countsOnlySubfoldersItCouldRead();
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

#ifdef Q_OS_UNIX
bool canOpenFolder(const QString &path)
{
    DIR *directory = ::opendir(QFile::encodeName(path).constData());
    if (directory)
        ::closedir(directory);
    return directory != nullptr;
}
#endif

// Root opens any folder whatever its mode. On Linux the file-system user id
// alone can be made an unprivileged one for the calling thread, which takes
// that override away from the thread's file checks, and made root's again:
// so a folder's mode blocks the listing when the tests run as root too.
// True when the checks are now those of an unprivileged user.
bool checkFilesUnprivileged()
{
#ifdef Q_OS_UNIX
    if (::geteuid() != 0)
        return true;
#endif
#ifdef Q_OS_LINUX
    constexpr uid_t unprivileged = 65534; // the kernel's overflow id, "nobody"
    ::setfsuid(unprivileged);
    return ::setfsuid(uid_t(-1)) == unprivileged; // an invalid id only reports the current one
#else
    return false;
#endif
}

void checkFilesAsBefore()
{
#ifdef Q_OS_LINUX
    if (::geteuid() == 0)
        ::setfsuid(0);
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
    // QTemporaryDir removes what Qt can list, and Qt cannot list these
    // names: they go by their bytes, or the folder stays behind in /tmp.
    const auto removeRawNames = qScopeGuard([&] {
        for (const QByteArray &name : rawNames)
            ::unlink((root + name).constData());
    });
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

void TestFolderListing::reportsSubfoldersItCannotOpen_data()
{
    QTest::addColumn<int>("mode"); // the subfolder's permissions
    QTest::addColumn<bool>("recurse");
    QTest::addColumn<bool>("reported");
    QTest::newRow("no permissions") << 0 << true << true;
    QTest::newRow("search but not read") << 0111 << true << true;
    QTest::newRow("a readable subfolder is read") << 0755 << true << false;
    // Reading subfolders would not get into it: it is named with its
    // reason, not counted among the subfolders left unread.
    QTest::newRow("not recursing: named all the same") << 0 << false << true;
}

// A subfolder that cannot be opened lists as empty in Qt; its files are
// skipped with a reason, like a file that cannot be opened, not lost.
void TestFolderListing::reportsSubfoldersItCannotOpen()
{
#ifdef Q_OS_UNIX
    QFETCH(int, mode);
    QFETCH(bool, recurse);
    QFETCH(bool, reported);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString subfolder = folder.filePath(QStringLiteral("drafts"));
    QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("drafts")));
    QVERIFY(writeRaw(QFile::encodeName(folder.filePath(QStringLiteral("story.txt")))));
    QVERIFY(writeRaw(QFile::encodeName(subfolder + QLatin1String("/draft.txt"))));
    QVERIFY(::chmod(QFile::encodeName(folder.path()).constData(), 0755) == 0);
    QVERIFY(::chmod(QFile::encodeName(subfolder).constData(), mode_t(mode)) == 0);
    const auto restoreMode = qScopeGuard([&subfolder] { ::chmod(QFile::encodeName(subfolder).constData(), 0755); });
    const bool unprivileged = checkFilesUnprivileged();
    const auto restoreChecks = qScopeGuard([] { checkFilesAsBefore(); });
    if (!unprivileged)
        QSKIP("Running as root where the file-system user id cannot be changed: root opens a folder of any mode.");
    if (!canOpenFolder(folder.path()))
        QSKIP("The temporary folder's parents are closed to an unprivileged user.");
    LoadOptions options;
    options.recurse = recurse;
    std::vector<SkippedFile> unread;
    const QStringList files = FolderListing(options).files(folder.path(), &unread);
    QCOMPARE(files.contains(subfolder + QLatin1String("/draft.txt")), recurse && !reported);
    QVERIFY(files.contains(folder.filePath(QStringLiteral("story.txt"))));
    QCOMPARE(int(unread.size()), reported ? 1 : 0);
    if (reported) {
        QCOMPARE(unread.front().filePath, subfolder);
        QVERIFY2(unread.front().reason.startsWith(QLatin1String("cannot be read: ")), qPrintable(unread.front().reason));
    }
    // Loading the folder reports it among the skipped files.
    const LoadResult loaded = ArticleLoader(options).loadFolder(folder.path());
    QCOMPARE(int(loaded.articles.size()), int(files.size()));
    QCOMPARE(int(loaded.skipped.size()), reported ? 1 : 0);
#else
    QSKIP("Folder modes are Unix's.");
#endif
}

void TestFolderListing::namesSubfoldersItDoesNotRead_data()
{
    QTest::addColumn<bool>("recurse");
    QTest::addColumn<bool>("includeHidden");
    QTest::addColumn<QStringList>("unreadSubfolders");
    QTest::newRow("not recursing") << false << false << QStringList { "afp", "reuters" };
    QTest::newRow("not recursing, hidden too") << false << true << QStringList { ".git", "afp", "reuters" };
    QTest::newRow("recursing reads them all") << true << false << QStringList {};
}

// Without recursion the subfolders are left unread and named, so the
// editor can be told where the articles may be (and the loader carries
// them in its result).
void TestFolderListing::namesSubfoldersItDoesNotRead()
{
    QFETCH(bool, recurse);
    QFETCH(bool, includeHidden);
    QFETCH(QStringList, unreadSubfolders);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QDir root(folder.path());
    for (const QString &name : { QStringLiteral("afp"), QStringLiteral("reuters"), QStringLiteral(".git") }) {
        QVERIFY(root.mkdir(name));
        QVERIFY(writeRaw(QFile::encodeName(root.filePath(name + QLatin1String("/story.txt")))));
    }
    QVERIFY(writeRaw(QFile::encodeName(root.filePath(QStringLiteral("story.txt")))));
    LoadOptions options;
    options.recurse = recurse;
    options.includeHidden = includeHidden;
    QStringList subfolders;
    const QStringList files = FolderListing(options).files(folder.path(), nullptr, &subfolders);
    QCOMPARE(files.size(), recurse ? 3 : 1);
    QStringList expected;
    for (const QString &name : unreadSubfolders)
        expected.append(root.filePath(name));
    subfolders.sort();
    QCOMPARE(subfolders, expected);
    QStringList loaded = ArticleLoader(options).loadFolder(folder.path()).unreadSubfolders;
    loaded.sort();
    QCOMPARE(loaded, expected);
}

void TestFolderListing::countsOnlySubfoldersItCouldRead_data()
{
    QTest::addColumn<QString>("kind"); // what "sub" is: "folder", "link to itself", "link to its parent", "closed folder"
    QTest::addColumn<bool>("recurse");
    QTest::addColumn<bool>("counted");        // among the subfolders left unread
    QTest::addColumn<QString>("reasonStart"); // of the entry in `unread`; empty: none
    QTest::newRow("a subfolder") << "folder" << false << true << "";
    QTest::newRow("a link to the folder itself") << "link to itself" << false << false << "symbolic link loop";
    QTest::newRow("a link to the folder itself, recursing") << "link to itself" << true << false << "symbolic link loop";
    QTest::newRow("a link to the folder that holds it") << "link to its parent" << false << false << "symbolic link loop";
    QTest::newRow("a link to the folder that holds it, recursing") << "link to its parent" << true << false << "symbolic link loop";
    QTest::newRow("a subfolder that cannot be opened") << "closed folder" << false << false << "cannot be read: ";
}

// The notice "subfolders were not read: use --recursive" counts only what
// reading subfolders would read: a link back into the folder (or above it)
// and a subfolder that cannot be opened are named with their reason, as
// skipped files are, not counted.
void TestFolderListing::countsOnlySubfoldersItCouldRead()
{
#ifdef Q_OS_UNIX
    QFETCH(QString, kind);
    QFETCH(bool, recurse);
    QFETCH(bool, counted);
    QFETCH(QString, reasonStart);
    QTemporaryDir parent;
    QVERIFY(parent.isValid());
    QVERIFY(QDir(parent.path()).mkdir(QStringLiteral("wire")));
    const QString folder = parent.filePath(QStringLiteral("wire"));
    const QString sub = folder + QLatin1String("/sub");
    QVERIFY(writeRaw(QFile::encodeName(folder + QLatin1String("/story.txt"))));
    if (kind == QLatin1String("link to itself")) {
        QVERIFY(::symlink(".", QFile::encodeName(sub).constData()) == 0);
    } else if (kind == QLatin1String("link to its parent")) {
        QVERIFY(::symlink("..", QFile::encodeName(sub).constData()) == 0);
    } else {
        QVERIFY(QDir(folder).mkdir(QStringLiteral("sub")));
        QVERIFY(writeRaw(QFile::encodeName(sub + QLatin1String("/draft.txt"))));
    }
    const bool closed = kind == QLatin1String("closed folder");
    QVERIFY(::chmod(QFile::encodeName(parent.path()).constData(), 0755) == 0);
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    if (closed)
        QVERIFY(::chmod(QFile::encodeName(sub).constData(), 0) == 0);
    const auto restoreMode = qScopeGuard([&sub, closed] {
        if (closed)
            ::chmod(QFile::encodeName(sub).constData(), 0755);
    });
    const bool unprivileged = !closed || checkFilesUnprivileged();
    const auto restoreChecks = qScopeGuard([] { checkFilesAsBefore(); });
    if (!unprivileged)
        QSKIP("Running as root where the file-system user id cannot be changed: root opens a folder of any mode.");
    if (closed && !canOpenFolder(folder))
        QSKIP("The temporary folder's parents are closed to an unprivileged user.");
    LoadOptions options;
    options.recurse = recurse;
    std::vector<SkippedFile> unread;
    QStringList subfolders;
    const QStringList files = FolderListing(options).files(folder, &unread, &subfolders);
    QCOMPARE(subfolders, counted ? QStringList { sub } : QStringList {});
    QCOMPARE(int(unread.size()), reasonStart.isEmpty() ? 0 : 1);
    if (!reasonStart.isEmpty()) {
        QCOMPARE(unread.front().filePath, sub);
        QVERIFY2(unread.front().reason.startsWith(reasonStart), qPrintable(unread.front().reason));
    }
    // Nothing outside the folder is read, and its own file only once.
    QCOMPARE(files, QStringList { folder + QLatin1String("/story.txt") });
    // The loader hands both on: what it skipped, and what it counts.
    const LoadResult loaded = ArticleLoader(options).loadFolder(folder);
    QCOMPARE(loaded.unreadSubfolders.size(), subfolders.size());
    QCOMPARE(int(loaded.skipped.size()), int(unread.size()));
#else
    QSKIP("Symbolic links and folder modes are Unix's.");
#endif
}

QTEST_GUILESS_MAIN(TestFolderListing)
#include "tst_folderlisting.moc"
