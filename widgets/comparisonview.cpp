#include "comparisonview.h"

#include "bandedfill.h"
#include "overviewruler.h"
#include "paneheaderbar.h"
#include "viewdecorator.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QMenu>
#include <QPainter>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>

namespace WireDiff {

namespace {

constexpr double minimumZoom = 0.5;
constexpr double maximumZoom = 3.0;

} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_style(palette())
    , m_rows([this](qint32 row) { return layRowHeight(row); })
{
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);

    m_header = new PaneHeaderBar(this);
    m_ruler = new OverviewRuler(this);
    m_header->setModel(&m_model);
    m_ruler->setModel(&m_model);
    m_header->setHighlightStyle(m_style);
    m_ruler->setHighlightStyle(m_style);

    connect(m_ruler, &OverviewRuler::rowRequested, this, [this](qint32 row) {
        setCurrentRow(row);
        scrollToRow(row, true);
    });
    connect(m_header, &PaneHeaderBar::paneMenuRequested, this, &ComparisonView::showPaneMenu);
    connect(m_header, &PaneHeaderBar::paneResized, this, &ComparisonView::setPaneWidth);
    connect(m_header, &PaneHeaderBar::paneResizeFinished, this, &ComparisonView::paneWidthsChanged);
    connect(m_header, &PaneHeaderBar::dropRequested, this, &ComparisonView::dropRequested);
    connect(m_header, &PaneHeaderBar::paneActivated, this, &ComparisonView::setFocusArticle);
    connect(verticalScrollBar(), &QAbstractSlider::actionTriggered, this, [this](int action) {
        const qreal line = QFontMetricsF(m_cache.font()).lineSpacing();
        const qreal page = std::max<qreal>(line, viewport()->height() - 2 * line);
        switch (action) {
        case QAbstractSlider::SliderSingleStepAdd: scrollByPixels(3 * line); break;
        case QAbstractSlider::SliderSingleStepSub: scrollByPixels(-3 * line); break;
        case QAbstractSlider::SliderPageStepAdd: scrollByPixels(page); break;
        case QAbstractSlider::SliderPageStepSub: scrollByPixels(-page); break;
        default: return;
        }
        // The slider applies its own step after this; make it apply ours.
        verticalScrollBar()->setSliderPosition(m_rows.scrollValue());
    });
    updateFont();
}

ComparisonView::~ComparisonView() = default;

ComparisonView::ParagraphPlace ComparisonView::placeOfRow(qint32 row, qint32 preferredArticle) const
{
    if (m_model.isEmpty() || row < 0 || row >= m_model.rowCount())
        return {};
    const auto placeIn = [&](qint32 article) -> ParagraphPlace {
        const qint32 paragraph = m_model.cell(row, article).paragraphs.front();
        return { m_model.article(article).id, paragraph, m_model.article(article).paragraphs[size_t(paragraph)].text };
    };
    if (preferredArticle >= 0 && !m_model.cell(row, preferredArticle).isGap())
        return placeIn(preferredArticle);
    for (qint32 article : m_model.panes()) {
        if (!m_model.cell(row, article).isGap())
            return placeIn(article);
    }
    return {};
}

qint32 ComparisonView::paragraphOfPlace(const ParagraphPlace &place, qint32 *article) const
{
    *article = place.article.isEmpty() || m_model.isEmpty() ? -1 : m_model.comparison().indexOf(place.article);
    if (*article < 0 || place.paragraph < 0)
        return -1;
    const std::vector<Paragraph> &paragraphs = m_model.article(*article).paragraphs;
    // The same text nearest to where it was, else the same index.
    qint32 nearest = -1;
    for (qint32 i = 0; i < qint32(paragraphs.size()); ++i) {
        if (paragraphs[size_t(i)].text == place.text && (nearest < 0 || std::abs(i - place.paragraph) < std::abs(nearest - place.paragraph)))
            nearest = i;
    }
    if (nearest >= 0)
        return nearest;
    return place.paragraph < qint32(paragraphs.size()) ? place.paragraph : -1;
}

qint32 ComparisonView::rowOfPlace(const ParagraphPlace &place) const
{
    qint32 article = -1;
    const qint32 paragraph = paragraphOfPlace(place, &article);
    return paragraph >= 0 ? m_model.rowOf(article, paragraph) : -1;
}

