#pragma once

#include <QFont>
#include <QList>
#include <QString>
#include <QTextLayout>

#include <memory>

class QPaintDevice;
class QPainter;

namespace WireDiff {

// Text laid out for a page: wrapped to a width, right-to-left when the text
// starts in a right-to-left script (or in the direction asked for), with
// optional character formats. Thin
// helpers over QTextLayout shared by the cover page and the table.
class PrintText
{
public:
    static std::shared_ptr<QTextLayout> layout(const QString &text, const QFont &font, qreal width,
                                               const QPaintDevice *device,
                                               const QList<QTextLayout::FormatRange> &formats = {},
                                               Qt::Alignment alignment = Qt::AlignLeft,
                                               Qt::LayoutDirection direction = Qt::LayoutDirectionAuto);
    static qreal height(const QTextLayout &layout);
    // Draws the lines of `layout` that lie wholly inside the painter's
    // clip. A clipped-away line would still be text in the PDF (readers
    // extract and search text regardless of clipping), so a row cut over
    // two pages would be found twice; a line the cut goes through is drawn
    // on the page that shows all of it (see PrintBlock::resumeAt).
    static void draw(QPainter *painter, const QTextLayout &layout, const QPointF &position);
    // Whether a line from `top` to `bottom` is drawn inside `clip`.
    static bool isWhollyInside(const QRectF &clip, qreal top, qreal bottom);
    // The top of the line that `y` (relative to the layout) falls in, or
    // `y` itself when it falls between lines or below the text.
    static qreal lineTopAt(const QTextLayout &layout, qreal y);
    // One line, elided at the end to fit `width`, drawn with its baseline
    // placed for a line box at `top`; not drawn when the box's middle is
    // outside the painter's clip (see draw()).
    static void drawLine(QPainter *painter, const QString &text, const QFont &font, const QPaintDevice *device,
                         const QRectF &box, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter);
    static qreal lineHeight(const QFont &font, const QPaintDevice *device);
    // `font` for drawing `text`: without ligatures where the script does
    // not need them, so "officials" is stored as o-f-f-i-… and a PDF
    // reader's search finds it (a ligature glyph reads back as "ﬃ").
    static QFont searchableFont(const QFont &font, const QString &text);
    static qreal textWidth(const QString &text, const QFont &font, const QPaintDevice *device);
    // `text` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: a
    // name put into a line of other words takes its direction from its own
    // first letter, and a bidirectional control in it (a file named with a
    // right-to-left override) reorders only the name, not the line.
    static QString isolated(const QString &text);
};

} // namespace WireDiff
