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
        // Whether the display named answers (DisplayProbe); true when no
        // display is named, since there is nothing to knock on.
        bool x11Reachable = true;
        bool waylandReachable = true;
    };

    // The environment of this process, with argv's -platform (or --platform),
    // and whether the displays it names answer.
    static Environment current(int argc, char **argv);
    // False when every plugin named (a list may be separated by ';') is a
    // desktop one and the display it connects to is not named or does not
    // answer: Qt would abort. Any other plugin (offscreen, minimal, eglfs,
    // vnc…) is assumed to start.
    static bool hasDisplay(const Environment &environment);
    // The display named but not answering ("localhost:10.0"), for the
    // message; empty when every named display answers.
    static QString silentDisplay(const Environment &environment);
};

} // namespace WireDiff
