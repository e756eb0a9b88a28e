#include "printstyle.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace WireDiff {

namespace {

QPalette paperPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x1b, 0x1b, 0x1b));
    palette.setColor(QPalette::WindowText, QColor(0x1b, 0x1b, 0x1b));
    return palette;
}

} // namespace

PrintStyle::PrintStyle()
    : m_highlight(paperPalette())
    , m_layoutDevice(1, 1, QImage::Format_ARGB32_Premultiplied)
{
    // 96 dots per inch: fonts given in points resolve to page units.
    const int dotsPerMetre = qRound(unitsPerInch / 0.0254);
    m_layoutDevice.setDotsPerMeterX(dotsPerMetre);
    m_layoutDevice.setDotsPerMeterY(dotsPerMetre);
}

QStringList PrintStyle::fontFamilies()
{
    return {
        // Noto first, one family per script, so each script gets the face
        // designed for it (DejaVu also has Arabic and Hebrew, more crudely);
        // DejaVu last for the symbols and arrows the others lack.
        QStringLiteral("Noto Sans"),
        QStringLiteral("Noto Sans Arabic"),
        QStringLiteral("Noto Naskh Arabic"),
        QStringLiteral("Noto Sans Hebrew"),
        QStringLiteral("Noto Sans CJK SC"),
        QStringLiteral("Noto Sans CJK JP"),
        QStringLiteral("Noto Sans Devanagari"),
        QStringLiteral("Noto Sans Thai"),
        QStringLiteral("Noto Sans Armenian"),
        QStringLiteral("Noto Sans Georgian"),
        QStringLiteral("Noto Sans Symbols"),
        QStringLiteral("Noto Sans Symbols2"),
        QStringLiteral("DejaVu Sans"),
    };
}

QFont PrintStyle::font(qreal points, QFont::Weight weight, bool italic)
{
    QFont font;
    font.setFamilies(fontFamilies());
    font.setPointSizeF(points);
    font.setWeight(weight);
    font.setItalic(italic);
    // Unhinted, so glyph advances are not rounded to whole units and the
    // layout is the same on a 1200 dpi PDF as on a 600 dpi printer.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

void PrintStyle::drawHatch(QPainter *painter, const QRectF &rect) const
{
    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    painter->setRenderHint(QPainter::Antialiasing);
    QColor colour = m_highlight.gapHatch();
    colour.setAlpha(70);
    painter->setPen(QPen(colour, 0.8));
    const qreal step = 6.0;
    for (qreal x = rect.left() - rect.height(); x < rect.right(); x += step)
        painter->drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()));
    painter->restore();
}

} // namespace WireDiff
