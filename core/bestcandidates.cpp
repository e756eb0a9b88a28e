#include "bestcandidates.h"

#include "candidateindex.h"
#include "flatdocument.h"
#include "lexicon.h"
#include "termweights.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace WireDiff {

void BestCandidates::find(const FlatDocument &flat, qint32 begin, qint32 end, std::span<const quint64> asked,
                          double enough, const CandidateIndex &index, const Lexicon &lexicon,
                          const TermWeights &weights)
{
    prepare(index, asked);
    if (!collectWords(flat, begin, end, index, lexicon, weights)) {
        forgetWords();
        scanAll(flat, begin, end, enough, index, lexicon, weights);
        return;
    }
    const Common common = commonSlots(enough);

    // 1. The sentences in the postings of the stems that are not common,
    // each with a bound on the weight of those it shares: the slots'
    // weights as whole numbers rounded up (summed in any order, exactly).
    // The scan visits millions of postings, and whether a posting's
    // sentence is met for the first time is unpredictable: it is
    // branch-free. Every posting's sentence is written to the next slot of
    // m_touched, which only advances on a first meeting (a bound of 0:
    // every slot's is at least 1).
    quint32 *const reach = m_reach.data();
    qint32 *const touched = m_touched.data();
    size_t touchedCount = 0;
    for (size_t k = 0; k < m_slots.size(); ++k) {
        if ((common.mask >> k) & 1)
            continue;
        const quint32 weight = m_slots[k].bound;
        for (const qint32 global : index.sentencesWith(m_slots[k].stem)) {
            quint32 &sum = reach[size_t(global)];
            touched[touchedCount] = global;
            touchedCount += size_t(sum == 0);
            sum += weight;
        }
    }

    // 2. Those of asked articles that can reach `enough` with all common
    // stems too get their exact shared weight: their stems that are the
    // sentence's, as a bit set of slots, then the sentence's words'
    // weights in word order, as the scan of every posting adds them up.
    // A bound under `enough` (less a margin for the rounding of sums taken
    // in another order) is under the whole number `least`; it stays under
    // `enough` whatever common stems it shares if it is under `needed`.
    const auto least = quint64(std::ceil(enough * m_scale * (1.0 - 1e-9)));
    const quint32 needed = least > common.bound ? quint32(least - common.bound) : 0;
    const qint32 *const slotOf = m_slotOf.data();
    for (size_t t = 0; t < touchedCount; ++t) {
        const qint32 global = touched[t];
        const quint32 most = reach[size_t(global)];
        reach[size_t(global)] = 0;
        if (most < needed || !m_askedArticle[size_t(index.articleOf(global))])
            continue;
        {
            const Best &best = m_best[size_t(index.articleOf(global))];
            if (best.count == 2 && double(most + common.bound) * (1.0 + 1e-9) / m_scale < best.ranked[1].first)
                continue;
        }
        quint64 shares = 0;
        for (const qint32 stem : index.stemsOf(global)) {
            const qint32 slot = slotOf[size_t(stem)];
            shares |= slot >= 0 ? quint64(1) << slot : 0;
        }
        double exact = 0.0;
        for (const Word &word : m_words) {
            if ((shares >> word.slot) & 1)
                exact += word.weight;
        }
        offerIfEnough(index, global, exact, enough);
    }
    forgetWords();
}

void BestCandidates::prepare(const CandidateIndex &index, std::span<const quint64> asked)
{
    if (m_reach.empty()) {
        m_reach.assign(size_t(index.sentenceCount()), 0);
        // One slot more than sentences: the scans write a slot ahead.
        m_touched.assign(size_t(index.sentenceCount()) + 1, 0);
        m_slotOf.assign(size_t(index.stemLimit()), -1);
        m_best.resize(asked.size() * 64);
        m_askedArticle.resize(asked.size() * 64);
    }
    for (size_t article = 0; article < m_askedArticle.size(); ++article)
        m_askedArticle[article] = quint8((asked[article / 64] >> (article % 64)) & 1);
}

