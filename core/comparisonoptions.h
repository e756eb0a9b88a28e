#pragma once

#include "housestyle.h"
#include "inputlimits.h"
#include "paragraphlink.h"

#include <QString>

#include <vector>

namespace WireDiff {

// Everything the comparison can be asked to do differently. Passed by value
// into the engine; the engine never reads settings of its own.
struct ComparisonOptions
{
    QString baseId;                 // empty: the agency's copy, else the article that shares most
    bool ignoreCase = true;
    bool ignorePunctuation = false;
    bool ignoreQuoteStyle = true;   // “ ” « » ' ’ and friends compare equal
    // 0 = only near-verbatim rewording counts as paraphrase, 1 = loose.
    double paraphraseSensitivity = 0.5;
    HouseStyle houseStyle = HouseStyle::defaults(); // spellings that compare as one
    std::vector<ParagraphLink> manualLinks;         // the editor's links and unlinks (sidecar)
    int threads = 0;                // 0: one per core
    // Pairs of token sequences longer than this that share no anchor are
    // compared coarsely (whole blocks added and removed) rather than with an
    // O(ND) diff whose cost would explode; the comparison says so.
    int maxExactDiffCells = InputLimits::maxExactDiffCells;
    // Score reworded containment pair by pair (RewordedShares::fillExhaustive),
    // the slow reference the deduplicated computation is tested against.
    bool exhaustiveRewording = false;

    friend bool operator==(const ComparisonOptions &, const ComparisonOptions &) = default;
};

} // namespace WireDiff
