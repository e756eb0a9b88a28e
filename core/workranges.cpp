#include "workranges.h"

#include <algorithm>

namespace WireDiff {

std::vector<qint32> WorkRanges::split(std::span<const qint32> starts, qint32 end, qint32 pieces)
{
    std::vector<qint32> boundaries { 0 };
    const auto count = qint32(starts.size());
    if (count == 0)
        return boundaries;
    const qint64 first = starts.front();
    const qint64 total = qint64(end) - first;
    for (qint32 r = 1; r < pieces; ++r) {
        const qint64 target = first + total * r / pieces;
        const auto at = qint32(std::lower_bound(starts.begin(), starts.end(), target) - starts.begin());
        if (at > boundaries.back() && at < count)
            boundaries.push_back(at);
    }
    boundaries.push_back(count);
    return boundaries;
}

} // namespace WireDiff
