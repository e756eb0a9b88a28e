#include "highlightstyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace WireDiff {

namespace {

struct ClassColours
{
    QColor lightBackground;
    QColor darkBackground;
    QColor lightAccent;
    QColor darkAccent;
};

// Okabe–Ito inspired hues, chosen to stay apart for the common forms of
// colour-blindness; the cues carry the meaning when they do not.
ClassColours coloursOf(ChangeClass changeClass)
{
    switch (changeClass) {
    case ChangeClass::Added:
        return { QColor(0xd4, 0xf2, 0xdc), QColor(0x1f, 0x4d, 0x2e), QColor(0x00, 0x7a, 0x3d), QColor(0x6f, 0xd8, 0x95) };
    case ChangeClass::Removed:
        return { QColor(0xfb, 0xdb, 0xd9), QColor(0x5c, 0x22, 0x22), QColor(0xc0, 0x26, 0x1e), QColor(0xff, 0x8a, 0x80) };
    case ChangeClass::Paraphrased:
        return { QColor(0xfd, 0xed, 0xc4), QColor(0x5a, 0x47, 0x12), QColor(0xb0, 0x6a, 0x00), QColor(0xf4, 0xc0, 0x4f) };
    case ChangeClass::Moved:
        return { QColor(0xd8, 0xe8, 0xfb), QColor(0x1d, 0x3b, 0x5e), QColor(0x0a, 0x5c, 0xb8), QColor(0x7d, 0xb6, 0xf2) };
    case ChangeClass::FactChanged:
        return { QColor(0xf9, 0xd0, 0xe8), QColor(0x66, 0x17, 0x45), QColor(0xb0, 0x00, 0x6a), QColor(0xff, 0x7e, 0xc8) };
    case ChangeClass::Same:
        break;
    }
    return { QColor(Qt::transparent), QColor(Qt::transparent), QColor(Qt::transparent), QColor(Qt::transparent) };
}

} // namespace

HighlightStyle::HighlightStyle(const QPalette &palette)
    : m_palette(palette)
    , m_dark(palette.color(QPalette::Base).lightness() < 128)
{
}

QColor HighlightStyle::background(ChangeClass changeClass) const
{
    const ClassColours colours = coloursOf(changeClass);
    return m_dark ? colours.darkBackground : colours.lightBackground;
}

QColor HighlightStyle::accent(ChangeClass changeClass) const
{
    const ClassColours colours = coloursOf(changeClass);
    return m_dark ? colours.darkAccent : colours.lightAccent;
}

HighlightStyle::Cue HighlightStyle::cue(ChangeClass changeClass)
{
    switch (changeClass) {
    case ChangeClass::Added: return Cue::Underline;
    case ChangeClass::Removed: return Cue::StrikeThrough;
    case ChangeClass::Paraphrased: return Cue::WavyUnderline;
    case ChangeClass::Moved: return Cue::DottedBorder;
    case ChangeClass::FactChanged: return Cue::SolidBorder;
    case ChangeClass::Same: break;
    }
    return Cue::None;
}

QString HighlightStyle::displayName(ChangeClass changeClass)
{
    switch (changeClass) {
    case ChangeClass::Same: return QCoreApplication::translate("WireDiff::HighlightStyle", "Same");
    case ChangeClass::Added: return QCoreApplication::translate("WireDiff::HighlightStyle", "Added");
    case ChangeClass::Removed: return QCoreApplication::translate("WireDiff::HighlightStyle", "Removed");
    case ChangeClass::Paraphrased: return QCoreApplication::translate("WireDiff::HighlightStyle", "Paraphrased");
    case ChangeClass::Moved: return QCoreApplication::translate("WireDiff::HighlightStyle", "Moved");
    case ChangeClass::FactChanged: return QCoreApplication::translate("WireDiff::HighlightStyle", "Changed fact");
    }
    return {};
}

QString HighlightStyle::description(ChangeClass changeClass)
{
    switch (changeClass) {
    case ChangeClass::Same:
        return QCoreApplication::translate("WireDiff::HighlightStyle", "Verbatim as in the base");
    case ChangeClass::Added:
        return QCoreApplication::translate("WireDiff::HighlightStyle", "Only in this article (solid underline)");
    case ChangeClass::Removed:
        return QCoreApplication::translate("WireDiff::HighlightStyle", "In the base but missing here (struck through; a caret where it is missing)");
    case ChangeClass::Paraphrased:
        return QCoreApplication::translate("WireDiff::HighlightStyle", "Says what the base says in other words (wavy underline)");
    case ChangeClass::Moved:
        return QCoreApplication::translate("WireDiff::HighlightStyle", "Same text at another place (dotted box)");
    case ChangeClass::FactChanged:
        return QCoreApplication::translate("WireDiff::HighlightStyle", "A number, date, name, quote or attribution that differs from the base (solid box)");
    }
    return {};
}

QColor HighlightStyle::uniqueBackground() const
{
    return m_dark ? QColor(0x4a, 0x2f, 0x55) : QColor(0xf1, 0xe4, 0xf7);
}

QColor HighlightStyle::uniqueAccent() const
{
    return m_dark ? QColor(0xc7, 0x8f, 0xe0) : QColor(0x7b, 0x3f, 0x98);
}

QColor HighlightStyle::basePaneBackground() const
{
    const QColor base = m_palette.color(QPalette::Base);
    return m_dark ? base.lighter(118) : base.darker(104);
}

