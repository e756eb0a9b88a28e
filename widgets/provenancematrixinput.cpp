// ProvenanceMatrix: what the pointer and the keyboard do, and the tooltips.
#include "provenancematrix.h"

#include "zoommenu.h"

#include "navigationkeys.h"
#include "paneheaderbar.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace WireDiff {

namespace {

using Key = NavigationKeys::Key;

// The zoom keys the grid reads while it has the focus.
constexpr Key zoomKeys[] = { Key::MatrixZoomIn, Key::MatrixZoomOut, Key::MatrixActualSize, Key::MatrixFit };

bool isZoomKey(const QKeyEvent *event)
{
    return std::any_of(std::begin(zoomKeys), std::end(zoomKeys), [event](Key key) { return NavigationKeys::matches(event, key); });
}

} // namespace

bool ProvenanceMatrix::event(QEvent *event)
{
    // Ctrl++, Ctrl+- and Ctrl+0 are also the window's zoom of the panes:
    // while the grid has the focus they are the grid's.
    if (event->type() == QEvent::ShortcutOverride && count() > 0 && isZoomKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    // The focus frame and cursor are drawn on the viewport, which a focus
    // change of the area itself does not repaint.
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        viewport()->update();
    return QAbstractScrollArea::event(event);
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
    if (NavigationKeys::matches(event, Key::MatrixZoomIn)) {
        zoomIn();
    } else if (NavigationKeys::matches(event, Key::MatrixZoomOut)) {
        zoomOut();
    } else if (NavigationKeys::matches(event, Key::MatrixActualSize)) {
        resetZoom();
    } else if (NavigationKeys::matches(event, Key::MatrixFit)) {
        setFitToView(!m_fit);
    } else if (NavigationKeys::matches(event, Key::MatrixCompare) || event->key() == Qt::Key_Space) {
        if (m_cursor.first != m_cursor.second) {
            setFocusPair(m_cursor.first, m_cursor.second);
            emit pairActivated(m_cursor.first, m_cursor.second);
        }
        return;
    }
    if (isZoomKey(event)) {
        ensureCellVisible(m_cursor.first, m_cursor.second);
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
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    m_cursor = { a, b };
    ensureCellVisible(a, b);
    viewport()->update();
}

void ProvenanceMatrix::wheelEvent(QWheelEvent *event)
{
    const Qt::KeyboardModifiers zoomWith = NavigationKeys::modifiers(Key::MatrixZoom);
    if (count() == 0 || (event->modifiers() & zoomWith) != zoomWith) {
        m_wheelDelta = 0;
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    // A notch is 120 eighths of a degree; a touchpad sends less at a time.
    m_wheelDelta += event->angleDelta().y();
    const int steps = m_wheelDelta / 120;
    if (steps != 0) {
        m_wheelDelta -= steps * 120;
        zoomAround(zoom() * std::pow(MatrixGeometry::step, steps), event->position().toPoint());
    }
    event->accept();
}

void ProvenanceMatrix::populateMenu(QMenu *menu)
{
    ZoomMenu::populate(menu, this, tr("&Fit Whole Matrix"), m_fit,
                       { Key::MatrixFit, Key::MatrixZoomIn, Key::MatrixZoomOut, Key::MatrixActualSize });
}

void ProvenanceMatrix::contextMenuEvent(QContextMenuEvent *event)
{
    if (count() == 0)
        return;
    QMenu menu(this);
    populateMenu(&menu);
    menu.exec(event->globalPos());
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

} // namespace WireDiff
