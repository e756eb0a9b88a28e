#include "familytreeview.h"

#include "familytreegraph.h"
#include "navigationkeys.h"
#include "zoommenu.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace WireDiff {

namespace {

// Below this the box names stop being legible: at zoom 1 a wide tree
// scrolls instead of shrinking further.
constexpr qreal minimumScale = 0.6;
// The zoom's limits and step, as Who Copied Whom's. Fit goes further: a
// long chain of copies is shown whole however small, the boxes' tooltips
// still name them.
constexpr double smallestZoom = 0.1;
constexpr double smallestFit = 0.02;
constexpr double largestZoom = 3.0;
constexpr double zoomStep = 1.25;
constexpr int buttonMargin = 3;

using Key = NavigationKeys::Key;

// The same keys as Who Copied Whom's zoom, read while the tree has the focus.
constexpr Key zoomKeys[] = { Key::TreeZoomIn, Key::TreeZoomOut, Key::TreeActualSize, Key::TreeFit };

bool isZoomKey(const QKeyEvent *event)
{
    return std::any_of(std::begin(zoomKeys), std::end(zoomKeys), [event](Key key) { return NavigationKeys::matches(event, key); });
}

// The graph of `comparison` at the largest scale (at most 1) at which all
// of it fits `target`: wrapping at the target's width can make a tall
// narrow drawing that a short target shrinks a lot, so wider wraps are
// tried and the one that may be drawn largest is kept.
std::pair<std::unique_ptr<FamilyTreeGraph>, qreal> fitted(const Comparison &comparison, const QFont &font,
                                                         const QPaintDevice *device, const QSizeF &target)
{
    std::unique_ptr<FamilyTreeGraph> graph;
    qreal scale = 0;
    for (const qreal factor : { 1.0, 1.5, 2.0, 3.0, 4.0, 6.0 }) {
        auto candidate = std::make_unique<FamilyTreeGraph>(comparison, font, device, target.width() * factor);
        const QSizeF size = candidate->size();
        const qreal fit = std::min({ 1.0, target.width() / size.width(), target.height() / size.height() });
        if (fit > scale + 1e-6) {
            scale = fit;
            graph = std::move(candidate);
        }
        if (size.width() <= target.width() * factor && fit >= 1.0)
            break; // already at full size: wider wraps change nothing
    }
    if (!graph)
        graph = std::make_unique<FamilyTreeGraph>(comparison, font, device, target.width());
    return { std::move(graph), std::max(scale, 1e-3) };
}

} // namespace

FamilyTreeView::FamilyTreeView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setAccessibleName(tr("Family tree"));
    buildZoomButtons();
}

FamilyTreeView::~FamilyTreeView() = default;

void FamilyTreeView::setComparison(std::shared_ptr<const Comparison> comparison)
{
    // Keep the selected article across a reload when it is still there.
    const QString previous = m_comparison && m_current >= 0 ? m_comparison->articles[size_t(m_current)].id : QString();
    m_graph.reset();
    m_comparison = std::move(comparison);
    m_current = -1;
    m_hovered = -1;
    if (m_comparison && !previous.isEmpty())
        m_current = m_comparison->indexOf(previous);
    relayout();
    updateGeometry();
}

void FamilyTreeView::setCurrentArticle(qint32 article)
{
    if (!m_graph || !m_graph->node(article))
        article = -1;
    if (article == m_current)
        return;
    m_current = article;
    ensureVisible(article);
    viewport()->update();
}

