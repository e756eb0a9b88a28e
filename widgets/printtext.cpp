#include "printtext.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextOption>

#include <algorithm>

namespace WireDiff {

namespace {

// Characters that never need shaping beyond what fonts do glyph by glyph:
// Latin, Greek, Cyrillic, Armenian, general punctuation and symbols, CJK
// ideographs, kana and Hangul syllables. Anything else (Hebrew, Arabic,
// Indic, Thai, emoji sequences) keeps full shaping.
// U+FFFD, which a decoding error leaves in the text, is a plain glyph too.
bool needsShaping(QChar c)
{
    const char16_t u = c.unicode();
    return !(u < 0x0590 || (u >= 0x1E00 && u < 0x1FFF) || (u >= 0x2000 && u < 0x2C00) || (u >= 0x3000 && u < 0xA000)
             || (u >= 0xAC00 && u < 0xD7B0) || (u >= 0xF900 && u < 0xFB00) || (u >= 0xFF00 && u < 0xFFF0)
             || u == 0xFFFD);
}

bool needsShaping(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return needsShaping(c); });
}

// For text that needs shaping somewhere: its runs that do not, without
// ligatures. Qt shapes per run of one script and font, so a Hebrew word,
// an Arabic one or an emoji in a paragraph keeps its shaping while the
// Latin around it stays searchable ("officials", not "oﬃcials"); deciding
// for the whole paragraph lost that for every word of it.
QList<QTextLayout::FormatRange> unshapedRuns(const QString &text, const QFont &font)
{
    QList<QTextLayout::FormatRange> runs;
    const auto plain = QFont::StyleStrategy(font.styleStrategy() | QFont::PreferNoShaping);
    for (qsizetype i = 0; i < text.size();) {
        if (needsShaping(text[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && !needsShaping(text[end]))
            ++end;
        QTextLayout::FormatRange run;
        run.start = int(i);
        run.length = int(end - i);
        run.format.setFontStyleStrategy(plain);
        runs.append(run);
        i = end;
    }
    return runs;
}

// QTextLayout takes Qt::AlignLeft literally; right-to-left text starts at
// the right, so "left" (the callers' default) means the leading edge.
Qt::Alignment leadingAligned(Qt::Alignment alignment, bool rightToLeft)
{
    if (rightToLeft && (alignment & Qt::AlignLeft) && !(alignment & Qt::AlignAbsolute))
        return (alignment & ~Qt::Alignment(Qt::AlignLeft)) | Qt::AlignRight;
    return alignment;
}

} // namespace

QFont PrintText::searchableFont(const QFont &font, const QString &text)
{
    if (needsShaping(text))
        return font;
    QFont plain = font;
    plain.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | QFont::PreferNoShaping));
    return plain;
}

std::shared_ptr<QTextLayout> PrintText::layout(const QString &text, const QFont &font, qreal width,
                                               const QPaintDevice *device,
                                               const QList<QTextLayout::FormatRange> &formats,
                                               Qt::Alignment alignment, Qt::LayoutDirection direction)
{
    // QTextLayout does not break at '\n' (a note written on two lines); a
    // line separator breaks, and has the same length, so the formats'
    // offsets stay valid.
    QString broken = text;
    broken.replace(QLatin1Char('\n'), QChar::LineSeparator);
    // QTextLayout wants a mutable device pointer but only reads its metrics.
    auto layout = std::make_shared<QTextLayout>(broken, searchableFont(font, text), const_cast<QPaintDevice *>(device));
    const bool rightToLeft = direction == Qt::LayoutDirectionAuto ? text.isRightToLeft() : direction == Qt::RightToLeft;
    QTextOption option(leadingAligned(alignment, rightToLeft));
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    option.setTextDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    layout->setTextOption(option);
    layout->setFormats(needsShaping(text) ? unshapedRuns(text, font) + formats : formats);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLeadingIncluded(true);
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    return layout;
}

qreal PrintText::height(const QTextLayout &layout)
{
    const int count = layout.lineCount();
    if (count == 0)
        return 0;
    const QTextLine last = layout.lineAt(count - 1);
    return last.y() + last.height();
}

void PrintText::draw(QPainter *painter, const QTextLayout &layout, const QPointF &position)
{
    // Line by line: QTextLayout::draw() with a clip also draws the line just
    // above the clip, which would put the last line of a page on the next.
    const QRectF clip = painter->hasClipping() ? painter->clipBoundingRect() : QRectF();
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        const qreal top = position.y() + line.y();
        if (clip.isValid() && !isWhollyInside(clip, top, top + line.height()))
            continue;
        line.draw(painter, position);
    }
}

bool PrintText::isWhollyInside(const QRectF &clip, qreal top, qreal bottom)
{
    return top >= clip.top() - 0.5 && bottom <= clip.bottom() + 0.5;
}

qreal PrintText::lineTopAt(const QTextLayout &layout, qreal y)
{
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (y > line.y() + 0.01 && y < line.y() + line.height() - 0.01)
            return line.y();
    }
    return y;
}

void PrintText::drawLine(QPainter *painter, const QString &text, const QFont &font, const QPaintDevice *device,
                         const QRectF &box, Qt::Alignment alignment)
{
    if (painter->hasClipping()) {
        const QRectF clip = painter->clipBoundingRect();
        if (box.center().y() < clip.top() || box.center().y() > clip.bottom())
            return;
    }
    const QFont plain = searchableFont(font, text);
    const QFontMetricsF metrics(plain, device);
    QString shown = metrics.elidedText(text, Qt::ElideRight, box.width());
    QTextLayout layout(shown, plain, const_cast<QPaintDevice *>(device));
    if (needsShaping(shown))
        layout.setFormats(unshapedRuns(shown, font));
    QTextOption option(leadingAligned(alignment & Qt::AlignHorizontal_Mask, shown.isRightToLeft()));
    option.setUseDesignMetrics(true);
    option.setWrapMode(QTextOption::NoWrap);
    option.setTextDirection(shown.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid()) {
        line.setLeadingIncluded(true);
        line.setLineWidth(box.width());
    }
    layout.endLayout();
    if (!line.isValid())
        return;
    qreal top = box.top();
    if (alignment & Qt::AlignVCenter)
        top = box.center().y() - line.height() / 2;
    else if (alignment & Qt::AlignBottom)
        top = box.bottom() - line.height();
    layout.draw(painter, QPointF(box.left(), top));
}

qreal PrintText::lineHeight(const QFont &font, const QPaintDevice *device)
{
    const QFontMetricsF metrics(font, device);
    return metrics.ascent() + metrics.descent() + metrics.leading();
}

qreal PrintText::textWidth(const QString &text, const QFont &font, const QPaintDevice *device)
{
    return QFontMetricsF(searchableFont(font, text), device).horizontalAdvance(text);
}

QString PrintText::isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace WireDiff
