#include "factitemdelegate.h"

#include "factlistmodel.h"
#include "highlightstyle.h"

#include <QApplication>
#include <QPainter>

namespace WireDiff {

FactItemDelegate::FactItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void FactItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != FactListModel::TextColumn || index.data(FactListModel::FactRole).toInt() < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item(option);
    initStyleOption(&item, index);
    const QString text = item.text;
    // The cell itself as usual (selection, focus), without text or wash.
    item.text.clear();
    item.backgroundBrush = QBrush();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const HighlightStyle highlight(option.palette);
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget);
    const QFontMetrics metrics(item.font);
    const int padding = metrics.averageCharWidth() / 2 + 1;
    const QString shown = metrics.elidedText(text, Qt::ElideRight, area.width() - 2 * padding - 2);
    const QRectF mark(area.left() + 1, area.top() + 1, std::min(metrics.horizontalAdvance(shown) + 2 * padding, area.width() - 2),
                      area.height() - 2);
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    if (!selected)
        painter->fillRect(mark, highlight.background(ChangeClass::FactChanged));
    highlight.drawCue(painter, mark, ChangeClass::FactChanged);
    painter->setFont(item.font);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(mark.adjusted(padding, 0, -padding, 0), Qt::AlignLeft | Qt::AlignVCenter, shown);
    painter->restore();
}

} // namespace WireDiff
