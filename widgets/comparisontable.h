#pragma once

#include "exportmarkup.h"
#include "printblock.h"

#include <memory>
#include <vector>

class QPainter;
class QTextLayout;

namespace WireDiff {

class PrintStyle;

// The aligned comparison as printed blocks: one block per row of the
// alignment, the articles of one column group side by side, each paragraph
// with the window's classes (wash from HighlightStyle, then its non-colour
// cue), carets where base text is missing, hatched gaps, and notes as
// numbered brackets in a strip at each column's left edge.
class ComparisonTable
{
public:
    ComparisonTable(const ExportMarkup &markup, const PrintStyle &style, std::vector<qint32> columns, qreal width);

    // The column headings, repeated at the top of every page of the group.
    PrintBlock header() const;
    // A block per shown row, and a one-line block where unchanged rows were
    // left out. Past ExportOptions::maxPrintedRows rows only those carrying
    // a note are printed, and a one-line block says how many were not
    // (their count in `omitted`).
    std::vector<PrintBlock> rows(qint32 *omitted = nullptr) const;

    // How many columns of at least PrintStyle::columnMinimumWidth() fit.
    static qint32 columnsThatFit(qreal width);
    static qreal columnGap();

private:
    struct Column
    {
        qint32 article = -1;
        qreal x = 0;
        qreal width = 0;
    };
    struct LaidParagraph;
    struct LaidCell;
    struct LaidRow;

    std::shared_ptr<LaidRow> layRow(qint32 row) const;
    PrintBlock rowBlock(qint32 row) const;
    PrintBlock skippedBlock(qint32 count) const;
    PrintBlock omittedBlock(qint32 count) const;
    PrintBlock asideBlock(const QString &text) const;
    bool carriesNote(qint32 row) const;
    void paintParagraph(QPainter *painter, const Column &column, const LaidParagraph &paragraph, qreal top) const;
    void paintNoteMarks(QPainter *painter, const Column &column, const LaidCell &cell) const;
    qreal textLeft(const Column &column) const;
    qreal textWidth(const Column &column) const;

    const ExportMarkup &m_markup;
    const PrintStyle &m_style;
    std::vector<qint32> m_articles;
    std::vector<Column> m_columns;
    qreal m_width = 0;
    // The row painted last: a row taller than a page is painted once per
    // page it spans, and is laid out once for all of them.
    mutable std::shared_ptr<const LaidRow> m_paintedRow;
    mutable qint32 m_paintedRowIndex = -1;
};

} // namespace WireDiff
