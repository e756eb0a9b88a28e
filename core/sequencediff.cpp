#include "sequencediff.h"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <vector>

namespace WireDiff {

namespace {

using Sequence = std::vector<qint32>;

struct Range
{
    qint32 aLo, aHi, bLo, bHi;
    qint64 cells() const { return qint64(aHi - aLo) * qint64(bHi - bLo); }
};

// Work item of the anchored diff: a range still to diff, or a run already
// known to be equal (an anchor, or a common suffix) waiting for its turn.
struct Task
{
    Range range;
    bool knownEqual = false;
};

// Occurrence counts per token id over one range of each side, reset after
// use by walking only the touched ids, so large ranges cost O(n) and not
// O(vocabulary).
class OccurrenceTable
{
public:
    explicit OccurrenceTable(qint32 idLimit)
        : m_countA(size_t(idLimit), 0)
        , m_countB(size_t(idLimit), 0)
        , m_posB(size_t(idLimit), -1)
    {
    }

    std::vector<std::pair<qint32, qint32>> uniqueAnchors(std::span<const qint32> a,
                                                         std::span<const qint32> b, const Range &r)
    {
        for (qint32 i = r.aLo; i < r.aHi; ++i)
            touch(m_countA, a[size_t(i)]);
        for (qint32 j = r.bLo; j < r.bHi; ++j) {
            touch(m_countB, b[size_t(j)]);
            m_posB[size_t(b[size_t(j)])] = j;
        }
        std::vector<std::pair<qint32, qint32>> anchors;
        for (qint32 i = r.aLo; i < r.aHi; ++i) {
            const auto id = size_t(a[size_t(i)]);
            if (m_countA[id] == 1 && m_countB[id] == 1)
                anchors.emplace_back(i, m_posB[id]);
        }
        for (qint32 i = r.aLo; i < r.aHi; ++i)
            m_countA[size_t(a[size_t(i)])] = 0;
        for (qint32 j = r.bLo; j < r.bHi; ++j)
            m_countB[size_t(b[size_t(j)])] = 0;
        return anchors;
    }

private:
    static void touch(std::vector<quint8> &counts, qint32 id)
    {
        quint8 &c = counts[size_t(id)];
        if (c < 2)
            ++c;
    }

    std::vector<quint8> m_countA;
    std::vector<quint8> m_countB;
    std::vector<qint32> m_posB;
};

// Longest strictly increasing subsequence of the b positions of anchors
// sorted by a position (patience sorting, O(k log k)).
std::vector<std::pair<qint32, qint32>> longestIncreasing(const std::vector<std::pair<qint32, qint32>> &anchors)
{
    std::vector<qint32> tailIndex;          // index into anchors of the tail of each pile
    std::vector<qint32> previous(anchors.size(), -1);
    for (size_t k = 0; k < anchors.size(); ++k) {
        const qint32 value = anchors[k].second;
        const auto pile = std::lower_bound(tailIndex.begin(), tailIndex.end(), value,
                                           [&anchors](qint32 index, qint32 v) {
                                               return anchors[size_t(index)].second < v;
                                           });
        if (pile != tailIndex.begin())
            previous[k] = *(pile - 1);
        if (pile == tailIndex.end())
            tailIndex.push_back(qint32(k));
        else
            *pile = qint32(k);
    }
    std::vector<std::pair<qint32, qint32>> result;
    for (qint32 k = tailIndex.empty() ? -1 : tailIndex.back(); k >= 0; k = previous[size_t(k)])
        result.push_back(anchors[size_t(k)]);
    std::reverse(result.begin(), result.end());
    return result;
}

void appendDtl(std::span<const qint32> a, std::span<const qint32> b, const Range &r, EditScript *script)
{
    const Sequence sa(a.begin() + r.aLo, a.begin() + r.aHi);
    const Sequence sb(b.begin() + r.bLo, b.begin() + r.bHi);
    dtl::Diff<qint32, Sequence> engine(sa, sb);
    engine.compose();
    qint32 i = r.aLo;
    qint32 j = r.bLo;
    for (const auto &element : engine.getSes().getSequence()) {
        switch (element.second.type) {
        case dtl::SES_COMMON:
            script->append(EditOp::Equal, i++, j++, 1);
            break;
        case dtl::SES_DELETE:
            script->append(EditOp::Delete, i++, j, 1);
            break;
        case dtl::SES_ADD:
            script->append(EditOp::Insert, i, j++, 1);
            break;
        }
    }
}

class AnchoredDiff
{
public:
    AnchoredDiff(std::span<const qint32> a, std::span<const qint32> b, SequenceDiff::Limits limits)
        : m_a(a)
        , m_b(b)
        , m_limits(limits)
        , m_table(idLimit(a, b))
    {
    }

