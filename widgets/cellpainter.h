#pragma once

#include "changeclass.h"
#include "comparisonmodel.h"

#include <QBrush>
#include <QList>
#include <QRectF>

#include <span>
#include <utility>
#include <vector>

class QPainter;
class QTextLayout;

namespace WireDiff {

class HighlightStyle;
class ViewDecorator;
struct CellLayout;

// What the view drew, recorded on request so tests (and benchmarks) can
// check the picture against the model without reading pixels.
struct PaintedSpan
{
    qint32 row = 0;
    qint32 article = 0;
    qint32 paragraph = 0;
    qint32 start = 0;
    qint32 end = 0;
    ChangeClass changeClass = ChangeClass::Same;

    friend bool operator==(const PaintedSpan &, const PaintedSpan &) = default;
};

struct PaintedCell
{
    qint32 row = 0;
    qint32 article = 0;
    QRectF rect;
    bool gap = false;
};

// The fixed insets of a cell; the left margin holds the unique-paragraph
// bar and the moved-cell badge (and decorators' margin markers).
struct CellInsets
{
    static constexpr qreal left = 16;
    static constexpr qreal right = 8;
    static constexpr qreal top = 5;
    static constexpr qreal bottom = 6;
};

// Paints one cell of the comparison: background, gap hatching, unique and
// moved markers, change washes and their non-colour cues, removal carets,
// find matches, the selection and whatever decorators add.
class CellPainter
{
public:
    struct Cell
    {
        qint32 row = 0;
        qint32 article = 0;
        QRectF rect;                       // viewport coordinates
        const CellLayout *layout = nullptr;
        bool isBase = false;
        bool isFocus = false;
    };
    // Per paragraph [start, end) of the selection, empty when none.
    using SelectionFunction = std::pair<qint32, qint32> (*)(const void *context, qint32 paragraph);

    CellPainter(QPainter *painter, const ComparisonModel &model, const HighlightStyle &style);

    void setSelection(SelectionFunction function, const void *context);
    void setFindMatches(std::span<const FindMatch> matches, const FindMatch *current);
    void setDecorators(const std::vector<ViewDecorator *> *decorators) { m_decorators = decorators; }
    void setRecording(std::vector<PaintedSpan> *spans, std::vector<PaintedCell> *cells);

    void paint(const Cell &cell);

    static QPointF textOrigin(const QRectF &cellRect) { return cellRect.topLeft() + QPointF(CellInsets::left, CellInsets::top); }

private:
    void paintParagraph(const Cell &cell, size_t block, bool highlights);
    void paintGap(const QRectF &rect);

    QPainter *m_painter;
    const ComparisonModel &m_model;
    const HighlightStyle &m_style;
    SelectionFunction m_selection = nullptr;
    const void *m_selectionContext = nullptr;
    std::span<const FindMatch> m_matches;
    const FindMatch *m_current = nullptr;
    const std::vector<ViewDecorator *> *m_decorators = nullptr;
    std::vector<PaintedSpan> *m_recordedSpans = nullptr;
    std::vector<PaintedCell> *m_recordedCells = nullptr;
    QBrush m_gapBrush; // the gap hatching as a texture, made on the first gap
};

// Rectangles (one per line) covering text [start, end) of a layout drawn at origin.
QList<QRectF> textRangeRects(const QTextLayout &layout, const QPointF &origin, qint32 start, qint32 end);

} // namespace WireDiff