void FamilyTreeView::relayout()
{
    m_graph.reset();
    m_scale = 1.0;
    const QSize room = viewport()->size();
    if (m_comparison && m_comparison->articles.size() >= 2 && !room.isEmpty()) {
        if (m_fit) {
            auto [graph, scale] = fitted(*m_comparison, font(), viewport(), QSizeF(room));
            m_graph = std::move(graph);
            m_scale = std::max(smallestFit, scale);
        } else {
            // Laid out for the width the zoomed drawing covers.
            const qreal width = room.width() / m_zoom;
            m_graph = std::make_unique<FamilyTreeGraph>(*m_comparison, font(), viewport(), width);
            const QSizeF size = m_graph->size();
            m_scale = m_zoom;
            if (size.width() > width)
                m_scale = m_zoom * std::max(minimumScale, width / size.width());
        }
    }
    const QSize scaled = m_graph ? (m_graph->size() * m_scale).toSize() : QSize();
    horizontalScrollBar()->setRange(0, std::max(0, scaled.width() - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setRange(0, std::max(0, scaled.height() - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    horizontalScrollBar()->setSingleStep(fontMetrics().height());
    verticalScrollBar()->setSingleStep(fontMetrics().height());
    viewport()->update();
}

void FamilyTreeView::setFitToView(bool fit)
{
    m_fitButton->setChecked(fit);
    if (fit == m_fit)
        return;
    m_fit = fit;
    relayout();
    ensureVisible(m_current);
    emit zoomChanged();
}

void FamilyTreeView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, smallestZoom, largestZoom);
    m_fitButton->setChecked(false);
    if (!m_fit && std::abs(zoom - m_zoom) < 1e-9)
        return;
    m_fit = false;
    m_zoom = zoom;
    relayout();
    ensureVisible(m_current);
    emit zoomChanged();
}

// From the scale in use, so zooming out of Fit starts where Fit was.
void FamilyTreeView::zoomIn()
{
    setZoom((m_fit ? m_scale : m_zoom) * zoomStep);
}

void FamilyTreeView::zoomOut()
{
    setZoom((m_fit ? m_scale : m_zoom) / zoomStep);
}

void FamilyTreeView::resetZoom()
{
    setZoom(1.0);
}

void FamilyTreeView::buildZoomButtons()
{
    const auto make = [this](const QString &text, const QString &what, Key key) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setAutoRaise(true);
        // The tree keeps the focus: its keys go on working after a click.
        button->setFocusPolicy(Qt::NoFocus);
        button->setAccessibleName(what);
        button->setToolTip(QStringLiteral("%1 (%2)").arg(what, NavigationKeys::keyText(key)));
        return button;
    };
    m_fitButton = make(tr("Fit"), tr("Fit the whole tree in the panel, or back to the zoom before"), Key::TreeFit);
    m_fitButton->setCheckable(true);
    m_zoomOutButton = make(QStringLiteral("\u2212"), tr("Smaller boxes"), Key::TreeZoomOut);
    m_zoomInButton = make(QStringLiteral("+"), tr("Larger boxes"), Key::TreeZoomIn);
    connect(m_fitButton, &QToolButton::clicked, this, &FamilyTreeView::setFitToView);
    connect(m_zoomOutButton, &QToolButton::clicked, this, &FamilyTreeView::zoomOut);
    connect(m_zoomInButton, &QToolButton::clicked, this, &FamilyTreeView::zoomIn);
    placeZoomButtons();
}

// In a strip above the drawing, at its right: over the drawing they would
// hide a box.
void FamilyTreeView::placeZoomButtons()
{
    int height = 0;
    for (const QToolButton *button : { m_zoomInButton, m_zoomOutButton, m_fitButton })
        height = std::max(height, button->sizeHint().height());
    setViewportMargins(0, height + 2 * buttonMargin, 0, 0);
    // Right-aligned with the drawing, left of the vertical scroll bar.
    int right = viewport()->geometry().right() + 1 - buttonMargin;
    for (QToolButton *button : { m_zoomInButton, m_zoomOutButton, m_fitButton }) {
        const QSize size = button->sizeHint();
        right -= size.width();
        button->setGeometry(QRect(QPoint(right, frameWidth() + buttonMargin), size));
    }
}

void FamilyTreeView::populateMenu(QMenu *menu)
{
    ZoomMenu::populate(menu, this, tr("&Fit Whole Tree"), m_fit,
                       { Key::TreeFit, Key::TreeZoomIn, Key::TreeZoomOut, Key::TreeActualSize });
}

void FamilyTreeView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_graph) {
        QAbstractScrollArea::contextMenuEvent(event);
        return;
    }
    QMenu menu(this);
    populateMenu(&menu);
    menu.exec(event->globalPos());
}

