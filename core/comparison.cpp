#include "comparison.h"

namespace WireDiff {

qint32 Comparison::indexOf(const QString &articleId) const
{
    for (size_t i = 0; i < articles.size(); ++i) {
        if (articles[i].id == articleId)
            return qint32(i);
    }
    return -1;
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
