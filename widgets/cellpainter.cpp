#include "cellpainter.h"

#include "bandedfill.h"
#include "celllayoutcache.h"
#include "highlightstyle.h"
#include "viewdecorator.h"

#include <QImage>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace WireDiff {

QList<QRectF> textRangeRects(const QTextLayout &layout, const QPointF &origin, qint32 start, qint32 end)
{
    QList<QRectF> rects;
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        const qint32 lineStart = line.textStart();
        const qint32 lineEnd = lineStart + line.textLength();
        const qint32 from = std::max(start, lineStart);
        const qint32 to = std::min(end, lineEnd);
        if (from >= to)
            continue;
        const qreal x1 = line.cursorToX(from);
        const qreal x2 = line.cursorToX(to);
        rects.append(QRectF(std::min(x1, x2), line.y(), std::abs(x2 - x1), line.height()).translated(origin));
    }
    return rects;
}

QList<QRectF> ParagraphGeometry::rangeRects(qint32 start, qint32 end) const
{
    return layout ? textRangeRects(*layout, origin, start, end) : QList<QRectF>();
}

CellPainter::CellPainter(QPainter *painter, const ComparisonModel &model, const HighlightStyle &style)
    : m_painter(painter)
    , m_model(model)
    , m_style(style)
{
}

void CellPainter::setSelection(SelectionFunction function, const void *context)
{
    m_selection = function;
    m_selectionContext = context;
}

void CellPainter::setFindMatches(std::span<const FindMatch> matches, const FindMatch *current)
{
    m_matches = matches;
    m_current = current;
}

void CellPainter::setRecording(std::vector<PaintedSpan> *spans, std::vector<PaintedCell> *cells)
{
    m_recordedSpans = spans;
    m_recordedCells = cells;
}

void CellPainter::paint(const Cell &cell)
{
    const RowCell &rowCell = m_model.cell(cell.row, cell.article);
    if (m_recordedCells)
        m_recordedCells->push_back({ cell.row, cell.article, cell.rect, rowCell.isGap() });
    if (cell.isBase)
        fillInBands(m_painter, cell.rect, m_style.basePaneBackground());
    if (rowCell.isGap() || !cell.layout) {
        paintGap(cell.rect.adjusted(1, 1, -1, -1));
        return;
    }
    bool highlights = true;
    if (m_decorators) {
        for (const ViewDecorator *decorator : *m_decorators)
            highlights = highlights && decorator->showsChangeHighlights();
    }
    for (size_t b = 0; b < cell.layout->blocks.size(); ++b)
        paintParagraph(cell, b, highlights);
    if (rowCell.moved) {
        const QRectF badge(cell.rect.left() + 7, cell.rect.top() + CellInsets::top, 8, 16);
        m_style.drawMovedCellMarker(m_painter, badge);
        QPen dotted(m_style.accent(ChangeClass::Moved), 1.0, Qt::DotLine);
        m_painter->setPen(dotted);
        m_painter->drawLine(QPointF(badge.center().x(), badge.bottom() + 2),
                            QPointF(badge.center().x(), cell.rect.bottom() - CellInsets::bottom));
    }
}

// HighlightStyle::drawGap's hatching (kept for the printer, where it stays
// vector), as a tile rendered once per paint: a plain texture is one of the
// raster engine's fastest fills, many clipped lines per cell are not.
void CellPainter::paintGap(const QRectF &rect)
{
    if (m_gapBrush.style() == Qt::NoBrush) {
        // drawGap's lines repeat every 8 units, so a 24-unit tile is
        // seamless. Rendered at the screen's pixel ratio: a tile of logical
        // pixels would be scaled up into steps on a high-density screen.
        const qreal ratio = m_painter->device() ? m_painter->device()->devicePixelRatioF() : 1.0;
        QImage tile(QSize(24, 24) * ratio, QImage::Format_ARGB32_Premultiplied);
        tile.setDevicePixelRatio(ratio);
        tile.fill(Qt::transparent);
        QPainter tilePainter(&tile);
        m_style.drawGap(&tilePainter, QRectF(0, 0, 24, 24));
        tilePainter.end();
        m_gapBrush = QBrush(tile);
    }
    m_painter->save();
    m_painter->setBrushOrigin(rect.topLeft());
    fillInBands(m_painter, rect, m_gapBrush);
    m_painter->restore();
}

