#include "rewordedshares.h"

#include "bestcandidates.h"
#include "candidateindex.h"
#include "flatdocument.h"
#include "lexicon.h"
#include "parallelrunner.h"
#include "paraphrasescorer.h"
#include "termweights.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <map>
#include <mutex>
#include <numeric>
#include <span>

namespace WireDiff {

namespace {

using StemIndex = QHash<qint32, std::vector<qint32>>; // content stem -> sentences

StemIndex indexSentences(const FlatDocument &flat, const Lexicon &lexicon)
{
    StemIndex index;
    for (qint32 s = 0; s < qint32(flat.sentenceStarts.size()); ++s) {
        for (qint32 i = flat.sentenceStarts[size_t(s)]; i < flat.sentenceEnd(s); ++i) {
            const qint32 key = flat.keys[size_t(i)];
            if (!lexicon.isContent(key))
                continue;
            std::vector<qint32> &postings = index[lexicon.stem(key)];
            if (postings.empty() || postings.back() != s)
                postings.push_back(s);
        }
    }
    return index;
}

// Every distinct sentence (by its key sequence) of all articles, once:
// versions of a story repeat most sentences word for word, and whether a
// sentence is found reworded in article B depends only on its keys and B,
// so each distinct sentence is prepared and decided once per B.
struct DistinctSentences
{
    std::vector<std::vector<qint32>> idOf;          // [article][sentence] -> distinct id
    std::vector<std::pair<qint32, qint32>> first;   // id -> (article, sentence) where first seen
};

DistinctSentences distinctSentences(const std::vector<RewordedShares::ArticleText> &articles)
{
    DistinctSentences result;
    std::map<std::span<const qint32>, qint32, decltype([](std::span<const qint32> x, std::span<const qint32> y) {
                 return std::lexicographical_compare(x.begin(), x.end(), y.begin(), y.end());
             })> ids;
    result.idOf.resize(articles.size());
    for (size_t a = 0; a < articles.size(); ++a) {
        const FlatDocument &flat = *articles[a].flat;
        const std::span<const qint32> keys = flat.keySpan();
        for (qint32 s = 0; s < qint32(flat.sentenceStarts.size()); ++s) {
            const qint32 begin = flat.sentenceStarts[size_t(s)];
            const auto span = keys.subspan(size_t(begin), size_t(flat.sentenceEnd(s) - begin));
            const auto [it, added] = ids.emplace(span, qint32(result.first.size()));
            if (added)
                result.first.emplace_back(qint32(a), s);
            result.idOf[a].push_back(it->second);
        }
    }
    return result;
}

// Scoring-ready sentences by distinct id, each prepared once, by whichever
// worker needs it first (most are never candidates, so none is prepared
// ahead).
class PreparedSentences
{
public:
    PreparedSentences(const std::vector<RewordedShares::ArticleText> &articles, const DistinctSentences &distinct)
        : m_articles(articles)
        , m_distinct(distinct)
        , m_slots(distinct.first.size())
    {
    }
    ~PreparedSentences()
    {
        for (auto &entry : m_slots)
            delete entry.load();
    }
    PreparedSentences(const PreparedSentences &) = delete;
    PreparedSentences &operator=(const PreparedSentences &) = delete;