ComparisonView::KeptPosition ComparisonView::keptPosition() const
{
    KeptPosition kept;
    if (m_model.isEmpty())
        return kept;
    kept.paneOrder = m_model.paneIds();
    kept.focus = m_model.focus() >= 0 ? m_model.article(m_model.focus()).id : QString();
    kept.base = m_model.base() >= 0 ? m_model.article(m_model.base()).id : QString();
    if (m_rows.topRow() < m_model.rowCount()) {
        kept.top = placeOfRow(m_rows.topRow(), -1);
        kept.topFraction = m_rows.topOffset() / std::max<qreal>(1, m_rows.rowHeight(m_rows.topRow()));
    }
    kept.current = placeOfRow(m_currentRow, currentArticle());
    if (m_currentMatch >= 0 && m_currentMatch < int(m_matches.size())) {
        const FindMatch &match = m_matches[size_t(m_currentMatch)];
        kept.match = { m_model.article(match.article).id, match.paragraph,
                       m_model.article(match.article).paragraphs[size_t(match.paragraph)].text };
        kept.matchStart = match.start;
    }
    return kept;
}

void ComparisonView::setComparison(std::shared_ptr<const Comparison> comparison, bool keepPosition)
{
    if (m_openMenu)
        m_openMenu->close();
    // Positions survive a reload or another base by article id and
    // paragraph, not by row number: a changed file can add or remove rows
    // above, and another base aligns the rows differently.
    const KeptPosition kept = keepPosition ? keptPosition() : KeptPosition();
    if (!keepPosition)
        m_hiddenIds.clear();

    m_model = ComparisonModel(std::move(comparison));
    // The header shows from the first comparison on (placeChildren()): the
    // rows get the height that leaves them.
    placeChildren();
    m_rows.setViewportHeight(viewport()->height());
    // A new base is shown even if its pane was hidden: every highlight is
    // read against it. (The editor may hide it again.)
    if (m_model.base() >= 0 && m_model.article(m_model.base()).id != kept.base)
        m_hiddenIds.remove(m_model.article(m_model.base()).id);
    applyPaneState(kept.paneOrder);
    if (!kept.focus.isEmpty() && !m_model.isEmpty()) {
        const qint32 focus = m_model.comparison().indexOf(kept.focus);
        if (focus >= 0)
            m_model.setFocus(focus);
    }
    m_selection.clear();
    m_selecting = false;
    // Through the setter, so the overview strip and listeners let go of a
    // row of the old comparison too.
    setCurrentRow(-1);
    m_currentPane = std::clamp<qint32>(m_currentPane, 0, std::max<qint32>(0, qint32(m_model.panes().size()) - 1));
    m_cache.clear();
    m_rows.setRowCount(m_model.rowCount());
    m_rows.toStart();
    layoutPanes();
    invalidateHeights();
    if (const qint32 row = rowOfPlace(kept.top); row >= 0)
        m_rows.setPosition(row, kept.topFraction * m_rows.rowHeight(row));
    setCurrentRow(rowOfPlace(kept.current));
    m_matches = m_model.find(m_findText, m_findSensitivity);
    m_currentMatch = keptMatch(kept);
    m_firstPaintPending = true;
    m_header->modelChanged();
    m_ruler->modelChanged();
    positionChanged();
    emit panesChanged();
    emit findResultsChanged(m_currentMatch, int(m_matches.size()));
    emit selectionChanged();
}

int ComparisonView::keptMatch(const KeptPosition &kept) const
{
    if (m_matches.empty())
        return -1;
    // The same occurrence when it is still there; else the first one from
    // the top of the view on, so F3 goes on from where the editor reads.
    qint32 article = -1;
    if (const qint32 paragraph = paragraphOfPlace(kept.match, &article); paragraph >= 0) {
        const auto same = std::find_if(m_matches.begin(), m_matches.end(), [&](const FindMatch &match) {
            return match.article == article && match.paragraph == paragraph && match.start == kept.matchStart;
        });
        if (same != m_matches.end())
            return int(same - m_matches.begin());
    }
    return firstMatchFromTop();
}

int ComparisonView::firstMatchFromTop() const
{
    const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), m_rows.topRow(),
                                     [](const FindMatch &match, qint32 row) { return match.row < row; });
    return it == m_matches.end() ? 0 : int(it - m_matches.begin());
}

// ---- vertical position --------------------------------------------------------

void ComparisonView::invalidateHeights()
{
    m_rows.invalidate();
    syncScrollBars();
    viewport()->update();
}

