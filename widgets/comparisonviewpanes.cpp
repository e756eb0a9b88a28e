// ComparisonView: its panes (which articles show, in what order and
// width, which are in view, the focus pair). Painting and scrolling are in
// comparisonview.cpp, mouse and keyboard in comparisonviewinput.cpp.
#include "comparisonview.h"

#include "overviewruler.h"
#include "paneheaderbar.h"

#include <QScopedValueRollback>
#include <QScrollBar>

#include <algorithm>

namespace WireDiff {

void ComparisonView::setFocusArticle(qint32 article)
{
    if (m_model.isEmpty() || article == m_model.base() || article == m_model.focus())
        return;
    m_model.setFocus(article);
    invalidateHeights();
    m_header->update();
    m_ruler->modelChanged();
    viewport()->update();
    emit focusChanged(article);
}

void ComparisonView::focusPair(qint32 a, qint32 b)
{
    if (m_model.isEmpty())
        return;
    const qint32 other = a == m_model.base() ? b : a;
    for (qint32 article : { a, b }) {
        if (m_model.paneOf(article) < 0) {
            m_hiddenIds.remove(m_model.article(article).id);
            applyPaneState(m_model.paneIds());
            layoutPanes();
            emit panesChanged();
        }
    }
    setFocusArticle(other);
    // Neither is the base: the pair is compared by making the column's
    // article (the one the row's is found in) the base; the focus, kept by
    // id across the new comparison, stays on the row's.
    if (a != m_model.base() && b != m_model.base())
        emit baseChangeRequested(m_model.article(b).id);
    revealPane(other);
}

void ComparisonView::revealPane(qint32 article)
{
    const qint32 pane = m_model.paneOf(article);
    if (pane < 0)
        return;
    m_currentPane = pane;
    scrollPaneIntoView(pane);
    updateHeaderGeometry();
}

// The one place that scrolls sideways to a pane: the scroll bar's move
// reaches scrollContentsBy(), which re-reads the panes in view. A pinned
// pane is always in view; another is put beside it.
void ComparisonView::scrollPaneIntoView(qint32 pane)
{
    const int scroll = m_panes.scrollToShow(pane);
    if (scroll != m_panes.scroll())
        horizontalScrollBar()->setValue(scroll);
}

void ComparisonView::updateHeaderGeometry()
{
    m_header->setPaneGeometry(m_panes, m_currentPane);
}

std::vector<qint32> ComparisonView::articlesInView() const
{
    std::vector<qint32> articles;
    for (const qint32 pane : m_panesInView) {
        if (pane < qint32(m_model.panes().size()))
            articles.push_back(m_model.panes()[size_t(pane)]);
    }
    return articles;
}

qint32 ComparisonView::currentArticle() const
{
    return m_currentPane >= 0 && m_currentPane < qint32(m_model.panes().size()) ? m_model.panes()[size_t(m_currentPane)] : -1;
}

void ComparisonView::hidePane(qint32 article)
{
    if (m_model.isEmpty() || m_model.panes().size() <= 1 || m_model.paneOf(article) < 0)
        return;
    const qint32 current = currentArticle();
    m_hiddenIds.insert(m_model.article(article).id);
    applyPaneState(m_model.paneIds());
    // The current pane stays on its article (Ctrl+M notes on it); the one
    // hidden hands it to the pane that takes its place. Nothing stays
    // selected in a pane no longer shown.
    m_currentPane = current != article && m_model.paneOf(current) >= 0
        ? m_model.paneOf(current)
        : std::min<qint32>(m_currentPane, qint32(m_model.panes().size()) - 1);
    if (m_selection.article() == article) {
        m_selection.clear();
        emit selectionChanged();
    }
    layoutPanes();
    setFindText(m_findText, m_findSensitivity);
    m_ruler->modelChanged();
    emit panesChanged();
}

void ComparisonView::showAllPanes()
{
    if (m_hiddenIds.isEmpty())
        return;
    const qint32 current = currentArticle();
    m_hiddenIds.clear();
    applyPaneState(m_model.paneIds());
    if (m_model.paneOf(current) >= 0)
        m_currentPane = m_model.paneOf(current);
    layoutPanes();
    setFindText(m_findText, m_findSensitivity);
    m_ruler->modelChanged();
    emit panesChanged();
}

// Moving swaps a pane with its neighbour on screen. With the base pinned,
// the order on screen leaves the base's own place out: the pinned pane has
// nothing to swap with, and a pane next to it cannot pass it.
qint32 ComparisonView::moveTarget(qint32 pane, int delta) const
{
    const qint32 pinned = m_panes.pinned();
    if (pane < 0 || pane == pinned)
        return -1;
    const qint32 target = m_panes.neighbour(pane, delta);
    return target == pinned ? -1 : target;
}

void ComparisonView::movePane(qint32 article, int delta)
{
    const qint32 pane = m_model.paneOf(article);
    const qint32 target = moveTarget(pane, delta);
    if (target < 0)
        return;
    std::vector<qint32> panes = m_model.panes();
    std::swap(panes[size_t(pane)], panes[size_t(target)]);
    m_model.setPanes(std::move(panes));
    m_currentPane = target;
    layoutPanes();
    setFindText(m_findText, m_findSensitivity);
    emit panesChanged();
}

void ComparisonView::setPaneWidthWeights(const QHash<QString, double> &weights)
{
    m_panes.setWeights(weights);
    layoutPanes();
}

void ComparisonView::setPaneWidth(qint32 pane, int width)
{
    if (pane < 0 || pane >= qint32(m_model.panes().size()))
        return;
    m_panes.resize(pane, m_model.article(m_model.panes()[size_t(pane)]).id, width);
    layoutPanes();
}

int ComparisonView::paneX(qint32 pane) const
{
    return m_panes.x(pane);
}

int ComparisonView::paneViewX(qint32 pane) const
{
    return m_panes.viewX(pane);
}

int ComparisonView::paneWidth(qint32 pane) const
{
    return m_panes.width(pane);
}

qint32 ComparisonView::paneAt(int viewportX) const
{
    return m_panes.paneAtView(viewportX);
}

QRectF ComparisonView::cellRect(qint32 row, qint32 article) const
{
    const QRectF rect = rowRect(row);
    const qint32 pane = m_model.paneOf(article);
    if (rect.isEmpty() || pane < 0)
        return {};
    return QRectF(paneViewX(pane), rect.y(), paneWidth(pane), rect.height());
}

void ComparisonView::setKeepBaseInView(bool keep)
{
    if (keep == m_keepBaseInView)
        return;
    m_keepBaseInView = keep;
    layoutPanes();
    // The current pane stays in view: pinning moves the panes under it.
    scrollPaneIntoView(m_currentPane);
}

void ComparisonView::layoutPanes()
{
    const int available = std::max(1, viewport()->width());
    const int readable = int(QFontMetricsF(m_cache.font()).averageCharWidth() * 24 + CellInsets::left + CellInsets::right);
    m_panes.setPinnedRequest(m_keepBaseInView && !m_model.isEmpty() ? m_model.paneOf(m_model.base()) : -1);
    const bool changed = m_panes.layout(m_model.paneIds(), available, readable);
    {
        const QScopedValueRollback guard(m_syncingScrollBars, true);
        horizontalScrollBar()->setRange(0, m_panes.maximumScroll());
        // A page is what scrolls past beside the pinned pane.
        horizontalScrollBar()->setPageStep(std::max(1, available - m_panes.scrollingLeft()));
        horizontalScrollBar()->setSingleStep(std::max(20, readable / 8));
        m_panes.setScroll(horizontalScrollBar()->value());
    }
    updateHeaderGeometry();
    if (updatePanesInView() || changed)
        invalidateHeights();
    viewport()->update();
}

bool ComparisonView::updatePanesInView()
{
    std::vector<qint32> inView = m_panes.panesInView();
    if (inView == m_panesInView)
        return false;
    m_panesInView = std::move(inView);
    return true;
}

void ComparisonView::applyPaneState(const QStringList &previousOrder)
{
    if (m_model.isEmpty())
        return;
    std::vector<qint32> panes;
    for (const QString &id : previousOrder) {
        const qint32 article = m_model.comparison().indexOf(id);
        if (article >= 0 && !m_hiddenIds.contains(id))
            panes.push_back(article);
    }
    // An article new to the panes (a file added, renamed or back after it
    // went, a hidden pane shown again) goes where the set has it, right
    // after the article before it in the set's order: the matrix, the
    // Base list and the exports use that order, and at the far right it
    // read as the newest. Articles come in that order, so each new one
    // finds its predecessor already placed. The consensus, WireDiff's
    // own, stays last.
    for (qint32 a = 0; a < m_model.articleCount(); ++a) {
        const QString &id = m_model.article(a).id;
        if (m_hiddenIds.contains(id) || std::find(panes.begin(), panes.end(), a) != panes.end())
            continue;
        auto at = panes.end();
        if (!m_model.article(a).isVirtual) {
            at = panes.begin();
            for (qint32 before = a - 1; before >= 0; --before) {
                const auto placed = std::find(panes.begin(), panes.end(), before);
                if (placed != panes.end()) {
                    at = placed + 1;
                    break;
                }
            }
        }
        panes.insert(at, a);
    }
    m_model.setPanes(std::move(panes));
}

} // namespace WireDiff
