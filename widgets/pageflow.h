#pragma once

#include "printblock.h"

#include <functional>
#include <utility>
#include <vector>

namespace WireDiff {

// Distributes blocks over pages of a given body height, keeping each block
// whole when it fits on a page and reserving room at each page's foot for
// the notes marked on it. Pure geometry: no painting, so it is the first
// pass of the two-pass layout (the second paints, knowing the page count).
//
// A note's text goes to the foot of the page its mark is on, as far as it
// fits there: notes take at most half a page's body while text competes for
// it (so many notes, or a very long one, cannot push their own rows off the
// page), and what does not fit goes on at the foot of the next page, cut
// between its lines, before that page's own notes; pages of notes alone
// follow the part's last block if needed. Every note is shown whole, once.
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

    // The part of one note's text shown at a page's foot: its y range in the
    // note's laid-out text. `from` > 0: continued from an earlier page.
    struct FootnotePiece
    {
        qint32 number = 0;
        qreal from = 0;
        qreal to = 0;
    };

    struct Page
    {
        std::vector<Slice> slices;
        std::vector<FootnotePiece> footnotes; // in order of their marks, carried ones first
        qreal footnoteHeight = 0;             // including the separator
    };

    struct Footnotes
    {
        // The height of one note's text at the foot.
        std::function<qreal(qint32 number)> height;
        // The largest y <= `limit` between two lines of the note's text;
        // empty: anywhere.
        std::function<qreal(qint32 number, qreal limit)> breakBefore;
        qreal separator = 0; // the room above the first note of a page
    };

    static std::vector<Page> paginate(const std::vector<PrintBlock> &blocks, qreal bodyHeight, const Footnotes &footnotes);

    // For a block of text lines (top, bottom; in one column or several side
    // by side), what PrintBlock::breakBefore and resumeAt say: the largest
    // y <= `limit` inside no line, and the top of the highest line a cut at
    // `cut` goes through (or `cut`).
    using Lines = std::vector<std::pair<qreal, qreal>>;
    static qreal breakBetweenLines(const Lines &lines, qreal limit);
    static qreal resumeAfterCut(const Lines &lines, qreal cut);
};

} // namespace WireDiff
