#include "displayprobe.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include <cstring>

#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace WireDiff;

// Whether a named display answers, asked of real sockets: Unix sockets
// listening in a temporary folder (as an X server's /tmp/.X11-unix/X<n> or
// a Wayland compositor's socket in XDG_RUNTIME_DIR) and a TCP port on the
// loopback (as a forwarded display's 6000 + n).
class TestDisplayProbe : public QObject
{
    Q_OBJECT

private slots:
    void parsesX11_data();
    void parsesX11();
    void reachesLocalSockets_data();
    void reachesLocalSockets();
    void reachesTcpDisplay();
};

namespace {

// A listening socket, closed when it goes out of scope.
class Listener
{
public:
    // Listens on the Unix socket `path`.
    static Listener local(const QString &path)
    {
        Listener listener(::socket(AF_UNIX, SOCK_STREAM, 0));
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        const QByteArray name = QFile::encodeName(path);
        std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
        if (::bind(listener.m_socket, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0
            || ::listen(listener.m_socket, 1) != 0)
            listener.close();
        return listener;
    }
    // Listens on a free TCP port of the loopback.
    static Listener loopback()
    {
        Listener listener(::socket(AF_INET, SOCK_STREAM, 0));
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof(address);
        if (::bind(listener.m_socket, reinterpret_cast<const sockaddr *>(&address), size) != 0
            || ::listen(listener.m_socket, 1) != 0
            || ::getsockname(listener.m_socket, reinterpret_cast<sockaddr *>(&address), &size) != 0)
            listener.close();
        else
            listener.m_port = ntohs(address.sin_port);
        return listener;
    }
    Listener(Listener &&other) noexcept : m_socket(other.m_socket), m_port(other.m_port) { other.m_socket = -1; }
    Listener(const Listener &) = delete;
    Listener &operator=(const Listener &) = delete;
    ~Listener() { close(); }

    bool isListening() const { return m_socket >= 0; }
    int port() const { return m_port; }
    void close()
    {
        if (m_socket >= 0)
            ::close(m_socket);
        m_socket = -1;
    }

private:
    explicit Listener(int socket) : m_socket(socket) { }
    int m_socket = -1;
    int m_port = 0;
};

} // namespace

void TestDisplayProbe::parsesX11_data()
{
    QTest::addColumn<QString>("display");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("number");
    QTest::newRow("local") << ":0" << true << "" << 0;
    QTest::newRow("local with a screen") << ":1.0" << true << "" << 1;
    QTest::newRow("unix") << "unix:2" << true << "unix" << 2;
    QTest::newRow("SSH forwarding") << "localhost:10.0" << true << "localhost" << 10;
    QTest::newRow("IPv6 host") << "::1:3" << true << "::1" << 3;
    QTest::newRow("DECnet reads as the host") << "node::0" << true << "node" << 0;
    QTest::newRow("socket path") << "/tmp/launch-x/org.xquartz:0" << true << "/tmp/launch-x/org.xquartz" << 0;
    QTest::newRow("no colon") << "localhost" << false << "" << 0;
    QTest::newRow("no number") << "host:" << false << "" << 0;
    QTest::newRow("not a number") << ":zero" << false << "" << 0;
    QTest::newRow("negative") << ":-1" << false << "" << 0;
    QTest::newRow("empty") << "" << false << "" << 0;
}

void TestDisplayProbe::parsesX11()
{
    QFETCH(QString, display);
    QFETCH(bool, valid);
    QFETCH(QString, host);
    QFETCH(int, number);
    const std::optional<DisplayProbe::X11Address> address = DisplayProbe::parseX11(display);
    QCOMPARE(address.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(address->host, host);
    QCOMPARE(address->number, number);
}

void TestDisplayProbe::reachesLocalSockets_data()
{
    QTest::addColumn<QString>("kind");    // "x11" or "wayland"
    QTest::addColumn<QString>("socket");  // listened on, relative to the folder; empty: nothing listens
    QTest::addColumn<QString>("display"); // as named in DISPLAY or WAYLAND_DISPLAY; %D is the folder
    QTest::addColumn<bool>("reachable");
    QTest::newRow("X11 server listening") << "x11" << "X7" << ":7" << true;
    QTest::newRow("X11 with a screen") << "x11" << "X7" << ":7.0" << true;
    QTest::newRow("X11 unix:") << "x11" << "X7" << "unix:7" << true;
    QTest::newRow("X11 another number") << "x11" << "X7" << ":8" << false;
    QTest::newRow("X11 nothing listening") << "x11" << "" << ":7" << false;
    QTest::newRow("X11 socket path") << "x11" << "xquartz" << "%D/xquartz:0" << true;
    QTest::newRow("X11 unparsable") << "x11" << "X7" << "seven" << false;
    QTest::newRow("Wayland listening") << "wayland" << "wayland-1" << "wayland-1" << true;
    QTest::newRow("Wayland by path") << "wayland" << "wayland-1" << "%D/wayland-1" << true;
    QTest::newRow("Wayland another name") << "wayland" << "wayland-1" << "wayland-0" << false;
    QTest::newRow("Wayland empty") << "wayland" << "wayland-1" << "" << false;
}

void TestDisplayProbe::reachesLocalSockets()
{
    QFETCH(QString, kind);
    QFETCH(QString, socket);
    QFETCH(QString, display);
    QFETCH(bool, reachable);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    // Unix socket paths are short (108 bytes); QTemporaryDir's are.
    std::optional<Listener> listener;
    if (!socket.isEmpty()) {
        listener.emplace(Listener::local(folder.filePath(socket)));
        QVERIFY(listener->isListening());
    }
    display.replace(QLatin1String("%D"), folder.path());
    const bool reached = kind == QLatin1String("x11") ? DisplayProbe::canReachX11(display, folder.path())
                                                      : DisplayProbe::canReachWayland(display, folder.path());
    QCOMPARE(reached, reachable);
}

// A display on another host is TCP port 6000 + its number: reached while
// something listens there, refused once it stops.
void TestDisplayProbe::reachesTcpDisplay()
{
    Listener listener = Listener::loopback();
    QVERIFY(listener.isListening());
    QVERIFY(listener.port() > 6000);
    const QString display = QStringLiteral("127.0.0.1:%1.0").arg(listener.port() - 6000);
    QVERIFY(DisplayProbe::canReachX11(display));
    listener.close();
    QVERIFY(!DisplayProbe::canReachX11(display));
}

QTEST_GUILESS_MAIN(TestDisplayProbe)
#include "tst_displayprobe.moc"