void CellPainter::paintParagraph(const Cell &cell, size_t blockIndex, bool highlights)
{
    const CellLayout::Block &block = cell.layout->blocks[blockIndex];
    const QTextLayout &layout = *block.layout;
    const qint32 p = block.paragraph;
    const Paragraph &paragraph = m_model.paragraph(cell.article, p);
    const QPointF origin = CellPainter::textOrigin(cell.rect) + QPointF(0, block.top);
    const QRectF blockRect(cell.rect.left(), origin.y() - 2, cell.rect.width(), block.height + 4);

    if (m_model.isUnique(cell.article, p)) {
        fillInBands(m_painter, blockRect.adjusted(CellInsets::left - 4, 0, -2, 0), m_style.uniqueBackground());
        m_style.drawUniqueMarker(m_painter, QRectF(cell.rect.left() + 2, blockRect.top(), 3, blockRect.height()));
    }
    const std::span<const DiffSpan> spans = m_model.spans(cell.article, p);
    if (highlights) {
        for (const DiffSpan &span : spans) {
            if (span.changeClass == ChangeClass::Same)
                continue;
            for (const QRectF &rect : textRangeRects(layout, origin, span.start, span.end))
                m_painter->fillRect(rect, m_style.background(span.changeClass));
        }
    }
    // A sentence found in no other source inside a shared paragraph: the
    // unique tint under its text only, over the diff's fill (the sentence is
    // mostly added, and green would hide the tint; the classes' own cues,
    // underlines and boxes, are drawn after the text and still show), and
    // the bar beside its lines.
    for (const UniqueSentence &sentence : m_model.uniqueSentences(cell.article, p)) {
        const QList<QRectF> rects = textRangeRects(layout, origin, sentence.start, sentence.end);
        if (rects.isEmpty())
            continue;
        for (const QRectF &rect : rects)
            m_painter->fillRect(rect.adjusted(-1, 0, 1, 0), m_style.uniqueBackground());
        const qreal top = rects.front().top();
        m_style.drawUniqueMarker(m_painter, QRectF(cell.rect.left() + 2, top, 3, rects.back().bottom() - top));
    }
    for (const FindMatch &match : m_matches) {
        if (match.article != cell.article || match.paragraph != p)
            continue;
        const bool current = m_current && *m_current == match;
        for (const QRectF &rect : textRangeRects(layout, origin, match.start, match.start + match.length)) {
            m_painter->fillRect(rect, current ? m_style.currentFindMatch() : m_style.findMatch());
            if (current) {
                m_painter->setPen(QPen(m_style.palette().color(QPalette::Text), 1.0));
                m_painter->drawRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5));
            }
        }
    }

    QList<QTextLayout::FormatRange> formats;
    if (m_decorators) {
        for (const ViewDecorator *decorator : *m_decorators)
            decorator->addFormats(cell.article, p, &formats);
    }
    if (m_selection) {
        const auto [start, end] = m_selection(m_selectionContext, p);
        if (end > start) {
            QTextLayout::FormatRange selection;
            selection.start = start;
            selection.length = end - start;
            selection.format.setBackground(m_style.palette().brush(QPalette::Highlight));
            selection.format.setForeground(m_style.palette().brush(QPalette::HighlightedText));
            formats.append(selection);
        }
    }
    const bool dim = paragraph.role == ParagraphRole::Boilerplate;
    m_painter->setPen(dim ? m_style.boilerplateText() : m_style.palette().color(QPalette::Text));
    layout.draw(m_painter, origin, QList<QTextLayout::FormatRange>(formats));

    if (highlights) {
        for (const DiffSpan &span : spans) {
            if (span.changeClass != ChangeClass::Same) {
                for (const QRectF &rect : textRangeRects(layout, origin, span.start, span.end))
                    m_style.drawCue(m_painter, rect, span.changeClass);
            }
            if (m_recordedSpans)
                m_recordedSpans->push_back({ cell.row, cell.article, p, span.start, span.end, span.changeClass });
        }
        for (const RemovalMarker &marker : m_model.removalMarkers(cell.article, p)) {
            const qint32 last = std::max<qint32>(0, qint32(paragraph.text.size()) - 1);
            const QTextLine line = layout.lineForTextPosition(std::clamp<qint32>(marker.offset, 0, last));
            if (!line.isValid())
                continue;
            const qreal x = line.cursorToX(marker.offset);
            m_style.drawRemovalMarker(m_painter, origin + QPointF(x, line.y() + 1), line.height() - 2);
        }
    }

    if (m_decorators && !m_decorators->empty()) {
        ParagraphGeometry geometry;
        geometry.row = cell.row;
        geometry.article = cell.article;
        geometry.paragraph = p;
        geometry.cellRect = cell.rect;
        geometry.marginRect = QRectF(cell.rect.left(), blockRect.top(), CellInsets::left, blockRect.height());
        geometry.origin = origin;
        geometry.layout = &layout;
        for (const ViewDecorator *decorator : *m_decorators)
            decorator->paintParagraph(m_painter, geometry);
    }
}

} // namespace WireDiff
