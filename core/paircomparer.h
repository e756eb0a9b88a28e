#pragma once

#include "comparisonoptions.h"
#include "pairalignment.h"

namespace WireDiff {

struct FlatDocument;
class Lexicon;
class ParaphraseMatcher;

// Compares one article with the base, token by token: the anchored word
// diff, the cleanup that turns it into phrases, move detection, then
// paraphrase matching of what is left. Pure: the same inputs give the same
// PairAlignment.
class PairComparer
{
public:
    PairComparer(const Lexicon &lexicon, const ParaphraseMatcher &paraphrases,
                 const ComparisonOptions &options);

    PairAlignment compare(const FlatDocument &base, const FlatDocument &other) const;

private:
    const Lexicon &m_lexicon;
    const ParaphraseMatcher &m_paraphrases;
    ComparisonOptions m_options;
};

} // namespace WireDiff
