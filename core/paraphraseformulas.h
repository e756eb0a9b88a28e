#pragma once

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <cmath>

namespace WireDiff::ParaphraseFormulas {

// The formulas of the paraphrase features that passes() bounds: one
// definition for ParaphraseScorer::features() and for ParaphraseBounds, so
// that a bound evaluated at a feature's true input is the feature itself.

inline double dice(qsizetype shared, qsizetype sizeA, qsizetype sizeB)
{
    return sizeA + sizeB == 0 ? 0.0 : 2.0 * double(shared) / double(sizeA + sizeB);
}

inline double containmentMin(qsizetype shared, qsizetype sizeA, qsizetype sizeB)
{
    const qsizetype larger = std::max(sizeA, sizeB);
    return larger == 0 ? 0.0 : double(shared) / double(larger);
}

inline double unmatchedShareOf(qsizetype unmatched)
{
    return std::log1p(double(unmatched)) / std::log(16.0);
}

// Word counts are small: their values are computed once, by the same
// expression (passes() evaluates this up to eight times a pair).
inline double unmatchedShare(qsizetype unmatched)
{
    static const std::array<double, 256> shares = [] {
        std::array<double, 256> table {};
        for (size_t n = 0; n < table.size(); ++n)
            table[n] = unmatchedShareOf(qsizetype(n));
        return table;
    }();
    return size_t(unmatched) < shares.size() ? shares[size_t(unmatched)] : unmatchedShareOf(unmatched);
}

inline double editSimilarity(qsizetype distance, qsizetype longer)
{
    return longer == 0 ? 0.0 : 1.0 - double(distance) / double(longer);
}

inline double runShare(qsizetype run, qsizetype shorter)
{
    return shorter == 0 ? 0.0 : double(run) / double(shorter);
}

inline double weightShare(double matched, double total)
{
    return total > 0 ? matched / total : 0.0;
}

} // namespace WireDiff::ParaphraseFormulas
