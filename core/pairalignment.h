#pragma once

#include "changeclass.h"

#include <QtGlobal>

#include <vector>

namespace WireDiff {

// Per-token outcome of comparing one side of a pair, indexed by flat token
// (see FlatDocument). For Same and Moved tokens `counterpart` is the flat
// index of the matching token on the other side; for Paraphrased tokens
// `group` indexes PairAlignment::paraphrases; otherwise both are -1.
struct TokenLabels
{
    std::vector<ChangeClass> classes;
    std::vector<qint32> counterpart;
    std::vector<qint32> group;

    void reset(qint32 size, ChangeClass initial);
    qint32 size() const { return qint32(classes.size()); }
};

// Two stretches, one per side, that say the same thing in other words:
// flat token ranges [aBegin, aEnd) and [bBegin, bEnd).
struct ParaphraseLink
{
    qint32 aBegin = 0;
    qint32 aEnd = 0;
    qint32 bBegin = 0;
    qint32 bEnd = 0;
    float score = 0;
};

// The token-level comparison of article b against base a.
struct PairAlignment
{
    TokenLabels a; // base side: Same, Removed, Moved, Paraphrased
    TokenLabels b; // other side: Same, Added, Moved, Paraphrased
    std::vector<ParaphraseLink> paraphrases;
    bool coarse = false;    // part of it was compared coarsely (cost limit)
    qint64 rawEditCount = 0; // inserted + deleted tokens of the minimal-ish diff, before cleanup
};

} // namespace WireDiff