// The sentence's content words whose stems have postings, and their
// distinct stems as slots, each with its bound; false when there are more
// than maxSlots.
bool BestCandidates::collectWords(const FlatDocument &flat, qint32 begin, qint32 end, const CandidateIndex &index,
                                  const Lexicon &lexicon, const TermWeights &weights)
{
    double total = 0.0;
    for (qint32 i = begin; i < end; ++i) {
        const qint32 key = flat.keys[size_t(i)];
        if (!lexicon.isContent(key))
            continue;
        const qint32 stem = lexicon.stem(key);
        const auto postings = qint32(index.sentencesWith(stem).size());
        if (postings == 0)
            continue; // adds to no sentence's shared weight
        qint32 &slot = m_slotOf[size_t(stem)];
        if (slot < 0) {
            if (m_slots.size() == maxSlots)
                return false;
            slot = qint32(m_slots.size());
            m_slots.push_back(Slot { stem, postings, 0.0, 0 });
        }
        const double weight = weights.weight(stem);
        m_slots[size_t(slot)].weight += weight;
        m_words.push_back(Word { slot, weight });
        total += weight;
    }
    // All slots' bounds together stay under 2^30 + maxSlots: no sum of
    // them overflows. Rounded down and 1 added, each bound is above its
    // slot's weight times m_scale, and at least 1.
    m_scale = total > 0 ? double(1 << 30) / total : 1.0;
    for (Slot &slot : m_slots)
        slot.bound = quint32(slot.weight * m_scale) + 1;
    return true;
}

void BestCandidates::forgetWords()
{
    for (const Slot &slot : m_slots)
        m_slotOf[size_t(slot.stem)] = -1;
    m_slots.clear();
    m_words.clear();
}

// The slots whose postings need not be read: the stems with the longest
// postings, as many as weigh less than half of `enough` together (all
// their words counted), so that a sentence sharing no other stem stays
// under `enough`. More would leave fewer postings to read but more
// sentences near `enough` to sum exactly; half read the fewest
// instructions on the 100-version folder. The margin covers the rounding
// of sums taken in another order.
BestCandidates::Common BestCandidates::commonSlots(double enough) const
{
    std::array<qint32, maxSlots> order {};
    std::iota(order.begin(), order.begin() + qsizetype(m_slots.size()), 0);
    std::sort(order.begin(), order.begin() + qsizetype(m_slots.size()), [this](qint32 x, qint32 y) {
        return m_slots[size_t(x)].postings > m_slots[size_t(y)].postings
            || (m_slots[size_t(x)].postings == m_slots[size_t(y)].postings && x < y);
    });
    const double most = 0.5 * enough * (1.0 - 1e-9);
    Common common;
    double weight = 0.0;
    for (size_t k = 0; k < m_slots.size(); ++k) {
        const Slot &slot = m_slots[size_t(order[k])];
        if (weight + slot.weight < most) {
            weight += slot.weight;
            common.mask |= quint64(1) << order[k];
            common.bound += slot.bound;
        }
    }
    return common;
}

// Every posting of every stem of the sentence, the sums added up in one
// pass in word order: for sentences with more distinct stems than slots.
void BestCandidates::scanAll(const FlatDocument &flat, qint32 begin, qint32 end, double enough,
                             const CandidateIndex &index, const Lexicon &lexicon, const TermWeights &weights)
{
    if (m_shared.empty())
        m_shared.assign(size_t(index.sentenceCount()), 0.0);
    // As in find(), branch-free; a posting of an article not asked adds
    // 0, which leaves the sum (0 or positive) as it was.
    double *const shared = m_shared.data();
    qint32 *const touched = m_touched.data();
    size_t touchedCount = 0;
    for (qint32 i = begin; i < end; ++i) {
        const qint32 key = flat.keys[size_t(i)];
        if (!lexicon.isContent(key))
            continue;
        const qint32 stem = lexicon.stem(key);
        // Rarity weights are positive: a sum of 0 means not met yet.
        const std::array<double, 2> addend { 0.0, weights.weight(stem) };
        for (const qint32 global : index.sentencesWith(stem)) {
            const auto isAsked = size_t(m_askedArticle[size_t(index.articleOf(global))]);
            double &sum = shared[size_t(global)];
            touched[touchedCount] = global;
            touchedCount += isAsked & size_t(sum == 0.0);
            sum += addend[isAsked];
        }
    }
    for (size_t t = 0; t < touchedCount; ++t) {
        const qint32 global = touched[t];
        offerIfEnough(index, global, shared[size_t(global)], enough);
        shared[size_t(global)] = 0.0;
    }
}

void BestCandidates::offerIfEnough(const CandidateIndex &index, qint32 global, double shared, double enough)
{
    if (shared < enough)
        return;
    const qint32 article = index.articleOf(global);
    offer(&m_best[size_t(article)], Ranked { shared, global - index.firstSentence(article) });
}

void BestCandidates::offer(Best *best, Ranked candidate)
{
    if (best->count < 2) {
        best->ranked[size_t(best->count++)] = candidate;
    } else if (better(candidate, best->ranked[1])) {
        best->ranked[1] = candidate;
    } else {
        return;
    }
    if (best->count == 2 && better(best->ranked[1], best->ranked[0]))
        std::swap(best->ranked[0], best->ranked[1]);
}

} // namespace WireDiff