bool FamilyTreeView::event(QEvent *event)
{
    // Ctrl++, Ctrl+- and Ctrl+0 are also the window's zoom of the panes:
    // while the tree has the focus they are the tree's.
    if (event->type() == QEvent::ShortcutOverride && m_graph && isZoomKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QAbstractScrollArea::event(event);
}

void FamilyTreeView::wheelEvent(QWheelEvent *event)
{
    const Qt::KeyboardModifiers zoomWith = NavigationKeys::modifiers(Key::TreeZoom);
    if (!m_graph || (event->modifiers() & zoomWith) != zoomWith) {
        m_wheelDelta = 0;
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    // A notch is 120 eighths of a degree; a touchpad sends less at a time.
    m_wheelDelta += event->angleDelta().y();
    const int steps = m_wheelDelta / 120;
    if (steps != 0) {
        m_wheelDelta -= steps * 120;
        setZoom((m_fit ? m_scale : m_zoom) * std::pow(zoomStep, steps));
    }
    event->accept();
}

QPointF FamilyTreeView::toGraph(const QPoint &viewportPoint) const
{
    if (!m_graph)
        return {};
    // A graph narrower than the view is centred in it.
    const qreal spare = std::max(0.0, viewport()->width() - m_graph->size().width() * m_scale);
    const QPointF scrolled(viewportPoint.x() + horizontalScrollBar()->value() - spare / 2,
                           viewportPoint.y() + verticalScrollBar()->value());
    return scrolled / m_scale;
}

QRect FamilyTreeView::articleRect(qint32 article) const
{
    const FamilyTreeGraph::Node *node = m_graph ? m_graph->node(article) : nullptr;
    if (!node)
        return {};
    const qreal spare = std::max(0.0, viewport()->width() - m_graph->size().width() * m_scale);
    const QRectF rect(node->rect.topLeft() * m_scale, node->rect.size() * m_scale);
    return rect.translated(spare / 2 - horizontalScrollBar()->value(), -verticalScrollBar()->value()).toAlignedRect();
}

QString FamilyTreeView::toolTipFor(qint32 article) const
{
    return m_comparison ? FamilyTreeGraph::evidenceText(*m_comparison, article) : QString();
}

void FamilyTreeView::ensureVisible(qint32 article)
{
    const QRect rect = articleRect(article);
    if (rect.isEmpty())
        return;
    const int margin = fontMetrics().height() / 2;
    if (rect.left() < margin)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + rect.left() - margin);
    else if (rect.right() > viewport()->width() - margin)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + rect.right() - viewport()->width() + margin);
    if (rect.top() < margin)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + rect.top() - margin);
    else if (rect.bottom() > viewport()->height() - margin)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + rect.bottom() - viewport()->height() + margin);
}

void FamilyTreeView::activate(qint32 article)
{
    if (article < 0)
        return;
    setCurrentArticle(article);
    emit articleActivated(article);
}

QString FamilyTreeView::emptyText() const
{
    if (!m_comparison || m_comparison->isEmpty())
        return tr("No comparison yet.");
    return tr("The family tree needs two articles or more.");
}

QSize FamilyTreeView::sizeHint() const
{
    const int line = fontMetrics().height();
    if (!m_comparison || m_comparison->articles.size() < 2)
        return QSize(line * 20, line * 6);
    // As wide as a band of about four boxes, as tall as the graph then is.
    const FamilyTreeGraph graph(*m_comparison, font(), this, line * 44.0);
    const QSize size = graph.size().toSize().boundedTo(QSize(line * 60, line * 40));
    // With the zoom buttons' strip above the drawing.
    return size + QSize(2 * frameWidth(), 2 * frameWidth() + viewportMargins().top());
}

QSize FamilyTreeView::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(line * 10, line * 5);
}

void FamilyTreeView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    if (!m_graph) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, emptyText());
        return;
    }
    const qreal spare = std::max(0.0, viewport()->width() - m_graph->size().width() * m_scale);
    painter.translate(spare / 2 - horizontalScrollBar()->value(), -verticalScrollBar()->value());
    painter.scale(m_scale, m_scale);
    FamilyTreeGraph::State state;
    state.current = m_current;
    state.hovered = m_hovered;
    state.focused = hasFocus();
    m_graph->paint(&painter, palette(), state);
}

void FamilyTreeView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    // In Fit the tree follows the dock's size.
    relayout();
    placeZoomButtons();
}

