#include "provenancematrix.h"

#include "navigationkeys.h"

#include <QLocale>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace WireDiff {

namespace {

constexpr int margin = MatrixGeometry::margin;
constexpr int swatchWidth = 12;

QColor mixed(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

ProvenanceMatrix::ProvenanceMatrix(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_style(palette())
{
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    buildZoomButtons();
}

void ProvenanceMatrix::setComparison(std::shared_ptr<const Comparison> comparison)
{
    m_comparison = std::move(comparison);
    QStringList ids;
    for (qint32 a = 0; a < count(); ++a)
        ids.append(m_comparison->articles[size_t(a)].id);
    m_commonPrefix = MatrixGeometry::commonPrefix(ids);
    m_labels = { ids, {} };
    for (qint32 a = 0; a < count(); ++a)
        m_labels.names.append(QStringLiteral("%1 %2").arg(a + 1).arg(shortName(a)));
    m_focus = { -1, -1 };
    m_cursor = { 0, count() > 1 ? 1 : 0 };
    m_normalGeometry.reset();
    geometryChanged();
    updateGeometry();
}

void ProvenanceMatrix::setFocusPair(qint32 a, qint32 b)
{
    m_focus = { a, b };
    viewport()->update();
}

QString ProvenanceMatrix::shortName(qint32 article) const
{
    if (article < 0 || article >= count())
        return {};
    const Article &a = m_comparison->articles[size_t(article)];
    if (!a.outlet.isEmpty())
        return a.outlet;
    return a.id.mid(m_commonPrefix.size());
}

QString ProvenanceMatrix::headerLabel(qint32 article, const QFontMetrics &metrics, int width) const
{
    // The number and the whole id where they fit ("1 care1"), else the
    // number and the short name ("12 111_telegraph", without the start
    // every id shares). Else the name's end: versions are told apart by
    // how their names end, so the start goes ("138 …_independent"; cut in
    // the middle, 200 versions read "10…00", "11…10").
    const Article &a = m_comparison->articles[size_t(article)];
    const QString number = QString::number(article + 1) + QLatin1Char(' ');
    const QString full = number + a.id;
    if (metrics.horizontalAdvance(full) <= width)
        return full;
    const QString name = shortName(article);
    if (metrics.horizontalAdvance(number + name) <= width)
        return number + name;
    const int rest = width - metrics.horizontalAdvance(number);
    if (rest >= metrics.horizontalAdvance(QStringLiteral("\u2026000")))
        return number + metrics.elidedText(a.outlet.isEmpty() ? a.id : a.outlet, Qt::ElideLeft, rest);
    return metrics.elidedText(full, Qt::ElideLeft, width);
}

QString ProvenanceMatrix::rowLabel(qint32 article) const
{
    if (article < 0 || article >= count())
        return {};
    QFont font = geometry().labelFont;
    font.setBold(article == m_comparison->base);
    return headerLabel(article, QFontMetrics(font), geometry().labelWidth - margin);
}

QString ProvenanceMatrix::fitNotice() const
{
    if (!m_fit || count() == 0)
        return {};
    geometry();
    return m_overflows ? overflowText() : QString();
}

QString ProvenanceMatrix::overflowText() const
{
    return tr("%1 \u00d7 %1: too many to fit the panel; scroll, or make the panel larger").arg(count());
}

const MatrixGeometry &ProvenanceMatrix::geometry() const
{
    const QSize size = viewport()->size();
    if (m_geometry && m_geometryFont == font() && (!m_fit || m_geometryViewport == size))
        return *m_geometry;
    // The caption and the key keep the panel's font whatever the zoom, so
    // the room left for the grid does not depend on the grid. Where even
    // the smallest cells overflow, the caption says so on a line of its
    // own, and the cells fit what that line leaves (they scroll anyway).
    m_overflows = false;
    if (m_fit) {
        const auto fitted = [&](bool notice) {
            return MatrixGeometry::fitting(font(), m_labels, QSize(size.width(), size.height() - captionHeightFor(notice) - keyHeight()));
        };
        m_geometry = fitted(false);
        const QSize grid = m_geometry->gridSize(count());
        m_overflows = grid.width() > size.width() || grid.height() > size.height() - captionHeightFor(false) - keyHeight();
        if (m_overflows)
            m_geometry = fitted(true);
    } else {
        m_geometry = MatrixGeometry::zoomed(font(), m_labels, m_zoom);
    }
    m_geometryFont = font();
    m_geometryViewport = size;
    return *m_geometry;
}

const MatrixGeometry &ProvenanceMatrix::normalGeometry() const
{
    if (!m_normalGeometry || m_normalFont != font()) {
        m_normalGeometry = MatrixGeometry::zoomed(font(), m_labels, 1.0);
        m_normalFont = font();
    }
    return *m_normalGeometry;
}

void ProvenanceMatrix::geometryChanged()
{
    m_geometry.reset();
    updateScrollBars();
    viewport()->update();
}

void ProvenanceMatrix::setFitToView(bool fit)
{
    m_fitButton->setChecked(fit);
    if (fit == m_fit)
        return;
    m_fit = fit;
    geometryChanged();
    ensureCellVisible(m_cursor.first, m_cursor.second);
    emit zoomChanged();
}

void ProvenanceMatrix::setZoom(double zoom)
{
    zoom = std::clamp(zoom, MatrixGeometry::minimumZoom, MatrixGeometry::maximumZoom);
    m_fitButton->setChecked(false);
    if (!m_fit && std::abs(zoom - m_zoom) < 1e-9)
        return;
    m_fit = false;
    m_zoom = zoom;
    geometryChanged();
    emit zoomChanged();
}

void ProvenanceMatrix::zoomAround(double zoom, const QPoint &anchor)
{
    // The grid point under the anchor, in cells, before and after.
    const MatrixGeometry before = geometry();
    const QRect area = cellArea();
    const double column = (anchor.x() - area.left() + horizontalScrollBar()->value()) / double(before.cellWidth);
    const double row = (anchor.y() - area.top() + verticalScrollBar()->value()) / double(before.cellHeight);
    setZoom(zoom);
    const MatrixGeometry &after = geometry();
    const QRect now = cellArea();
    horizontalScrollBar()->setValue(int(std::lround(column * after.cellWidth)) - (anchor.x() - now.left()));
    verticalScrollBar()->setValue(int(std::lround(row * after.cellHeight)) - (anchor.y() - now.top()));
}

QPoint ProvenanceMatrix::cursorAnchor() const
{
    const QRect area = cellArea();
    const QPoint centre = cellRect(m_cursor.first, m_cursor.second).center();
    return { std::clamp(centre.x(), area.left(), std::max(area.left(), area.right())),
             std::clamp(centre.y(), area.top(), std::max(area.top(), area.bottom())) };
}

void ProvenanceMatrix::zoomIn()
{
    zoomAround(zoom() * MatrixGeometry::step, cursorAnchor());
}

void ProvenanceMatrix::zoomOut()
{
    zoomAround(zoom() / MatrixGeometry::step, cursorAnchor());
}

void ProvenanceMatrix::resetZoom()
{
    zoomAround(1.0, cursorAnchor());
    ensureCellVisible(m_cursor.first, m_cursor.second);
}

void ProvenanceMatrix::buildZoomButtons()
{
    using Key = NavigationKeys::Key;
    const auto make = [this](const QString &text, Key key) {
        auto *button = new QToolButton(viewport());
        button->setText(text);
        button->setAutoRaise(true);
        // The grid keeps the focus: its keys go on working after a click.
        button->setFocusPolicy(Qt::NoFocus);
        button->setAccessibleName(NavigationKeys::description(key));
        button->setToolTip(QStringLiteral("%1 (%2)").arg(NavigationKeys::description(key), NavigationKeys::keyText(key)));
        return button;
    };
    m_fitButton = make(tr("Fit"), Key::MatrixFit);
    m_fitButton->setCheckable(true);
    m_zoomOutButton = make(QStringLiteral("\u2212"), Key::MatrixZoomOut);
    m_zoomInButton = make(QStringLiteral("+"), Key::MatrixZoomIn);
    connect(m_fitButton, &QToolButton::clicked, this, &ProvenanceMatrix::setFitToView);
    connect(m_zoomOutButton, &QToolButton::clicked, this, &ProvenanceMatrix::zoomOut);
    connect(m_zoomInButton, &QToolButton::clicked, this, &ProvenanceMatrix::zoomIn);
    placeZoomButtons();
}

// At the caption's right, which wraps beside them.
void ProvenanceMatrix::placeZoomButtons()
{
    int right = viewport()->width() - margin / 2;
    for (QToolButton *button : { m_zoomInButton, m_zoomOutButton, m_fitButton }) {
        const QSize size = button->sizeHint();
        right -= size.width();
        button->setGeometry(QRect(QPoint(right, margin / 2), size));
    }
}

int ProvenanceMatrix::captionWidth() const
{
    return std::max(1, m_fitButton->x() - 2 * margin);
}

QString ProvenanceMatrix::caption(bool notice) const
{
    const QString text = tr("How much of each row\u2019s article is found in each column\u2019s article.");
    return notice ? text + QLatin1Char('\n') + overflowText() : text;
}

int ProvenanceMatrix::captionHeightFor(bool notice) const
{
    const int text = fontMetrics().boundingRect(QRect(0, 0, captionWidth(), 100000), Qt::TextWordWrap, caption(notice)).height();
    return std::max(margin + text + margin / 2, m_fitButton->sizeHint().height() + margin);
}

int ProvenanceMatrix::captionHeight() const
{
    geometry();
    return captionHeightFor(m_fit && m_overflows);
}

int ProvenanceMatrix::keyHeight() const
{
    if (count() == 0)
        return 0;
    const QFontMetrics fm = fontMetrics();
    const int oneLine = 2 * (swatchWidth + 6) + fm.horizontalAdvance(tr("verbatim (shade, %)"))
        + fm.horizontalAdvance(tr("reworded (band)")) + 3 * margin;
    const int lines = oneLine <= viewport()->width() ? 1 : 2;
    return lines * fm.lineSpacing() + margin;
}

QRect ProvenanceMatrix::cellArea() const
{
    const MatrixGeometry &g = geometry();
    const int top = captionHeight() + g.headerHeight;
    const int left = margin + g.labelWidth;
    return QRect(left, top, std::max(0, viewport()->width() - left), std::max(0, viewport()->height() - top - keyHeight()));
}

void ProvenanceMatrix::updateScrollBars()
{
    const MatrixGeometry &g = geometry();
    const QRect area = cellArea();
    horizontalScrollBar()->setRange(0, std::max(0, count() * g.cellWidth - area.width()));
    horizontalScrollBar()->setPageStep(std::max(g.cellWidth, area.width()));
    horizontalScrollBar()->setSingleStep(g.cellWidth);
    verticalScrollBar()->setRange(0, std::max(0, count() * g.cellHeight - area.height()));
    verticalScrollBar()->setPageStep(std::max(g.cellHeight, area.height()));
    verticalScrollBar()->setSingleStep(g.cellHeight);
}

QSize ProvenanceMatrix::sizeHint() const
{
    // The whole grid at zoom 1 where it fits, capped as a scroll area's
    // hint is; whatever the zoom, so zooming never asks the dock to move.
    const MatrixGeometry &g = normalGeometry();
    const int line = fontMetrics().lineSpacing();
    const int height = 2 * line + margin + g.headerHeight + count() * g.cellHeight + 2 * line + margin;
    const int width = 2 * margin + g.labelWidth + count() * g.cellWidth + verticalScrollBar()->sizeHint().width();
    const int cap = fontMetrics().height();
    return QSize(std::min(width, 36 * cap), std::min(height, 28 * cap));
}

QSize ProvenanceMatrix::minimumSizeHint() const
{
    const MatrixGeometry &g = normalGeometry();
    return QSize(margin + g.labelWidth + 2 * g.cellWidth, fontMetrics().lineSpacing() + g.headerHeight + 2 * g.cellHeight);
}

QRect ProvenanceMatrix::cellRect(qint32 a, qint32 b) const
{
    const MatrixGeometry &g = geometry();
    const QRect area = cellArea();
    return QRect(area.left() + b * g.cellWidth - horizontalScrollBar()->value(),
                 area.top() + a * g.cellHeight - verticalScrollBar()->value(), g.cellWidth, g.cellHeight);
}

QRect ProvenanceMatrix::rowHeaderRect(qint32 a) const
{
    const QRect area = cellArea();
    const QRect cell = cellRect(a, 0);
    return QRect(margin, cell.top(), area.left() - margin, cell.height()).intersected(QRect(0, area.top(), area.left(), area.height()));
}

QRect ProvenanceMatrix::columnHeaderRect(qint32 b) const
{
    const QRect area = cellArea();
    const QRect cell = cellRect(0, b);
    const QRect band(area.left(), captionHeight(), area.width(), geometry().headerHeight);
    return QRect(cell.left(), band.top(), cell.width(), band.height()).intersected(band);
}

std::pair<qint32, qint32> ProvenanceMatrix::cellAt(const QPoint &point) const
{
    const QRect area = cellArea();
    if (!area.contains(point))
        return { -1, -1 };
    const MatrixGeometry &g = geometry();
    const qint32 a = (point.y() - area.top() + verticalScrollBar()->value()) / g.cellHeight;
    const qint32 b = (point.x() - area.left() + horizontalScrollBar()->value()) / g.cellWidth;
    if (a >= count() || b >= count())
        return { -1, -1 };
    return { a, b };
}

qint32 ProvenanceMatrix::rowHeaderAt(const QPoint &point) const
{
    const QRect area = cellArea();
    if (point.x() >= area.left() || point.y() < area.top() || point.y() > area.bottom())
        return -1;
    const qint32 a = (point.y() - area.top() + verticalScrollBar()->value()) / geometry().cellHeight;
    return a < count() ? a : -1;
}

qint32 ProvenanceMatrix::columnHeaderAt(const QPoint &point) const
{
    const QRect area = cellArea();
    const int top = captionHeight();
    if (point.x() < area.left() || point.y() < top || point.y() >= area.top())
        return -1;
    const qint32 b = (point.x() - area.left() + horizontalScrollBar()->value()) / geometry().cellWidth;
    return b < count() ? b : -1;
}

void ProvenanceMatrix::ensureCellVisible(qint32 a, qint32 b)
{
    if (a < 0 || b < 0 || a >= count() || b >= count())
        return;
    const MatrixGeometry &g = geometry();
    const QRect area = cellArea();
    const auto reveal = [](QScrollBar *bar, int start, int size, int visible) {
        if (start < bar->value())
            bar->setValue(start);
        else if (start + size > bar->value() + visible)
            bar->setValue(start + size - visible);
    };
    reveal(horizontalScrollBar(), b * g.cellWidth, g.cellWidth, area.width());
    reveal(verticalScrollBar(), a * g.cellHeight, g.cellHeight, area.height());
}

void ProvenanceMatrix::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(margin, margin, captionWidth(), captionHeight()), Qt::AlignLeft | Qt::TextWordWrap, caption(m_fit && m_overflows));
    if (count() == 0)
        return;
    const MatrixGeometry &g = geometry();
    const QRect area = cellArea();
    // Only the rows and columns the event exposes: 100 articles are 10,000
    // cells, each with a number to shape, and the panel shows a corner.
    const QRect exposed = event->rect().intersected(area);
    const auto firstAndLast = [&](int from, int to, int origin, int size) {
        return std::pair<qint32, qint32>(std::clamp<qint32>((from - origin) / size, 0, count() - 1),
                                         std::clamp<qint32>((to - origin) / size, 0, count() - 1));
    };
    if (!exposed.isEmpty()) {
        paintCells(&painter,
                   firstAndLast(exposed.top(), exposed.bottom(), area.top() - verticalScrollBar()->value(), g.cellHeight),
                   firstAndLast(exposed.left(), exposed.right(), area.left() - horizontalScrollBar()->value(), g.cellWidth));
    }
    paintRowLabels(&painter, event->rect());
    paintColumnHeaders(&painter);
    painter.setPen(m_style.gridLine());
    painter.drawLine(area.left() - 1, area.top() - g.headerHeight, area.left() - 1, area.bottom());
    painter.drawLine(0, area.top() - 1, area.right(), area.top() - 1);
    paintKey(&painter);
    if (hasFocus()) { // a frame, so a Tab onto the matrix shows where it went
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
    }
}

void ProvenanceMatrix::paintCells(QPainter *painter, std::pair<qint32, qint32> rows, std::pair<qint32, qint32> columns) const
{
    const QPalette &pal = palette();
    const MatrixGeometry &g = geometry();
    const QLocale locale;
    // Small cells touch, so the shade is not lost to the gaps between them;
    // the band is as thick as the cell allows, up to 4 pixels.
    const int inset = g.cellWidth >= 8 && g.cellHeight >= 8 ? 1 : 0;
    const int band = std::clamp(g.cellHeight / 6, 1, 4);
    painter->save();
    painter->setClipRect(cellArea());
    painter->setFont(g.numberFont);
    for (qint32 a = rows.first; a <= rows.second; ++a) {
        for (qint32 b = columns.first; b <= columns.second; ++b) {
            const QRect cell = cellRect(a, b).adjusted(inset, inset, -inset, -inset);
            if (a == b) {
                m_style.drawGap(painter, cell);
                continue;
            }
            const ContainmentShare share = m_comparison->containment[size_t(a)][size_t(b)];
            const QColor background = mixed(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.85 * share.verbatim);
            painter->fillRect(cell, background);
            const int reworded = int(std::round(share.reworded * cell.width()));
            painter->fillRect(QRect(cell.left(), cell.bottom() - band + 1, reworded, band), m_style.accent(ChangeClass::Paraphrased));
            if (!g.numbers)
                continue;
            painter->setPen(background.lightnessF() < 0.5 ? QColor(Qt::white) : QColor(Qt::black));
            painter->drawText(cell.adjusted(0, 0, 0, -3), Qt::AlignCenter, locale.toString(qRound(share.verbatim * 100)));
        }
    }
    const auto outline = [&](std::pair<qint32, qint32> at, const QPen &pen) {
        if (at.first < 0 || at.first >= count() || at.second < 0 || at.second >= count())
            return;
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(cellRect(at.first, at.second).adjusted(0, 0, -1, -1));
    };
    outline(m_hover, QPen(pal.color(QPalette::Text), 1));
    outline(m_focus, QPen(pal.color(QPalette::Highlight), g.cellWidth >= 8 ? 2.5 : 1.5));
    if (hasFocus()) { // the keyboard cursor on top, two-tone so it shows on any shade
        outline(m_cursor, QPen(pal.color(QPalette::Text), 3));
        outline(m_cursor, QPen(pal.color(QPalette::Base), 1, Qt::DashLine));
    }
    painter->restore();
}

// The row labels, frozen at the left; they move up and down with the rows.
// Rows thinner than a line are named every rowLabelStride rows, and the
// row under the pointer over the others.
void ProvenanceMatrix::paintRowLabels(QPainter *painter, const QRect &exposed) const
{
    const MatrixGeometry &g = geometry();
    const QRect area = cellArea();
    const QRect labels(0, area.top(), area.left(), area.height());
    if (!exposed.intersects(labels))
        return;
    painter->save();
    painter->setClipRect(labels);
    const int height = std::max(g.cellHeight, g.line);
    const auto draw = [&](qint32 a, bool cover) {
        const QRect label(margin, cellRect(a, 0).center().y() - (height - 1) / 2, g.labelWidth - margin, height);
        if (cover)
            painter->fillRect(label.adjusted(-margin, 0, 0, 0), palette().color(QPalette::Window));
        QFont font = g.labelFont;
        font.setBold(a == m_comparison->base || a == m_hover.first);
        painter->setFont(font);
        painter->setPen(palette().color(QPalette::WindowText));
        painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter, headerLabel(a, QFontMetrics(font), label.width()));
    };
    const int originY = area.top() - verticalScrollBar()->value();
    const qint32 from = std::clamp<qint32>((exposed.top() - height - originY) / g.cellHeight, 0, count() - 1);
    const qint32 to = std::clamp<qint32>((exposed.bottom() + height - originY) / g.cellHeight, 0, count() - 1);
    for (qint32 a = from; a <= to; ++a) {
        if (a % g.rowLabelStride == 0)
            draw(a, false);
    }
    if (g.rowLabelStride > 1 && m_hover.first >= 0)
        draw(m_hover.first, true);
    painter->restore();
}