    const ParaphraseScorer::Sentence &get(qint32 id, const ParaphraseScorer &scorer)
    {
        std::atomic<ParaphraseScorer::Sentence *> &slot = m_slots[size_t(id)];
        if (ParaphraseScorer::Sentence *ready = slot.load(std::memory_order_acquire))
            return *ready;
        const auto [article, sentence] = m_distinct.first[size_t(id)];
        const FlatDocument &doc = *m_articles[size_t(article)].flat;
        const qint32 begin = doc.sentenceStarts[size_t(sentence)];
        auto *made = new ParaphraseScorer::Sentence(
            scorer.prepare(doc.keySpan().subspan(size_t(begin), size_t(doc.sentenceEnd(sentence) - begin))));
        ParaphraseScorer::Sentence *expected = nullptr;
        if (!slot.compare_exchange_strong(expected, made, std::memory_order_acq_rel)) {
            delete made; // another worker was first
            return *expected;
        }
        return *made;
    }

private:
    const std::vector<RewordedShares::ArticleText> &m_articles;
    const DistinctSentences &m_distinct;
    std::vector<std::atomic<ParaphraseScorer::Sentence *>> m_slots;
};

// The at most two sentences of B that share the most rare content stems
// with the sentence [begin, end) of `flat` (stems in more than 32 sentences
// of B are too common to point anywhere), each with its shared weight.
class Candidates
{
public:
    const std::vector<std::pair<double, qint32>> &find(const FlatDocument &flat, qint32 begin, qint32 end,
                                                       const StemIndex &index, const Lexicon &lexicon,
                                                       const TermWeights &weights)
    {
        m_accumulated.clear();
        for (qint32 i = begin; i < end; ++i) {
            const qint32 key = flat.keys[size_t(i)];
            if (!lexicon.isContent(key))
                continue;
            const auto postings = index.constFind(lexicon.stem(key));
            if (postings == index.constEnd() || postings->size() > 32)
                continue;
            for (const qint32 sentence : *postings)
                m_accumulated[sentence] += weights.weight(lexicon.stem(key));
        }
        m_ranked.clear();
        for (auto it = m_accumulated.cbegin(); it != m_accumulated.cend(); ++it)
            m_ranked.emplace_back(it.value(), it.key());
        const size_t keep = std::min<size_t>(m_ranked.size(), 2);
        std::partial_sort(m_ranked.begin(), m_ranked.begin() + qsizetype(keep), m_ranked.end(),
                          [](const auto &x, const auto &y) { return x.first > y.first || (x.first == y.first && x.second < y.second); });
        m_ranked.resize(keep);
        return m_ranked;
    }

private:
    QHash<qint32, double> m_accumulated;
    std::vector<std::pair<double, qint32>> m_ranked;
};

// The paraphrase verdicts of pairs of distinct sentences, shared by the
// workers. The decision is taken with the lower id first, whichever side
// asks: versions that reword the same sentence ask for each other, and the
// scorer's greedy matching is not exactly symmetric, so a fixed order keeps
// the verdict (and the shares) independent of which side asks first and of
// the thread that scores it. Striped locks: two workers rarely meet.
class PairVerdicts
{
public:
    static std::pair<qint32, qint32> ordered(qint32 x, qint32 y) { return { std::min(x, y), std::max(x, y) }; }

