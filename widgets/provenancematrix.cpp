#include "provenancematrix.h"

#include "paneheaderbar.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>

namespace WireDiff {

namespace {

constexpr int margin = 6;
constexpr int swatchWidth = 12;

QColor mixed(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

// The longest start every id shares, cut back to where a name's own part
// begins (after "_", "-", "." or a space, or where letters turn to digits),
// and only if every id keeps something after it: "care" of "care1",
// "care1nl" and "care134_independent"; nothing of "01-agency", "02-edit".
QString commonPrefix(const std::vector<Article> &articles)
{
    if (articles.size() < 2)
        return {};
    qsizetype length = articles.front().id.size();
    for (const Article &article : articles) {
        qsizetype same = 0;
        while (same < length && same < article.id.size() && article.id[same] == articles.front().id[same])
            ++same;
        length = same;
    }
    const QString &first = articles.front().id;
    for (; length > 0; --length) {
        const QChar before = first[length - 1];
        const bool separator = before == QLatin1Char('_') || before == QLatin1Char('-') || before == QLatin1Char('.')
            || before.isSpace();
        const bool keepsSomething = std::all_of(articles.begin(), articles.end(),
                                                [length](const Article &a) { return a.id.size() > length; });
        const bool digitsFollow = before.isLetter() && std::all_of(articles.begin(), articles.end(), [length](const Article &a) {
            return a.id.size() > length && a.id[length].isDigit();
        });
        if (keepsSomething && (separator || digitsFollow))
            return first.left(length);
    }
    return {};
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
}

void ProvenanceMatrix::setComparison(std::shared_ptr<const Comparison> comparison)
{
    m_comparison = std::move(comparison);
    m_commonPrefix = m_comparison ? commonPrefix(m_comparison->articles) : QString();
    m_metrics.reset();
    m_focus = { -1, -1 };
    m_cursor = { 0, count() > 1 ? 1 : 0 };
    updateScrollBars();
    updateGeometry();
    viewport()->update();
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

QString ProvenanceMatrix::headerLabel(qint32 article, const QFontMetrics &metrics, int width, Qt::TextElideMode mode) const
{
    // The number and the whole id where they fit ("1 care1"), else the
    // short name ("12 111_telegraph", not "12 care1…elegraph").
    const QString full = QStringLiteral("%1 %2").arg(article + 1).arg(m_comparison->articles[size_t(article)].id);
    if (metrics.horizontalAdvance(full) <= width)
        return full;
    return metrics.elidedText(QStringLiteral("%1 %2").arg(article + 1).arg(shortName(article)), mode, width);
}

const ProvenanceMatrix::Metrics &ProvenanceMatrix::metrics() const
{
    if (m_metrics && m_metricsFont == font())
        return *m_metrics;
    const QFontMetrics fontMetrics(font());
    int widestId = 0;
    int widestName = 0;
    for (qint32 a = 0; a < count(); ++a) {
        widestId = std::max(widestId, fontMetrics.horizontalAdvance(m_comparison->articles[size_t(a)].id));
        widestName = std::max(widestName, fontMetrics.horizontalAdvance(QStringLiteral("%1 %2").arg(a + 1).arg(shortName(a))));
    }
    Metrics measured;
    measured.line = fontMetrics.lineSpacing();
    measured.labelWidth = std::min(widestId, fontMetrics.averageCharWidth() * 13)
        + fontMetrics.horizontalAdvance(QStringLiteral("00 ")) + margin;
    // Compact: the number without its "%" (the key says what it is), one
    // line high with room for the amber band, so 20 versions fit a dock.
    measured.cellWidth = std::max(fontMetrics.horizontalAdvance(QStringLiteral("100")) + 10, measured.line + 6);
    measured.cellHeight = measured.line + 8;
    // Upright names, cut at about nine characters (the band is as high as
    // three rows of cells): the tooltip has the rest.
    measured.headerHeight = std::min(widestName, fontMetrics.averageCharWidth() * 9) + margin;
    m_metricsFont = font();
    m_metrics = measured;
    return *m_metrics;
}

QString ProvenanceMatrix::caption() const
{
    return tr("How much of each row\u2019s article is found in each column\u2019s article.");
}

int ProvenanceMatrix::captionHeight() const
{
    const int width = std::max(1, viewport()->width() - 2 * margin);
    return margin + fontMetrics().boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, caption()).height() + margin / 2;
}

int ProvenanceMatrix::keyHeight() const
{
    if (count() == 0)
        return 0;
    const QFontMetrics fm = fontMetrics();
    const int oneLine = 2 * (swatchWidth + 6) + fm.horizontalAdvance(tr("verbatim (shade, %)"))
        + fm.horizontalAdvance(tr("reworded (band)")) + 3 * margin;
    const int lines = oneLine <= viewport()->width() ? 1 : 2;
    return lines * metrics().line + margin;
}

QRect ProvenanceMatrix::cellArea() const
{
    const Metrics &m = metrics();
    const int top = captionHeight() + m.headerHeight;
    const int left = margin + m.labelWidth;
    return QRect(left, top, std::max(0, viewport()->width() - left), std::max(0, viewport()->height() - top - keyHeight()));
}

void ProvenanceMatrix::updateScrollBars()
{
    const Metrics &m = metrics();
    const QRect area = cellArea();
    horizontalScrollBar()->setRange(0, std::max(0, count() * m.cellWidth - area.width()));
    horizontalScrollBar()->setPageStep(std::max(m.cellWidth, area.width()));
    horizontalScrollBar()->setSingleStep(m.cellWidth);
    verticalScrollBar()->setRange(0, std::max(0, count() * m.cellHeight - area.height()));
    verticalScrollBar()->setPageStep(std::max(m.cellHeight, area.height()));
    verticalScrollBar()->setSingleStep(m.cellHeight);
}

QSize ProvenanceMatrix::sizeHint() const
{
    // The whole grid where it fits, capped as a scroll area's hint is.
    const Metrics &m = metrics();
    const int height = 2 * m.line + margin + m.headerHeight + count() * m.cellHeight + 2 * m.line + margin;
    const int width = 2 * margin + m.labelWidth + count() * m.cellWidth + verticalScrollBar()->sizeHint().width();
    const int cap = fontMetrics().height();
    return QSize(std::min(width, 36 * cap), std::min(height, 28 * cap));
}

QSize ProvenanceMatrix::minimumSizeHint() const
{
    const Metrics &m = metrics();
    return QSize(margin + m.labelWidth + 2 * m.cellWidth, m.line + m.headerHeight + 2 * m.cellHeight);
}

QRect ProvenanceMatrix::cellRect(qint32 a, qint32 b) const
{
    const Metrics &m = metrics();
    const QRect area = cellArea();
    return QRect(area.left() + b * m.cellWidth - horizontalScrollBar()->value(),
                 area.top() + a * m.cellHeight - verticalScrollBar()->value(), m.cellWidth, m.cellHeight);
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
    const QRect band(area.left(), captionHeight(), area.width(), metrics().headerHeight);
    return QRect(cell.left(), band.top(), cell.width(), band.height()).intersected(band);
}

std::pair<qint32, qint32> ProvenanceMatrix::cellAt(const QPoint &point) const
{
    const QRect area = cellArea();
    if (!area.contains(point))
        return { -1, -1 };
    const Metrics &m = metrics();
    const qint32 a = (point.y() - area.top() + verticalScrollBar()->value()) / m.cellHeight;
    const qint32 b = (point.x() - area.left() + horizontalScrollBar()->value()) / m.cellWidth;
    if (a >= count() || b >= count())
        return { -1, -1 };
    return { a, b };
}

qint32 ProvenanceMatrix::rowHeaderAt(const QPoint &point) const
{
    const QRect area = cellArea();
    if (point.x() >= area.left() || point.y() < area.top() || point.y() > area.bottom())
        return -1;
    const qint32 a = (point.y() - area.top() + verticalScrollBar()->value()) / metrics().cellHeight;
    return a < count() ? a : -1;
}

qint32 ProvenanceMatrix::columnHeaderAt(const QPoint &point) const
{
    const QRect area = cellArea();
    const int top = captionHeight();
    if (point.x() < area.left() || point.y() < top || point.y() >= area.top())
        return -1;
    const qint32 b = (point.x() - area.left() + horizontalScrollBar()->value()) / metrics().cellWidth;
    return b < count() ? b : -1;
}

void ProvenanceMatrix::ensureCellVisible(qint32 a, qint32 b)
{
    const Metrics &m = metrics();
    const QRect area = cellArea();
    const auto reveal = [](QScrollBar *bar, int start, int size, int visible) {
        if (start < bar->value())
            bar->setValue(start);
        else if (start + size > bar->value() + visible)
            bar->setValue(start + size - visible);
    };
    reveal(horizontalScrollBar(), b * m.cellWidth, m.cellWidth, area.width());
    reveal(verticalScrollBar(), a * m.cellHeight, m.cellHeight, area.height());
}

void ProvenanceMatrix::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QPalette &pal = palette();
    const Metrics &m = metrics();
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(QRect(margin, margin, viewport()->width() - 2 * margin, captionHeight()), Qt::AlignLeft | Qt::TextWordWrap,
                     caption());
    if (count() == 0)
        return;
    const QRect area = cellArea();
    const QLocale locale;
    // Only the rows and columns the event exposes: 100 articles are 10,000
    // cells, each with a number to shape, and the panel shows a corner.
    const QRect exposed = event->rect().intersected(area);
    const auto firstAndLast = [&](int from, int to, int origin, int size) {
        const qint32 first = std::clamp<qint32>((from - origin) / size, 0, count() - 1);
        const qint32 last = std::clamp<qint32>((to - origin) / size, 0, count() - 1);
        return std::pair<qint32, qint32>(first, last);
    };
    const int originX = area.left() - horizontalScrollBar()->value();
    const int originY = area.top() - verticalScrollBar()->value();
    const auto [firstRow, lastRow] = firstAndLast(exposed.top(), exposed.bottom(), originY, m.cellHeight);
    const auto [firstColumn, lastColumn] = firstAndLast(exposed.left(), exposed.right(), originX, m.cellWidth);
    if (!exposed.isEmpty()) {
        painter.save();
        painter.setClipRect(area);
        for (qint32 a = firstRow; a <= lastRow; ++a) {
            for (qint32 b = firstColumn; b <= lastColumn; ++b) {
                const QRect cell = cellRect(a, b).adjusted(1, 1, -1, -1);
                if (a == b) {
                    m_style.drawGap(&painter, cell);
                    continue;
                }
                const ContainmentShare share = m_comparison->containment[size_t(a)][size_t(b)];
                const QColor background = mixed(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.85 * share.verbatim);
                painter.fillRect(cell, background);
                const int band = int(std::round(share.reworded * cell.width()));
                painter.fillRect(QRect(cell.left(), cell.bottom() - 3, band, 4), m_style.accent(ChangeClass::Paraphrased));
                painter.setPen(background.lightnessF() < 0.5 ? QColor(Qt::white) : QColor(Qt::black));
                painter.drawText(cell.adjusted(0, 0, 0, -3), Qt::AlignCenter, locale.toString(qRound(share.verbatim * 100)));
            }
        }
        const auto outline = [&](std::pair<qint32, qint32> at, const QPen &pen) {
            if (at.first < 0 || at.first >= count() || at.second < 0 || at.second >= count())
                return;
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cellRect(at.first, at.second).adjusted(0, 0, -1, -1));
        };
        outline(m_hover, QPen(pal.color(QPalette::Text), 1));
        if (hasFocus())
            outline(m_cursor, QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
        outline(m_focus, QPen(pal.color(QPalette::Highlight), 2.5));
        painter.restore();
    }

    // The row labels, frozen at the left; they move up and down with the rows.
    const QRect labels(0, area.top(), area.left(), area.height());
    if (event->rect().intersects(labels)) {
        painter.save();
        painter.setClipRect(labels);
        const auto [fromRow, toRow] = firstAndLast(event->rect().top(), event->rect().bottom(), originY, m.cellHeight);
        for (qint32 a = fromRow; a <= toRow; ++a) {
            const QRect label(margin, cellRect(a, 0).top(), m.labelWidth - margin, m.cellHeight);
            QFont font = this->font();
            font.setBold(a == m_comparison->base || a == m_hover.first);
            painter.setFont(font);
            painter.setPen(pal.color(QPalette::WindowText));
            painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, headerLabel(a, QFontMetrics(font), label.width(), Qt::ElideMiddle));
        }
        painter.restore();
    }
    paintColumnHeaders(&painter, firstColumn, lastColumn);
    painter.setPen(m_style.gridLine());
    painter.drawLine(area.left() - 1, area.top() - m.headerHeight, area.left() - 1, area.bottom());
    painter.drawLine(0, area.top() - 1, area.right(), area.top() - 1);
    paintKey(&painter);
}

void ProvenanceMatrix::paintColumnHeaders(QPainter *painter, qint32 first, qint32 last) const
{
    const Metrics &m = metrics();
    const QRect area = cellArea();
    const QRect band(area.left(), captionHeight(), area.width(), m.headerHeight);
    painter->save();
    painter->setClipRect(band);
    // All the columns in view, whatever the event exposed of the cells: a
    // paint of the header band alone exposes no cell.
    const int originX = area.left() - horizontalScrollBar()->value();
    first = std::clamp<qint32>((band.left() - originX) / m.cellWidth, 0, count() - 1);
    last = std::clamp<qint32>((band.right() - originX) / m.cellWidth, 0, count() - 1);
    for (qint32 b = first; b <= last; ++b) {
        const QRect cell = cellRect(0, b);
        QFont font = this->font();
        font.setBold(b == m_comparison->base || b == m_hover.second);
        painter->setFont(font);
        painter->setPen(palette().color(QPalette::WindowText));
        // Upright, read from the bottom up, ending just above the cells.
        painter->save();
        painter->translate(cell.left(), band.bottom() - 2);
        painter->rotate(-90);
        const QRect text(0, 0, band.height() - margin, cell.width());
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, headerLabel(b, QFontMetrics(font), text.width(), Qt::ElideRight));
        painter->restore();
    }
    painter->restore();
}

