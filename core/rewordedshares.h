#pragma once

#include "cancellation.h"
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
// B lacks verbatim count as found reworded in B.
//
// A pair of sentences is scored as a paraphrase in one order whichever side
// asks: the sentence first seen earlier (articles in order, then sentences)
// on the left.
//
// fill() decides each distinct sentence (versions repeat most sentences
// word for word) once per article B, scores each distinct pair of
// sentences once (versions that reword one sentence ask for each other)
// and prepares each distinct sentence once; fillExhaustive() scores
// every ordered pair of articles sentence by sentence on one thread. Both
// give the same shares; the second is kept as the reference the tests hold
// the first to. Once `cancel` is set, fill() stops before the next distinct
// sentence and leaves the matrix's reworded shares as they were.
class RewordedShares
{
public:
    struct ArticleText
    {
        const FlatDocument *flat = nullptr;
        // [sentence]: how many counted words (those the coverage numbers,
        // in flat order) the sentences before it hold; one entry more than
        // sentences. Sentence s holds counted words [s], [s + 1] - 1.
        std::vector<qint32> countedBefore;
    };

    static void fill(const std::vector<ArticleText> &articles, const Containment::Coverage &coverage,
                     const Lexicon &lexicon, const TermWeights &weights,
                     const std::vector<const ParaphraseScorer *> &scorerPerThread, double threshold,
                     ContainmentMatrix *matrix, const Cancellation &cancel = {});
    static void fillExhaustive(const std::vector<ArticleText> &articles, const Containment::Coverage &coverage,
                               const Lexicon &lexicon, const TermWeights &weights, const ParaphraseScorer &scorer,
                               double threshold, ContainmentMatrix *matrix);
};

} // namespace WireDiff
