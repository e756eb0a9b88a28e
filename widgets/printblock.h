#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>
#include <utility>
#include <vector>

class QPainter;

namespace WireDiff {

// One unbreakable-if-possible piece of a printed page: a table row, a
// heading, a legend. The page flow stacks blocks down the pages; a block
// taller than a page is cut into slices, at breakBefore() so no text line
// is cut in half. Painting is in page units, with the painter translated to
// the block's top-left corner (and clipped to the slice being painted).
struct PrintBlock
{
    qreal height = 0;
    std::function<void(QPainter *painter)> paint;
    // The largest y <= `limit` where a slice may end; empty: anywhere.
    std::function<qreal(qreal limit)> breakBefore;
    // Where the next slice starts after a cut at `cut`: the top of the
    // highest line the cut goes through, or `cut`; empty: `cut`. Columns
    // whose lines do not line up leave no cut between lines in all of
    // them; a line the cut goes through is then drawn on the next page
    // (painting draws only the lines wholly inside the slice), which
    // starts at its top, so no line is lost, cut in half or drawn twice.
    std::function<qreal(qreal cut)> resumeAt;
    // Notes marked in this block: (y of the mark, note number). Their text
    // goes to the foot of the page that shows the mark.
    std::vector<std::pair<qreal, qint32>> footnotes;
    bool keepWithNext = false;    // a heading: never alone at a page's foot
    bool pageBreakBefore = false; // starts a new page
    // For the PDF's outline, taken at the page the block starts on: the
    // title of the section this block heads, and the number of a note whose
    // text the block shows in full (not as a footnote: a note that lost
    // its passage, listed on the first pages); 0: none.
    QString outlineTitle;
    qint32 listedNote = 0;
};

} // namespace WireDiff
