#pragma once

#include <QtGlobal>

#include <vector>

namespace WireDiff {

// One article's share of a row: the paragraphs (indices into
// Article::paragraphs, ascending) that say what the row says. Empty is an
// explicit gap: the article has nothing here.
struct RowCell
{
    std::vector<qint32> paragraphs;
    bool moved = false; // these paragraphs sit elsewhere in the article's own order

    bool isGap() const { return paragraphs.empty(); }
    friend bool operator==(const RowCell &, const RowCell &) = default;
};

// A row of the alignment: one cell per article, in article order. Every
// paragraph of every article is in exactly one row; the base article's
// paragraphs appear in its own order down the rows.
struct AlignedRow
{
    std::vector<RowCell> cells;

    int presentCount() const;
    friend bool operator==(const AlignedRow &, const AlignedRow &) = default;
};

} // namespace WireDiff
