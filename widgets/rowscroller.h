#pragma once

#include <QtGlobal>

#include <functional>
#include <utility>
#include <vector>

namespace WireDiff {

// The vertical position of a view over rows of different heights: a row
// and a pixel offset into it. Heights come from a function, asked only for
// the rows that need one (those on screen, the last screenful for the end
// position, the rows a scroll steps over) and kept until invalidate(). The
// scroll bar counts rows (unitsPerRow units each), so the height of the
// whole text is never needed: this is what lets the comparison view lay
// out only what is on screen, whatever the length of the articles.
//
// Invariant after every call: the position is at or before
// maximumPosition(), and the offset is inside the top row.
class RowScroller
{
public:
    struct VisibleRow
    {
        qint32 row = 0;
        qreal y = 0; // relative to the top of the viewport; the first may be negative
        qreal height = 0;
    };
    using HeightFunction = std::function<qreal(qint32 row)>;
    static constexpr int unitsPerRow = 256;

    explicit RowScroller(HeightFunction height = {});

    // A new set of rows: every height is forgotten, the position clamped.
    void setRowCount(qint32 rows);
    // The heights changed (pane widths, font, focus): forget them.
    void invalidate();
    void setViewportHeight(qreal height);

    qint32 rowCount() const { return qint32(m_heights.size()); }
    qreal rowHeight(qint32 row) const; // 0 outside the rows
    qint32 topRow() const { return m_topRow; }
    qreal topOffset() const { return m_topOffset; }

    void setPosition(qint32 row, qreal offset);
    void scrollBy(qreal dy);
    // Puts `row` near the top with about `context` pixels of the rows
    // before it still in view.
    void showRow(qint32 row, qreal context);
    void toStart() { setPosition(0, 0); }
    void toEnd();

    // The last position at which the end of the text meets the bottom of
    // the viewport; found by laying out just the last screenful of rows.
    std::pair<qint32, qreal> maximumPosition() const;
    // The rows on screen, top to bottom.
    const std::vector<VisibleRow> &visibleRows() const;

    int scrollValue() const { return scrollValueFor(m_topRow, m_topOffset); }
    int scrollMaximum() const;
    void setScrollValue(int value);

private:
    int scrollValueFor(qint32 row, qreal offset) const;
    void clamp();

    HeightFunction m_height;
    mutable std::vector<qreal> m_heights; // -1: not yet laid out
    qreal m_viewportHeight = 0;
    qint32 m_topRow = 0;
    qreal m_topOffset = 0;
    mutable std::vector<VisibleRow> m_visible;
    mutable bool m_visibleDirty = true;
    mutable std::pair<qint32, qreal> m_maxPosition { -1, 0 };
};

} // namespace WireDiff
