#include "uniqueparagraphs.h"

namespace WireDiff {

std::vector<std::vector<bool>> UniqueParagraphs::flags(const std::vector<std::vector<ParagraphShape>> &articles,
                                                       qint32 base, const std::vector<ParagraphEvidence> &evidence,
                                                       const std::vector<AlignedRow> &rows,
                                                       const std::vector<std::vector<qint32>> &rowOf)
{
    const auto articleCount = qint32(articles.size());
    // [article][paragraph]: its words the base has too, verbatim, moved or
    // reworded. An article's word meets at most one base word, so the sum
    // is at most the paragraph's words.
    std::vector<std::vector<double>> fromBase(articles.size());
    for (size_t a = 0; a < articles.size(); ++a)
        fromBase[a].assign(articles[a].size(), 0.0);
    for (const ParagraphEvidence &link : evidence) {
        if (link.article == base && link.otherArticle != base)
            fromBase[size_t(link.otherArticle)][size_t(link.otherParagraph)] += link.weight;
        else if (link.otherArticle == base && link.article != base)
            fromBase[size_t(link.article)][size_t(link.paragraph)] += link.weight;
    }
    std::vector<std::vector<bool>> unique(articles.size());
    for (qint32 article = 0; article < articleCount; ++article) {
        const std::vector<ParagraphShape> &shapes = articles[size_t(article)];
        unique[size_t(article)].assign(shapes.size(), false);
        for (size_t p = 0; articleCount > 1 && p < shapes.size(); ++p) {
            const ParagraphShape &shape = shapes[p];
            const AlignedRow &row = rows[size_t(rowOf[size_t(article)][p])];
            unique[size_t(article)][p] = row.presentCount() == 1 && isCountedRole(shape.role)
                && shape.role != ParagraphRole::Dateline && shape.words > 0 && !shape.foundElsewhere
                && fromBase[size_t(article)][p] < mostlyFromBase * shape.words;
        }
    }
    return unique;
}

} // namespace WireDiff
