#include "rewordedshares.h"

#include "flatdocument.h"
#include "lexicon.h"
#include "parallelrunner.h"
#include "paraphrasescorer.h"
#include "termweights.h"

#include <QHash>

#include <algorithm>

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
                const FlatDocument &other = *articles[size_t(b)].flat;
                for (size_t k = 0; k < keep; ++k) {
                    const qint32 t = ranked[k].second;
                    const qint32 tBegin = other.sentenceStarts[size_t(t)];
                    const double p = scorer->probability(
                        flat.keySpan().subspan(size_t(begin), size_t(end - begin)),
                        other.keySpan().subspan(size_t(tBegin), size_t(other.sentenceEnd(t) - tBegin)));
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