    bool passes(qint32 x, qint32 y, const ParaphraseScorer &scorer, PreparedSentences *prepared, double threshold)
    {
        const auto [low, high] = ordered(x, y);
        const quint64 key = (quint64(quint32(low)) << 32) | quint32(high);
        Stripe &stripe = m_stripes[size_t(key % m_stripes.size())];
        {
            const std::lock_guard lock(stripe.mutex);
            if (const auto known = stripe.verdicts.constFind(key); known != stripe.verdicts.constEnd())
                return *known;
        }
        // Scored outside the lock; two workers scoring the same pair at
        // once reach the same verdict.
        const bool verdict = scorer.passes(prepared->get(low, scorer), prepared->get(high, scorer), threshold);
        const std::lock_guard lock(stripe.mutex);
        stripe.verdicts.insert(key, verdict);
        return verdict;
    }

private:
    struct Stripe
    {
        std::mutex mutex;
        QHash<quint64, bool> verdicts;
    };
    std::array<Stripe, 64> m_stripes;
};

// A candidate sharing less than this much of the sentence's content (by
// rarity) is never a paraphrase: not worth scoring.
double enoughSharedWeight(const FlatDocument &flat, qint32 begin, qint32 end, const Lexicon &lexicon,
                          const TermWeights &weights)
{
    double contentWeight = 0;
    for (qint32 i = begin; i < end; ++i)
        if (lexicon.isContent(flat.keys[size_t(i)]))
            contentWeight += weights.weight(lexicon.stem(flat.keys[size_t(i)]));
    return 0.3 * contentWeight;
}

// `uncovered` counted words of `counted` that B lacks verbatim, or 0 when
// too few are missing for rewording to matter (under three words and under
// 30 %), or the sentence has under three counted words.
qint64 uncoveredThatMatter(qint64 counted, qint64 uncovered)
{
    if (counted < 3 || (uncovered < 3 && uncovered * 10 < counted * 3))
        return 0;
    return uncovered;
}

// The counted words of A's sentence that B does not cover verbatim, as
// uncoveredThatMatter() keeps them.
qint64 uncoveredWords(const RewordedShares::ArticleText &text, qint32 sentence, const Containment::Coverage &coverage,
                      qint32 a, qint32 b)
{
    const qint32 first = text.countedBefore[size_t(sentence)];
    const qint32 last = text.countedBefore[size_t(sentence + 1)];
    qint64 uncovered = 0;
    for (qint32 w = first; w < last; ++w) {
        if (!coverage.covers(a, w, b))
            ++uncovered;
    }
    return uncoveredThatMatter(last - first, uncovered);
}

// uncoveredWords() for every B at once, before uncoveredThatMatter(): the
// counted words of the sentence, and in (*uncovered)[b] how many of them
// B lacks. Each word's coverage set is read once for all B, and only its
// clear bits visited: versions share most words, so they are few.
qint64 uncoveredWordsInEach(const RewordedShares::ArticleText &text, qint32 sentence,
                            const Containment::Coverage &coverage, qint32 a, std::vector<qint64> *uncovered)
{
    std::fill(uncovered->begin(), uncovered->end(), 0);
    const auto perSet = size_t(coverage.wordsPerSet);
    const size_t articles = uncovered->size();
    // The last word of a set holds no article past the last one.
    const quint64 lastWordMask = articles % 64 == 0 ? ~quint64(0) : (quint64(1) << (articles % 64)) - 1;
    const qint32 first = text.countedBefore[size_t(sentence)];
    const qint32 last = text.countedBefore[size_t(sentence + 1)];
    for (qint32 w = first; w < last; ++w) {
        for (size_t k = 0; k < perSet; ++k) {
            quint64 missing = ~coverage.setWord(a, w, qint32(k));
            if (k + 1 == perSet)
                missing &= lastWordMask;
            for (; missing; missing &= missing - 1)
                ++(*uncovered)[k * 64 + size_t(std::countr_zero(missing))];
        }
    }
    return last - first;
}

std::vector<StemIndex> indexAll(const std::vector<RewordedShares::ArticleText> &articles, const Lexicon &lexicon)
{
    std::vector<StemIndex> indexes;
    for (const RewordedShares::ArticleText &text : articles)
        indexes.push_back(indexSentences(*text.flat, lexicon));
    return indexes;
}

void storeShares(const Containment::Coverage &coverage, qint32 a, const std::vector<qint64> &reworded,
                 ContainmentMatrix *matrix)
{
    const qint64 total = coverage.wordCount(a);
    for (qint32 b = 0; b < qint32(reworded.size()); ++b) {
        if (total > 0 && b != a)
            (*matrix)[size_t(a)][size_t(b)].reworded = double(reworded[size_t(b)]) / double(total);
    }
}

} // namespace

void RewordedShares::fill(const std::vector<ArticleText> &articles, const Containment::Coverage &coverage,
                          const Lexicon &lexicon, const TermWeights &weights,
                          const std::vector<const ParaphraseScorer *> &scorerPerThread, double threshold,
                          ContainmentMatrix *matrix, const Cancellation &cancel)
{
    const auto n = qint32(articles.size());
    const int threads = int(scorerPerThread.size());
    const DistinctSentences distinct = distinctSentences(articles);
    PreparedSentences prepared(articles, distinct);
    PairVerdicts verdicts;
    const auto perSet = size_t((n + 63) / 64);

    // 1. Per article, the (sentence, B) pairs where rewording can matter:
    // enough of the sentence's words missing from B verbatim.
    struct Need
    {
        qint32 sentence;
        qint32 other;
        qint64 uncovered;
    };
    std::vector<std::vector<Need>> needs(static_cast<size_t>(n));
    ParallelRunner::forEach(n, threads, [&](int a, int) {
        const FlatDocument &flat = *articles[size_t(a)].flat;
        std::vector<qint64> uncoveredIn(size_t(n), 0);
        for (qint32 s = 0; s < qint32(flat.sentenceStarts.size()); ++s) {
            const qint64 counted = uncoveredWordsInEach(articles[size_t(a)], s, coverage, a, &uncoveredIn);
            for (qint32 b = 0; b < n; ++b) {
                if (b == a)
                    continue;
                if (const qint64 uncovered = uncoveredThatMatter(counted, uncoveredIn[size_t(b)]))
                    needs[size_t(a)].push_back(Need { s, b, uncovered });
            }
        }
    });

    // 2. Per distinct sentence, the articles it must be looked for in, and
    // in which of them it is found reworded: decided once per sentence and
    // article however many versions repeat the sentence. Both are sets of
    // perSet words of bits, one after another by distinct id (a list per id
    // took 0.5 MB of a pair of 100k-word texts, held while the word diff
    // gathers its evidence beside it).
    std::vector<quint64> asked(distinct.first.size() * perSet, 0);
    for (qint32 a = 0; a < n; ++a) {
        for (const Need &need : needs[size_t(a)]) {
            const auto id = size_t(distinct.idOf[size_t(a)][size_t(need.sentence)]);
            asked[id * perSet + size_t(need.other / 64)] |= quint64(1) << (need.other % 64);
        }
    }
    std::vector<quint64> found(distinct.first.size() * perSet, 0);
    const CandidateIndex candidateIndex(articles, lexicon);
    std::vector<BestCandidates> candidatesPerWorker(static_cast<size_t>(std::max(1, threads)));
    // Distinct sentences are taken by their place in the article they were
    // first seen in, then by article: the versions of one sentence of the
    // story (each article's own edits of it) are each other's candidates,
    // and scoring them one after another keeps their prepared sentences in
    // the cache. Ids in article order would take one version of each
    // sentence, then the next article's, every candidate far away in
    // memory. Which pairs are scored and their verdicts do not depend on
    // the order.
    std::vector<qint32> order(distinct.first.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qint32 x, qint32 y) {
        return distinct.first[size_t(x)].second < distinct.first[size_t(y)].second;
    });
    // Scorers cache synonym lookups and are not thread-safe: one per worker.
    ParallelRunner::forEach(int(order.size()), threads, [&](int position, int worker) {
        const qint32 id = order[size_t(position)];
        const std::span<const quint64> set(asked.data() + size_t(id) * perSet, perSet);
        if (std::all_of(set.begin(), set.end(), [](quint64 bits) { return bits == 0; }) || cancel.isCancelled())
            return;
        const ParaphraseScorer *scorer = scorerPerThread[size_t(worker)];
        BestCandidates &candidates = candidatesPerWorker[size_t(worker)];
        const auto [article, sentence] = distinct.first[size_t(id)];
        const FlatDocument &flat = *articles[size_t(article)].flat;
        const qint32 begin = flat.sentenceStarts[size_t(sentence)];
        const qint32 end = flat.sentenceEnd(sentence);
        const double enough = enoughSharedWeight(flat, begin, end, lexicon, weights);
        candidates.find(flat, begin, end, set, enough, candidateIndex, lexicon, weights);
        // Versions repeat B's sentences too: each distinct pair is scored once.
        quint64 *const foundIn = found.data() + size_t(id) * perSet; // this worker's alone
        for (size_t k = 0; k < perSet; ++k) {
            for (quint64 bits = set[k]; bits; bits &= bits - 1) {
                const auto b = qint32(k * 64 + size_t(std::countr_zero(bits)));
                // Candidates share at least `enough` (best first).
                for (const BestCandidates::Ranked &ranked : candidates.take(b)) {
                    const qint32 candidate = distinct.idOf[size_t(b)][size_t(ranked.second)];
                    if (verdicts.passes(id, candidate, *scorer, &prepared, threshold)) {
                        foundIn[k] |= quint64(1) << (b % 64);
                        break;
                    }
                }
            }
        }
    });