QColor HighlightStyle::findMatch() const
{
    return m_dark ? QColor(0x80, 0x70, 0x10) : QColor(0xff, 0xf1, 0x76);
}

QColor HighlightStyle::currentFindMatch() const
{
    return m_dark ? QColor(0xd0, 0x8a, 0x00) : QColor(0xff, 0xa7, 0x26);
}

QColor HighlightStyle::gridLine() const
{
    QColor colour = m_palette.color(QPalette::Text);
    colour.setAlpha(m_dark ? 45 : 30);
    return colour;
}

QColor HighlightStyle::gapHatch() const
{
    QColor colour = m_palette.color(QPalette::Text);
    colour.setAlpha(40);
    return colour;
}

QColor HighlightStyle::boilerplateText() const
{
    QColor colour = m_palette.color(QPalette::Text);
    colour.setAlpha(120);
    return colour;
}

void HighlightStyle::drawCue(QPainter *painter, const QRectF &rect, ChangeClass changeClass) const
{
    const QColor colour = accent(changeClass);
    painter->save();
    switch (cue(changeClass)) {
    case Cue::None:
        break;
    case Cue::Underline:
        painter->setPen(QPen(colour, 1.5));
        painter->drawLine(QPointF(rect.left(), rect.bottom() - 1), QPointF(rect.right(), rect.bottom() - 1));
        break;
    case Cue::StrikeThrough:
        painter->setPen(QPen(colour, 1.2));
        painter->drawLine(QPointF(rect.left(), rect.center().y()), QPointF(rect.right(), rect.center().y()));
        break;
    case Cue::WavyUnderline: {
        QPainterPath wave;
        const qreal y = rect.bottom() - 2;
        const qreal step = 2.5;
        wave.moveTo(rect.left(), y);
        bool up = true;
        for (qreal x = rect.left() + step; x <= rect.right() + 0.1; x += step) {
            wave.lineTo(x, up ? y - 1.5 : y + 0.5);
            up = !up;
        }
        painter->setPen(QPen(colour, 1.1));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(wave);
        break;
    }
    case Cue::DottedBorder:
        painter->setPen(QPen(colour, 1.0, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
        break;
    case Cue::SolidBorder:
        painter->setPen(QPen(colour, 1.6));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect.adjusted(0.8, 0.8, -0.8, -0.8));
        break;
    }
    painter->restore();
}

void HighlightStyle::drawRemovalMarker(QPainter *painter, const QPointF &top, qreal height) const
{
    painter->save();
    painter->setPen(QPen(accent(ChangeClass::Removed), 1.5));
    painter->drawLine(top, top + QPointF(0, height));
    painter->drawLine(top + QPointF(-2.5, height), top + QPointF(2.5, height));
    painter->restore();
}

void HighlightStyle::drawGap(QPainter *painter, const QRectF &rect) const
{
    // Lines from bottom left to top right, 8 units apart from the rect's
    // corner, drawn rather than filled with a pattern brush: a pattern
    // counts in device pixels, so on a high-density screen it came out half
    // as far apart, or in steps when drawn once and scaled up.
    constexpr qreal period = 8.0;
    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    painter->setPen(QPen(gapHatch(), 1.0));
    const qreal height = rect.height();
    for (qreal x = rect.left() - std::ceil(height / period) * period; x < rect.right(); x += period)
        painter->drawLine(QPointF(x, rect.bottom()), QPointF(x + height, rect.top()));
    painter->restore();
}

void HighlightStyle::drawMovedCellMarker(QPainter *painter, const QRectF &badge) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(accent(ChangeClass::Moved), 1.0, Qt::DotLine));
    painter->setBrush(background(ChangeClass::Moved));
    painter->drawRoundedRect(badge.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    // Two opposed arrows: "this sits elsewhere in its article".
    painter->setPen(QPen(accent(ChangeClass::Moved), 1.3));
    const qreal cx = badge.center().x();
    const qreal top = badge.top() + 3;
    const qreal bottom = badge.bottom() - 3;
    const qreal wing = std::min<qreal>(3, badge.width() / 4);
    painter->drawLine(QPointF(cx - wing, top), QPointF(cx - wing, bottom));
    painter->drawLine(QPointF(cx - wing, top), QPointF(cx - 2 * wing, top + wing));
    painter->drawLine(QPointF(cx + wing, top), QPointF(cx + wing, bottom));
    painter->drawLine(QPointF(cx + wing, bottom), QPointF(cx + 2 * wing, bottom - wing));
    painter->restore();
}

void HighlightStyle::drawUniqueMarker(QPainter *painter, const QRectF &bar) const
{
    painter->fillRect(bar, uniqueAccent());
}

void HighlightStyle::drawPinnedEdge(QPainter *painter, int x, int height, bool covering) const
{
    constexpr int shadowWidth = 6;
    QColor shadow = m_palette.color(QPalette::Shadow);
    QLinearGradient gradient(x, 0, x + shadowWidth, 0);
    shadow.setAlphaF(covering ? (m_dark ? 0.5 : 0.22) : (m_dark ? 0.25 : 0.1));
    gradient.setColorAt(0, shadow);
    shadow.setAlphaF(0);
    gradient.setColorAt(1, shadow);
    painter->fillRect(QRect(x, 0, shadowWidth, height), gradient);
    painter->fillRect(QRect(x - 1, 0, 1, height), m_palette.color(QPalette::Mid));
}

} // namespace WireDiff
