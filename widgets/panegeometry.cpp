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
    if (!widths.empty() && sum < available)
        widths.back() += available - sum;
    std::vector<int> xs;
    int x = 0;
    for (const int width : widths) {
        xs.push_back(x);
        x += width;
    }
    const bool changed = widths != m_widths;
    m_widths = std::move(widths);
    m_xs = std::move(xs);
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

void PaneGeometry::resize(qint32 pane, const QString &id, int width)
{
    if (pane < 0 || pane >= qint32(m_widths.size()) || m_widths[size_t(pane)] <= 0)
        return;
    const double weight = m_weights.value(id, 1.0) * double(width) / double(m_widths[size_t(pane)]);
    m_weights.insert(id, std::clamp(weight, 0.4, 4.0));
}

} // namespace WireDiff