    if (cancel.isCancelled())
        return;

    // 3. Each article's reworded words per B.
    ParallelRunner::forEach(n, threads, [&](int a, int) {
        std::vector<qint64> reworded(size_t(n), 0);
        for (const Need &need : needs[size_t(a)]) {
            const auto id = size_t(distinct.idOf[size_t(a)][size_t(need.sentence)]);
            if (found[id * perSet + size_t(need.other / 64)] & (quint64(1) << (need.other % 64)))
                reworded[size_t(need.other)] += need.uncovered;
        }
        storeShares(coverage, a, reworded, matrix);
    });
}

void RewordedShares::fillExhaustive(const std::vector<ArticleText> &articles, const Containment::Coverage &coverage,
                                    const Lexicon &lexicon, const TermWeights &weights,
                                    const ParaphraseScorer &scorer, double threshold, ContainmentMatrix *matrix)
{
    const auto n = qint32(articles.size());
    const std::vector<StemIndex> indexes = indexAll(articles, lexicon);
    const DistinctSentences distinct = distinctSentences(articles);
    Candidates candidates;
    for (qint32 a = 0; a < n; ++a) {
        const FlatDocument &flat = *articles[size_t(a)].flat;
        std::vector<qint64> reworded(size_t(n), 0);
        for (qint32 s = 0; s < qint32(flat.sentenceStarts.size()); ++s) {
            const qint32 begin = flat.sentenceStarts[size_t(s)];
            const qint32 end = flat.sentenceEnd(s);
            const double enough = enoughSharedWeight(flat, begin, end, lexicon, weights);
            // The pair in the order fill() scores it: the lower distinct id first.
            const auto keysOf = [&](qint32 id) {
                const auto [article, sentence] = distinct.first[size_t(id)];
                const FlatDocument &doc = *articles[size_t(article)].flat;
                const qint32 from = doc.sentenceStarts[size_t(sentence)];
                return doc.keySpan().subspan(size_t(from), size_t(doc.sentenceEnd(sentence) - from));
            };
            for (qint32 b = 0; b < n; ++b) {
                if (b == a)
                    continue;
                const qint64 uncovered = uncoveredWords(articles[size_t(a)], s, coverage, a, b);
                if (uncovered == 0)
                    continue;
                for (const auto &[shared, t] : candidates.find(flat, begin, end, indexes[size_t(b)], lexicon, weights)) {
                    if (shared < enough)
                        break;
                    const auto [low, high] = PairVerdicts::ordered(distinct.idOf[size_t(a)][size_t(s)],
                                                                   distinct.idOf[size_t(b)][size_t(t)]);
                    if (scorer.probability(keysOf(low), keysOf(high)) >= threshold) {
                        reworded[size_t(b)] += uncovered;
                        break;
                    }
                }
            }
        }
        storeShares(coverage, a, reworded, matrix);
    }
}

} // namespace WireDiff
