#include "atomicwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

using namespace WireDiff;

// Where AtomicWriter writes: a regular file (or a link to one) atomically,
// a device, FIFO or open stream in place, a socket not at all; nothing that
// is not a regular file is ever replaced by one. Devices are made with
// mknod in a temporary folder, never the system's own.
class TestAtomicWriter : public QObject
{
    Q_OBJECT

private slots:
    void regularFilesAreReplacedAtomically_data();
    void regularFilesAreReplacedAtomically();
    void fifoIsWrittenInPlace_data();
    void fifoIsWrittenInPlace();
    void devicesAreWrittenInPlace_data();
    void devicesAreWrittenInPlace();
    void socketIsRefused();
    void openStreamsAreWrittenThroughTheirDescriptor_data();
    void openStreamsAreWrittenThroughTheirDescriptor();
};

namespace {

QByteArray payload(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char('a' + i % 26);
    return bytes;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

mode_t typeOf(const QString &path)
{
    struct stat status {};
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 ? (status.st_mode & S_IFMT) : 0;
}

// The reader at the other end of a FIFO, as in `cat fifo`: opened before
// the write (so the writer's open does not wait), read on a thread of its
// own until the writer closes. When the writer never opens the FIFO (the
// old rename put a file in its place) it stops once told the write is over.
class FifoReader
{
public:
    explicit FifoReader(const QString &path)
        : m_descriptor(::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK))
        , m_thread([this] { run(); })
    {
    }
    ~FifoReader()
    {
        if (m_thread.joinable())
            finish();
        if (m_descriptor >= 0)
            ::close(m_descriptor);
    }
    QByteArray finish()
    {
        m_writerDone = true;
        m_thread.join();
        return m_bytes;
    }

private:
    void run()
    {
        char buffer[65536];
        while (m_descriptor >= 0) {
            pollfd ready { m_descriptor, POLLIN, 0 };
            const int events = ::poll(&ready, 1, 100);
            if (events > 0 && (ready.revents & POLLIN)) {
                const ssize_t n = ::read(m_descriptor, buffer, sizeof buffer);
                if (n > 0)
                    m_bytes.append(buffer, qsizetype(n));
                else if (n == 0)
                    return; // every writer closed
                continue;
            }
            if (events > 0 && (ready.revents & POLLHUP))
                return;
            if (events == 0 && m_writerDone)
                return;
        }
    }

    int m_descriptor;
    QByteArray m_bytes;
    std::atomic_bool m_writerDone { false };
    std::thread m_thread;
};

} // namespace

void TestAtomicWriter::regularFilesAreReplacedAtomically_data()
{
    QTest::addColumn<bool>("existing");
    QTest::addColumn<bool>("throughLink");
    QTest::newRow("a new file") << false << false;
    QTest::newRow("an existing file") << true << false;
    QTest::newRow("a link to a file") << true << true;
}

void TestAtomicWriter::regularFilesAreReplacedAtomically()
{
    QFETCH(bool, existing);
    QFETCH(bool, throughLink);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("report.json"));
    const QString link = dir.filePath(QStringLiteral("link.json"));
    if (existing) {
        QFile previous(file);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("previous");
    }
    if (throughLink)
        QVERIFY(QFile::link(file, link));
    const QString target = throughLink ? link : file;
    QCOMPARE(AtomicWriter::write(target, "new"), QString());
    QCOMPARE(readAll(file), QByteArray("new"));
    QCOMPARE(typeOf(file), mode_t(S_IFREG));
    // The link is kept and leads to the file written.
    if (throughLink)
        QCOMPARE(typeOf(link), mode_t(S_IFLNK));
    // No temporary file left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), throughLink ? 2 : 1);
}

void TestAtomicWriter::fifoIsWrittenInPlace_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("throughLink");
    QTest::newRow("a short report") << 1000 << false;
    QTest::newRow("more than a pipe holds") << 3 * 1024 * 1024 << false;
    QTest::newRow("through a link") << 1000 << true;
}

