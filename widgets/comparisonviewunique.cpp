// ComparisonView: what is found in no other source, as the navigation
// reaches it (the sentence selected, what the row holds said in words).
// Painting and scrolling are in comparisonview.cpp.
#include "comparisonview.h"

#include <QStringList>

namespace WireDiff {

bool ComparisonView::selectUniqueSentence(qint32 row)
{
    for (const qint32 article : articlesInView()) {
        const RowCell &cell = m_model.cell(row, article);
        for (const qint32 paragraph : cell.paragraphs) {
            const std::span<const UniqueSentence> sentences = m_model.uniqueSentences(article, paragraph);
            if (sentences.empty())
                continue;
            m_selection.begin(article, { row, paragraph, sentences.front().start });
            m_selection.extendTo({ row, paragraph, sentences.front().end });
            viewport()->update();
            emit selectionChanged();
            return true;
        }
    }
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
