#pragma once

#include "cancellation.h"
#include "pairalignment.h"

#include <span>

namespace WireDiff {

class Lexicon;

// Finds text that was moved rather than removed and added: a run of at
// least `minTokens` tokens (holding at least two content words) deleted at
// one place in the base and inserted verbatim at another place in the other
// article. Candidates are found through hashed k-grams of the deleted
// tokens, at most kMaxCandidates per k-gram (the last ones in the base), so
// the cost stays linear in the changed text even when the same three words
// recur thousands of times. Once `cancel` is set it stops, leaving the
// moves found so far.
class MoveDetector
{
public:
    static void detect(std::span<const qint32> a, std::span<const qint32> b, const Lexicon &lexicon,
                       PairAlignment *alignment, qint32 minTokens = 4, const Cancellation &cancel = {});

    static constexpr int kMaxCandidates = 64;
};

} // namespace WireDiff
