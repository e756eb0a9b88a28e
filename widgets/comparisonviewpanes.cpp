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
    m_header->setPaneGeometry(m_panes.xs(), m_panes.widths(), m_xOffset, m_currentPane);
}

// The one place that scrolls sideways to a pane: the scroll bar's move
// reaches scrollContentsBy(), which re-reads the panes in view.
void ComparisonView::scrollPaneIntoView(qint32 pane)
{
    if (paneX(pane) < m_xOffset || paneX(pane) + paneWidth(pane) > m_xOffset + viewport()->width())
        horizontalScrollBar()->setValue(paneX(pane));
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

void ComparisonView::movePane(qint32 article, int delta)
{
    const qint32 pane = m_model.paneOf(article);
    const qint32 target = pane + delta;
    if (pane < 0 || target < 0 || target >= qint32(m_model.panes().size()))
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

int ComparisonView::paneWidth(qint32 pane) const
{
    return m_panes.width(pane);
}

qint32 ComparisonView::paneAt(int viewportX) const
{
    return m_panes.paneAt(viewportX + m_xOffset);
}

void ComparisonView::layoutPanes()
{
    const int available = std::max(1, viewport()->width());
    const int readable = int(QFontMetricsF(m_cache.font()).averageCharWidth() * 24 + CellInsets::left + CellInsets::right);
    const bool changed = m_panes.layout(m_model.paneIds(), available, readable);
    {
        const QScopedValueRollback guard(m_syncingScrollBars, true);
        horizontalScrollBar()->setRange(0, std::max(0, m_panes.totalWidth() - available));
        horizontalScrollBar()->setPageStep(available);
        horizontalScrollBar()->setSingleStep(std::max(20, readable / 8));
        m_xOffset = horizontalScrollBar()->value();
    }
    m_header->setPaneGeometry(m_panes.xs(), m_panes.widths(), m_xOffset, m_currentPane);
    if (updatePanesInView() || changed)
        invalidateHeights();
    viewport()->update();
}

bool ComparisonView::updatePanesInView()
{
    const std::pair<qint32, qint32> inView = m_panes.panesIn(m_xOffset, viewport()->width());
    if (inView == m_panesInView)
        return false;
    m_panesInView = inView;
    return true;
}

} // namespace WireDiff
