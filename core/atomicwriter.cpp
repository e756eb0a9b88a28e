#include "atomicwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace WireDiff {

namespace {

// lupdate takes the context from this declaration, so messages from free
// functions land where the lookup at run time finds them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::AtomicWriter)
};

QString failure(const QString &path, const QString &reason)
{
    return Messages::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

QString writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failure(path, reason);
    }
    if (!file.commit())
        return failure(path, file.errorString());
    return {};
}

#ifdef Q_OS_UNIX

enum class Target { File, OpenStream, DeviceOrFifo, Socket };

// The descriptor `path` names when it is one of this process's open
// streams (/dev/stdout, /dev/fd/1, /proc/self/fd/1), else -1.
int streamNamed(const QString &path)
{
    if (path == QLatin1String("/dev/stdout"))
        return STDOUT_FILENO;
    if (path == QLatin1String("/dev/stderr"))
        return STDERR_FILENO;
    const QString prefixes[] = { QStringLiteral("/dev/fd/"), QStringLiteral("/proc/self/fd/"),
                                 QStringLiteral("/proc/%1/fd/").arg(::getpid()) };
    for (const QString &prefix : prefixes) {
        if (!path.startsWith(prefix))
            continue;
        const QStringView number = QStringView(path).mid(prefix.size());
        const bool digits = !number.isEmpty() && std::all_of(number.begin(), number.end(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        });
        bool ok = false;
        const int descriptor = digits ? number.toInt(&ok) : -1;
        return ok ? descriptor : -1;
    }
    return -1;
}

Target targetOf(const QString &path, int *descriptor)
{
    *descriptor = streamNamed(path);
    if (*descriptor >= 0 && ::fcntl(*descriptor, F_GETFD) != -1)
        return Target::OpenStream;
    struct stat status {};
    // stat() follows links: a link to a device is a device.
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return Target::File; // a new file (or an error QSaveFile reports)
    if (S_ISSOCK(status.st_mode))
        return Target::Socket;
    if (S_ISCHR(status.st_mode) || S_ISBLK(status.st_mode) || S_ISFIFO(status.st_mode))
        return Target::DeviceOrFifo;
    return Target::File;
}

// Writes all of `bytes` to `descriptor`, waiting when a non-blocking pipe
// is full. Returns the system's reason on failure.
QString writeAll(int descriptor, const QByteArray &bytes)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const ssize_t written = ::write(descriptor, bytes.constData() + done, size_t(bytes.size() - done));
        if (written >= 0) {
            done += written;
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            pollfd ready { descriptor, POLLOUT, 0 };
            ::poll(&ready, 1, -1);
            continue;
        }
        return qt_error_string(errno);
    }
    return {};
}

QString writeInPlace(const QString &path, const QByteArray &bytes)
{
    // No O_CREAT: if the node went away meanwhile, nothing is created.
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (descriptor < 0)
        return failure(path, qt_error_string(errno));
    QString reason = writeAll(descriptor, bytes);
    if (::close(descriptor) != 0 && reason.isEmpty() && errno != EINTR)
        reason = qt_error_string(errno);
    return reason.isEmpty() ? QString() : failure(path, reason);
}

#endif

} // namespace

bool AtomicWriter::writesInPlace(const QString &path)
{
    int descriptor = -1;
    const Target target = targetOf(path, &descriptor);
    return target == Target::OpenStream || target == Target::DeviceOrFifo;
}

QString AtomicWriter::write(const QString &path, const QByteArray &bytes)
{
#ifdef Q_OS_UNIX
    int descriptor = -1;
    switch (targetOf(path, &descriptor)) {
    case Target::OpenStream:
        if (const QString reason = writeAll(descriptor, bytes); !reason.isEmpty())
            return failure(path, reason);
        return {};
    case Target::DeviceOrFifo:
        return writeInPlace(path, bytes);
    case Target::Socket:
        return failure(path, Messages::tr("it is a socket, not a file"));
    case Target::File:
        break;
    }
#endif
    return writeAtomically(path, bytes);
}

} // namespace WireDiff
