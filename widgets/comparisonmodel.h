#pragma once

#include "comparison.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <span>
#include <vector>

namespace WireDiff {

// Where base text is missing in another article: the offset in that
// article's paragraph where the removed words would have stood.
struct RemovalMarker
{
    qint32 paragraph = 0;     // in the other article
    qint32 offset = 0;
    qint32 baseParagraph = 0; // the removed base text
    qint32 baseStart = 0;
    qint32 baseEnd = 0;
};

// A match of the find text.
struct FindMatch
{
    qint32 row = 0;
    qint32 article = 0;
    qint32 paragraph = 0;
    qint32 start = 0;
    qint32 length = 0;

    friend bool operator==(const FindMatch &, const FindMatch &) = default;
};

// What the views draw, derived once from a core Comparison: the panes in
// display order (article indices; hidden articles are absent), which
// article the base pane is compared with (the focus), per-paragraph span
// lookup, where removed base text is missing in the other articles, and per
// row which classes of change it holds. Plain value, no widgets: the view,
// the header bar and the overview ruler read the same model, so they cannot
// disagree about what a row holds.
class ComparisonModel
{
public:
    // One flag per change class (bit = the class's value), then the rest.
    enum RowFlag : quint32 {
        RowAdded = 1u << quint32(ChangeClass::Added),
        RowRemoved = 1u << quint32(ChangeClass::Removed),
        RowParaphrased = 1u << quint32(ChangeClass::Paraphrased),
        RowMoved = 1u << quint32(ChangeClass::Moved),
        RowFactChanged = 1u << quint32(ChangeClass::FactChanged),
        RowUnique = 1u << 16,
        RowGap = 1u << 17,
        RowChangeMask = 0xFFFFFFFEu, // everything but Same
    };
    static quint32 flagOf(ChangeClass changeClass)
    {
        return changeClass == ChangeClass::Same ? 0 : 1u << quint32(changeClass);
    }

    ComparisonModel() = default;
    explicit ComparisonModel(std::shared_ptr<const Comparison> comparison);

    bool isEmpty() const { return !m_comparison || m_comparison->isEmpty(); }
    const Comparison &comparison() const { return *m_comparison; }
    std::shared_ptr<const Comparison> sharedComparison() const { return m_comparison; }

    qint32 rowCount() const { return m_comparison ? qint32(m_comparison->rows.size()) : 0; }
    qint32 articleCount() const { return m_comparison ? qint32(m_comparison->articles.size()) : 0; }
    qint32 base() const { return m_comparison ? m_comparison->base : -1; }
    const Article &article(qint32 index) const { return m_comparison->articles[size_t(index)]; }
    const RowCell &cell(qint32 row, qint32 article) const;
    const Paragraph &paragraph(qint32 article, qint32 paragraph) const;
    bool isUnique(qint32 article, qint32 paragraph) const;
    // The sentences of `article`'s paragraph found in no other source
    // (Comparison::uniqueSentences), in reading order; none in a paragraph
    // that is unique as a whole.
    std::span<const UniqueSentence> uniqueSentences(qint32 article, qint32 paragraph) const;
    qint32 rowOf(qint32 article, qint32 paragraph) const;

    // The article the base pane is compared with.
    qint32 focus() const { return m_focus; }
    void setFocus(qint32 article);

    // Panes in display order, as article indices.
    const std::vector<qint32> &panes() const { return m_panes; }
    void setPanes(std::vector<qint32> panes);
    qint32 paneOf(qint32 article) const; // -1 when hidden
    QStringList paneIds() const;

    // The spans drawn over `article`'s paragraph: its own comparison with
    // the base, or for the base, the comparison with the focus article.
    std::span<const DiffSpan> spans(qint32 article, qint32 paragraph) const;
    std::span<const RemovalMarker> removalMarkers(qint32 article, qint32 paragraph) const;

    quint32 rowFlags(qint32 row) const { return m_rowFlags.empty() ? 0 : m_rowFlags[size_t(row)]; }
    // Rough relative height of a row (its longest visible cell), so the
    // overview ruler can be drawn without laying out any text.
    double rowWeight(qint32 row) const { return m_rowWeights.empty() ? 1.0 : m_rowWeights[size_t(row)]; }
    double totalWeight() const { return m_totalWeight; }
    double weightBefore(qint32 row) const;
    qint32 rowAtWeight(double weight) const;

    // `row`'s flags as the cells of `articles` alone show them: a change
    // only in other articles is not one, a gap is one of them lacking what
    // another has. rowFlags() is this over all panes.
    quint32 rowFlagsIn(qint32 row, std::span<const qint32> articles) const;

    // The next row after (or before) `row` whose flags intersect `mask`; -1 if none.
    qint32 nextRow(qint32 row, quint32 mask, bool forward) const;
    // The same with the flags as `articles` show them (rowFlagsIn()).
    qint32 nextRow(qint32 row, quint32 mask, bool forward, std::span<const qint32> articles) const;
    // The next row after (or before) `row` with a paragraph in one of `articles`; -1 if none.
    qint32 nextRowWithText(qint32 row, bool forward, std::span<const qint32> articles) const;

    // All matches of `text` in the visible panes, in reading order.
    std::vector<FindMatch> find(const QString &text, Qt::CaseSensitivity sensitivity) const;

private:
    void indexSpans();
    void computeRemovalMarkers(qint32 article);
    void computeRowFlags();

    // Bits of m_cellFlags only, above the row flags: the cell holds a
    // paragraph, and one that is not boilerplate.
    static constexpr quint32 CellText = 1u << 30;
    static constexpr quint32 CellStory = 1u << 31;

    std::shared_ptr<const Comparison> m_comparison;
    qint32 m_focus = -1;
    std::vector<qint32> m_panes;
    // [article]: index into the span vector of the first span of each
    // paragraph (paragraph count + 1 entries).
    std::vector<std::vector<qint32>> m_otherIndex;
    std::vector<std::vector<qint32>> m_baseIndex; // over comparisons[article].baseSpans
    std::vector<std::vector<RemovalMarker>> m_removals; // [article], sorted by (paragraph, offset)
    std::vector<std::vector<qint32>> m_removalIndex;
    std::vector<quint32> m_rowFlags;
    // [row * articleCount() + article]: the row flags its cell alone gives
    // (RowGap aside), with CellText and CellStory; 0 for hidden articles.
    std::vector<quint32> m_cellFlags;
    std::vector<double> m_rowWeights;
    std::vector<double> m_weightPrefix; // [row]: sum of weights before it
    double m_totalWeight = 0;
};

} // namespace WireDiff
