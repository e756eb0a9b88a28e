#include "comparisonmodel.h"

#include <algorithm>

namespace WireDiff {

namespace {

const RowCell &emptyCell()
{
    static const RowCell cell;
    return cell;
}

std::vector<qint32> paragraphIndex(const std::vector<DiffSpan> &spans, qsizetype paragraphCount)
{
    std::vector<qint32> index(size_t(paragraphCount) + 1, 0);
    size_t s = 0;
    for (qsizetype p = 0; p <= paragraphCount; ++p) {
        while (s < spans.size() && spans[s].paragraph < p)
            ++s;
        index[size_t(p)] = qint32(s);
    }
    return index;
}

} // namespace

ComparisonModel::ComparisonModel(std::shared_ptr<const Comparison> comparison)
    : m_comparison(std::move(comparison))
{
    if (isEmpty())
        return;
    for (qint32 a = 0; a < articleCount(); ++a)
        m_panes.push_back(a);
    m_focus = -1;
    for (qint32 a = 0; a < articleCount() && m_focus < 0; ++a) {
        if (a != base())
            m_focus = a;
    }
    indexSpans();
    m_removals.resize(size_t(articleCount()));
    m_removalIndex.resize(size_t(articleCount()));
    for (qint32 a = 0; a < articleCount(); ++a)
        computeRemovalMarkers(a);
    computeRowFlags();
}

const RowCell &ComparisonModel::cell(qint32 row, qint32 article) const
{
    const AlignedRow &aligned = m_comparison->rows[size_t(row)];
    return size_t(article) < aligned.cells.size() ? aligned.cells[size_t(article)] : emptyCell();
}

const Paragraph &ComparisonModel::paragraph(qint32 article, qint32 paragraph) const
{
    return m_comparison->articles[size_t(article)].paragraphs[size_t(paragraph)];
}

bool ComparisonModel::isUnique(qint32 article, qint32 paragraph) const
{
    const auto &unique = m_comparison->unique;
    return size_t(article) < unique.size() && size_t(paragraph) < unique[size_t(article)].size()
        && unique[size_t(article)][size_t(paragraph)];
}

std::span<const UniqueSentence> ComparisonModel::uniqueSentences(qint32 article, qint32 paragraph) const
{
    if (!m_comparison)
        return {};
    const std::vector<UniqueSentence> &all = m_comparison->uniqueSentences;
    const auto place = [](const UniqueSentence &s) { return std::pair(s.article, s.paragraph); };
    const std::pair key(article, paragraph);
    const auto first = std::lower_bound(all.begin(), all.end(), key,
                                        [&](const UniqueSentence &s, const auto &k) { return place(s) < k; });
    const auto last = std::upper_bound(first, all.end(), key,
                                       [&](const auto &k, const UniqueSentence &s) { return k < place(s); });
    return { first, last };
}

qint32 ComparisonModel::rowOf(qint32 article, qint32 paragraph) const
{
    const auto &rowOf = m_comparison->rowOf;
    if (size_t(article) >= rowOf.size() || size_t(paragraph) >= rowOf[size_t(article)].size())
        return -1;
    return rowOf[size_t(article)][size_t(paragraph)];
}

void ComparisonModel::setFocus(qint32 article)
{
    if (article == base() || article < 0 || article >= articleCount() || article == m_focus)
        return;
    m_focus = article;
    computeRowFlags();
}

void ComparisonModel::setPanes(std::vector<qint32> panes)
{
    m_panes = std::move(panes);
    computeRowFlags();
}

qint32 ComparisonModel::paneOf(qint32 article) const
{
    const auto it = std::find(m_panes.begin(), m_panes.end(), article);
    return it == m_panes.end() ? -1 : qint32(it - m_panes.begin());
}

QStringList ComparisonModel::paneIds() const
{
    QStringList ids;
    for (qint32 article : m_panes)
        ids.append(this->article(article).id);
    return ids;
}

void ComparisonModel::indexSpans()
{
    const Comparison &c = *m_comparison;
    m_otherIndex.resize(size_t(articleCount()));
    m_baseIndex.resize(size_t(articleCount()));
    const qsizetype baseParagraphs = qsizetype(c.articles[size_t(c.base)].paragraphs.size());
    for (qint32 a = 0; a < articleCount(); ++a) {
        if (a == c.base || size_t(a) >= c.comparisons.size() || !c.comparisons[size_t(a)].isValid())
            continue;
        const ArticleComparison &ac = c.comparisons[size_t(a)];
        m_otherIndex[size_t(a)] = paragraphIndex(ac.otherSpans, qsizetype(c.articles[size_t(a)].paragraphs.size()));
        m_baseIndex[size_t(a)] = paragraphIndex(ac.baseSpans, baseParagraphs);
    }
}

std::span<const DiffSpan> ComparisonModel::spans(qint32 article, qint32 paragraph) const
{
    if (isEmpty() || article < 0 || article >= articleCount())
        return {};
    const bool isBase = article == base();
    const qint32 owner = isBase ? m_focus : article;
    if (owner < 0 || size_t(owner) >= m_comparison->comparisons.size())
        return {};
    const ArticleComparison &ac = m_comparison->comparisons[size_t(owner)];
    const std::vector<DiffSpan> &all = isBase ? ac.baseSpans : ac.otherSpans;
    const std::vector<qint32> &index = isBase ? m_baseIndex[size_t(owner)] : m_otherIndex[size_t(owner)];
    if (size_t(paragraph) + 1 >= index.size())
        return {};
    const qint32 first = index[size_t(paragraph)];
    const qint32 last = index[size_t(paragraph) + 1];
    return std::span<const DiffSpan>(all.data() + first, size_t(last - first));
}

std::span<const RemovalMarker> ComparisonModel::removalMarkers(qint32 article, qint32 paragraph) const
{
    if (size_t(article) >= m_removalIndex.size())
        return {};
    const std::vector<qint32> &index = m_removalIndex[size_t(article)];
    if (size_t(paragraph) + 1 >= index.size())
        return {};
    const auto &markers = m_removals[size_t(article)];
    return std::span<const RemovalMarker>(markers.data() + index[size_t(paragraph)],
                                          size_t(index[size_t(paragraph) + 1] - index[size_t(paragraph)]));
}

// The other article's spans carry no Removed class: removed base text has
// no place there. It is placed after the other article's counterpart of the
// nearest verbatim text before it (or before the counterpart of the text
// after it), which is where a reader would look for it.
void ComparisonModel::computeRemovalMarkers(qint32 article)
{
    const Comparison &c = *m_comparison;
    std::vector<RemovalMarker> &markers = m_removals[size_t(article)];
    const qsizetype paragraphCount = qsizetype(c.articles[size_t(article)].paragraphs.size());
    if (article != c.base && size_t(article) < c.comparisons.size() && c.comparisons[size_t(article)].isValid()) {
        const std::vector<DiffSpan> &spans = c.comparisons[size_t(article)].baseSpans;
        const auto anchor = [&spans](size_t from, int step, bool sameOnly) -> const DiffSpan * {
            const qint32 paragraph = spans[from].paragraph;
            for (qint64 i = qint64(from) + step; i >= 0 && i < qint64(spans.size()); i += step) {
                const DiffSpan &s = spans[size_t(i)];
                if (s.paragraph != paragraph)
                    break;
                if (s.hasLink() && s.changeClass != ChangeClass::Removed
                    && (!sameOnly || s.changeClass == ChangeClass::Same)) {
                    return &s;
                }
            }
            return nullptr;
        };
        for (size_t i = 0; i < spans.size(); ++i) {
            const DiffSpan &removed = spans[i];
            if (removed.changeClass != ChangeClass::Removed)
                continue;
            RemovalMarker marker { -1, 0, removed.paragraph, removed.start, removed.end };
            if (const DiffSpan *before = anchor(i, -1, true))
                marker.paragraph = before->linkParagraph, marker.offset = before->linkEnd;
            else if (const DiffSpan *after = anchor(i, +1, true))
                marker.paragraph = after->linkParagraph, marker.offset = after->linkStart;
            else if (const DiffSpan *anyBefore = anchor(i, -1, false))
                marker.paragraph = anyBefore->linkParagraph, marker.offset = anyBefore->linkEnd;
            else if (const DiffSpan *anyAfter = anchor(i, +1, false))
                marker.paragraph = anyAfter->linkParagraph, marker.offset = anyAfter->linkStart;
            if (marker.paragraph < 0 || marker.paragraph >= paragraphCount)
                continue; // the whole paragraph is missing: the gap shows it
            if (!markers.empty() && markers.back().paragraph == marker.paragraph
                && markers.back().offset == marker.offset && markers.back().baseParagraph == marker.baseParagraph) {
                markers.back().baseEnd = marker.baseEnd; // one marker for adjacent removals
                continue;
            }
            markers.push_back(marker);
        }
        std::stable_sort(markers.begin(), markers.end(), [](const RemovalMarker &a, const RemovalMarker &b) {
            return a.paragraph != b.paragraph ? a.paragraph < b.paragraph : a.offset < b.offset;
        });
    }
    std::vector<qint32> &index = m_removalIndex[size_t(article)];
    index.assign(size_t(paragraphCount) + 1, 0);
    size_t m = 0;
    for (qsizetype p = 0; p <= paragraphCount; ++p) {
        while (m < markers.size() && markers[m].paragraph < p)
            ++m;
        index[size_t(p)] = qint32(m);
    }
}

// Boilerplate (site chrome, legal lines) differs between outlets all the
// time and says nothing about the story, so it neither flags a row as a
// change nor weighs on the ruler.
void ComparisonModel::computeRowFlags()
{
    const qint32 rows = rowCount();
    const auto articles = size_t(articleCount());
    m_rowFlags.assign(size_t(rows), 0);
    m_cellFlags.assign(size_t(rows) * articles, 0);
    m_rowWeights.assign(size_t(rows), 1.0);
    m_weightPrefix.assign(size_t(rows) + 1, 0.0);
    for (qint32 r = 0; r < rows; ++r) {
        qsizetype longest = 0;
        for (qint32 a : m_panes) {
            const RowCell &c = cell(r, a);
            if (c.isGap())
                continue;
            quint32 flags = 0;
            qsizetype chars = 0;
            for (qint32 p : c.paragraphs) {
                const Paragraph &par = paragraph(a, p);
                chars += par.text.size() + 40;
                if (par.role == ParagraphRole::Boilerplate)
                    continue;
                flags |= CellStory;
                if (isUnique(a, p) || !uniqueSentences(a, p).empty())
                    flags |= RowUnique;
                for (const DiffSpan &span : spans(a, p))
                    flags |= flagOf(span.changeClass);
                if (a != base() && !removalMarkers(a, p).empty())
                    flags |= RowRemoved;
            }
            if ((flags & CellStory) && c.moved)
                flags |= RowMoved;
            m_cellFlags[size_t(r) * articles + size_t(a)] = flags | CellText;
            longest = std::max(longest, chars);
        }
        m_rowFlags[size_t(r)] = rowFlagsIn(r, m_panes);
        m_rowWeights[size_t(r)] = 1.0 + double(longest) / 80.0;
        m_weightPrefix[size_t(r) + 1] = m_weightPrefix[size_t(r)] + m_rowWeights[size_t(r)];
    }
    m_totalWeight = m_weightPrefix.back();
}

quint32 ComparisonModel::rowFlagsIn(qint32 row, std::span<const qint32> articles) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    const auto stride = size_t(articleCount());
    quint32 flags = 0;
    bool anyGap = false;
    for (const qint32 a : articles) {
        const quint32 cellFlags = a >= 0 && a < articleCount() ? m_cellFlags[size_t(row) * stride + size_t(a)] : 0;
        anyGap = anyGap || !(cellFlags & CellText);
        flags |= cellFlags;
    }
    // A row of nothing but boilerplate says nothing about the story.
    if (!(flags & CellStory))
        return 0;
    if (anyGap && articles.size() > 1)
        flags |= RowGap;
    return flags & ~(CellText | CellStory);
}

