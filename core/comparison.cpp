#include "comparison.h"

#include <QFileInfo>

namespace WireDiff {

qint32 Comparison::indexOf(const QString &articleId) const
{
    for (size_t i = 0; i < articles.size(); ++i) {
        if (articles[i].id == articleId)
            return qint32(i);
    }
    return -1;
}

bool Comparison::readsFrom(const QString &path) const
{
    const QFileInfo target(path);
    const QString canonical = target.canonicalFilePath(); // empty when it does not exist yet
    for (const Article &article : articles) {
        if (article.filePath.isEmpty())
            continue;
        if (QFileInfo(article.filePath).absoluteFilePath() == target.absoluteFilePath()
            || (!canonical.isEmpty() && QFileInfo(article.filePath).canonicalFilePath() == canonical)) {
            return true;
        }
    }
    return false;
}

const std::vector<DiffSpan> &Comparison::spansOf(qint32 article, qint32 focus) const
{
    static const std::vector<DiffSpan> none;
    if (article != base)
        return comparisons[size_t(article)].otherSpans;
    if (focus < 0 || focus == base || size_t(focus) >= comparisons.size())
        return none;
    return comparisons[size_t(focus)].baseSpans;
}

} // namespace WireDiff