qreal ComparisonView::minimumRowHeight() const
{
    return QFontMetricsF(m_cache.font()).lineSpacing() + CellInsets::top + CellInsets::bottom;
}

// A row is as tall as its text in the panes in view: with many panes, most
// rows hold one outlet's own paragraph, and sized by panes scrolled out of
// view they would fill the screen with "no counterpart" hatch. Such a row
// keeps one line, so it still shows that something stands there.
qreal ComparisonView::layRowHeight(qint32 row) const
{
    qreal tallest = 0;
    const std::vector<qint32> &panes = m_model.panes();
    for (const qint32 pane : m_panesInView) {
        if (pane < qint32(panes.size()) && !m_model.cell(row, panes[size_t(pane)]).isGap())
            tallest = std::max(tallest, m_cache.height(m_model, row, panes[size_t(pane)], textWidth(pane)));
    }
    return std::max(minimumRowHeight(), std::ceil(tallest + CellInsets::top + CellInsets::bottom));
}

std::pair<qint32, qint32> ComparisonView::visibleRows() const
{
    const auto &rows = m_rows.visibleRows();
    if (rows.empty())
        return { -1, -1 };
    return { rows.front().row, rows.back().row };
}

QRectF ComparisonView::rowRect(qint32 row) const
{
    // From the left edge of the first pane to the right edge of the last,
    // as drawn: a pinned pane stands at 0 and the others scroll after it.
    const int left = m_panes.pinned() >= 0 ? 0 : -m_panes.scroll();
    const int right = m_panes.totalWidth() - m_panes.scroll();
    for (const VisibleRow &visible : m_rows.visibleRows()) {
        if (visible.row == row)
            return QRectF(left, visible.y, right - left, visible.height);
    }
    return {};
}

void ComparisonView::syncScrollBars()
{
    const QScopedValueRollback guard(m_syncingScrollBars, true);
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, m_rows.scrollMaximum());
    const int rowsOnScreen = std::max<int>(1, int(m_rows.visibleRows().size()) - 1);
    bar->setPageStep(rowsOnScreen * RowScroller::unitsPerRow);
    bar->setSingleStep(RowScroller::unitsPerRow / 4);
    bar->setValue(m_rows.scrollValue());
}

void ComparisonView::scrollContentsBy(int, int)
{
    if (m_syncingScrollBars)
        return;
    const int x = horizontalScrollBar()->value();
    if (x != m_panes.scroll()) {
        m_panes.setScroll(x);
        updateHeaderGeometry();
        if (updatePanesInView())
            m_rows.invalidate(); // the top row stays where it is
    }
    m_rows.setScrollValue(verticalScrollBar()->value());
    positionChanged();
}

void ComparisonView::scrollByPixels(qreal dy)
{
    if (m_model.isEmpty())
        return;
    m_rows.scrollBy(dy);
    positionChanged();
}

void ComparisonView::scrollToRow(qint32 row, bool withContext)
{
    if (row < 0 || row >= m_model.rowCount())
        return;
    const QRectF current = rowRect(row);
    const qreal viewportHeight = viewport()->height();
    if (withContext && !current.isEmpty() && current.top() >= 0 && current.bottom() <= viewportHeight)
        return; // already in full view: keep the eye where it is
    m_rows.showRow(row, withContext ? std::min(viewportHeight / 5, 3 * minimumRowHeight()) : 0);
    positionChanged();
}

void ComparisonView::positionChanged()
{
    syncScrollBars();
    const auto [first, last] = visibleRows();
    m_ruler->setVisibleRows(first, last);
    viewport()->update();
    emit scrolled();
}

void ComparisonView::setCurrentRow(qint32 row)
{
    if (row == m_currentRow)
        return;
    m_currentRow = row;
    m_ruler->setCurrentRow(row);
    viewport()->update();
    emit currentRowChanged(row);
}

// ---- navigation and find --------------------------------------------------

// Only the panes in view count: with twenty panes a row whose change is in
// a pane scrolled out of sight shows here as a thin hatched line, and
// stopping on it looks like a key press that did nothing. So the next
// change is the next row with a change in a pane on screen (the pinned base
// included; its highlights are against the focus); scrolling sideways or
// pinning changes what counts. Going to the row never scrolls sideways, so
// what counted is still what shows when it is reached.
bool ComparisonView::navigate(quint32 mask, bool forward)
{
    if (m_model.isEmpty())
        return false;
    const auto [first, last] = visibleRows();
    qint32 from = m_currentRow;
    if (from < first || from > last || from < 0)
        from = forward ? first - (m_rows.topOffset() > 0 ? 0 : 1) : first;
    const qint32 row = m_model.nextRow(from, mask, forward, articlesInView());
    if (row < 0)
        return false;
    setCurrentRow(row);
    scrollToRow(row, true);
    return true;
}

