#include "displayprobe.h"

#include <QFile>

#include <cerrno>
#include <cstddef>
#include <cstring>

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace WireDiff {

namespace {

// A socket that closes itself.
class SocketHandle
{
public:
    explicit SocketHandle(int descriptor) : m_descriptor(descriptor) { }
    ~SocketHandle()
    {
        if (m_descriptor >= 0)
            ::close(m_descriptor);
    }
    SocketHandle(const SocketHandle &) = delete;
    SocketHandle &operator=(const SocketHandle &) = delete;
    int get() const { return m_descriptor; }

private:
    int m_descriptor;
};

// Connects to a Unix socket at `path`; with `abstract`, to the name in
// Linux's abstract namespace (a leading NUL) instead of the file system.
bool connectLocal(const QByteArray &path, bool abstract)
{
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const qsizetype offset = abstract ? 1 : 0;
    if (path.isEmpty() || path.size() + offset >= qsizetype(sizeof(address.sun_path)))
        return false;
    std::memcpy(address.sun_path + offset, path.constData(), size_t(path.size()));
    const auto length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(offset + path.size()) + (abstract ? 0 : 1));
    const SocketHandle socket(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
    return socket.get() >= 0 && ::connect(socket.get(), reinterpret_cast<const sockaddr *>(&address), length) == 0;
}

// Connects to `host`:`port` over TCP, giving up after the probe's timeout.
bool connectRemote(const QByteArray &host, int port)
{
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    if (::getaddrinfo(host.constData(), QByteArray::number(port).constData(), &hints, &found) != 0)
        return false;
    bool reached = false;
    for (const addrinfo *candidate = found; candidate && !reached; candidate = candidate->ai_next) {
        const SocketHandle socket(::socket(candidate->ai_family, candidate->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK,
                                           candidate->ai_protocol));
        if (socket.get() < 0)
            continue;
        if (::connect(socket.get(), candidate->ai_addr, candidate->ai_addrlen) == 0) {
            reached = true;
            break;
        }
        if (errno != EINPROGRESS)
            continue;
        pollfd waiting { socket.get(), POLLOUT, 0 };
        if (::poll(&waiting, 1, DisplayProbe::tcpTimeoutMilliseconds) != 1)
            continue;
        int error = 0;
        socklen_t size = sizeof(error);
        reached = ::getsockopt(socket.get(), SOL_SOCKET, SO_ERROR, &error, &size) == 0 && error == 0;
    }
    ::freeaddrinfo(found);
    return reached;
}

} // namespace

std::optional<DisplayProbe::X11Address> DisplayProbe::parseX11(QStringView display)
{
    const qsizetype colon = display.lastIndexOf(u':');
    if (colon < 0)
        return std::nullopt;
    QStringView number = display.mid(colon + 1);
    if (const qsizetype dot = number.indexOf(u'.'); dot >= 0)
        number = number.left(dot);
    bool ok = false;
    const int value = number.toInt(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    QStringView host = display.left(colon);
    // "host::0" is DECnet, which nothing speaks any more; read it as the host.
    if (host.endsWith(u':'))
        host.chop(1);
    return X11Address { host.toString(), value };
}

bool DisplayProbe::canReachX11(const QString &display, const QString &socketDirectory)
{
    const std::optional<X11Address> address = parseX11(display);
    if (!address)
        return false;
    if (address->host.startsWith(QLatin1Char('/')))
        return connectLocal(QFile::encodeName(address->host), false);
    if (address->host.isEmpty() || address->host == QLatin1String("unix")) {
        const QByteArray path = QFile::encodeName(socketDirectory + QStringLiteral("/X%1").arg(address->number));
        return connectLocal(path, true) || connectLocal(path, false);
    }
    return connectRemote(address->host.toUtf8(), 6000 + address->number);
}

bool DisplayProbe::canReachWayland(const QString &display, const QString &runtimeDirectory)
{
    if (display.isEmpty())
        return false;
    const QString path = display.startsWith(QLatin1Char('/')) ? display : runtimeDirectory + QLatin1Char('/') + display;
    return connectLocal(QFile::encodeName(path), false);
}

} // namespace WireDiff
