#include "overviewruler.h"

#include "comparisonmodel.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <array>

namespace WireDiff {

namespace {

constexpr int inset = 2;

struct Lane
{
    quint32 flag;
    ChangeClass changeClass;
    bool unique;
};

constexpr std::array<Lane, 6> lanes { {
    { ComparisonModel::RowFactChanged, ChangeClass::FactChanged, false },
    { ComparisonModel::RowAdded, ChangeClass::Added, false },
    { ComparisonModel::RowRemoved, ChangeClass::Removed, false },
    { ComparisonModel::RowParaphrased, ChangeClass::Paraphrased, false },
    { ComparisonModel::RowMoved, ChangeClass::Moved, false },
    { ComparisonModel::RowUnique, ChangeClass::Same, true },
} };

} // namespace

OverviewRuler::OverviewRuler(QWidget *parent)
    : QWidget(parent)
{
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Where the changes are: changed facts, added, removed, reworded, moved, unique. Click to go there."));
}

void OverviewRuler::setVisibleRows(qint32 first, qint32 last)
{
    if (first == m_firstVisible && last == m_lastVisible)
        return;
    m_firstVisible = first;
    m_lastVisible = last;
    update();
}

qint32 OverviewRuler::rowAt(int y) const
{
    if (!m_model || m_model->isEmpty())
        return -1;
    const int span = std::max(1, height() - 2 * inset);
    return m_model->rowAtWeight(double(y - inset) / span * m_model->totalWeight());
}

int OverviewRuler::yOfRow(qint32 row) const
{
    if (!m_model || m_model->totalWeight() <= 0)
        return inset;
    const int span = std::max(1, height() - 2 * inset);
    return inset + int(m_model->weightBefore(row) / m_model->totalWeight() * span);
}

void OverviewRuler::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    painter.setPen(m_style.gridLine());
    painter.drawLine(0, 0, 0, height());
    if (!m_model || m_model->isEmpty())
        return;
    const int laneWidth = std::max(2, (width() - 2 * inset - 1) / int(lanes.size()));
    const int rows = m_model->rowCount();
    // One pass over the rows, merging all rows that fall on one pixel row.
    const int span = std::max(1, height() - 2 * inset);
    std::vector<quint32> flagsPerPixel(size_t(span) + 1, 0);
    for (qint32 row = 0; row < rows; ++row) {
        const quint32 flags = m_model->rowFlags(row);
        if (flags == 0)
            continue;
        const int top = yOfRow(row) - inset;
        const int bottom = std::max(top + 2, yOfRow(row + 1) - inset);
        for (int y = std::max(0, top); y < std::min(span + 1, bottom); ++y)
            flagsPerPixel[size_t(y)] |= flags;
    }
    for (size_t l = 0; l < lanes.size(); ++l) {
        const QColor colour = lanes[l].unique ? m_style.uniqueAccent() : m_style.accent(lanes[l].changeClass);
        const int x = inset + 1 + int(l) * laneWidth;
        int runStart = -1;
        for (int y = 0; y <= span + 1; ++y) {
            const bool on = y <= span && (flagsPerPixel[size_t(y)] & lanes[l].flag);
            if (on && runStart < 0)
                runStart = y;
            if (!on && runStart >= 0) {
                painter.fillRect(QRect(x, inset + runStart, laneWidth - 1, y - runStart), colour);
                runStart = -1;
            }
        }
    }
    if (m_firstVisible >= 0) {
        const int top = yOfRow(m_firstVisible);
        const int bottom = std::max(top + 4, yOfRow(m_lastVisible + 1));
        QColor fill = palette().color(QPalette::Text);
        fill.setAlpha(28);
        painter.fillRect(QRect(1, top, width() - 1, bottom - top), fill);
        QColor outline = palette().color(QPalette::Text);
        outline.setAlpha(110);
        painter.setPen(outline);
        painter.drawRect(QRect(1, top, width() - 2, bottom - top - 1));
    }
    if (m_currentRow >= 0) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        const int y = yOfRow(m_currentRow);
        painter.drawLine(1, y, width(), y);
    }
}

void OverviewRuler::mousePressEvent(QMouseEvent *event)
{
    const qint32 row = rowAt(int(event->position().y()));
    if (event->button() == Qt::LeftButton && row >= 0)
        emit rowRequested(row);
}

void OverviewRuler::mouseMoveEvent(QMouseEvent *event)
{
    const qint32 row = rowAt(int(event->position().y()));
    if ((event->buttons() & Qt::LeftButton) && row >= 0)
        emit rowRequested(row);
}

bool OverviewRuler::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model && !m_model->isEmpty()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint32 row = rowAt(help->pos().y());
        const quint32 flags = row >= 0 ? m_model->rowFlags(row) : 0;
        QStringList parts;
        for (const Lane &lane : lanes) {
            if (flags & lane.flag)
                parts.append(lane.unique ? tr("unique") : HighlightStyle::displayName(lane.changeClass).toLower());
        }
        QToolTip::showText(help->globalPos(),
                           parts.isEmpty() ? toolTip()
                                           : tr("Row %1: %2").arg(row + 1).arg(parts.join(QStringLiteral(", "))),
                           this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace WireDiff
