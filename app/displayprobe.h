#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace WireDiff {

// Whether the display a desktop platform plugin would connect to answers.
// Qt's xcb and wayland plugins abort the process when DISPLAY or
// WAYLAND_DISPLAY names a server that is gone (a closed SSH session's
// forwarded display, a stopped Xvfb, a stale variable in a container), so
// main() knocks first: it opens and closes the socket the plugin would use,
// without speaking the protocol. A server that answers but refuses the
// client (authorisation) is not detected.
class DisplayProbe
{
public:
    // Where an X11 DISPLAY ("[host]:number[.screen]") points.
    struct X11Address
    {
        QString host; // empty or "unix": the local socket; starting with '/': a socket path
        int number = 0;
    };
    static std::optional<X11Address> parseX11(QStringView display);

    // Local X servers listen on `socketDirectory`/X<number> (and on Linux in
    // the abstract namespace under the same name); remote ones on TCP port
    // 6000 + number.
    static bool canReachX11(const QString &display, const QString &socketDirectory = QStringLiteral("/tmp/.X11-unix"));
    // WAYLAND_DISPLAY is a socket name in XDG_RUNTIME_DIR, or a path.
    static bool canReachWayland(const QString &display, const QString &runtimeDirectory);

    // How long a remote display may take to accept the connection.
    static constexpr int tcpTimeoutMilliseconds = 1500;
};

} // namespace WireDiff
