// ComparisonView: what is found in no other source, as the navigation
// reaches it (the paragraph or sentence selected, what the row holds said
// in words). Painting and scrolling are in comparisonview.cpp.
#include "comparisonview.h"

#include <QStringList>

namespace WireDiff {

std::vector<ComparisonView::UniqueStop> ComparisonView::uniqueStops(qint32 row) const
{
    std::vector<UniqueStop> stops;
    for (const qint32 article : articlesInView()) {
        for (const qint32 paragraph : m_model.cell(row, article).paragraphs) {
            // A unique paragraph holds no unique sentences: it is one stop.
            if (m_model.isUnique(article, paragraph)) {
                stops.push_back({ article, paragraph, 0, qint32(m_model.article(article).paragraphs[size_t(paragraph)].text.size()) });
                continue;
            }
            for (const UniqueSentence &sentence : m_model.uniqueSentences(article, paragraph))
                stops.push_back({ article, paragraph, sentence.start, sentence.end });
        }
    }
    return stops;
}

void ComparisonView::selectUniqueStop(qint32 row, const UniqueStop &stop)
{
    const qint32 pane = m_model.paneOf(stop.article);
    if (pane >= 0)
        scrollPaneIntoView(pane);
    m_selection.begin(stop.article, { row, stop.paragraph, stop.start });
    m_selection.extendTo({ row, stop.paragraph, stop.end });
    // After the pane: bringing it into view changes the rows' heights.
    scrollToRow(row, true);
    viewport()->update();
    emit selectionChanged();
}

// The stop after (before) the selected one in the current row, while that
// row is on screen; else the first (last) stop of the next (previous) row
// with one. A selection that is no stop (the reader's own) starts from
// its row, as F7 does.
bool ComparisonView::stepUnique(bool forward)
{
    if (m_model.isEmpty())
        return false;
    const auto [first, last] = visibleRows();
    if (m_currentRow >= first && m_currentRow <= last && !m_selection.isEmpty()) {
        const std::vector<UniqueStop> stops = uniqueStops(m_currentRow);
        const TextPosition start = m_selection.start();
        const TextPosition end = m_selection.end();
        for (qsizetype k = 0; k < qsizetype(stops.size()); ++k) {
            const UniqueStop &stop = stops[size_t(k)];
            if (stop.article != m_selection.article() || start != TextPosition { m_currentRow, stop.paragraph, stop.start }
                || end != TextPosition { m_currentRow, stop.paragraph, stop.end })
                continue;
            const qsizetype next = k + (forward ? 1 : -1);
            if (next < 0 || next >= qsizetype(stops.size()))
                break;
            selectUniqueStop(m_currentRow, stops[size_t(next)]);
            return true;
        }
    }
    if (!navigate(ComparisonModel::RowUnique, forward))
        return false;
    const std::vector<UniqueStop> stops = uniqueStops(m_currentRow);
    if (!stops.empty())
        selectUniqueStop(m_currentRow, forward ? stops.front() : stops.back());
    return true;
}

QString ComparisonView::uniqueDescription(qint32 row) const
{
    if (m_model.isEmpty() || row < 0 || row >= m_model.rowCount())
        return {};
    QStringList parts;
    for (const qint32 article : articlesInView()) {
        const QString &name = m_model.article(article).id; // the titles of versions are often the same
        for (const qint32 paragraph : m_model.cell(row, article).paragraphs) {
            if (m_model.isUnique(article, paragraph)) {
                parts.append(tr("%1, paragraph %2: found in no other source").arg(name).arg(paragraph + 1));
                continue;
            }
            // One part per sentence: a paragraph rarely holds two, and a
            // count would need plural forms for no gain.
            for (qsizetype k = 0; k < qsizetype(m_model.uniqueSentences(article, paragraph).size()); ++k)
                parts.append(tr("%1, paragraph %2: a sentence found in no other source").arg(name).arg(paragraph + 1));
        }
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace WireDiff
