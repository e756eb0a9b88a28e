#include "windowplatform.h"

#include "displayprobe.h"

#include <QStringList>

#include <cstring>

namespace WireDiff {

WindowPlatform::Environment WindowPlatform::current(int argc, char **argv)
{
    Environment environment { qEnvironmentVariable("QT_QPA_PLATFORM"), qEnvironmentVariable("DISPLAY"),
                              qEnvironmentVariable("WAYLAND_DISPLAY") };
    // Qt reads its own options with one dash or two.
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0)
            environment.platform = QString::fromLocal8Bit(argv[i + 1]);
    }
    if (!environment.x11Display.isEmpty())
        environment.x11Reachable = DisplayProbe::canReachX11(environment.x11Display);
    if (!environment.waylandDisplay.isEmpty())
        environment.waylandReachable = DisplayProbe::canReachWayland(environment.waylandDisplay,
                                                                     qEnvironmentVariable("XDG_RUNTIME_DIR"));
    return environment;
}

bool WindowPlatform::hasDisplay(const Environment &environment)
{
    const bool x11 = !environment.x11Display.isEmpty() && environment.x11Reachable;
    const bool wayland = !environment.waylandDisplay.isEmpty() && environment.waylandReachable;
    if (environment.platform.trimmed().isEmpty())
        return x11 || wayland;
    const QStringList plugins = environment.platform.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &plugin : plugins) {
        // A plugin's options follow its name after a colon ("xcb:foo").
        const QString name = plugin.section(QLatin1Char(':'), 0, 0).trimmed();
        if (name == QLatin1String("xcb")) {
            if (x11)
                return true;
        } else if (name.startsWith(QLatin1String("wayland"))) {
            if (wayland)
                return true;
        } else {
            return true;
        }
    }
    return false;
}

QString WindowPlatform::silentDisplay(const Environment &environment)
{
    if (!environment.x11Display.isEmpty() && !environment.x11Reachable)
        return environment.x11Display;
    if (!environment.waylandDisplay.isEmpty() && !environment.waylandReachable)
        return environment.waylandDisplay;
    return {};
}

} // namespace WireDiff
