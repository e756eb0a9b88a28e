#pragma once

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
    // Notes marked in this block: (y of the mark, note number). Their text
    // goes to the foot of the page that shows the mark.
    std::vector<std::pair<qreal, qint32>> footnotes;
    bool keepWithNext = false;    // a heading: never alone at a page's foot
    bool pageBreakBefore = false; // starts a new page
};

} // namespace WireDiff