void ProvenanceMatrix::paintColumnHeaders(QPainter *painter) const
{
    const MatrixGeometry &g = geometry();
    const QRect area = cellArea();
    const QRect band(area.left(), captionHeight(), area.width(), g.headerHeight);
    painter->save();
    painter->setClipRect(band);
    const int across = std::max(g.cellWidth, QFontMetrics(g.labelFont).height());
    const auto draw = [&](qint32 b, bool cover) {
        const QRect cell = cellRect(0, b);
        const int left = cell.left() + (cell.width() - across) / 2;
        if (cover)
            painter->fillRect(QRect(left, band.top(), across, band.height()), palette().color(QPalette::Window));
        QFont font = g.labelFont;
        font.setBold(b == m_comparison->base || b == m_hover.second);
        painter->setFont(font);
        painter->setPen(palette().color(QPalette::WindowText));
        // Upright, read from the bottom up, ending just above the cells.
        painter->save();
        painter->translate(left, band.bottom() - 2);
        painter->rotate(-90);
        const QRect text(0, 0, band.height() - margin, across);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, headerLabel(b, QFontMetrics(font), text.width()));
        painter->restore();
    };
    // All the columns in view, whatever the event exposed of the cells: a
    // paint of the header band alone exposes no cell.
    const int originX = area.left() - horizontalScrollBar()->value();
    const qint32 first = std::clamp<qint32>((band.left() - across - originX) / g.cellWidth, 0, count() - 1);
    const qint32 last = std::clamp<qint32>((band.right() + across - originX) / g.cellWidth, 0, count() - 1);
    for (qint32 b = first; b <= last; ++b) {
        if (b % g.columnLabelStride == 0)
            draw(b, false);
    }
    if (g.columnLabelStride > 1 && m_hover.second >= 0)
        draw(m_hover.second, true);
    painter->restore();
}

