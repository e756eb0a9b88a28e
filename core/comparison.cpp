#include "comparison.h"

#include <algorithm>
#include <array>
#include <numeric>

namespace WireDiff {

ClassCounts::Percents ClassCounts::percents() const
{
    if (words <= 0)
        return {};
    // Largest remainder: each part gets the whole percents below its exact
    // share; the points still missing to 100 go to the parts with the
    // largest remainders (the earlier part on a tie).
    const std::array<qint64, 4> parts { same + moved, paraphrased, added, changedFacts };
    std::array<int, 4> whole {};
    std::array<qint64, 4> remainder {};
    for (size_t i = 0; i < parts.size(); ++i) {
        const qint64 scaled = std::max<qint64>(0, parts[i]) * 100;
        whole[i] = int(scaled / words);
        remainder[i] = scaled % words;
    }
    std::array<size_t, 4> order { 0, 1, 2, 3 };
    std::stable_sort(order.begin(), order.end(), [&remainder](size_t a, size_t b) { return remainder[a] > remainder[b]; });
    int missing = 100 - std::accumulate(whole.begin(), whole.end(), 0);
    for (size_t k = 0; missing > 0 && k < order.size(); ++k, --missing) {
        if (remainder[order[k]] > 0)
            ++whole[order[k]];
        else
            break;
    }
    // A part with any words reads at least 1 %: "0 % changed facts" beside
    // a listed changed fact reads as none. The point comes from the largest
    // part, which stays the largest.
    for (size_t i = 0; i < parts.size(); ++i) {
        if (parts[i] > 0 && whole[i] == 0) {
            ++whole[i];
            --*std::max_element(whole.begin(), whole.end());
        }
    }
    return { whole[0], whole[1], whole[2], whole[3] };
}

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
