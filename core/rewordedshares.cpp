#include "rewordedshares.h"

#include "flatdocument.h"
#include "lexicon.h"
#include "parallelrunner.h"
#include "paraphrasescorer.h"
#include "termweights.h"

#include <QHash>

#include <algorithm>
#include <atomic>

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

class PreparedSentences
{
public:
    explicit PreparedSentences(const std::vector<RewordedShares::ArticleText> &articles)
        : m_articles(articles)
        , m_slots(articles.size())
    {
        for (size_t a = 0; a < articles.size(); ++a)
            m_slots[a] = std::vector<std::atomic<ParaphraseScorer::Sentence *>>(articles[a].flat->sentenceStarts.size());
    }
    ~PreparedSentences()
    {
        for (auto &perArticle : m_slots)
            for (auto &entry : perArticle)
                delete entry.load();
    }
    PreparedSentences(const PreparedSentences &) = delete;
    PreparedSentences &operator=(const PreparedSentences &) = delete;

    const ParaphraseScorer::Sentence &get(qint32 article, qint32 sentence, const ParaphraseScorer &scorer)
    {
        std::atomic<ParaphraseScorer::Sentence *> &slot = m_slots[size_t(article)][size_t(sentence)];
        if (ParaphraseScorer::Sentence *ready = slot.load(std::memory_order_acquire))
            return *ready;
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
    std::vector<std::vector<std::atomic<ParaphraseScorer::Sentence *>>> m_slots;
};

} // namespace

void RewordedShares::fill(const std::vector<ArticleText> &articles, const Containment::Coverage &coverage,
                          const Lexicon &lexicon, const TermWeights &weights,
                          const std::vector<const ParaphraseScorer *> &scorerPerThread, double threshold,
                          ContainmentMatrix *matrix)
{
    const auto n = qint32(articles.size());
    std::vector<StemIndex> indexes(static_cast<size_t>(n));
    const int threads = int(scorerPerThread.size());
    ParallelRunner::forEach(n, threads, [&](int a, int) {
        indexes[size_t(a)] = indexSentences(*articles[size_t(a)].flat, lexicon);
    });

    // Sentences prepared for scoring, each once, by whichever worker needs
    // it first (most are never candidates, so none is prepared ahead).
    PreparedSentences prepared(articles);

    // Scorers cache synonym lookups and are not thread-safe: one per worker.
    ParallelRunner::forEach(n, threads, [&](int a, int worker) {
        const ParaphraseScorer *scorer = scorerPerThread[size_t(worker)];
        const ArticleText &text = articles[size_t(a)];
        const FlatDocument &flat = *text.flat;
        std::vector<qint64> reworded(size_t(n), 0);
        QHash<qint32, double> accumulated;

        for (qint32 s = 0; s < qint32(flat.sentenceStarts.size()); ++s) {
            const qint32 begin = flat.sentenceStarts[size_t(s)];
            const qint32 end = flat.sentenceEnd(s);
            std::vector<qint32> counted;
            for (qint32 i = begin; i < end; ++i) {
                if (text.countedIndexOfFlat[size_t(i)] >= 0)
                    counted.push_back(text.countedIndexOfFlat[size_t(i)]);
            }
            if (counted.size() < 3)
                continue;
            // A candidate sharing less than this much of the sentence's
            // content (by rarity) is never a paraphrase: not worth scoring.
            double contentWeight = 0;
            for (qint32 i = begin; i < end; ++i)
                if (lexicon.isContent(flat.keys[size_t(i)]))
                    contentWeight += weights.weight(lexicon.stem(flat.keys[size_t(i)]));
            const double enough = 0.3 * contentWeight;
            for (qint32 b = 0; b < n; ++b) {
                if (b == a)
                    continue;
                const auto uncovered = qint64(std::count_if(counted.begin(), counted.end(), [&](qint32 w) {
                    return !coverage.covers(a, w, b);
                }));
                if (uncovered < 3 && uncovered * 10 < qint64(counted.size()) * 3)
                    continue;
                accumulated.clear();
                const StemIndex &index = indexes[size_t(b)];
                for (qint32 i = begin; i < end; ++i) {
                    const qint32 key = flat.keys[size_t(i)];
                    if (!lexicon.isContent(key))
                        continue;
                    const auto postings = index.constFind(lexicon.stem(key));
                    if (postings == index.constEnd() || postings->size() > 32)
                        continue;
                    for (const qint32 sentence : *postings)
                        accumulated[sentence] += weights.weight(lexicon.stem(key));
                }
                std::vector<std::pair<double, qint32>> ranked;
                for (auto it = accumulated.cbegin(); it != accumulated.cend(); ++it)
                    ranked.emplace_back(it.value(), it.key());
                const size_t keep = std::min<size_t>(ranked.size(), 2);
                std::partial_sort(ranked.begin(), ranked.begin() + qsizetype(keep), ranked.end(),
                                  [](const auto &x, const auto &y) { return x.first > y.first || (x.first == y.first && x.second < y.second); });
                for (size_t k = 0; k < keep && ranked[k].first >= enough; ++k) {
                    const qint32 t = ranked[k].second;
                    const double p = scorer->probability(prepared.get(a, s, *scorer), prepared.get(b, t, *scorer));
                    if (p >= threshold) {
                        reworded[size_t(b)] += uncovered;
                        break;
                    }
                }
            }
        }
        const qint64 total = qint64(coverage.bits[size_t(a)].size() / size_t(coverage.wordsPerSet));
        for (qint32 b = 0; b < n; ++b) {
            if (total > 0 && b != a)
                (*matrix)[size_t(a)][size_t(b)].reworded = double(reworded[size_t(b)]) / double(total);
        }
    });
}

} // namespace WireDiff
