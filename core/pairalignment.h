#pragma once

#include "changeclass.h"

#include <QtGlobal>

#include <vector>

namespace WireDiff {

// Per-token outcome of comparing one side of a pair, indexed by flat token
// (see FlatDocument). For Same and Moved tokens counterpart() is the flat
// index of the matching token on the other side; for Paraphrased and
// FactChanged tokens group() indexes PairAlignment::paraphrases; otherwise
// both are -1. A token has at most one of the two, told by its class, so
// both are kept in one list (a pair of 100k-word texts holds 0.9 MB less
// through the word diff). `classes` is read directly and changed only
// through set(), which keeps each token's link meaning what its class says.
struct TokenLabels
{
    std::vector<ChangeClass> classes;

    void reset(qint32 size, ChangeClass initial);
    qint32 size() const { return qint32(classes.size()); }
    qint32 counterpart(qint32 i) const { return isPaired(classes[size_t(i)]) ? m_links[size_t(i)] : -1; }
    qint32 group(qint32 i) const { return isGrouped(classes[size_t(i)]) ? m_links[size_t(i)] : -1; }
    // Labels token `i`; `link` is its counterpart (Same, Moved) or its
    // group (Paraphrased, FactChanged), and ignored for the other classes.
    void set(qint32 i, ChangeClass changeClass, qint32 link = -1);

private:
    static bool isPaired(ChangeClass c) { return c == ChangeClass::Same || c == ChangeClass::Moved; }
    static bool isGrouped(ChangeClass c) { return c == ChangeClass::Paraphrased || c == ChangeClass::FactChanged; }

    std::vector<qint32> m_links; // counterpart or group, by class; -1 for the other classes
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
