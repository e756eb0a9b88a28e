#pragma once

#include "paraphrasemodel.h"
#include "paraphrasescorer.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>
#include <span>

// Exact bounds of the paraphrase model's logit before its dear features
// are computed, for ParaphraseScorer::passes(): each function's comment
// says why the feature cannot leave the interval it gives.
namespace WireDiff::ParaphraseBounds {

using Sentence = ParaphraseScorer::Sentence;

// A closed interval of the logit's terms.
struct Range
{
    double low = 0;
    double high = 0;
};

// What the cheap features' set merges count, which the bounds of the dear
// features start from.
struct SetOverlaps
{
    qsizetype content = 0;    // shared distinct content stems
    double contentWeight = 0; // their rarity weights, counted once
    qsizetype stems = 0;      // shared distinct stems of all words
    qsizetype bigrams = 0;
    qsizetype trigrams = 0;
};

qsizetype splitAlignmentCost(std::span<const qint32> x, std::span<const qint32> y);

// The four below are defined here, not in paraphrasebounds.cpp: they are a
// few instructions each and passes() calls them for every scored pair, from
// another translation unit (a call each cost more than its body).
inline Range operator+(Range a, Range b)
{
    return { a.low + b.low, a.high + b.high };
}

inline double modelWeight(ParaphraseScorer::Feature feature)
{
    return ParaphraseModel::weights[size_t(feature) + 1];
}

// The model's term weight * x for any x in [low, high]: a linear term is
// extreme at the interval's ends, whichever the weight's sign, so no bound
// below depends on the signs of today's weights.
inline Range term(ParaphraseScorer::Feature feature, double low, double high)
{
    const double w = modelWeight(feature);
    return { std::min(w * low, w * high), std::max(w * low, w * high) };
}

// The exact terms of features already computed.
inline Range terms(const ParaphraseScorer::Features &f, std::initializer_list<ParaphraseScorer::Feature> features)
{
    double sum = 0;
    for (const ParaphraseScorer::Feature feature : features)
        sum += modelWeight(feature) * f[size_t(feature)];
    return { sum, sum };
}

Range orderedOverlapRange(qsizetype low, qsizetype high, qsizetype left, qsizetype right);
Range matchingRange(qsizetype low, qsizetype high, double weightLow, double weightHigh, qsizetype left,
                    qsizetype right, double totalWeight);
Range editRange(qsizetype distanceLow, qsizetype distanceHigh, qsizetype runLow, qsizetype runHigh,
                qsizetype longer, qsizetype shorter);
qsizetype mostEqualPairs(qsizetype lengthA, qsizetype distinctA, qsizetype lengthB, qsizetype distinctB,
                         qsizetype shared);
qsizetype leastOrderedPairs(const SetOverlaps &overlaps);
qsizetype mostStemPairs(const Sentence &left, const Sentence &right, const SetOverlaps &overlaps);
Range matchingRangeBeforeMatching(const Sentence &left, const Sentence &right, const SetOverlaps &overlaps);
Range editRangeBeforeEdit(const Sentence &left, const Sentence &right, const SetOverlaps &overlaps);

// The logit of a pair as an interval: the bias and cheap terms, exact, plus
// one interval per group of dear features, narrowed to a point once the
// group is computed.
//
// Why a verdict is always that of probability(features) >= threshold: the
// true logit lies in the interval (each group's proof is where it is set),
// and the interval's ends and probability()'s own sum differ from exact
// arithmetic by the rounding of sums of 23 terms below 10 in magnitude,
// under 1e-13. Moving the logit by the margin moves the probability by
// about t(1 - t) * 1e-6 for a threshold t; passes() bounds only thresholds
// with 1 - t >= 1e-6, where that is at least t * 1e-12, a thousand times
// the relative rounding of 1 / (1 + exp(-z)), so a pair a verdict calls
// clearly above (below) the threshold's logit has a computed probability
// above (below) the threshold too.
class LogitRange
{
public:
    enum Group { OrderedGroup, MatchingGroup, EditGroup, CosineGroup, GroupCount };

    LogitRange(double known, double needed)
        : m_known(known)
        , m_needed(needed)
    {
    }
    void set(Group group, Range range) { m_groups[size_t(group)] = range; }
    // Passes or fails wherever in the interval the logit is; none while
    // the interval reaches within the margin of the threshold's logit.
    std::optional<bool> verdict() const
    {
        Range sum { m_known, m_known };
        for (const Range &range : m_groups)
            sum = sum + range;
        if (sum.high < m_needed - margin)
            return false;
        if (sum.low > m_needed + margin)
            return true;
        return std::nullopt;
    }

    static constexpr double margin = 1e-6;

private:
    double m_known;
    double m_needed;
    std::array<Range, GroupCount> m_groups {};
};

} // namespace WireDiff::ParaphraseBounds
