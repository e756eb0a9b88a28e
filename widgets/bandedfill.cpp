#include "bandedfill.h"

#include <QPainter>

#include <algorithm>

namespace WireDiff {

namespace {

constexpr double bandHeight = 64;

} // namespace

void fillInBands(QPainter *painter, const QRectF &rect, const QBrush &brush)
{
    if (rect.height() <= bandHeight) {
        painter->fillRect(rect, brush);
        return;
    }
    for (qreal top = rect.top(); top < rect.bottom(); top += bandHeight)
        painter->fillRect(QRectF(rect.left(), top, rect.width(), std::min(bandHeight, rect.bottom() - top)), brush);
}

} // namespace WireDiff
