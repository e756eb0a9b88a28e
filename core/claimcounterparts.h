#pragma once

#include "factextractor.h"
#include "pairalignment.h"

#include <span>
#include <vector>

namespace WireDiff {

// The sentences of the other article that are claims (sentences of counted
// paragraphs: captions describe pictures, bylines people), each with the
// base sentences that state what it states, claims too. Those hold at least
// 30 % of its matched or reworded words; for a sentence the alignment left
// alone (it may sit in an unaligned paragraph), the base sentence sharing
// most content stems, if at least three and 35 % of the shorter's, and only
// when the two articles are versions of one story (the alignment matched or
// found reworded at least StoryCoherence::strangerShare of the other's
// words): unrelated stories share common words, not statements.
//
// All are listed at once, before FactDetector extracts any fact: the index
// of the base's content stems that finds them is gone by then, and the
// detector knows the last claim that reads each base paragraph's facts.
class ClaimCounterparts
{
public:
    // On up to `threads` threads, with the same result as on one.
    ClaimCounterparts(const FactExtractor::Source &base, const FactExtractor::Source &other,
                      const PairAlignment &alignment, int threads = 1);

    qint32 size() const { return qint32(m_sentences.size()); }
    // The k-th claim of the other article, in its order.
    qint32 sentence(qint32 k) const { return m_sentences[size_t(k)]; }
    // The base sentences of the k-th claim, ascending.
    std::span<const qint32> counterparts(qint32 k) const
    {
        return std::span<const qint32>(m_counterparts)
            .subspan(size_t(m_starts[size_t(k)]), size_t(m_starts[size_t(k + 1)] - m_starts[size_t(k)]));
    }

    // How plainly the k-th claim states what its i-th counterpart states:
    // the share of the claim's words matched or reworded in it (0 for one
    // found by content stems alone).
    float share(qint32 k, qint32 i) const { return m_shares[size_t(m_starts[size_t(k)] + i)]; }

private:
    std::vector<qint32> m_sentences;    // claims of the other article, ascending
    std::vector<qint32> m_starts;       // per claim, where its counterparts start; one entry more
    std::vector<qint32> m_counterparts; // base sentences
    std::vector<float> m_shares;        // per counterpart, share()
};

} // namespace WireDiff
