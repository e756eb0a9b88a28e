#include "consensusarticle.h"

#include <QCoreApplication>
#include <QSet>

namespace WireDiff {

QString ConsensusArticle::uniqueId(const std::vector<Article> &articles)
{
    QSet<QString> taken;
    for (const Article &article : articles)
        taken.insert(article.id);
    QString id = QStringLiteral("consensus");
    for (int n = 2; taken.contains(id); ++n)
        id = QStringLiteral("consensus-%1").arg(n);
    return id;
}

Article ConsensusArticle::build(const Comparison &comparison)
{
    Article article;
    article.id = uniqueId(comparison.articles);
    article.isVirtual = true;
    article.title = QCoreApplication::translate("WireDiff::ConsensusArticle", "Consensus");
    article.outlet = QCoreApplication::translate("WireDiff::ConsensusArticle", "Consensus of %n articles", nullptr,
                                                 int(comparison.articles.size()));
    if (comparison.base >= 0)
        article.language = comparison.articles[size_t(comparison.base)].language;
    article.encoding = QStringLiteral("UTF-8");
    // Each paragraph keeps the role of the wording it took (a headline stays
    // a headline), so it aligns with its row as its source does.
    for (const ConsensusText::Paragraph &paragraph : comparison.consensus.paragraphs) {
        const Article &source = comparison.articles[size_t(paragraph.article)];
        const ParagraphRole role = paragraph.paragraphs.empty() ? ParagraphRole::Body
                                                                : source.paragraphs[size_t(paragraph.paragraphs.front())].role;
        article.paragraphs.push_back(Paragraph { paragraph.text, role });
    }
    return article;
}

void ConsensusArticle::keepSynthesisOf(const Comparison &without, Comparison *withConsensus)
{
    const size_t n = withConsensus->articles.size();
    withConsensus->agreement = without.agreement;
    withConsensus->agreement.resize(n);
    withConsensus->consensus = without.consensus;
    withConsensus->consensus.distance.resize(n, 0.0);
    // The rows differ once the virtual article is aligned: point each
    // consensus paragraph at the row its copy (the virtual article's
    // paragraph of the same index) now sits in.
    ConsensusText &consensus = withConsensus->consensus;
    consensus.paragraphOfRow.assign(withConsensus->rows.size(), -1);
    const std::vector<qint32> &rowOfCopy = withConsensus->rowOf.back();
    for (size_t p = 0; p < consensus.paragraphs.size() && p < rowOfCopy.size(); ++p) {
        consensus.paragraphs[p].row = rowOfCopy[p];
        if (rowOfCopy[p] >= 0 && consensus.paragraphOfRow[size_t(rowOfCopy[p])] < 0)
            consensus.paragraphOfRow[size_t(rowOfCopy[p])] = qint32(p);
    }
    withConsensus->familyTree = without.familyTree;
    if (!withConsensus->familyTree.isEmpty()) {
        withConsensus->familyTree.parent.resize(n, -1);
        withConsensus->familyTree.evidence.resize(n);
    }
}

} // namespace WireDiff