    EditScript run()
    {
        // An explicit stack instead of recursion: deep anchor chains in
        // hostile input must not overflow the call stack. Ranges are pushed
        // in reverse so they are emitted in order.
        std::vector<Task> stack { Task { Range { 0, qint32(m_a.size()), 0, qint32(m_b.size()) } } };
        while (!stack.empty()) {
            const Task task = stack.back();
            stack.pop_back();
            if (task.knownEqual)
                m_script.append(EditOp::Equal, task.range.aLo, task.range.bLo,
                                task.range.aHi - task.range.aLo);
            else if (m_limits.cancel.isCancelled())
                appendCoarse(task.range);
            else
                processRange(task.range, &stack);
        }
        return std::move(m_script);
    }

private:
    static qint32 idLimit(std::span<const qint32> a, std::span<const qint32> b)
    {
        qint32 limit = 0;
        for (const qint32 id : a)
            limit = std::max(limit, id + 1);
        for (const qint32 id : b)
            limit = std::max(limit, id + 1);
        return limit;
    }

    void processRange(Range r, std::vector<Task> *stack)
    {
        qint32 prefix = 0;
        while (r.aLo + prefix < r.aHi && r.bLo + prefix < r.bHi
               && m_a[size_t(r.aLo + prefix)] == m_b[size_t(r.bLo + prefix)]) {
            ++prefix;
        }
        m_script.append(EditOp::Equal, r.aLo, r.bLo, prefix);
        r.aLo += prefix;
        r.bLo += prefix;
        qint32 suffix = 0;
        while (r.aHi - suffix > r.aLo && r.bHi - suffix > r.bLo
               && m_a[size_t(r.aHi - suffix - 1)] == m_b[size_t(r.bHi - suffix - 1)]) {
            ++suffix;
        }
        // The suffix is emitted after the middle: push it first.
        if (suffix > 0)
            stack->push_back(Task { Range { r.aHi - suffix, r.aHi, r.bHi - suffix, r.bHi }, true });
        r.aHi -= suffix;
        r.bHi -= suffix;

        if (r.aLo == r.aHi || r.bLo == r.bHi) {
            appendReplacement(r);
            return;
        }
        if (r.cells() <= kSmallCells) {
            appendDtl(m_a, m_b, r, &m_script);
            return;
        }
        const auto anchors = longestIncreasing(m_table.uniqueAnchors(m_a, m_b, r));
        if (anchors.empty()) {
            if (r.cells() <= m_limits.maxExactCells) {
                appendDtl(m_a, m_b, r, &m_script);
            } else {
                appendCoarse(r);
            }
            return;
        }
        // Push in reverse: last gap first, so the first gap is processed next.
        stack->push_back(Task { Range { anchors.back().first + 1, r.aHi, anchors.back().second + 1, r.bHi } });
        for (size_t k = anchors.size(); k-- > 0;) {
            const auto [a, b] = anchors[k];
            stack->push_back(Task { Range { a, a + 1, b, b + 1 }, true });
            const qint32 aFrom = k == 0 ? r.aLo : anchors[k - 1].first + 1;
            const qint32 bFrom = k == 0 ? r.bLo : anchors[k - 1].second + 1;
            stack->push_back(Task { Range { aFrom, a, bFrom, b } });
        }
    }

    void appendReplacement(const Range &r)
    {
        m_script.append(EditOp::Delete, r.aLo, r.bLo, r.aHi - r.aLo);
        m_script.append(EditOp::Insert, r.aHi, r.bLo, r.bHi - r.bLo);
    }

    void appendCoarse(const Range &r)
    {
        m_script.coarse = true;
        appendReplacement(r);
    }

    // Below this many cells dtl is cheaper than looking for anchors.
    static constexpr qint64 kSmallCells = 4096;

    std::span<const qint32> m_a;
    std::span<const qint32> m_b;
    SequenceDiff::Limits m_limits;
    OccurrenceTable m_table;
    EditScript m_script;
};

} // namespace

EditScript SequenceDiff::diff(std::span<const qint32> a, std::span<const qint32> b, Limits limits)
{
    return AnchoredDiff(a, b, limits).run();
}

EditScript SequenceDiff::diff(std::span<const qint32> a, std::span<const qint32> b)
{
    return diff(a, b, Limits {});
}

EditScript SequenceDiff::plainDtl(std::span<const qint32> a, std::span<const qint32> b)
{
    EditScript script;
    appendDtl(a, b, Range { 0, qint32(a.size()), 0, qint32(b.size()) }, &script);
    return script;
}

qint64 SequenceDiff::minimalEditCount(std::span<const qint32> a, std::span<const qint32> b)
{
    const Sequence sa(a.begin(), a.end());
    const Sequence sb(b.begin(), b.end());
    dtl::Diff<qint32, Sequence> engine(sa, sb);
    engine.onOnlyEditDistance();
    engine.compose();
    return engine.getEditDistance();
}

} // namespace WireDiff
