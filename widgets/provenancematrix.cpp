#include "provenancematrix.h"

#include "paneheaderbar.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace WireDiff {

namespace {

constexpr int margin = 6;

QColor mixed(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

ProvenanceMatrix::ProvenanceMatrix(QWidget *parent)
    : QWidget(parent)
    , m_style(palette())
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ProvenanceMatrix::setComparison(std::shared_ptr<const Comparison> comparison)
{
    m_comparison = std::move(comparison);
    m_metrics.reset();
    m_focus = { -1, -1 };
    m_cursor = { 0, count() > 1 ? 1 : 0 };
    updateGeometry();
    update();
}

void ProvenanceMatrix::setFocusPair(qint32 a, qint32 b)
{
    m_focus = { a, b };
    update();
}

QString ProvenanceMatrix::shortLabel(qint32 article) const
{
    return QString::number(article + 1);
}

const ProvenanceMatrix::Metrics &ProvenanceMatrix::metrics() const
{
    if (m_metrics && m_metricsFont == font())
        return *m_metrics;
    const QFontMetrics fontMetrics(font());
    int widest = 0;
    for (qint32 a = 0; a < count(); ++a)
        widest = std::max(widest, fontMetrics.horizontalAdvance(m_comparison->articles[size_t(a)].id));
    Metrics measured;
    measured.labelWidth = std::min(widest, fontMetrics.averageCharWidth() * 13)
        + fontMetrics.horizontalAdvance(QStringLiteral("00 ")) + margin;
    measured.cellSize = std::max(fontMetrics.horizontalAdvance(QStringLiteral("100%")) + 8, 30);
    measured.line = fontMetrics.lineSpacing();
    measured.top = margin + 3 * measured.line; // caption lines, then the column numbers
    m_metricsFont = font();
    m_metrics = measured;
    return *m_metrics;
}

QSize ProvenanceMatrix::sizeHint() const
{
    const Metrics &m = metrics();
    return QSize(margin * 2 + m.labelWidth + count() * m.cellSize, m.top + count() * m.cellSize + margin + 2 * m.line);
}

QSize ProvenanceMatrix::minimumSizeHint() const
{
    return sizeHint();
}

QRect ProvenanceMatrix::cellRect(qint32 a, qint32 b) const
{
    const Metrics &m = metrics();
    return QRect(margin + m.labelWidth + b * m.cellSize, m.top + a * m.cellSize, m.cellSize, m.cellSize);
}

std::pair<qint32, qint32> ProvenanceMatrix::cellAt(const QPoint &point) const
{
    const Metrics &m = metrics();
    const int x = point.x() - (margin + m.labelWidth);
    const int y = point.y() - m.top;
    if (x < 0 || y < 0)
        return { -1, -1 };
    const qint32 a = y / m.cellSize;
    const qint32 b = x / m.cellSize;
    if (a >= count() || b >= count())
        return { -1, -1 };
    return { a, b };
}

void ProvenanceMatrix::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    const int line = metrics().line;
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(QRect(margin, margin, width() - 2 * margin, 2 * line), Qt::AlignLeft | Qt::TextWordWrap,
                     tr("How much of each row\u2019s article is found in each column\u2019s article."));
    if (count() == 0)
        return;
    const int size = cellSize();
    const QLocale locale;
    // Only the rows and columns the event exposes: 100 articles are 10,000
    // cells, each with a number to shape, and the panel shows a corner.
    const QRect exposed = event->rect();
    const auto firstAndLast = [&](int from, int to, int origin) {
        const qint32 first = std::clamp<qint32>((from - origin) / size, 0, count() - 1);
        const qint32 last = std::clamp<qint32>((to - origin) / size, 0, count() - 1);
        return std::pair<qint32, qint32>(first, last);
    };
    const auto [firstRow, lastRow] = firstAndLast(exposed.top(), exposed.bottom(), top());
    const auto [firstColumn, lastColumn] = firstAndLast(exposed.left(), exposed.right(), margin + labelWidth());
    for (qint32 b = firstColumn; b <= lastColumn; ++b) {
        const QRect header(cellRect(0, b).left(), top() - line, size, line);
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(header, Qt::AlignCenter, shortLabel(b));
    }
    for (qint32 a = firstRow; a <= lastRow; ++a) {
        const Article &article = m_comparison->articles[size_t(a)];
        const QRect label(margin, cellRect(a, 0).top(), labelWidth() - margin, size);
        QFont font = this->font();
        font.setBold(a == m_comparison->base);
        painter.setFont(font);
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(font).elidedText(QStringLiteral("%1 %2").arg(shortLabel(a), article.id),
                                                       Qt::ElideMiddle, label.width()));
        painter.setFont(this->font());
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
            painter.fillRect(QRect(cell.left(), cell.bottom() - 4, band, 5), m_style.accent(ChangeClass::Paraphrased));
            painter.setPen(background.lightnessF() < 0.5 ? QColor(Qt::white) : QColor(Qt::black));
            painter.drawText(cell.adjusted(0, 0, 0, -4), Qt::AlignCenter, locale.toString(qRound(share.verbatim * 100)) + QLatin1Char('%'));
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

    // A key under the grid, so the two encodings need no guessing.
    const int keyTop = top() + count() * size + 4;
    painter.fillRect(QRect(margin, keyTop + 3, 12, line - 6), pal.color(QPalette::Highlight));
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(QRect(margin + 18, keyTop, width(), line), Qt::AlignLeft | Qt::AlignVCenter, tr("verbatim (shade, %)"));
    painter.fillRect(QRect(margin, keyTop + line + line / 2 - 2, 12, 5), m_style.accent(ChangeClass::Paraphrased));
    painter.drawText(QRect(margin + 18, keyTop + line, width(), line), Qt::AlignLeft | Qt::AlignVCenter, tr("reworded (band)"));
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
        setCursor(cell.first >= 0 && cell.first != cell.second ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void ProvenanceMatrix::leaveEvent(QEvent *)
{
    m_hover = { -1, -1 };
    update();
}

void ProvenanceMatrix::keyPressEvent(QKeyEvent *event)
{
    const qint32 n = count();
    if (n == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    auto [a, b] = m_cursor;
    switch (event->key()) {
    case Qt::Key_Left: b = std::max(0, b - 1); break;
    case Qt::Key_Right: b = std::min(n - 1, b + 1); break;
    case Qt::Key_Up: a = std::max(0, a - 1); break;
    case Qt::Key_Down: a = std::min(n - 1, a + 1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (a != b) {
            setFocusPair(a, b);
            emit pairActivated(a, b);
        }
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_cursor = { a, b };
    update();
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

bool ProvenanceMatrix::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_comparison) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [a, b] = cellAt(help->pos());
        if (a < 0 || a == b) {
            QToolTip::hideText();
            return true;
        }
        QToolTip::showText(help->globalPos(), toolTipFor(a, b), this, cellRect(a, b));
        return true;
    }
    return QWidget::event(event);
}

void ProvenanceMatrix::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_style = HighlightStyle(palette());
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace WireDiff
