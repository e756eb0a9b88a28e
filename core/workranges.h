#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace WireDiff {

// Cuts a sequence of items (the sentences of an article) into consecutive
// ranges of about equal size, for workers that each take a range: item i
// covers positions starts[i] .. starts[i + 1], the last one up to `end`.
// An item is never cut, so a range holding one long item can be larger
// than the rest, and there are fewer ranges than asked for when the items
// are too few or too uneven.
class WorkRanges
{
public:
    // Boundaries b[0] = 0 < b[1] < … < b[k] = starts.size() (just {0}
    // without items), k at most `pieces`: range r is items b[r] .. b[r + 1]
    // - 1. Range r starts at the first item at or after position
    // starts[0] + r · (end - starts[0]) / pieces. `starts` is non-decreasing
    // and at most `end`.
    static std::vector<qint32> split(std::span<const qint32> starts, qint32 end, qint32 pieces);
};

} // namespace WireDiff
