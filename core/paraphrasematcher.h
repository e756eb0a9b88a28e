#pragma once

#include "editscript.h"
#include "pairalignment.h"

namespace WireDiff {

struct FlatDocument;
class Lexicon;
class ParaphraseScorer;
class TermWeights;

// Finds reworded text in what the diff left as removed and added.
//  - Sentences: a sentence of the other article with a fair share of added
//    words is compared with the base sentences that lost words; candidates
//    come from an inverted index of rare content stems, the best few are
//    scored by ParaphraseScorer, and pairs above the threshold are linked
//    greedily, best first (a base sentence may feed up to three sentences:
//    splits).
//  - Words: a small replacement inside otherwise copied text ("said" for
//    "says", "refuse" for "deny") is a paraphrase when every content word
//    on each side matches one on the other by stem or WordNet sense.
class ParaphraseMatcher
{
public:
    ParaphraseMatcher(const Lexicon &lexicon, const TermWeights &weights, const ParaphraseScorer &scorer,
                      double threshold);

    void matchSentences(const FlatDocument &a, const FlatDocument &b, PairAlignment *alignment) const;
    void matchReplacements(const FlatDocument &a, const FlatDocument &b, const EditScript &script,
                           PairAlignment *alignment) const;

private:
    const Lexicon &m_lexicon;
    const TermWeights &m_weights;
    const ParaphraseScorer &m_scorer;
    double m_threshold;
};

} // namespace WireDiff
