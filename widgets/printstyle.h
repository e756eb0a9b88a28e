#pragma once

#include "highlightstyle.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QStringList>

class QPainter;

namespace WireDiff {

// Fonts, sizes and colours of printed and PDF pages. Page coordinates are
// in units of 1/96 inch, the size of a screen pixel at 100 %, so the cues
// HighlightStyle draws (1.5-unit underlines, dotted borders) come out the
// same on paper as in the window. The colours are HighlightStyle's light
// variant whatever the desktop theme: paper is white.
class PrintStyle
{
public:
    PrintStyle();

    static constexpr qreal unitsPerInch = 96.0;
    static qreal mm(qreal millimetres) { return millimetres * unitsPerInch / 25.4; }
    static qreal pt(qreal points) { return points * unitsPerInch / 72.0; }

    // Every font lists families covering Latin, Cyrillic, Greek, CJK,
    // Arabic and Hebrew (Debian's fonts-noto-core, fonts-noto-cjk and
    // fonts-dejavu-core), so any script an article uses finds its glyphs.
    static QStringList fontFamilies();

    const HighlightStyle &highlight() const { return m_highlight; }
    // The device text is laid out for (QTextLayout, QFontMetricsF): 96 dpi,
    // whatever the printer's resolution; the painter scales to the device.
    const QPaintDevice *layoutDevice() const { return &m_layoutDevice; }

    QFont body() const { return font(8.5); }
    QFont headline() const { return font(9.5, QFont::Bold); }
    QFont aside() const { return font(8.0, QFont::Normal, true); }  // byline, dateline, caption
    QFont small() const { return font(7.0); }
    QFont smallBold() const { return font(7.0, QFont::Bold); }
    QFont label() const { return font(8.0); }
    QFont labelBold() const { return font(8.0, QFont::Bold); }
    QFont heading() const { return font(11.5, QFont::Bold); }
    QFont title() const { return font(17.0, QFont::Bold); }

    QColor text() const { return QColor(0x1b, 0x1b, 0x1b); }
    QColor muted() const { return QColor(0x5f, 0x5f, 0x5f); }
    QColor rule() const { return QColor(0xb8, 0xb8, 0xb8); }
    QColor grid() const { return QColor(0xdc, 0xdc, 0xdc); }
    QColor headerFill() const { return QColor(0xf1, 0xf1, 0xf1); }
    QColor baseFill() const { return QColor(0xf7, 0xf7, 0xf7); }
    QColor uniqueBar() const { return m_highlight.uniqueAccent(); }
    QColor noteFill() const { return QColor(0xff, 0xe9, 0x7a); }
    QColor noteInk() const { return QColor(0x6b, 0x55, 0x00); }

    static qreal columnMinimumWidth() { return mm(45); }
    static qreal noteStripWidth() { return mm(4.2); }

    // Paints the hatching of an empty cell: vector lines, so it stays crisp
    // at any resolution.
    void drawHatch(QPainter *painter, const QRectF &rect) const;

private:
    static QFont font(qreal points, QFont::Weight weight = QFont::Normal, bool italic = false);

    HighlightStyle m_highlight;
    QImage m_layoutDevice;
};

} // namespace WireDiff
