#pragma once

#include <QtGlobal>

#include <span>

namespace WireDiff {

// What two sorted lists of distinct values share, for the paraphrase
// scorer's features: it merges hundreds of thousands of pairs of stem,
// n-gram and character-gram lists on a folder of versions, most of their
// elements shared. Blocks of four values of each list are compared all
// against all in vector registers (SSE2 for 32-bit values; AVX2, where the
// processor has it, for 64-bit ones), the rest one pair at a time; the
// results are exactly those of a plain merge, sums included (see each).
class SortedSets
{
public:
    // How many values both lists hold. The lists are sorted ascending in
    // their own type's order and hold each value once.
    static qsizetype sharedCount(std::span<const qint32> a, std::span<const qint32> b);
    // Unsigned order (WordNet synset offsets): merged plainly, the lists are short.
    static qsizetype sharedCount(std::span<const quint32> a, std::span<const quint32> b);
    static qsizetype sharedCount(std::span<const qint64> a, std::span<const qint64> b);
    static qsizetype sharedCount(std::span<const quint64> a, std::span<const quint64> b);

    // sharedCount(), and in *weight the sum of aWeights[i] over the shared
    // a[i], added in a's order: the same double a merge adding
    // aWeights[i] for each shared value (and 0 otherwise, which leaves a
    // sum of non-negative weights as it is) gives.
    static qsizetype sharedCountAndWeight(std::span<const qint32> a, std::span<const double> aWeights,
                                          std::span<const qint32> b, double *weight);

    // The sum of aCounts[i] * bCounts[j] over a[i] == b[j], the counts
    // non-negative: the dot product of two sparse count vectors, summed as
    // an integer (so its order does not matter).
    static qint64 dotProduct(std::span<const quint64> a, std::span<const qint32> aCounts,
                             std::span<const quint64> b, std::span<const qint32> bCounts);

    // Whether the 64-bit functions take the AVX2 path on this processor.
    static bool hasAvx2();
};

} // namespace WireDiff