double ComparisonModel::weightBefore(qint32 row) const
{
    if (m_weightPrefix.empty())
        return 0;
    return m_weightPrefix[size_t(std::clamp(row, 0, rowCount()))];
}

qint32 ComparisonModel::rowAtWeight(double weight) const
{
    if (rowCount() == 0)
        return -1;
    const auto it = std::upper_bound(m_weightPrefix.begin(), m_weightPrefix.end(), weight);
    return std::clamp(qint32(it - m_weightPrefix.begin()) - 1, 0, rowCount() - 1);
}

qint32 ComparisonModel::nextRow(qint32 row, quint32 mask, bool forward) const
{
    const qint32 rows = rowCount();
    for (qint32 r = forward ? row + 1 : row - 1; r >= 0 && r < rows; r += forward ? 1 : -1) {
        if (rowFlags(r) & mask)
            return r;
    }
    return -1;
}

qint32 ComparisonModel::nextRow(qint32 row, quint32 mask, bool forward, std::span<const qint32> articles) const
{
    const qint32 rows = rowCount();
    for (qint32 r = forward ? row + 1 : row - 1; r >= 0 && r < rows; r += forward ? 1 : -1) {
        // The flags of all panes first: most rows have no change anywhere.
        if ((rowFlags(r) & mask) && (rowFlagsIn(r, articles) & mask))
            return r;
    }
    return -1;
}

qint32 ComparisonModel::nextRowWithText(qint32 row, bool forward, std::span<const qint32> articles) const
{
    const qint32 rows = rowCount();
    for (qint32 r = forward ? row + 1 : row - 1; r >= 0 && r < rows; r += forward ? 1 : -1) {
        for (const qint32 a : articles) {
            if (!cell(r, a).isGap())
                return r;
        }
    }
    return -1;
}

std::vector<FindMatch> ComparisonModel::find(const QString &text, Qt::CaseSensitivity sensitivity) const
{
    std::vector<FindMatch> matches;
    if (text.isEmpty() || isEmpty())
        return matches;
    for (qint32 r = 0; r < rowCount(); ++r) {
        for (qint32 a : m_panes) {
            for (qint32 p : cell(r, a).paragraphs) {
                const QString &haystack = paragraph(a, p).text;
                for (qsizetype at = haystack.indexOf(text, 0, sensitivity); at >= 0;
                     at = haystack.indexOf(text, at + text.size(), sensitivity)) {
                    matches.push_back({ r, a, p, qint32(at), qint32(text.size()) });
                }
            }
        }
    }
    return matches;
}

} // namespace WireDiff
