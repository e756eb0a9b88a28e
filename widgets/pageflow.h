#pragma once

#include "printblock.h"

#include <functional>
#include <vector>

namespace WireDiff {

// Distributes blocks over pages of a given body height, keeping each block
// whole when it fits on a page and reserving room at each page's foot for
// the notes marked on it. Pure geometry: no painting, so it is the first
// pass of the two-pass layout (the second paints, knowing the page count).
class PageFlow
{
public:
    struct Slice
    {
        size_t block = 0;
        qreal from = 0; // y range of the block shown on this page
        qreal to = 0;
        qreal top = 0;  // where the slice starts on the page body
    };

    struct Page
    {
        std::vector<Slice> slices;
        std::vector<qint32> footnotes; // note numbers, in order of their marks
        qreal footnoteHeight = 0;      // including the separator
    };

    // `footnoteHeight(number)` is the height of one note's text at the
    // foot; `separator` the room above the first.
    static std::vector<Page> paginate(const std::vector<PrintBlock> &blocks, qreal bodyHeight,
                                      const std::function<qreal(qint32)> &footnoteHeight, qreal separator);
};

} // namespace WireDiff