void TestAtomicWriter::fifoIsWrittenInPlace()
{
    QFETCH(int, size);
    QFETCH(bool, throughLink);
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString link = dir.filePath(QStringLiteral("link"));
    if (throughLink)
        QVERIFY(QFile::link(fifo, link));
    const QByteArray bytes = payload(size);
    FifoReader reader(fifo);
    const QString error = AtomicWriter::write(throughLink ? link : fifo, bytes);
    const QByteArray received = reader.finish();
    QCOMPARE(error, QString());
    QCOMPARE(typeOf(fifo), mode_t(S_IFIFO));
    QCOMPARE(received.size(), bytes.size());
    QVERIFY(received == bytes);
    if (throughLink)
        QCOMPARE(typeOf(link), mode_t(S_IFLNK));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System).size(),
             throughLink ? 2 : 1);
}

void TestAtomicWriter::devicesAreWrittenInPlace_data()
{
    QTest::addColumn<unsigned>("minor"); // of the memory devices, major 1
    QTest::addColumn<QString>("error");  // expected in the reason; empty: success
    QTest::newRow("a null device") << 3u << QString();
    QTest::newRow("a full device") << 7u << qt_error_string(ENOSPC);
}

void TestAtomicWriter::devicesAreWrittenInPlace()
{
    QFETCH(unsigned, minor);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString device = dir.filePath(QStringLiteral("device"));
    if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, minor)) != 0)
        QSKIP(qPrintable(QStringLiteral("mknod needs root (or is not allowed here): %1").arg(qt_error_string(errno))));
    const QString reason = AtomicWriter::write(device, payload(100000));
    if (error.isEmpty())
        QCOMPARE(reason, QString());
    else
        QVERIFY2(reason.contains(error) && reason.contains(QLatin1String("Cannot write")), qPrintable(reason));
    QCOMPARE(typeOf(device), mode_t(S_IFCHR));
    struct stat status {};
    QCOMPARE(::stat(QFile::encodeName(device).constData(), &status), 0);
    QCOMPARE(status.st_rdev, makedev(1, minor));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System).size(), 1);
}

void TestAtomicWriter::socketIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("socket"));
    const int server = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(server >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    QVERIFY(size_t(encoded.size()) < sizeof address.sun_path);
    std::copy(encoded.begin(), encoded.end(), address.sun_path);
    QCOMPARE(::bind(server, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
    const QString reason = AtomicWriter::write(path, "report");
    ::close(server);
    QVERIFY2(reason.contains(QLatin1String("socket")), qPrintable(reason));
    QCOMPARE(typeOf(path), mode_t(S_IFSOCK));
}

void TestAtomicWriter::openStreamsAreWrittenThroughTheirDescriptor_data()
{
    QTest::addColumn<QString>("name"); // %1: the descriptor
    QTest::addColumn<bool>("pipe");    // else a file opened for appending, as `>>` does
    QTest::newRow("a pipe as /dev/fd/N") << QStringLiteral("/dev/fd/%1") << true;
    QTest::newRow("a pipe as /proc/self/fd/N") << QStringLiteral("/proc/self/fd/%1") << true;
    QTest::newRow("a file opened for appending") << QStringLiteral("/dev/fd/%1") << false;
}

void TestAtomicWriter::openStreamsAreWrittenThroughTheirDescriptor()
{
    QFETCH(QString, name);
    QFETCH(bool, pipe);
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("log"));
    int descriptors[2] = { -1, -1 };
    if (pipe) {
        QCOMPARE(::pipe(descriptors), 0);
    } else {
        QFile previous(log);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("earlier lines\n");
        previous.close();
        descriptors[1] = ::open(QFile::encodeName(log).constData(), O_WRONLY | O_APPEND);
        QVERIFY(descriptors[1] >= 0);
    }
    struct stat before {};
    QCOMPARE(::fstat(descriptors[1], &before), 0);
    const QString error = AtomicWriter::write(name.arg(descriptors[1]), "report\n");
    ::close(descriptors[1]);
    QCOMPARE(error, QString());
    if (pipe) {
        char buffer[64] = {};
        const ssize_t n = ::read(descriptors[0], buffer, sizeof buffer);
        ::close(descriptors[0]);
        QCOMPARE(QByteArray(buffer, n > 0 ? qsizetype(n) : 0), QByteArray("report\n"));
        return;
    }
    // Appended to the very file the descriptor holds, not put in its place.
    QCOMPARE(readAll(log), QByteArray("earlier lines\nreport\n"));
    struct stat after {};
    QCOMPARE(::stat(QFile::encodeName(log).constData(), &after), 0);
    QCOMPARE(after.st_ino, before.st_ino);
}

QTEST_GUILESS_MAIN(TestAtomicWriter)
#include "tst_atomicwriter.moc"
