#pragma once

#include "fact.h"
#include "factextractor.h"

namespace WireDiff {

// Whether a version's short quote (one to three quoted words: a scare
// quote, a key phrase such as "step up") stands where the base has another
// short quote, for QuoteComparer. Such quotes share no word when one is
// replaced ("stay put" by "leave now"), so the term overlap that pairs
// longer quotes never pairs them; the sentence around them does. They
// stand in for each other when
// - each holds one to three words and no word of the one is in the other,
//   nor are they the same words spaced otherwise ("sign posts");
// - the nearest content word before the opening marks (a few words back,
//   within the sentence) is the same word on both sides, and so is the
//   nearest after the closing marks, where either side has one; at least
//   one of the two is there ("urged residents to "stay put" and …" against
//   "urged residents to "leave now" and …").
// QuoteComparer then judges the pair as any other: a word print starred
// ("d***") or a quote that only adds to the base's is no change.
class ShortQuote
{
public:
    static bool standsFor(const FactExtractor::Source &other, const Fact &quote, const FactExtractor::Source &base,
                          const Fact &baseQuote);

    static constexpr qsizetype longest = 3; // words
};

} // namespace WireDiff
