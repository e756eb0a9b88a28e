#pragma once

#include <QSize>

namespace WireDiff {

// The window's size on a first start (no saved geometry): room for six
// panes and the side panels on a large screen, yet wholly on a small one
// (a 1366×768 laptop, a 1024×700 projector) with the docks, the scroll
// bar and the status bar in view.
class FirstWindowSize
{
public:
    static constexpr QSize largest { 1440, 900 };

    // 90 % of the screen's available size (without panels and docks) in
    // each direction, at most `largest`.
    static QSize forScreen(const QSize &available);
};

} // namespace WireDiff
