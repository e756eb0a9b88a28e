#include "panegeometry.h"

#include <algorithm>

namespace WireDiff {

bool PaneGeometry::layout(const QStringList &ids, int available, int readable)
{
    available = std::max(1, available);
    double total = 0;
    std::vector<double> weights;
    for (const QString &id : ids) {
        weights.push_back(m_weights.value(id, 1.0));
        total += weights.back();
    }
    std::vector<int> widths;
    int sum = 0;
    for (const double weight : weights) {
        widths.push_back(std::max(int(readable * std::min(1.0, weight)), int(available * weight / total)));
        sum += widths.back();
    }
    if (!widths.empty() && sum < available) {
        widths.back() += available - sum;
        sum = available;
    }
    const auto count = qint32(widths.size());
    // Pinning is for panes that do not all fit; and a pinned pane that
    // leaves no readable column beside it would only hide the others.
    const bool pin = m_pinRequest >= 0 && m_pinRequest < count && sum > available
        && available - widths[size_t(m_pinRequest)] >= readable;
    m_pinned = pin ? m_pinRequest : -1;
    m_order.clear();
    if (pin)
        m_order.push_back(m_pinned);
    for (qint32 pane = 0; pane < count; ++pane) {
        if (pane != m_pinned)
            m_order.push_back(pane);
    }
    std::vector<int> xs(widths.size(), 0);
    int x = 0;
    for (const qint32 pane : m_order) {
        xs[size_t(pane)] = x;
        x += widths[size_t(pane)];
    }
    const bool changed = widths != m_widths;
    m_widths = std::move(widths);
    m_xs = std::move(xs);
    m_totalWidth = x;
    m_available = available;
    return changed;
}

int PaneGeometry::x(qint32 pane) const
{
    return pane >= 0 && pane < qint32(m_xs.size()) ? m_xs[size_t(pane)] : 0;
}

int PaneGeometry::width(qint32 pane) const
{
    return pane >= 0 && pane < qint32(m_widths.size()) ? m_widths[size_t(pane)] : 0;
}

qint32 PaneGeometry::paneAt(int contentX) const
{
    for (qint32 pane = 0; pane < qint32(m_xs.size()); ++pane) {
        if (contentX >= m_xs[size_t(pane)] && contentX < m_xs[size_t(pane)] + m_widths[size_t(pane)])
            return pane;
    }
    return -1;
}

std::pair<qint32, qint32> PaneGeometry::panesIn(int left, int width) const
{
    const auto count = qint32(m_xs.size());
    if (count == 0)
        return { 0, -1 };
    const qint32 first = paneAt(left);
    const qint32 last = paneAt(left + std::max(1, width) - 1);
    return { first < 0 ? 0 : first, last < 0 ? count - 1 : last };
}

int PaneGeometry::viewX(qint32 pane) const
{
    return pane == m_pinned ? 0 : x(pane) - m_scroll;
}

std::pair<int, int> PaneGeometry::visibleSpan(qint32 pane) const
{
    if (pane < 0 || pane >= qint32(m_xs.size()))
        return { 0, 0 };
    const int left = viewX(pane);
    const int areaLeft = pane == m_pinned ? 0 : scrollingLeft();
    return { std::max(left, areaLeft), std::min(left + width(pane), m_available) };
}

qint32 PaneGeometry::paneAtView(int viewX) const
{
    if (m_pinned >= 0 && viewX >= 0 && viewX < width(m_pinned))
        return m_pinned;
    if (viewX < scrollingLeft())
        return -1;
    // Content right of the pinned pane's own place, so never the pinned one.
    return paneAt(viewX + m_scroll);
}

std::vector<qint32> PaneGeometry::panesInView() const
{
    std::vector<qint32> panes;
    for (const qint32 pane : m_order) {
        const auto [left, right] = visibleSpan(pane);
        if (left < right)
            panes.push_back(pane);
    }
    return panes;
}

int PaneGeometry::scrollToShow(qint32 pane) const
{
    if (pane < 0 || pane >= qint32(m_xs.size()) || pane == m_pinned)
        return m_scroll;
    const int left = viewX(pane);
    if (left >= scrollingLeft() && left + width(pane) <= m_available)
        return m_scroll;
    return std::clamp(x(pane) - scrollingLeft(), 0, maximumScroll());
}

qint32 PaneGeometry::neighbour(qint32 pane, int delta) const
{
    const auto it = std::find(m_order.begin(), m_order.end(), pane);
    if (it == m_order.end())
        return -1;
    const qint64 place = qint64(it - m_order.begin()) + delta;
    return place >= 0 && place < qint64(m_order.size()) ? m_order[size_t(place)] : -1;
}

void PaneGeometry::resize(qint32 pane, const QString &id, int width)
{
    if (pane < 0 || pane >= qint32(m_widths.size()) || m_widths[size_t(pane)] <= 0)
        return;
    const double weight = m_weights.value(id, 1.0) * double(width) / double(m_widths[size_t(pane)]);
    m_weights.insert(id, std::clamp(weight, 0.4, 4.0));
}

} // namespace WireDiff
