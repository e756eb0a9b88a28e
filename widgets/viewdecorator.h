#pragma once

#include <QList>
#include <QRectF>
#include <QString>
#include <QTextLayout>

class QPainter;

namespace WireDiff {

// Where one paragraph of one cell was drawn, for decorators that paint in
// its margin or over parts of its text.
struct ParagraphGeometry
{
    qint32 row = 0;
    qint32 article = 0;
    qint32 paragraph = 0;
    QRectF cellRect;             // the whole cell, in viewport coordinates
    QRectF marginRect;           // the cell's left margin beside this paragraph
    QPointF origin;              // where the paragraph's layout is drawn
    const QTextLayout *layout = nullptr;

    // The rectangles (one per line) that cover text [start, end).
    QList<QRectF> rangeRects(qint32 start, qint32 end) const;
};

// A plug-in point of ComparisonView for what later features draw over the
// comparison (notes and their margin markers, changed facts, agreement
// shading): the view stays the one place that lays out and paints text, and
// a decorator only adds formats, paints over a paragraph and answers
// tooltips. Decorators are not owned by the view; call
// ComparisonView::updateDecorations() when what one draws changes.
class ViewDecorator
{
public:
    virtual ~ViewDecorator() = default;

    // Extra character formats over a paragraph (drawn with the text, under
    // the selection).
    virtual void addFormats(qint32 article, qint32 paragraph, QList<QTextLayout::FormatRange> *formats) const
    {
        Q_UNUSED(article) Q_UNUSED(paragraph) Q_UNUSED(formats)
    }
    // Painting after the view has drawn the paragraph.
    virtual void paintParagraph(QPainter *painter, const ParagraphGeometry &geometry) const
    {
        Q_UNUSED(painter) Q_UNUSED(geometry)
    }
    // A tooltip for text at `offset`, or empty to leave it to the view.
    virtual QString toolTip(qint32 article, qint32 paragraph, qint32 offset) const
    {
        Q_UNUSED(article) Q_UNUSED(paragraph) Q_UNUSED(offset)
        return {};
    }
    // False to switch off the change highlights (e.g. an agreement mode
    // that shades every word instead).
    virtual bool showsChangeHighlights() const { return true; }
};

} // namespace WireDiff
