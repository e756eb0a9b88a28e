#include "rowscroller.h"

#include <algorithm>

namespace WireDiff {

RowScroller::RowScroller(HeightFunction height)
    : m_height(std::move(height))
{
}

void RowScroller::setRowCount(qint32 rows)
{
    m_heights.assign(size_t(std::max(0, rows)), -1.0);
    invalidate();
}

void RowScroller::invalidate()
{
    std::fill(m_heights.begin(), m_heights.end(), -1.0);
    m_visibleDirty = true;
    m_maxPosition = { -1, 0 };
    clamp();
}

void RowScroller::setViewportHeight(qreal height)
{
    m_viewportHeight = height;
    m_visibleDirty = true;
    m_maxPosition = { -1, 0 };
    clamp();
}

qreal RowScroller::rowHeight(qint32 row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    qreal &height = m_heights[size_t(row)];
    if (height < 0)
        height = m_height ? std::max<qreal>(1, m_height(row)) : 1;
    return height;
}

void RowScroller::setPosition(qint32 row, qreal offset)
{
    m_topRow = row;
    m_topOffset = offset;
    clamp();
}

void RowScroller::scrollBy(qreal dy)
{
    if (rowCount() == 0)
        return;
    qint32 row = m_topRow;
    qreal offset = m_topOffset + dy;
    while (offset < 0 && row > 0) {
        --row;
        offset += rowHeight(row);
    }
    while (row < rowCount() - 1 && offset >= rowHeight(row)) {
        offset -= rowHeight(row);
        ++row;
    }
    setPosition(row, std::max<qreal>(0, offset));
}

void RowScroller::showRow(qint32 row, qreal context)
{
    if (row < 0 || row >= rowCount())
        return;
    qint32 top = row;
    qreal offset = 0;
    qreal remaining = context;
    while (remaining > 0 && top > 0) {
        const qreal height = rowHeight(top - 1);
        --top;
        if (height >= remaining) {
            offset = height - remaining;
            break;
        }
        remaining -= height;
    }
    setPosition(top, offset);
}

void RowScroller::toEnd()
{
    const auto [row, offset] = maximumPosition();
    setPosition(row, offset);
}

std::pair<qint32, qreal> RowScroller::maximumPosition() const
{
    if (m_maxPosition.first < 0) {
        qreal remaining = m_viewportHeight;
        m_maxPosition = { 0, 0 };
        for (qint32 row = rowCount() - 1; row >= 0; --row) {
            const qreal height = rowHeight(row);
            if (height >= remaining) {
                m_maxPosition = { row, height - remaining };
                break;
            }
            remaining -= height;
        }
    }
    return m_maxPosition;
}

const std::vector<RowScroller::VisibleRow> &RowScroller::visibleRows() const
{
    if (m_visibleDirty) {
        m_visible.clear();
        qreal y = -m_topOffset;
        for (qint32 row = m_topRow; row < rowCount() && y < m_viewportHeight; ++row) {
            const qreal height = rowHeight(row);
            m_visible.push_back({ row, y, height });
            y += height;
        }
        m_visibleDirty = false;
    }
    return m_visible;
}

int RowScroller::scrollMaximum() const
{
    if (rowCount() == 0)
        return 0;
    const auto [row, offset] = maximumPosition();
    return scrollValueFor(row, offset);
}

void RowScroller::setScrollValue(int value)
{
    if (value == scrollValue() || rowCount() == 0)
        return;
    const qint32 row = std::clamp(value / unitsPerRow, 0, rowCount() - 1);
    setPosition(row, rowHeight(row) * (value % unitsPerRow) / unitsPerRow);
}

int RowScroller::scrollValueFor(qint32 row, qreal offset) const
{
    const qreal height = rowHeight(row);
    const int within = height > 0 ? std::clamp(int(offset / height * unitsPerRow), 0, unitsPerRow - 1) : 0;
    return row * unitsPerRow + within;
}

void RowScroller::clamp()
{
    if (std::pair(m_topRow, m_topOffset) > maximumPosition()) {
        m_topRow = m_maxPosition.first;
        m_topOffset = m_maxPosition.second;
    }
    m_topRow = std::max(0, m_topRow);
    m_topOffset = std::clamp<qreal>(m_topOffset, 0, std::max<qreal>(0, rowHeight(m_topRow) - 1));
    m_visibleDirty = true;
}

} // namespace WireDiff