void ProvenanceMatrix::paintKey(QPainter *painter) const
{
    // A key under the grid, so the two encodings need no guessing; on one
    // line where the dock is wide enough.
    const QPalette &pal = palette();
    const int line = metrics().line;
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
    updateScrollBars();
}

void ProvenanceMatrix::scrollContentsBy(int, int)
{
    // Not a pixel scroll: the headers stay where they are, only their names
    // and the cells change.
    viewport()->update();
}

void ProvenanceMatrix::mousePressEvent(QMouseEvent *event)
{
    const auto cell = cellAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && cell.first >= 0 && cell.first != cell.second) {
        m_cursor = cell;
        setFocusPair(cell.first, cell.second);
        emit pairActivated(cell.first, cell.second);
    }
}

void ProvenanceMatrix::mouseMoveEvent(QMouseEvent *event)
{
    const auto cell = cellAt(event->position().toPoint());
    if (cell != m_hover) {
        m_hover = cell;
        viewport()->setCursor(cell.first >= 0 && cell.first != cell.second ? Qt::PointingHandCursor : Qt::ArrowCursor);
        viewport()->update();
    }
}

void ProvenanceMatrix::leaveEvent(QEvent *)
{
    m_hover = { -1, -1 };
    viewport()->update();
}

void ProvenanceMatrix::keyPressEvent(QKeyEvent *event)
{
    const qint32 n = count();
    if (n == 0) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    auto [a, b] = m_cursor;
    switch (event->key()) {
    case Qt::Key_Left: b = std::max(0, b - 1); break;
    case Qt::Key_Right: b = std::min(n - 1, b + 1); break;
    case Qt::Key_Up: a = std::max(0, a - 1); break;
    case Qt::Key_Down: a = std::min(n - 1, a + 1); break;
    case Qt::Key_Home: b = 0; break;
    case Qt::Key_End: b = n - 1; break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (a != b) {
            setFocusPair(a, b);
            emit pairActivated(a, b);
        }
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    m_cursor = { a, b };
    ensureCellVisible(a, b);
    viewport()->update();
}

QString ProvenanceMatrix::toolTipFor(qint32 a, qint32 b) const
{
    if (a < 0 || b < 0 || a >= count() || b >= count() || a == b)
        return {};
    const ContainmentShare share = m_comparison->containment[size_t(a)][size_t(b)];
    const QLocale locale;
    const auto percent = [&locale](double part) { return locale.toString(qRound(part * 100)); };
    QStringList lines { tr("%1% of %2 is found verbatim in %3 (in runs of three words or more, anywhere in it), "
                           "and %4% reworded.")
                            .arg(percent(share.verbatim), m_comparison->articles[size_t(a)].displayName(),
                                 m_comparison->articles[size_t(b)].displayName(), percent(share.reworded)) };
    if (b == m_comparison->base) {
        lines.append(tr("Word by word against the base, as the pane header reads it: %1.")
                         .arg(PaneHeaderBar::sharesLine(m_comparison->counts[size_t(a)])));
    }
    lines.append(tr("Click to compare this pair."));
    return lines.join(QLatin1Char('\n'));
}

QString ProvenanceMatrix::headerToolTip(qint32 article, bool column) const
{
    if (article < 0 || article >= count())
        return {};
    const Article &a = m_comparison->articles[size_t(article)];
    QStringList lines { (column ? tr("Column %1: %2") : tr("Row %1: %2")).arg(article + 1).arg(a.displayName()) };
    if (!a.title.isEmpty() && a.title != a.displayName())
        lines.append(a.title);
    if (a.id != a.displayName())
        lines.append(a.id);
    lines.append(column ? tr("How much of each row\u2019s article is found in this one.")
                        : tr("How much of this article is found in each column\u2019s article."));
    return lines.join(QLatin1Char('\n'));
}

bool ProvenanceMatrix::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_comparison) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [a, b] = cellAt(help->pos());
        if (a >= 0 && a != b) {
            QToolTip::showText(help->globalPos(), toolTipFor(a, b), viewport(), cellRect(a, b));
        } else if (const qint32 row = rowHeaderAt(help->pos()); row >= 0) {
            QToolTip::showText(help->globalPos(), headerToolTip(row, false), viewport(), rowHeaderRect(row));
        } else if (const qint32 column = columnHeaderAt(help->pos()); column >= 0) {
            QToolTip::showText(help->globalPos(), headerToolTip(column, true), viewport(), columnHeaderRect(column));
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    if (event->type() == QEvent::Leave)
        leaveEvent(event);
    return QAbstractScrollArea::viewportEvent(event);
}

void ProvenanceMatrix::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_style = HighlightStyle(palette());
    if (event->type() == QEvent::FontChange) {
        updateScrollBars();
        updateGeometry();
    }
    QAbstractScrollArea::changeEvent(event);
}

} // namespace WireDiff
