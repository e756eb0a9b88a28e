#include "exportmarkup.h"

#include "notenumbering.h"

#include <QHash>

#include <algorithm>

namespace WireDiff {

namespace {

using SpanIterator = std::vector<DiffSpan>::const_iterator;

// The spans of one paragraph: spans are sorted by (paragraph, start).
std::pair<SpanIterator, SpanIterator> spansIn(const std::vector<DiffSpan> &spans, qint32 paragraph)
{
    const auto first = std::lower_bound(spans.begin(), spans.end(), paragraph,
                                        [](const DiffSpan &span, qint32 p) { return span.paragraph < p; });
    const auto last = std::upper_bound(first, spans.end(), paragraph,
                                       [](qint32 p, const DiffSpan &span) { return p < span.paragraph; });
    return { first, last };
}

bool contains(const std::vector<qint32> &list, qint32 value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

// Joins touching or nearly touching ranges of one class (the white space
// between two tokens of one class belongs to no span).
std::vector<ExportMarkup::Range> joined(std::vector<ExportMarkup::Range> ranges, const QString &text)
{
    std::vector<ExportMarkup::Range> result;
    for (const ExportMarkup::Range &range : ranges) {
        if (!result.empty() && result.back().changeClass == range.changeClass) {
            const qint32 gapStart = result.back().end;
            bool onlySpace = gapStart <= range.start;
            for (qint32 i = gapStart; onlySpace && i < range.start; ++i)
                onlySpace = text.at(i).isSpace();
            if (onlySpace) {
                result.back().end = std::max(result.back().end, range.end);
                continue;
            }
        }
        result.push_back(range);
    }
    return result;
}

std::vector<ExportMarkup::Range> intersect(const std::vector<ExportMarkup::Range> &a, const std::vector<ExportMarkup::Range> &b)
{
    std::vector<ExportMarkup::Range> result;
    size_t i = 0;
    size_t j = 0;
    while (i < a.size() && j < b.size()) {
        const qint32 start = std::max(a[i].start, b[j].start);
        const qint32 end = std::min(a[i].end, b[j].end);
        if (start < end)
            result.push_back({ start, end, ChangeClass::Removed });
        if (a[i].end < b[j].end)
            ++i;
        else
            ++j;
    }
    return result;
}

} // namespace

// Each run of base words missing from `article` gets a caret after the base
// text before it (or, at a paragraph's start, before the text after it),
// at the place that text has in `article`.
void ExportMarkup::placeCarets(qint32 article)
{
    const Article &base = m_comparison.articles[size_t(m_comparison.base)];
    const Article &own = m_comparison.articles[size_t(article)];
    std::vector<std::vector<Caret>> &carets = m_carets[size_t(article)];
    carets.assign(own.paragraphs.size(), {});
    const auto anchors = [](const DiffSpan &span) {
        return span.hasLink() && (span.changeClass == ChangeClass::Same || span.changeClass == ChangeClass::Paraphrased);
    };
    const std::vector<DiffSpan> &spans = m_comparison.comparisonFor(article).baseSpans;
    for (size_t bp = 0; bp < base.paragraphs.size(); ++bp) {
        const auto [first, last] = spansIn(spans, qint32(bp));
        for (auto it = first; it != last; ++it) {
            if (it->changeClass != ChangeClass::Removed)
                continue;
            auto runEnd = it;
            while (runEnd + 1 != last && (runEnd + 1)->changeClass == ChangeClass::Removed)
                ++runEnd;
            qint32 paragraph = -1;
            qint32 position = -1;
            const auto before = std::find_if(std::make_reverse_iterator(it), std::make_reverse_iterator(first), anchors);
            if (before != std::make_reverse_iterator(first)) {
                paragraph = before->linkParagraph;
                position = before->linkEnd;
            } else if (const auto after = std::find_if(runEnd + 1, last, anchors); after != last) {
                paragraph = after->linkParagraph;
                position = after->linkStart;
            }
            if (paragraph >= 0 && size_t(paragraph) < own.paragraphs.size()
                && position <= own.paragraphs[size_t(paragraph)].text.size()) {
                const QString &baseText = base.paragraphs[bp].text;
                carets[size_t(paragraph)].push_back({ position, baseText.mid(it->start, runEnd->end - it->start) });
            }
            it = runEnd;
        }
    }
    for (std::vector<Caret> &list : carets) {
        std::sort(list.begin(), list.end(), [](const Caret &a, const Caret &b) { return a.position < b.position; });
    }
}

ExportMarkup::ExportMarkup(const Comparison &comparison, const Notes &notes, const ExportOptions &options)
    : m_comparison(comparison)
    , m_includeUnchanged(options.includeUnchanged)
    , m_maxPrintedRows(options.maxPrintedRows)
    , m_title(options.title)
    , m_optionsLine(options.optionsLine())
    , m_articles(options.shownArticles(comparison))
{
    for (const NoteNumbering::Entry &entry : NoteNumbering::of(comparison, notes)) {
        const Note &note = *entry.note;
        if (!entry.placed) {
            m_detached.push_back({ entry.number, note, entry.article, 0, 0 });
            continue;
        }
        if (!contains(m_articles, entry.article))
            continue;
        const QString &text = comparison.articles[size_t(entry.article)].paragraphs[size_t(note.paragraph)].text;
        m_notes.push_back({ entry.number, note, entry.article, note.utf16Start(text), note.utf16End(text) });
    }

    m_carets.resize(comparison.articles.size());
    for (const qint32 article : m_articles) {
        if (article != comparison.base && comparison.comparisonFor(article).isValid())
            placeCarets(article);
    }
}

bool ExportMarkup::isUnchanged(qint32 row, const std::vector<qint32> &columns) const
{
    const AlignedRow &aligned = m_comparison.rows[size_t(row)];
    for (const qint32 article : columns) {
        const RowCell &cell = aligned.cells[size_t(article)];
        if (cell.isGap() || cell.moved)
            return false;
        for (const qint32 paragraph : cell.paragraphs) {
            if (m_comparison.unique[size_t(article)][size_t(paragraph)] || !notesOn(article, paragraph).empty())
                return false;
            if (article == m_comparison.base) {
                for (const qint32 other : columns) {
                    if (other == article)
                        continue;
                    const auto [first, last] = spansIn(m_comparison.comparisonFor(other).baseSpans, paragraph);
                    if (std::any_of(first, last, [](const DiffSpan &span) { return span.changeClass != ChangeClass::Same; }))
                        return false;
                }
            } else {
                const auto [first, last] = spansIn(m_comparison.comparisonFor(article).otherSpans, paragraph);
                if (std::any_of(first, last, [](const DiffSpan &span) { return span.changeClass != ChangeClass::Same; }))
                    return false;
            }
        }
    }
    return true;
}

std::vector<ExportMarkup::ShownRow> ExportMarkup::rows(const std::vector<qint32> &columns, qint32 *skippedAtEnd) const
{
    std::vector<ShownRow> shown;
    qint32 skipped = 0;
    for (qint32 row = 0; row < qint32(m_comparison.rows.size()); ++row) {
        const AlignedRow &aligned = m_comparison.rows[size_t(row)];
        const bool anyShown = std::any_of(columns.begin(), columns.end(),
                                          [&aligned](qint32 a) { return !aligned.cells[size_t(a)].isGap(); });
        if (!anyShown)
            continue; // the row belongs to articles of another column group
        if (!m_includeUnchanged && isUnchanged(row, columns)) {
            ++skipped;
            continue;
        }
        shown.push_back({ row, skipped });
        skipped = 0;
    }
    if (skippedAtEnd)
        *skippedAtEnd = skipped;
    return shown;
}

std::vector<ExportMarkup::Range> ExportMarkup::removedInBase(qint32 paragraph, qint32 other) const
{
    std::vector<Range> ranges;
    const auto [first, last] = spansIn(m_comparison.comparisonFor(other).baseSpans, paragraph);
    for (auto it = first; it != last; ++it) {
        if (it->changeClass == ChangeClass::Removed)
            ranges.push_back({ it->start, it->end, ChangeClass::Removed });
    }
    return joined(std::move(ranges), m_comparison.articles[size_t(m_comparison.base)].paragraphs[size_t(paragraph)].text);
}

ExportMarkup::ParagraphMarks ExportMarkup::marks(qint32 article, qint32 paragraph, const std::vector<qint32> &columns) const
{
    ParagraphMarks marks;
    marks.unique = m_comparison.unique[size_t(article)][size_t(paragraph)];
    const QString &text = m_comparison.articles[size_t(article)].paragraphs[size_t(paragraph)].text;
    if (article == m_comparison.base) {
        bool first = true;
        for (const qint32 other : columns) {
            if (other == article)
                continue;
            const std::vector<Range> removed = removedInBase(paragraph, other);
            marks.ranges = first ? removed : intersect(marks.ranges, removed);
            first = false;
        }
        return marks;
    }

    if (size_t(article) >= m_comparison.comparisons.size() || !m_comparison.comparisonFor(article).isValid())
        return marks;
    const ArticleComparison &own = m_comparison.comparisonFor(article);
    std::vector<Range> ranges;
    const auto [first, last] = spansIn(own.otherSpans, paragraph);
    for (auto it = first; it != last; ++it) {
        if (it->changeClass != ChangeClass::Same)
            ranges.push_back({ it->start, it->end, it->changeClass });
    }
    marks.ranges = joined(std::move(ranges), text);

    if (size_t(article) < m_carets.size() && size_t(paragraph) < m_carets[size_t(article)].size())
        marks.carets = m_carets[size_t(article)][size_t(paragraph)];
    return marks;
}

std::vector<const ExportMarkup::NoteMark *> ExportMarkup::notesOn(qint32 article, qint32 paragraph) const
{
    std::vector<const NoteMark *> result;
    for (const NoteMark &mark : m_notes) {
        if (mark.article == article && mark.note.paragraph == paragraph)
            result.push_back(&mark);
    }
    // Badges of notes on one line stack in the order of their passages.
    std::stable_sort(result.begin(), result.end(), [](const NoteMark *a, const NoteMark *b) { return a->start < b->start; });
    return result;
}

std::vector<ExportMarkup::UniqueParagraph> ExportMarkup::uniqueParagraphs() const
{
    std::vector<UniqueParagraph> result;
    for (const qint32 article : m_articles) {
        const Article &own = m_comparison.articles[size_t(article)];
        auto sentence = std::lower_bound(m_comparison.uniqueSentences.begin(), m_comparison.uniqueSentences.end(), article,
                                         [](const UniqueSentence &s, qint32 a) { return s.article < a; });
        for (size_t p = 0; p < own.paragraphs.size(); ++p) {
            while (sentence != m_comparison.uniqueSentences.end() && sentence->article == article
                   && sentence->paragraph < qint32(p))
                ++sentence;
            if (m_comparison.unique[size_t(article)][p] && isCountedRole(own.paragraphs[p].role))
                result.push_back({ article, qint32(p) });
            for (; sentence != m_comparison.uniqueSentences.end() && sentence->article == article
                 && sentence->paragraph == qint32(p);
                 ++sentence)
                result.push_back({ article, qint32(p), sentence->start, sentence->end });
        }
    }
    return result;
}

QString ExportMarkup::UniqueParagraph::text(const Comparison &comparison) const
{
    const QString &own = comparison.articles[size_t(article)].paragraphs[size_t(paragraph)].text;
    return isSentence() ? own.mid(start, end - start) : own;
}

} // namespace WireDiff
