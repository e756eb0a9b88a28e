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
// A page's notes are printed at its foot, whole, and rows make way for
// them: a block that does not fit with its notes moves to the next page
// with them (a block taller than a page is cut so each slice fits with the
// notes marked in it). Only what no page could hold goes on at the next
// page's foot as a marked continuation: a note too tall for any page is
// cut between its lines, and the notes of one slice too many for a page
// follow it; the next page reserves their room before its own rows and
// notes. Pages of notes alone follow where a continuation leaves no room
// for rows. Every note is shown whole, once, and no page shows a note
// marked on another page unless as a continuation.
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
    // note's laid-out text. `continued`: the note's mark is on an earlier
    // page (its text goes on from `from`, or it did not fit there at all);
    // it is shown under a "continued" label `Footnotes::continuedHeight` tall.
    struct FootnotePiece
    {
        qint32 number = 0;
        qreal from = 0;
        qreal to = 0;
        bool continued = false;
    };

    struct Page
    {
        std::vector<Slice> slices;
        std::vector<FootnotePiece> footnotes; // continued ones first, then the page's own by number
        qreal footnoteHeight = 0;             // including the separator and labels
        // The notes whose marks are in this page's slices, in the order of
        // the slices (their text starts at this page's foot unless no room
        // was left there; then it is continued on the next pages).
        std::vector<qint32> marked;
    };

    struct Footnotes
    {
        // The height of one note's text at the foot.
        std::function<qreal(qint32 number)> height;
        // The largest y <= `limit` between two lines of the note's text;
        // empty: anywhere.
        std::function<qreal(qint32 number, qreal limit)> breakBefore;
        qreal separator = 0;       // the room above the first note of a page
        qreal continuedHeight = 0; // the label above a continued piece
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