void ProvenanceMatrix::paintKey(QPainter *painter) const
{
    // A key under the grid, so the two encodings need no guessing; on one
    // line where the dock is wide enough.
    const QPalette &pal = palette();
    const int line = fontMetrics().lineSpacing();
    const QString verbatim = tr("verbatim (shade, %)");
    const QString reworded = tr("reworded (band)");
    const int keyTop = viewport()->height() - keyHeight() + margin / 2;
    painter->setFont(font());
    painter->fillRect(QRect(margin, keyTop + 3, swatchWidth, line - 6), pal.color(QPalette::Highlight));
    painter->setPen(pal.color(QPalette::WindowText));
    painter->drawText(QRect(margin + swatchWidth + 6, keyTop, viewport()->width(), line), Qt::AlignLeft | Qt::AlignVCenter, verbatim);
    QPoint second(margin, keyTop + line);
    if (keyHeight() - margin < 2 * line)
        second = QPoint(margin + swatchWidth + 6 + fontMetrics().horizontalAdvance(verbatim) + 2 * margin, keyTop);
    painter->fillRect(QRect(second.x(), second.y() + line / 2 - 2, swatchWidth, 4), m_style.accent(ChangeClass::Paraphrased));
    painter->drawText(QRect(second.x() + swatchWidth + 6, second.y(), viewport()->width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      reworded);
}

void ProvenanceMatrix::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    placeZoomButtons();
    // In Fit the cells follow the dock's size; otherwise only what shows.
    geometryChanged();
}

void ProvenanceMatrix::scrollContentsBy(int, int)
{
    // Not a pixel scroll: the headers stay where they are, only their names
    // and the cells change.
    viewport()->update();
}

void ProvenanceMatrix::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_style = HighlightStyle(palette());
    if (event->type() == QEvent::FontChange) {
        placeZoomButtons();
        geometryChanged();
        updateGeometry();
    }
    QAbstractScrollArea::changeEvent(event);
}

} // namespace WireDiff
