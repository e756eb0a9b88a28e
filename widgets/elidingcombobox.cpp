#include "elidingcombobox.h"

#include <QStyleOptionComboBox>
#include <QStylePainter>

#include <algorithm>

namespace WireDiff {

ElidingComboBox::ElidingComboBox(QWidget *parent)
    : QComboBox(parent)
{
}

QString ElidingComboBox::shownText() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const QRect field = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    // The style draws the label a pixel in from each side of the field.
    return fontMetrics().elidedText(option.currentText, Qt::ElideMiddle, std::max(0, field.width() - 2));
}

void ElidingComboBox::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    option.currentText = shownText();
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

} // namespace WireDiff
