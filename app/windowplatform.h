#pragma once

#include <QString>

namespace WireDiff {

// Whether Qt can put a window on a screen. Qt picks its platform plugin
// from -platform or QT_QPA_PLATFORM (else the desktop's: Wayland or X11),
// and a desktop plugin that finds no display aborts the whole process with
// its own message (exit 134, perhaps a core dump). main() asks here first,
// so that without a display the command line is still checked and a
// window asked for is refused in words (see main.cpp).
class WindowPlatform
{
public:
    struct Environment
    {
        QString platform;       // -platform, else QT_QPA_PLATFORM; empty: Qt's default
        QString x11Display;     // DISPLAY
        QString waylandDisplay; // WAYLAND_DISPLAY
    };

    // The environment of this process, with argv's -platform (or --platform).
    static Environment current(int argc, char **argv);
    // False when every plugin named (a list may be separated by ';') is a
    // desktop one and the display it connects to is not named: Qt would
    // abort. Any other plugin (offscreen, minimal, eglfs, vnc…) is assumed
    // to start. A named display that cannot be reached is not detected.
    static bool hasDisplay(const Environment &environment);
};

} // namespace WireDiff
