#pragma once

#include "cancellation.h"
#include "comparisonoptions.h"
#include "pairalignment.h"
#include "spellingvariants.h"
#include "wordclassifier.h"

#include <span>
#include <vector>

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
// asked to stop, discards it. Given more than one scorer, it gathers the
// word classifier's evidence of a large pair on that many threads, with the
// same result as on one.
class PairComparer
{
public:
    PairComparer(const Lexicon &lexicon, const TermWeights &weights, const ParaphraseScorer &scorer,
                 const ComparisonOptions &options, Cancellation cancel = {});
    // One scorer per worker (a ParaphraseScorer is not thread-safe); at
    // least one.
    PairComparer(const Lexicon &lexicon, const TermWeights &weights, std::span<const ParaphraseScorer *const> scorers,
                 const ComparisonOptions &options, Cancellation cancel = {});

    // The other article's tokens from which a pair is classified (and its
    // facts detected, see Comparator) on more than one thread: below, the
    // second scorer's synonym lookups (each scorer looks up the words it
    // meets once) and the threads' start cost what they save (a pair of
    // 5,000-word texts took as long on two threads as on one; 10,000-word
    // texts 10 % less).
    static constexpr qint32 minParallelTokens = 8192;

    // `otherCapitalized` (see WordClassifier::capitalized) may be empty: the
    // classifier then does without. With `evidence`, also hands out what the
    // word classifier weighed (for fitting its model, see tests/eval).
    PairAlignment compare(const FlatDocument &base, const FlatDocument &other,
                          const std::vector<bool> &otherCapitalized = {},
                          WordClassifier::Evidence *evidence = nullptr) const;

private:
    // Labels `alignment` Same where the cleaned-up word diff pairs tokens
    // or finds the same words spelled differently (SpellingVariants, whose
    // matches it hands out in `variants`) and records the raw diff's size;
    // nothing once cancelled.
    void applyDiff(const FlatDocument &base, const FlatDocument &other, PairAlignment *alignment,
                   std::vector<SpellingVariants::Match> *variants) const;

    const Lexicon &m_lexicon;
    const TermWeights &m_weights;
    const ParaphraseScorer &m_scorer; // not thread-safe: one per worker; the first of m_scorers
    std::vector<const ParaphraseScorer *> m_scorers;
    ComparisonOptions m_options;
    Cancellation m_cancel;
};

} // namespace WireDiff
