#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace WireDiff {

// Similarity measures of two short symbol sequences (a sentence's stems):
// longest common subsequence, word-level Levenshtein distance and the
// longest run of shared consecutive symbols. When the shorter sequence has
// at most 64 symbols they are computed bit-parallel, one machine word per
// symbol of the longer (Myers / Hyyrö for the edit distance, Allison-Dix for
// the subsequence), instead of filling a table of |a| x |b| cells; longer
// sequences use the tables (the reference the tests hold the fast path to).
// Symbols are non-negative ints. Keeps scratch state: one per thread.
class SequenceMeasures
{
public:
    struct EditAndRun
    {
        qint32 distance = 0;
        qint32 longestRun = 0;
    };

    qint32 commonSubsequence(std::span<const qint32> a, std::span<const qint32> b);
    EditAndRun editDistanceAndLongestRun(std::span<const qint32> a, std::span<const qint32> b);

    // For each symbol of `a` in order, the first position of `b` holding
    // the same symbol that no earlier symbol of `a` took, or -1: a greedy
    // one-to-one matching. Bit-parallel when `b` has at most 64 symbols.
    void greedyMatches(std::span<const qint32> a, std::span<const qint32> b, std::vector<qint32> *matchOfA);

    // The same by dynamic programming over the whole table, or by scanning.
    static qint32 commonSubsequenceByTable(std::span<const qint32> a, std::span<const qint32> b);
    static EditAndRun editDistanceAndLongestRunByTable(std::span<const qint32> a, std::span<const qint32> b);
    static void greedyMatchesByScan(std::span<const qint32> a, std::span<const qint32> b, std::vector<qint32> *matchOfA);

private:
    // Sets, for each symbol of `pattern` (at most 64 of them), the bits of
    // its positions in m_positions; clearPositions() zeroes them again.
    void setPositions(std::span<const qint32> pattern);
    void clearPositions(std::span<const qint32> pattern);
    quint64 positionsOf(qint32 symbol) const
    {
        return size_t(symbol) < m_positions.size() ? m_positions[size_t(symbol)] : 0;
    }

    std::vector<quint64> m_positions; // symbol -> bit set of its positions; all zero between calls
    std::vector<qint32> m_runPrevious, m_runCurrent; // run lengths by pattern position
};

} // namespace WireDiff
