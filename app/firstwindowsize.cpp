#include "firstwindowsize.h"

#include <algorithm>

namespace WireDiff {

QSize FirstWindowSize::forScreen(const QSize &available)
{
    if (available.isEmpty())
        return largest;
    return { std::min(largest.width(), available.width() * 9 / 10), std::min(largest.height(), available.height() * 9 / 10) };
}

} // namespace WireDiff
