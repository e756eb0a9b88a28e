#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace WireDiff {

// Where each pane of the comparison view sits across the content width.
// Panes share the available width by their weights (by article id, 1 by
// default) but never get narrower than a readable column (a pane of weight
// under 1 may shrink to that share of it); past that the content is wider
// than the viewport and scrolls sideways. Whatever width is left over goes
// to the last pane, so no sliver of nothing shows at the right. A plain
// value: the view asks it, the header bar is handed its result.
class PaneGeometry
{
public:
    // Lays out the panes showing the articles `ids`, in order, over
    // `available` pixels with `readable` as the narrowest comfortable
    // column. Returns whether any pane's width changed.
    bool layout(const QStringList &ids, int available, int readable);

    int x(qint32 pane) const;     // content coordinates; 0 for a pane that is not laid out
    int width(qint32 pane) const; // 0 for a pane that is not laid out
    qint32 paneAt(int contentX) const; // -1 outside every pane
    // The first and last pane any part of which lies in [left, left + width)
    // (content coordinates); past the last pane counts as up to it; {0, -1}
    // without panes.
    std::pair<qint32, qint32> panesIn(int left, int width) const;
    int totalWidth() const { return m_xs.empty() ? 0 : m_xs.back() + m_widths.back(); }
    const std::vector<int> &xs() const { return m_xs; }
    const std::vector<int> &widths() const { return m_widths; }

    const QHash<QString, double> &weights() const { return m_weights; }
    void setWeights(const QHash<QString, double> &weights) { m_weights = weights; }
    // Changes the weight of article `id`, shown in `pane`, so that at the
    // same available width the pane would be about `width` pixels, within
    // 0.4 to 4 times an even share. Call layout() afterwards.
    void resize(qint32 pane, const QString &id, int width);

private:
    QHash<QString, double> m_weights;
    std::vector<int> m_widths;
    std::vector<int> m_xs;
};

} // namespace WireDiff