void FamilyTreeView::mousePressEvent(QMouseEvent *event)
{
    if (m_graph && event->button() == Qt::LeftButton) {
        const qint32 article = m_graph->articleAt(toGraph(event->position().toPoint()));
        if (article >= 0) {
            activate(article);
            event->accept();
            return;
        }
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void FamilyTreeView::mouseMoveEvent(QMouseEvent *event)
{
    qint32 hovered = -1;
    if (m_graph) {
        const QPointF point = toGraph(event->position().toPoint());
        hovered = m_graph->articleAt(point);
        if (hovered < 0)
            hovered = m_graph->edgeAt(point, fontMetrics().height() * 0.4 / m_scale);
    }
    if (hovered != m_hovered) {
        m_hovered = hovered;
        viewport()->setCursor(m_graph && m_graph->articleAt(toGraph(event->position().toPoint())) >= 0
                                  ? Qt::PointingHandCursor : Qt::ArrowCursor);
        viewport()->update();
    }
    QAbstractScrollArea::mouseMoveEvent(event);
}

void FamilyTreeView::mouseReleaseEvent(QMouseEvent *event)
{
    // The press on a box did the work; its release is ours too.
    if (m_graph && m_graph->articleAt(toGraph(event->position().toPoint())) >= 0) {
        event->accept();
        return;
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void FamilyTreeView::leaveEvent(QEvent *event)
{
    if (m_hovered >= 0) {
        m_hovered = -1;
        viewport()->update();
    }
    QAbstractScrollArea::leaveEvent(event);
}

void FamilyTreeView::keyPressEvent(QKeyEvent *event)
{
    if (!m_graph) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (NavigationKeys::matches(event, Key::TreeZoomIn)) {
        zoomIn();
        return;
    }
    if (NavigationKeys::matches(event, Key::TreeZoomOut)) {
        zoomOut();
        return;
    }
    if (NavigationKeys::matches(event, Key::TreeActualSize)) {
        resetZoom();
        return;
    }
    if (NavigationKeys::matches(event, Key::TreeFit)) {
        setFitToView(!m_fit);
        return;
    }
    qint32 next = -2; // -2: not a navigation key
    switch (event->key()) {
    case Qt::Key_Left: next = m_graph->beside(m_current, -1); break;
    case Qt::Key_Right: next = m_graph->beside(m_current, +1); break;
    case Qt::Key_Up: next = m_graph->parentOf(m_current); break;
    case Qt::Key_Down: next = m_graph->firstChildOf(m_current); break;
    case Qt::Key_Home: next = firstArticle(); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0) {
            activate(m_current);
            event->accept();
            return;
        }
        next = firstArticle();
        break;
    default: break;
    }
    if (next == -2) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (m_current < 0)
        next = firstArticle();
    if (next >= 0)
        setCurrentArticle(next);
    event->accept();
}

qint32 FamilyTreeView::firstArticle() const
{
    // The top-left box: the first root.
    qint32 best = -1;
    for (const FamilyTreeGraph::Node &node : m_graph->nodes()) {
        const FamilyTreeGraph::Node *b = m_graph->node(best);
        if (!b || node.rect.top() < b->rect.top() || (node.rect.top() == b->rect.top() && node.rect.left() < b->rect.left()))
            best = node.article;
    }
    return best;
}

void FamilyTreeView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    // Tabbing in, the cursor starts on the first root, so the focus shows;
    // a click chooses its own box, a window coming up chooses none.
    const bool byKeyboard = event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason
        || event->reason() == Qt::ShortcutFocusReason;
    if (m_graph && m_current < 0 && byKeyboard)
        setCurrentArticle(firstArticle());
    viewport()->update();
}

void FamilyTreeView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

bool FamilyTreeView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        qint32 article = -1;
        QRect area; // where the tip stays: the box, or a little around the arrow
        if (m_graph) {
            const QPointF point = toGraph(help->pos());
            article = m_graph->articleAt(point);
            if (article >= 0) {
                area = articleRect(article);
            } else {
                const int tolerance = fontMetrics().height() / 2;
                article = m_graph->edgeAt(point, tolerance / m_scale);
                area = QRect(help->pos(), QSize()).adjusted(-tolerance, -tolerance, tolerance, tolerance);
            }
        }
        const QString text = toolTipFor(article);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport(), area);
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void FamilyTreeView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        placeZoomButtons();
        relayout();
    }
    else if (event->type() == QEvent::PaletteChange)
        viewport()->update();
}

qreal FamilyTreeView::heightFor(qreal width, const Comparison &comparison, const QFont &font, const QPaintDevice *device)
{
    if (comparison.articles.size() < 2)
        return 0;
    return FamilyTreeGraph(comparison, font, device, width).size().height();
}

qreal FamilyTreeView::paint(QPainter *painter, const QRectF &target, const Comparison &comparison, const QPalette &palette,
                            const QFont &font, const QPaintDevice *device)
{
    if (comparison.articles.size() < 2 || target.isEmpty())
        return 0;
    if (!device)
        device = painter->device();
    auto [graph, scale] = fitted(comparison, font, device, target.size());
    const QSizeF size = graph->size();
    painter->save();
    // Centred across the target, from its top.
    painter->translate(target.left() + (target.width() - size.width() * scale) / 2, target.top());
    painter->scale(scale, scale);
    graph->paint(painter, palette);
    painter->restore();
    return size.height() * scale;
}

} // namespace WireDiff
