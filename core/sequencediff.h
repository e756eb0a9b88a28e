#pragma once

#include "cancellation.h"
#include "editscript.h"

#include <QtGlobal>

#include <span>

namespace WireDiff {

// The word diff. Whole documents are never handed to the O(ND) algorithm:
// dtl stops being minimal once its coordinate table fills (about 1,400
// deletions at equal lengths) and its cost grows with N·D. Instead:
//  1. strip the common prefix and suffix;
//  2. anchor on tokens that occur exactly once in each side of the range,
//     keep the anchors that form a longest increasing subsequence, and
//     recurse into the gaps between them (patience diff);
//  3. a gap without anchors is diffed with dtl when it is small enough,
//     otherwise it is reported coarsely (all deleted, all inserted) and the
//     script is flagged, so two huge unrelated blocks cost linear time.
// Once `cancel` is set, every range still to do is reported coarsely: the
// script stays complete and valid, and the caller, who asked to stop,
// throws it away.
// This is the only place in WireDiff that includes dtl.
class SequenceDiff
{
public:
    struct Limits
    {
        qint64 maxExactCells = 4'000'000; // n·m above which an anchorless gap goes coarse
        Cancellation cancel;              // polled between ranges
    };

    static EditScript diff(std::span<const qint32> a, std::span<const qint32> b, Limits limits);
    static EditScript diff(std::span<const qint32> a, std::span<const qint32> b);

    // dtl alone on the whole sequences: the O(NP) algorithm, exact within
    // dtl's coordinate limit. For tests and the benchmark.
    static EditScript plainDtl(std::span<const qint32> a, std::span<const qint32> b);

    // The true minimal number of inserted plus deleted tokens (O((N+M)·D)
    // time, linear memory). For the benchmark's minimality check.
    static qint64 minimalEditCount(std::span<const qint32> a, std::span<const qint32> b);
};

} // namespace WireDiff
