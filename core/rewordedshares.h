#pragma once

#include "containment.h"

#include <vector>

namespace WireDiff {

struct FlatDocument;
class Lexicon;
class ParaphraseScorer;
class TermWeights;

// Completes the containment matrix with reworded shares: for each sentence
// of A that B does not contain verbatim (at least three words, or 30 %, not
// covered by B's 3-grams), the best-matching sentences of B (by rare shared
// stems, and sharing at least 30 % of its content by rarity) are scored as
// paraphrases; if one passes the threshold, the words of A's sentence that
// B lacks verbatim count as found reworded in B. Each sentence is prepared
// for scoring once, when it is first needed.
class RewordedShares
{
public:
    struct ArticleText
    {
        const FlatDocument *flat = nullptr;
        std::vector<qint32> countedIndexOfFlat; // flat index -> counted word index, or -1
    };

    static void fill(const std::vector<ArticleText> &articles, const Containment::Coverage &coverage,
                     const Lexicon &lexicon, const TermWeights &weights,
                     const std::vector<const ParaphraseScorer *> &scorerPerThread, double threshold,
                     ContainmentMatrix *matrix);
};

} // namespace WireDiff
