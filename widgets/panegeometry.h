#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <utility>
#include <vector>

namespace WireDiff {

// Where each pane of the comparison view sits across the content width and
// in the viewport. Panes share the available width by their weights (by
// article id, 1 by default) but never get narrower than a readable column
// (a pane of weight under 1 may shrink to that share of it); past that the
// content is wider than the viewport and scrolls sideways. Whatever width
// is left over goes to the last pane, so no sliver of nothing shows at the
// right.
//
// One pane may be pinned (the base, so the text every highlight is read
// against stays beside whatever pane is scrolled to, like a frozen column
// in a spreadsheet): while the panes do not all fit, it stands first in the
// content and at the left edge of the viewport whatever the scroll, and
// the other panes scroll in the area to its right, in their order, passing
// under it. Everything that maps panes to pixels (painting, hit-testing,
// the header bar, scrolling a pane into view) asks this class, so a pinned
// pane is drawn, clicked and scrolled to in the same place. A plain value:
// the view owns it, the header bar is handed a copy.
class PaneGeometry
{
public:
    // Lays out the panes showing the articles `ids`, in order, over
    // `available` pixels (the viewport's width) with `readable` as the
    // narrowest comfortable column. Returns whether any pane's width changed.
    bool layout(const QStringList &ids, int available, int readable);

    // The pane to keep at the left edge when the panes do not all fit, or
    // -1; takes effect at the next layout().
    void setPinnedRequest(qint32 pane) { m_pinRequest = pane; }
    // The pane held at the left edge now: -1 when none was asked for, all
    // panes fit, or it would leave less than a readable column beside it.
    qint32 pinned() const { return m_pinned; }
    // The horizontal scroll: content x at the left edge of the viewport.
    void setScroll(int scroll) { m_scroll = scroll; }
    int scroll() const { return m_scroll; }
    int maximumScroll() const { return std::max(0, totalWidth() - m_available); }

    int x(qint32 pane) const;     // content coordinates; 0 for a pane that is not laid out
    int width(qint32 pane) const; // 0 for a pane that is not laid out
    qint32 paneAt(int contentX) const; // -1 outside every pane
    // The first and last pane any part of which lies in [left, left + width)
    // (content coordinates, pinning aside); past the last pane counts as up
    // to it; {0, -1} without panes.
    std::pair<qint32, qint32> panesIn(int left, int width) const;
    int totalWidth() const { return m_xs.empty() ? 0 : m_totalWidth; }
    int available() const { return m_available; }
    const std::vector<int> &xs() const { return m_xs; }
    const std::vector<int> &widths() const { return m_widths; }

    // Viewport coordinates at the current scroll.
    int viewX(qint32 pane) const;
    // The left edge of the area the unpinned panes scroll in (the pinned
    // pane's width, else 0): they are hidden left of it.
    int scrollingLeft() const { return m_pinned >= 0 ? width(m_pinned) : 0; }
    // The part of `pane` that shows, as [left, right) in the viewport;
    // left >= right when none does.
    std::pair<int, int> visibleSpan(qint32 pane) const;
    qint32 paneAtView(int viewX) const; // -1 outside every pane
    // The panes any part of which shows, in display order (the pinned
    // first); empty without panes.
    std::vector<qint32> panesInView() const;
    // The scroll that shows `pane` whole, at the left of the scrolling area
    // when it has to move; the current scroll when it already shows whole
    // or is pinned. Within [0, maximumScroll()].
    int scrollToShow(qint32 pane) const;
    // The pane `delta` places from `pane` in display order (the pinned one
    // first), or -1 past either end.
    qint32 neighbour(qint32 pane, int delta) const;

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
    std::vector<qint32> m_order; // panes in display order
    int m_totalWidth = 0;
    int m_available = 1;
    int m_scroll = 0;
    qint32 m_pinRequest = -1;
    qint32 m_pinned = -1;
};

} // namespace WireDiff