int ComparisonView::setFindText(const QString &text, Qt::CaseSensitivity sensitivity)
{
    m_findText = text;
    m_findSensitivity = sensitivity;
    m_matches = m_model.find(text, sensitivity);
    m_currentMatch = -1;
    if (!m_matches.empty()) {
        // Start at the first match on screen, not at the top of the text.
        m_currentMatch = firstMatchFromTop();
        showCurrentMatch();
    }
    viewport()->update();
    emit findResultsChanged(m_currentMatch, int(m_matches.size()));
    return int(m_matches.size());
}

bool ComparisonView::stepFind(bool forward)
{
    if (m_matches.empty())
        return false;
    const int count = int(m_matches.size());
    m_currentMatch = ((m_currentMatch < 0 ? 0 : m_currentMatch + (forward ? 1 : -1)) + count) % count;
    showCurrentMatch();
    viewport()->update();
    emit findResultsChanged(m_currentMatch, count);
    return true;
}

void ComparisonView::showCurrentMatch()
{
    const FindMatch &match = m_matches[size_t(m_currentMatch)];
    // Sideways first: bringing a pane into view changes the heights of the
    // rows (see layRowHeight()), and the match's row is placed after that.
    const qint32 pane = m_model.paneOf(match.article);
    if (pane >= 0)
        scrollPaneIntoView(pane);
    setCurrentRow(match.row);
    scrollToRow(match.row, true);
}

// ---- zoom, selection, decorators ------------------------------------------

void ComparisonView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, minimumZoom, maximumZoom);
    if (std::abs(zoom - 1.0) < 0.03)
        zoom = 1.0;
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    updateFont();
    emit zoomChanged(m_zoom);
}

void ComparisonView::updateFont()
{
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * m_zoom);
    m_cache.setFont(font);
    layoutPanes();
    invalidateHeights();
}

void ComparisonView::copy() const
{
    if (hasSelection())
        QApplication::clipboard()->setText(selectedText());
}

void ComparisonView::selectAllInPane(qint32 article)
{
    if (article < 0 && m_currentPane >= 0 && m_currentPane < qint32(m_model.panes().size()))
        article = m_model.panes()[size_t(m_currentPane)];
    m_selection = PaneSelection::all(m_model, article);
    viewport()->update();
    emit selectionChanged();
}

void ComparisonView::addDecorator(ViewDecorator *decorator)
{
    if (decorator && std::find(m_decorators.begin(), m_decorators.end(), decorator) == m_decorators.end())
        m_decorators.push_back(decorator);
    viewport()->update();
}

void ComparisonView::removeDecorator(ViewDecorator *decorator)
{
    m_decorators.erase(std::remove(m_decorators.begin(), m_decorators.end(), decorator), m_decorators.end());
    viewport()->update();
}

void ComparisonView::updateDecorations()
{
    viewport()->update();
}

// ---- painting -------------------------------------------------------------------

void ComparisonView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

QString ComparisonView::placeholderText() const
{
    return m_placeholder.isEmpty() ? tr("Drop a folder of article versions here, or open one with File \u25B8 Open Folder.")
                                   : m_placeholder;
}

