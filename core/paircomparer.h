#pragma once

#include "cancellation.h"
#include "comparisonoptions.h"
#include "pairalignment.h"
#include "wordclassifier.h"

namespace WireDiff {

struct FlatDocument;
class Lexicon;
class ParaphraseScorer;
class TermWeights;

// Compares one article with the base, token by token: the anchored word
// diff, the cleanup that turns it into phrases, move detection, then the
// word classifier, which decides for every word of the other article
// whether it was copied, reworded from a base sentence or written anew, and
// relabels both sides accordingly. Pure: the same inputs give the same
// PairAlignment. Once `cancel` is set, compare() stops at its next check
// (between ranges of the diff, between sentences of the classifier) and
// returns an alignment that is well-formed but unfinished: the caller, who
// asked to stop, discards it.
class PairComparer
{
public:
    PairComparer(const Lexicon &lexicon, const TermWeights &weights, const ParaphraseScorer &scorer,
                 const ComparisonOptions &options, Cancellation cancel = {});

    // `otherCapitalized` (see WordClassifier::capitalized) may be empty: the
    // classifier then does without. With `evidence`, also hands out what the
    // word classifier weighed (for fitting its model, see tests/eval).
    PairAlignment compare(const FlatDocument &base, const FlatDocument &other,
                          const std::vector<bool> &otherCapitalized = {},
                          WordClassifier::Evidence *evidence = nullptr) const;

private:
    // Labels `alignment` Same where the cleaned-up word diff pairs tokens
    // and records the raw diff's size; nothing once cancelled.
    void applyDiff(const FlatDocument &base, const FlatDocument &other, PairAlignment *alignment) const;

    const Lexicon &m_lexicon;
    const TermWeights &m_weights;
    const ParaphraseScorer &m_scorer; // not thread-safe: one per worker
    ComparisonOptions m_options;
    Cancellation m_cancel;
};

} // namespace WireDiff
