#pragma once

#include "paragraph.h"

#include <QFont>
#include <QTextLayout>

#include <memory>
#include <unordered_map>
#include <vector>

namespace WireDiff {

class ComparisonModel;

// The laid-out text of one cell: one QTextLayout per paragraph, stacked.
struct CellLayout
{
    struct Block
    {
        std::unique_ptr<QTextLayout> layout;
        qint32 paragraph = 0;
        qreal top = 0;    // relative to the cell's text origin
        qreal height = 0;
    };

    std::vector<Block> blocks;
    qreal height = 0;     // of all blocks with the spacing between them
    int width = 0;        // the text width it was laid out for
    quint64 lastUsed = 0;
};

// Layouts of the cells the view has needed lately, keyed by (row, article)
// and valid for one text width and font (zoom). Only visible rows are ever
// laid out, so this stays small however long the articles are; trim()
// forgets what has not been used for a while.
class CellLayoutCache
{
public:
    // Clears the cache when the font (zoom) changes.
    void setFont(const QFont &font);
    const QFont &font() const { return m_font; }
    QFont fontFor(ParagraphRole role) const;
    qreal paragraphSpacing() const;

    const CellLayout &layout(const ComparisonModel &model, qint32 row, qint32 article, int width);
    // Height of the cell's text; lays it out when needed.
    qreal height(const ComparisonModel &model, qint32 row, qint32 article, int width)
    {
        return layout(model, row, article, width).height;
    }

    void clear() { m_cells.clear(); }
    // Start of a paint: entries touched from now on count as in use.
    void beginFrame() { ++m_frame; }
    // Keeps at most `keep` entries, dropping the least recently used.
    void trim(size_t keep);
    size_t size() const { return m_cells.size(); }
    qint64 layoutsCreated() const { return m_created; }

private:
    std::unordered_map<quint64, std::unique_ptr<CellLayout>> m_cells;
    QFont m_font;
    quint64 m_frame = 0;
    qint64 m_created = 0;
};

} // namespace WireDiff