void ComparisonView::paintEvent(QPaintEvent *)
{
    QElapsedTimer timer;
    timer.start();
    QPainter painter(viewport());
    const QPalette &pal = palette();
    painter.fillRect(viewport()->rect(), pal.color(QPalette::Base));
    m_paintedSpans.clear();
    m_paintedCells.clear();
    if (m_model.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, placeholderText());
        return;
    }
    m_cache.beginFrame();
    const auto &rows = m_rows.visibleRows();
    CellPainter cells(&painter, m_model, m_style);
    cells.setDecorators(&m_decorators);
    if (m_recording)
        cells.setRecording(&m_paintedSpans, &m_paintedCells);
    if (!rows.empty() && !m_matches.empty()) {
        const auto begin = std::lower_bound(m_matches.begin(), m_matches.end(), rows.front().row,
                                            [](const FindMatch &m, qint32 row) { return m.row < row; });
        const auto end = std::upper_bound(begin, m_matches.end(), rows.back().row,
                                          [](qint32 row, const FindMatch &m) { return row < m.row; });
        cells.setFindMatches(std::span<const FindMatch>(&*begin, size_t(end - begin)),
                             m_currentMatch >= 0 ? &m_matches[size_t(m_currentMatch)] : nullptr);
    }
    const std::vector<qint32> &panes = m_model.panes();
    const int width = viewport()->width();
    const int height = viewport()->height();
    const int scrollingLeft = m_panes.scrollingLeft();
    for (const VisibleRow &row : rows) {
        for (const qint32 pane : m_panesInView) {
            const int x = paneViewX(pane);
            const qint32 article = panes[size_t(pane)];
            // A pane passing under the pinned one is cut at its edge; only
            // that one pays for a clip.
            const bool clipped = pane != m_panes.pinned() && x < scrollingLeft;
            if (clipped) {
                painter.save();
                painter.setClipRect(QRect(scrollingLeft, 0, width - scrollingLeft, height));
            }
            CellPainter::Cell cell;
            cell.row = row.row;
            cell.article = article;
            cell.rect = QRectF(x, row.y, paneWidth(pane), row.height);
            cell.isBase = article == m_model.base();
            cell.isFocus = article == m_model.focus();
            if (!m_model.cell(row.row, article).isGap())
                cell.layout = &m_cache.layout(m_model, row.row, article, textWidth(pane));
            if (m_selection.article() == article && !m_selection.isEmpty()) {
                cells.setSelection([](const void *context, qint32 paragraph) {
                    const auto *view = static_cast<const ComparisonView *>(context);
                    return view->m_selection.rangeIn(view->m_model, paragraph);
                }, this);
            } else {
                cells.setSelection(nullptr, nullptr);
            }
            cells.paint(cell);
            if (clipped)
                painter.restore();
        }
        // Grid lines are one-pixel fills: the same pixels as a 1-pixel pen
        // on the half pixel, without the line rasteriser.
        painter.fillRect(QRectF(0, row.y + row.height - 1, width, 1), m_style.gridLine());
    }
    for (const qint32 pane : m_panesInView) {
        const qreal x = paneViewX(pane) - 1;
        if (x >= scrollingLeft && x <= width)
            fillInBands(&painter, QRectF(x, 0, 1, height), m_style.gridLine());
    }
    if (m_panes.pinned() >= 0)
        m_style.drawPinnedEdge(&painter, scrollingLeft, height, m_panes.scroll() > 0);
    const QRectF current = rowRect(m_currentRow);
    if (!current.isEmpty()) {
        QColor outline = pal.color(QPalette::Highlight);
        painter.setPen(QPen(outline, hasFocus() ? 2.0 : 1.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(current.adjusted(1, 1, -1, -1).intersected(QRectF(viewport()->rect()).adjusted(1, 0, -1, 0)));
    }
    m_cache.trim(std::max<size_t>(2000, rows.size() * panes.size() * 4));
    m_lastPaintMs = double(timer.nsecsElapsed()) / 1e6;
    if (m_firstPaintPending) {
        m_firstPaintPending = false;
        QTimer::singleShot(0, this, &ComparisonView::comparisonPainted);
    }
}

// ---- geometry of the children ---------------------------------------------------

void ComparisonView::placeChildren()
{
    // With no comparison there are no panes to head: the header would be
    // an empty band above the drop hint.
    m_header->setVisible(!m_model.isEmpty());
    const int headerHeight = m_model.isEmpty() ? 0 : m_header->sizeHint().height();
    const int rulerWidth = m_ruler->sizeHint().width();
    setViewportMargins(0, headerHeight, rulerWidth, 0);
    const QRect area = viewport()->geometry();
    // The header runs on over the ruler, so the corner above it is not a hole.
    m_header->setGeometry(area.left(), area.top() - headerHeight, area.width() + rulerWidth, headerHeight);
    m_ruler->setGeometry(area.right() + 1, area.top(), rulerWidth, area.height());
}

void ComparisonView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    placeChildren();
    m_rows.setViewportHeight(viewport()->height());
    layoutPanes();
    positionChanged();
}

void ComparisonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_style = HighlightStyle(palette());
        m_header->setHighlightStyle(m_style);
        m_ruler->setHighlightStyle(m_style);
        viewport()->update();
    } else if (event->type() == QEvent::FontChange) {
        updateFont();
        placeChildren();
    }
    QAbstractScrollArea::changeEvent(event);
}

} // namespace WireDiff
