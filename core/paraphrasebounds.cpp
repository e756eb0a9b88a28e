#include "paraphrasebounds.h"

#include "paraphraseformulas.h"
#include "paraphrasemodel.h"

#include <algorithm>

namespace WireDiff::ParaphraseBounds {

using namespace ParaphraseFormulas;

// An upper bound of the (unit-cost Levenshtein) distance of x and y: the
// cost of the cheapest of the alignments that, for some t, match x[0, t)
// to y[0, t) position by position, insert the d = |y| - |x| symbols after
// them and match the rest of x to the rest of y (x the shorter). Each costs
// its mismatched positions plus d. t = |x| and t = 0 lay x along y's start
// and along its end; t at the end of a common prefix covers the pairs that
// differ between a common prefix and suffix only.
//
// With S(t) and E(t) the mismatches of x[0, t) against y's start and
// against its end, the cost at t is S(t) + E(|x|) - E(t) + d: one pass
// keeps E and the least S(t) - E(t).
qsizetype splitAlignmentCost(std::span<const qint32> x, std::span<const qint32> y)
{
    if (x.size() > y.size())
        std::swap(x, y);
    const size_t inserted = y.size() - x.size();
    qsizetype endMismatches = 0;
    qsizetype lead = 0;     // S(t) - E(t)
    qsizetype leastLead = 0; // t = 0
    for (size_t t = 0; t < x.size(); ++t) {
        const qsizetype endMismatch = x[t] != y[t + inserted];
        endMismatches += endMismatch;
        lead += qsizetype(x[t] != y[t]) - endMismatch;
        leastLead = std::min(leastLead, lead);
    }
    return endMismatches + leastLead + qsizetype(inserted);
}

// OrderedOverlap (the content LCS as a Dice) for an LCS in [low, high]: a
// Dice grows with what is shared.
Range orderedOverlapRange(qsizetype low, qsizetype high, qsizetype left, qsizetype right)
{
    return term(ParaphraseScorer::OrderedOverlap, dice(low, left, right), dice(high, left, right));
}

// The matching's four terms for matched word pairs in [low, high] (at most
// the smaller side's words) and their weight in [weightLow, weightHigh].
// SynonymDice grows with the matches, UnmatchedContent and UnmatchedMax
// shrink with them and WeightedSynonymDice grows with their weight, so
// each feature's extremes are at the interval's ends. The four are bounded
// apart, which is looser than together but never wrong.
Range matchingRange(qsizetype low, qsizetype high, double weightLow, double weightHigh, qsizetype left,
                    qsizetype right, double totalWeight)
{
    const qsizetype larger = std::max(left, right);
    return term(ParaphraseScorer::SynonymDice, dice(low, left, right), dice(high, left, right))
        + term(ParaphraseScorer::UnmatchedContent, unmatchedShare(left + right - 2 * low),
               unmatchedShare(left + right - 2 * high))
        + term(ParaphraseScorer::UnmatchedMax, unmatchedShare(larger - low), unmatchedShare(larger - high))
        + term(ParaphraseScorer::WeightedSynonymDice, weightShare(weightLow, totalWeight),
               weightShare(weightHigh, totalWeight));
}

// EditSimilarity shrinks with the distance, LongestRun grows with the run.
Range editRange(qsizetype distanceLow, qsizetype distanceHigh, qsizetype runLow, qsizetype runHigh,
                qsizetype longer, qsizetype shorter)
{
    return term(ParaphraseScorer::EditSimilarity, editSimilarity(distanceHigh, longer),
                editSimilarity(distanceLow, longer))
        + term(ParaphraseScorer::LongestRun, runShare(runLow, shorter), runShare(runHigh, shorter));
}

// Pairs of equal symbols two sequences can have at most: a symbol only one
// side has (`distinct - shared` of them, each at least once) pairs with
// nothing.
qsizetype mostEqualPairs(qsizetype lengthA, qsizetype distinctA, qsizetype lengthB, qsizetype distinctB,
                         qsizetype shared)
{
    return std::min(lengthA - (distinctA - shared), lengthB - (distinctB - shared));
}

// Of the content LCS: one shared stem is a common subsequence.
qsizetype leastOrderedPairs(const SetOverlaps &overlaps)
{
    return std::min<qsizetype>(1, overlaps.content);
}

// Of the content LCS, or the matching by stem: the content words that can
// pair by stem at all.
qsizetype mostStemPairs(const Sentence &left, const Sentence &right, const SetOverlaps &overlaps)
{
    return mostEqualPairs(qsizetype(left.content.size()), qsizetype(left.distinct.size()),
                          qsizetype(right.content.size()), qsizetype(right.distinct.size()), overlaps.content);
}

// The matching before any word is matched: every shared stem pairs at least
// one word of each side, both weighing weight(stem), so at least `shared`
// pairs of at least twice the shared stems' weight (TermWeights' weights
// are positive: log((documents + 1) / (frequency + 0.5)) + 1, a frequency
// never above the documents); at most the smaller side's words and all the
// weight.
Range matchingRangeBeforeMatching(const Sentence &left, const Sentence &right, const SetOverlaps &overlaps)
{
    const auto leftWords = qsizetype(left.content.size());
    const auto rightWords = qsizetype(right.content.size());
    const double totalWeight = left.contentWeight + right.contentWeight;
    return matchingRange(overlaps.content, std::min(leftWords, rightWords), 2.0 * overlaps.contentWeight,
                         totalWeight, leftWords, rightWords, totalWeight);
}

// The edit distance over all words' stems: an alignment of M equal pairs
// costs at least longer - M, and M is at most mostEqualPairs() of all
// stems; at most the cost of a split alignment. The longest shared run: 0
// without a shared stem; at least 2 with a shared bigram, bigrams being
// exact pairs of consecutive stems; at most 1 without one; at most 2
// without a shared trigram hash (equal trigrams hash alike, a collision
// only adds a shared hash); else at most M, a run being equal pairs of one
// alignment. prepare() adds a bigram and a trigram for every two and three
// consecutive words, stems being non-negative ids.
Range editRangeBeforeEdit(const Sentence &left, const Sentence &right, const SetOverlaps &overlaps)
{
    const auto leftLength = qsizetype(left.sequence.size());
    const auto rightLength = qsizetype(right.sequence.size());
    const qsizetype longer = std::max(leftLength, rightLength);
    const qsizetype shorter = std::min(leftLength, rightLength);
    const qsizetype equalPairs = mostEqualPairs(leftLength, qsizetype(left.stems.size()), rightLength,
                                                qsizetype(right.stems.size()), overlaps.stems);
    const qsizetype runLow = overlaps.stems == 0 ? 0 : overlaps.bigrams == 0 ? 1 : 2;
    const qsizetype runHigh = overlaps.bigrams == 0 ? runLow : overlaps.trigrams == 0 ? 2 : equalPairs;
    return editRange(longer - equalPairs, splitAlignmentCost(left.sequence, right.sequence), runLow, runHigh, longer,
                     shorter);
}

} // namespace WireDiff::ParaphraseBounds
