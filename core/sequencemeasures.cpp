#include "sequencemeasures.h"

#include <algorithm>
#include <bit>

namespace WireDiff {

namespace {

constexpr size_t wordBits = 64;

} // namespace

void SequenceMeasures::setPositions(std::span<const qint32> pattern)
{
    for (size_t i = 0; i < pattern.size(); ++i) {
        const auto symbol = size_t(pattern[i]);
        if (symbol >= m_positions.size())
            m_positions.resize(std::max(symbol + 1, m_positions.size() * 2), 0);
        m_positions[symbol] |= quint64(1) << i;
    }
}

void SequenceMeasures::clearPositions(std::span<const qint32> pattern)
{
    for (const qint32 symbol : pattern)
        m_positions[size_t(symbol)] = 0;
}

qint32 SequenceMeasures::commonSubsequence(std::span<const qint32> a, std::span<const qint32> b)
{
    if (a.size() > b.size())
        std::swap(a, b);
    if (a.size() > wordBits)
        return commonSubsequenceByTable(a, b);
    if (a.empty())
        return 0;
    // Allison-Dix: the zero bits of v mark the positions of `a` that the
    // common subsequence so far ends at, as a bit-parallel table column.
    setPositions(a);
    quint64 v = ~quint64(0);
    for (const qint32 symbol : b) {
        const quint64 u = v & positionsOf(symbol);
        v = (v + u) | (v - u);
    }
    clearPositions(a);
    const quint64 used = a.size() == wordBits ? ~quint64(0) : (quint64(1) << a.size()) - 1;
    return qint32(std::popcount(~v & used));
}

SequenceMeasures::EditAndRun SequenceMeasures::editDistanceAndLongestRun(std::span<const qint32> a,
                                                                         std::span<const qint32> b)
{
    if (a.size() > b.size())
        std::swap(a, b);
    if (a.size() > wordBits)
        return editDistanceAndLongestRunByTable(a, b);
    if (a.empty())
        return { qint32(b.size()), 0 };
    setPositions(a);
    // Myers' bit-vector algorithm in Hyyrö's formulation for a global
    // distance: pv/mv hold the +1/-1 vertical differences of the current
    // column, the score is the last row's value.
    const quint64 last = quint64(1) << (a.size() - 1);
    quint64 pv = ~quint64(0);
    quint64 mv = 0;
    auto score = qint32(a.size());
    // Runs of shared symbols only change where symbols match: visit the
    // matching positions of each column and keep their lengths.
    m_runPrevious.resize(a.size());
    m_runCurrent.resize(a.size());
    quint64 previousMatches = 0;
    qint32 longest = 0;
    for (const qint32 symbol : b) {
        const quint64 eq = positionsOf(symbol);
        const quint64 xv = eq | mv;
        const quint64 xh = (((eq & pv) + pv) ^ pv) | eq;
        quint64 ph = mv | ~(xh | pv);
        quint64 mh = pv & xh;
        if (ph & last)
            ++score;
        else if (mh & last)
            --score;
        ph = (ph << 1) | 1; // the first row grows by one per column
        mh <<= 1;
        pv = mh | ~(xv | ph);
        mv = ph & xv;

        for (quint64 bits = eq; bits; bits &= bits - 1) {
            const int i = std::countr_zero(bits);
            const qint32 run = i > 0 && (previousMatches & (quint64(1) << (i - 1))) ? m_runPrevious[size_t(i - 1)] + 1 : 1;
            m_runCurrent[size_t(i)] = run;
            longest = std::max(longest, run);
        }
        previousMatches = eq;
        std::swap(m_runPrevious, m_runCurrent);
    }
    clearPositions(a);
    return { score, longest };
}

void SequenceMeasures::greedyMatches(std::span<const qint32> a, std::span<const qint32> b, std::vector<qint32> *matchOfA)
{
    if (b.size() > wordBits) {
        greedyMatchesByScan(a, b, matchOfA);
        return;
    }
    matchOfA->assign(a.size(), -1);
    setPositions(b);
    quint64 taken = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        if (const quint64 free = positionsOf(a[i]) & ~taken) {
            const int j = std::countr_zero(free);
            taken |= quint64(1) << j;
            (*matchOfA)[i] = qint32(j);
        }
    }
    clearPositions(b);
}

void SequenceMeasures::greedyMatchesByScan(std::span<const qint32> a, std::span<const qint32> b,
                                           std::vector<qint32> *matchOfA)
{
    matchOfA->assign(a.size(), -1);
    std::vector<bool> taken(b.size(), false);
    for (size_t i = 0; i < a.size(); ++i) {
        for (size_t j = 0; j < b.size(); ++j) {
            if (!taken[j] && a[i] == b[j]) {
                taken[j] = true;
                (*matchOfA)[i] = qint32(j);
                break;
            }
        }
    }
}

qint32 SequenceMeasures::commonSubsequenceByTable(std::span<const qint32> a, std::span<const qint32> b)
{
    std::vector<qint32> previous(b.size() + 1, 0);
    std::vector<qint32> current(b.size() + 1, 0);
    for (size_t i = 1; i <= a.size(); ++i) {
        for (size_t j = 1; j <= b.size(); ++j)
            current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : std::max(previous[j], current[j - 1]);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

SequenceMeasures::EditAndRun SequenceMeasures::editDistanceAndLongestRunByTable(std::span<const qint32> a,
                                                                                std::span<const qint32> b)
{
    std::vector<qint32> editPrevious(b.size() + 1);
    std::vector<qint32> editCurrent(b.size() + 1);
    std::vector<qint32> runPrevious(b.size() + 1, 0);
    std::vector<qint32> runCurrent(b.size() + 1, 0);
    for (size_t j = 0; j <= b.size(); ++j)
        editPrevious[j] = qint32(j);
    qint32 longest = 0;
    for (size_t i = 1; i <= a.size(); ++i) {
        editCurrent[0] = qint32(i);
        for (size_t j = 1; j <= b.size(); ++j) {
            const bool same = a[i - 1] == b[j - 1];
            editCurrent[j] = std::min({ editPrevious[j] + 1, editCurrent[j - 1] + 1, editPrevious[j - 1] + (same ? 0 : 1) });
            runCurrent[j] = same ? runPrevious[j - 1] + 1 : 0;
            longest = std::max(longest, runCurrent[j]);
        }
        std::swap(editPrevious, editCurrent);
        std::swap(runPrevious, runCurrent);
    }
    return { editPrevious[b.size()], longest };
}

} // namespace WireDiff
