#pragma once

#include "movebar.h"
#include "pairalignment.h"

#include <QtGlobal>

#include <vector>

namespace WireDiff {

struct FlatDocument;
class Lexicon;
class SentencePlaces;

// The moved text of a pair once every word is paired, seen as the reader
// sees it: stretches of moved tokens, one piece of base text each. A claim
// is judged on the run it was made from, but words are granted one by one,
// and a stretch may end up a piece of that run (a lone "to" of a moved
// clause whose other words went to their own sentence) or a phrase the base
// holds in several places. Every stretch is judged again by MoveBar as a
// whole: one that is no move becomes same or unpaired.
class MoveReview
{
public:
    // A token of the other article that is no longer moved, and what it is
    // instead (Same or Unpaired).
    struct Change
    {
        qint32 token = -1;
        MoveBar::Verdict verdict = MoveBar::Verdict::Same;
    };

    // The tokens of `b` (the other article) that are no longer moved, in
    // order; their labels are left for the caller to replace.
    static std::vector<Change> review(const FlatDocument &base, const FlatDocument &other, const Lexicon &lexicon,
                                      const SentencePlaces &places, const TokenLabels &b);
};

} // namespace WireDiff
