#include "wordevidencegatherer.h"

#include "closestbasesentences.h"
#include "copyruns.h"
#include "flatdocument.h"
#include "lexicon.h"
#include "paraphrasescorer.h"
#include "parallelrunner.h"
#include "postings.h"
#include "sentencetally.h"
#include "termweights.h"
#include "workranges.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace WireDiff {

namespace {

// Candidate base sentences scored with the paraphrase model per sentence.
constexpr size_t maxCandidates = 3;
// Base sentences kept prepared for scoring while the other's are walked.
constexpr size_t keptSources = 16;
// A stem in more base sentences than this proposes none of them.
constexpr qint32 maxPostings = 48;

double logScale(double value, double top)
{
    return std::min(1.0, std::log1p(value) / std::log1p(top));
}

// The copy runs' counts stop at maxCount: past the largest top of a
// logScale() below and past longRun, where nothing reads a difference.
static_assert(CopyRuns::maxCount >= 63 && CopyRuns::maxCount >= WordClassifier::longRun);

bool isCopied(ChangeClass changeClass)
{
    return changeClass == ChangeClass::Same || changeClass == ChangeClass::Moved;
}

// The sentences are cut into this many ranges per worker, so that a worker
// whose ranges are copied text (decided without the model) takes more.
constexpr qint32 rangesPerWorker = 8;

// The index into CopyRuns::otherWords of the first word at or after flat
// token `flat`.
qint32 firstWordAt(const std::vector<qint32> &otherWords, qint32 flat)
{
    return qint32(std::lower_bound(otherWords.begin(), otherWords.end(), flat) - otherWords.begin());
}

} // namespace

WordEvidenceGatherer::WordEvidenceGatherer(const Lexicon &lexicon, const TermWeights &weights,
                                           const ParaphraseScorer &scorer, const Cancellation &cancel)
    : m_lexicon(lexicon)
    , m_weights(weights)
    , m_scorer(scorer)
    , m_scorers { &scorer }
    , m_cancel(cancel)
{
}

WordEvidenceGatherer::WordEvidenceGatherer(const Lexicon &lexicon, const TermWeights &weights,
                                           std::span<const ParaphraseScorer *const> scorers,
                                           const Cancellation &cancel)
    : m_lexicon(lexicon)
    , m_weights(weights)
    , m_scorer(*scorers.front())
    , m_scorers(scorers.begin(), scorers.end())
    , m_cancel(cancel)
{
}

WordEvidenceGatherer::Evidence WordEvidenceGatherer::gather(const FlatDocument &base, const FlatDocument &other,
                                                           const PairAlignment &alignment,
                                                           const std::vector<bool> &capitalized,
                                                           bool keepFeatures) const
{
    Evidence evidence;
    const qint32 otherSize = other.size();
    evidence.fixedClass.assign(size_t(otherSize), -1);
    evidence.inBase.assign(size_t(otherSize), false);
    evidence.copySource.assign(size_t(otherSize), -1);
    evidence.sources.assign(other.sentenceStarts.size(), SourceSentence {});

    for (qint32 j = 0; j < otherSize; ++j) {
        if (m_lexicon.isPunctuation(other.keys[size_t(j)]))
            evidence.fixedClass[size_t(j)] = Evidence::punctuation;
    }
    CopyRuns runs = CopyRuns::find(base, other, alignment, m_lexicon, WordClassifier::longRun);
    const std::vector<qint32> &baseWords = runs.baseWords;
    const std::vector<qint32> &otherWords = runs.otherWords;
    const std::vector<qint32> &baseKeys = runs.baseKeys;
    const std::vector<quint8> &diffRun = runs.diffRun;
    const std::vector<qint32> &sharedRun = runs.sharedRun;
    const auto n = qint32(baseWords.size());
    const auto m = qint32(otherWords.size());
    for (qint32 q = 0; q < m; ++q) {
        const qint32 j = otherWords[size_t(q)];
        evidence.inBase[size_t(j)] = sharedRun[size_t(q)] > 0;
        if (runs.sourceWord[size_t(q)] >= 0)
            evidence.copySource[size_t(j)] = baseWords[size_t(runs.sourceWord[size_t(q)])];
        if (diffRun[size_t(q)] >= WordClassifier::longRun)
            evidence.fixedClass[size_t(j)] = qint8(Verbatim);
    }
    // A word has a source word exactly where it has a copy source, which
    // tells it from here on: 0.4 MB less of a pair of 100k-word texts while
    // its evidence is gathered.
    runs.sourceWord = std::vector<qint32>();
    // The classes fixed so far stay fixed: the open words are known.
    evidence.openRows = OpenRows(evidence.fixedClass, Evidence::open);
    const qint32 openWords = evidence.openRows.count();
    // A word the walk below never reaches (it stops when cancelled) has
    // the probabilities of no evidence, as a zero row of features gives.
    evidence.probabilities.assign(size_t(openWords), WordClassifier::probabilities(Features {}));
    evidence.pureInsertion.assign(size_t(openWords), false);
    if (keepFeatures)
        evidence.features.assign(size_t(openWords), Features {});

    // Quotation marks open and close a quote in turn, within a paragraph.
    std::vector<bool> quoted(size_t(otherSize), false);
    for (size_t p = 0; p < other.paragraphStart.size(); ++p) {
        const qint32 end = p + 1 < other.paragraphStart.size() ? other.paragraphStart[p + 1] : otherSize;
        bool inside = false;
        for (qint32 j = other.paragraphStart[p]; j < end; ++j) {
            if (m_lexicon.isQuote(other.keys[size_t(j)]))
                inside = !inside;
            else
                quoted[size_t(j)] = inside;
        }
    }

    // How much of the whole article is copied: text that is not copied is
    // more likely reworded in an article taken from the base as a whole,
    // more likely new in one that only quotes it.
    qint32 copiedWords = 0;
    for (qint32 q = 0; q < m; ++q)
        copiedWords += sharedRun[size_t(q)] >= 3;
    const double articleCopied = m > 0 ? double(copiedWords) / double(m) : 0.0;

    // Base sentences by content stem, for proposing sources; sized exactly,
    // as they are kept through the walk over the sentences.
    const auto contentWords = size_t(std::count_if(baseKeys.begin(), baseKeys.end(),
                                                   [this](qint32 key) { return m_lexicon.isContent(key); }));
    std::vector<qint32> stemOfContent, sentenceOfContent;
    stemOfContent.reserve(contentWords);
    sentenceOfContent.reserve(contentWords);
    for (qint32 p = 0; p < n; ++p) {
        if (m_lexicon.isContent(baseKeys[size_t(p)])) {
            stemOfContent.push_back(m_lexicon.stem(baseKeys[size_t(p)]));
            sentenceOfContent.push_back(base.sentenceOf(baseWords[size_t(p)]));
        }
    }
    // Nothing below reads the base's word lists: released before the walk
    // over the sentences, where the evidence of a pair peaks.
    runs.baseWords = std::vector<qint32>();
    runs.baseKeys = std::vector<qint32>();
    const Postings stemSentences(m_lexicon.stemCount(), stemOfContent);
    const ClosestBaseSentences closestFinder(m_lexicon, m_weights, m_cancel);
    const std::vector<double> baseNorm = closestFinder.baseNorms(base, stemOfContent, sentenceOfContent);
    std::vector<std::pair<double, qint32>> closest(other.sentenceStarts.size(), { 0.0, -1 });
    const SentenceInputs inputs { base, other, alignment, capitalized, keepFeatures, runs, evidence.fixedClass, quoted,
                                  articleCopied, sentenceOfContent, stemSentences, closest };

    // A sentence's evidence depends on nothing gathered for another one but
    // the closest base sentences of its neighbours: once those are known for
    // all, the sentences are gathered range by range, each range by a worker
    // with a scorer of its own, and the evidence is the same on any number of
    // threads.
    const ClosestBaseSentences::Inputs closestInputs { base, other, runs.otherWords, runs.otherKeys, evidence.fixedClass,
                                                       sentenceOfContent, stemSentences, baseNorm };
    const auto workers = qint32(m_scorers.size());
    const std::vector<qint32> ranges =
        WorkRanges::split(other.sentenceStarts, otherSize, workers == 1 ? 1 : workers * rangesPerWorker);
    const auto rangeCount = qint32(ranges.size()) - 1;
    ParallelRunner::forEach(rangeCount, workers, [&](int r, int) {
        closestFinder.find(closestInputs, ranges[size_t(r)], ranges[size_t(r) + 1], &closest);
    });
    std::vector<qint32> reached(size_t(rangeCount), 0);
    ParallelRunner::forEach(rangeCount, workers, [&](int r, int worker) {
        const WordEvidenceGatherer gatherer(m_lexicon, m_weights, *m_scorers[size_t(worker)], m_cancel);
        reached[size_t(r)] = gatherer.gatherSentences(inputs, ranges[size_t(r)], ranges[size_t(r) + 1], &evidence);
    });
    // Bits of a std::vector<bool> are not written from several threads: the
    // open words' PureInsertion is noted here, in the sentences reached.
    for (qint32 r = 0; r < rangeCount; ++r) {
        const qint32 stop = reached[size_t(r)];
        const qint32 end = stop < qint32(other.sentenceStarts.size()) ? other.sentenceStarts[size_t(stop)] : otherSize;
        for (qint32 q = firstWordAt(otherWords, other.sentenceStarts[size_t(ranges[size_t(r)])]);
             q < m && otherWords[size_t(q)] < end; ++q) {
            const qint32 row = evidence.openRows.rowOf(otherWords[size_t(q)]);
            if (row >= 0)
                evidence.pureInsertion[size_t(row)] = runs.pureInsertion[size_t(q)];
        }
    }
    return evidence;
}

qint32 WordEvidenceGatherer::gatherSentences(const SentenceInputs &in, qint32 from, qint32 to, Evidence *out) const
{
    Evidence &evidence = *out;
    const FlatDocument &base = in.base;
    const FlatDocument &other = in.other;
    const PairAlignment &alignment = in.alignment;
    const std::vector<bool> &capitalized = in.capitalized;
    const bool keepFeatures = in.keepFeatures;
    const CopyRuns &runs = in.runs;
    const std::vector<qint32> &otherWords = runs.otherWords;
    const std::vector<qint32> &otherKeys = runs.otherKeys;
    const std::vector<quint8> &diffRun = runs.diffRun;
    const std::vector<qint32> &sharedRun = runs.sharedRun;
    const std::vector<bool> &quoted = in.quoted;
    const double articleCopied = in.articleCopied;
    const std::vector<qint32> &sentenceOfContent = in.sentenceOfContent;
    const Postings &stemSentences = in.stemSentences;
    const std::vector<std::pair<double, qint32>> &closest = in.closest;
    const auto m = qint32(otherWords.size());

    const auto sentenceSpan = [](const FlatDocument &doc, qint32 s) {
        const qint32 begin = doc.sentenceStarts[size_t(s)];
        return doc.keySpan().subspan(size_t(begin), size_t(doc.sentenceEnd(s) - begin));
    };
    const double topRarity = std::log((double(m_weights.documentCount()) + 1.0) / 0.5) + 1.0;

    // The base sentences last prepared for scoring, the latest last. A
    // sentence's source is mostly its predecessor's or one near it, and
    // prepare() depends on the keys alone, so a source dropped and prepared
    // again scores the same: keeping every source held 85 MB of a 1M-word
    // pair.
    std::vector<std::pair<qint32, ParaphraseScorer::Sentence>> recentSources;
    const auto preparedSource = [&](qint32 sentence) -> const ParaphraseScorer::Sentence & {
        const auto it = std::find_if(recentSources.begin(), recentSources.end(),
                                     [sentence](const auto &entry) { return entry.first == sentence; });
        if (it != recentSources.end())
            return it->second;
        if (recentSources.size() == keptSources)
            recentSources.erase(recentSources.begin());
        recentSources.emplace_back(sentence, m_scorer.prepare(sentenceSpan(base, sentence)));
        return recentSources.back().second;
    };
    SentenceTally voteTally(base.sentenceStarts.size());    // base sentence -> copied words
    SentenceTally overlapTally(base.sentenceStarts.size()); // base sentence -> shared rarity
    std::vector<std::pair<qint32, double>> &votes = voteTally.entries();
    std::vector<std::pair<qint32, double>> &overlaps = overlapTally.entries();
    std::vector<qint32> sourceStems;
    std::vector<qint32> sentenceStems;
    // The word index of the sentence's first word.
    qint32 q = firstWordAt(otherWords, other.sentenceStarts[size_t(from)]);
    qint32 s = from;
    for (; s < to && !m_cancel.isCancelled(); ++s) {
        const qint32 end = other.sentenceEnd(s);
        const qint32 firstWord = q;
        while (q < m && otherWords[size_t(q)] < end)
            ++q;
        const qint32 lastWord = q; // exclusive
        const qint32 words = lastWord - firstWord;
        if (words == 0)
            continue;
        bool open = false;
        for (qint32 k = firstWord; k < lastWord; ++k)
            open = open || evidence.fixedClass[size_t(otherWords[size_t(k)])] == Evidence::open;
        if (!open)
            continue;

        // Candidate sources: where the copied words come from, and where the
        // rare content stems are.
        voteTally.clear();
        overlapTally.clear();
        sentenceStems.clear();
        for (qint32 k = firstWord; k < lastWord; ++k) {
            const qint32 j = otherWords[size_t(k)];
            if (isCopied(alignment.b.classes[size_t(j)]))
                voteTally.add(base.sentenceOf(alignment.b.counterpart(j)), 1.0);
            else if (sharedRun[size_t(k)] >= 3 && evidence.copySource[size_t(j)] >= 0)
                voteTally.add(base.sentenceOf(evidence.copySource[size_t(j)]), 1.0);
            const qint32 key = otherKeys[size_t(k)];
            if (!m_lexicon.isContent(key))
                continue;
            const qint32 stem = m_lexicon.stem(key);
            if (std::find(sentenceStems.begin(), sentenceStems.end(), stem) != sentenceStems.end())
                continue;
            sentenceStems.push_back(stem);
            if (stemSentences.count(stem) > maxPostings)
                continue;
            qint32 last = -1;
            for (const qint32 *it = stemSentences.begin(stem); it != stemSentences.end(stem); ++it) {
                const qint32 sentence = sentenceOfContent[size_t(*it)];
                if (sentence != last)
                    overlapTally.add(sentence, m_weights.weight(stem));
                last = sentence;
            }
        }
        const auto byAmount = [](const auto &x, const auto &y) {
            return x.second > y.second || (x.second == y.second && x.first < y.first);
        };
        std::sort(votes.begin(), votes.end(), byAmount);
        std::sort(overlaps.begin(), overlaps.end(), byAmount);
        std::vector<qint32> candidates;
        const auto propose = [&candidates](qint32 sentence) {
            if (std::find(candidates.begin(), candidates.end(), sentence) == candidates.end())
                candidates.push_back(sentence);
        };
        for (size_t k = 0; k < votes.size() && k < maxCandidates; ++k)
            propose(votes[k].first);
        for (size_t k = 0; k < overlaps.size() && k < maxCandidates; ++k)
            propose(overlaps[k].first);
        if (closest[size_t(s)].second >= 0)
            propose(closest[size_t(s)].second);

        // The source is the candidate that holds most of the sentence's
        // content (by rarity), copied words counting once more: a sentence
        // written from two base sentences takes the richer as its source and
        // the other as the second.
        double sentenceWeight = 0;
        for (const qint32 stem : sentenceStems)
            sentenceWeight += m_weights.weight(stem);
        std::sort(sentenceStems.begin(), sentenceStems.end());
        SourceSentence &source = evidence.sources[size_t(s)];
        double bestSupport = 0, secondSupport = 0;
        std::vector<qint32> candidateStems;
        for (const qint32 candidate : candidates) {
            candidateStems.clear();
            for (const qint32 key : sentenceSpan(base, candidate))
                if (m_lexicon.isContent(key))
                    candidateStems.push_back(m_lexicon.stem(key));
            std::sort(candidateStems.begin(), candidateStems.end());
            candidateStems.erase(std::unique(candidateStems.begin(), candidateStems.end()), candidateStems.end());
            double support = 0;
            for (const qint32 stem : sentenceStems)
                if (std::binary_search(candidateStems.begin(), candidateStems.end(), stem))
                    support += m_weights.weight(stem);
            for (const auto &[sentence, count] : votes)
                if (sentence == candidate)
                    support += count;
            if (support > bestSupport) {
                source.second = source.best;
                secondSupport = bestSupport;
                source.best = candidate;
                bestSupport = support;
            } else if (support > secondSupport) {
                source.second = candidate;
                secondSupport = support;
            }
        }
        if (source.second >= 0 && secondSupport < 0.25 * bestSupport)
            source.second = -1;
        if (source.best >= 0) {
            const ParaphraseScorer::Sentence &prepared = preparedSource(source.best);
            source.probability = m_scorer.probability(prepared, m_scorer.prepare(sentenceSpan(other, s)));
        }

        // The stems of the source sentence(s), and the rarity-weighted cosine.
        sourceStems.clear();
        for (const qint32 sentence : { source.best, source.second }) {
            if (sentence < 0)
                continue;
            for (const qint32 key : sentenceSpan(base, sentence))
                if (!m_lexicon.isPunctuation(key))
                    sourceStems.push_back(m_lexicon.stem(key));
        }
        std::sort(sourceStems.begin(), sourceStems.end());
        sourceStems.erase(std::unique(sourceStems.begin(), sourceStems.end()), sourceStems.end());
        const auto inSource = [&sourceStems](qint32 stem) {
            return std::binary_search(sourceStems.begin(), sourceStems.end(), stem);
        };
        if (source.best >= 0) {
            std::vector<qint32> bestStems;
            for (const qint32 key : sentenceSpan(base, source.best))
                if (m_lexicon.isContent(key))
                    bestStems.push_back(m_lexicon.stem(key));
            std::sort(bestStems.begin(), bestStems.end());
            bestStems.erase(std::unique(bestStems.begin(), bestStems.end()), bestStems.end());
            double dot = 0, normA = 0, normB = 0;
            for (const qint32 stem : bestStems) {
                const double w = m_weights.weight(stem);
                normA += w * w;
            }
            for (const qint32 stem : sentenceStems) {
                const double w = m_weights.weight(stem);
                normB += w * w;
                if (std::binary_search(bestStems.begin(), bestStems.end(), stem))
                    dot += w * w;
            }
            source.cosine = normA > 0 && normB > 0 ? dot / std::sqrt(normA * normB) : 0.0;
            source.contained = normB > 0 ? dot / normB : 0.0;
            source.containing = normA > 0 ? dot / normA : 0.0;
        }

        qint32 copied = 0, covered = 0;
        for (qint32 k = firstWord; k < lastWord; ++k)
            copied += sharedRun[size_t(k)] >= 3;
        for (const qint32 stem : sentenceStems)
            covered += inSource(stem);

        // The sentence's source keys, for KeyInSource and synonyms.
        std::vector<qint32> sourceKeys;
        for (const qint32 sentence : { source.best, source.second }) {
            if (sentence < 0)
                continue;
            for (const qint32 key : sentenceSpan(base, sentence))
                if (!m_lexicon.isPunctuation(key))
                    sourceKeys.push_back(key);
        }
        std::sort(sourceKeys.begin(), sourceKeys.end());
        sourceKeys.erase(std::unique(sourceKeys.begin(), sourceKeys.end()), sourceKeys.end());

        // Local context: where in the sentence the copied and the sourced
        // words are (a clause is written from the base, or anew, as a whole).
        std::vector<qint32> copiedAt, sourcedAt;
        for (qint32 k = firstWord; k < lastWord; ++k) {
            if (sharedRun[size_t(k)] >= 2 || diffRun[size_t(k)] >= 2)
                copiedAt.push_back(k);
            if (m_lexicon.isContent(otherKeys[size_t(k)]) && inSource(m_lexicon.stem(otherKeys[size_t(k)])))
                sourcedAt.push_back(k);
        }
        const auto within = [](const std::vector<qint32> &at, qint32 from, qint32 to) {
            return qint32(std::lower_bound(at.begin(), at.end(), to) - std::lower_bound(at.begin(), at.end(), from));
        };
        const auto distance = [](const std::vector<qint32> &at, qint32 k) {
            const auto it = std::lower_bound(at.begin(), at.end(), k);
            qint32 best = std::numeric_limits<qint32>::max();
            if (it != at.end())
                best = *it - k;
            if (it != at.begin())
                best = std::min(best, k - *(it - 1));
            return best;
        };

        for (qint32 k = firstWord; k < lastWord; ++k) {
            const qint32 j = otherWords[size_t(k)];
            if (evidence.fixedClass[size_t(j)] != Evidence::open)
                continue;
            const qint32 key = otherKeys[size_t(k)];
            const qint32 stem = m_lexicon.stem(key);
            Features f {};
            f[DiffRun] = logScale(diffRun[size_t(k)], 31);
            const qint32 run = sharedRun[size_t(k)];
            f[SharedRun] = logScale(run, 31);
            f[InBase] = run > 0;
            f[SharedRun2] = run >= 2;
            f[SharedRun3] = run >= 3;
            f[SharedRun5] = run >= 5;
            f[SharedRun8] = run >= 8;
            f[BaseFrequency] = logScale(runs.baseCount[size_t(k)], 63);
            f[KeyInSource] = std::binary_search(sourceKeys.begin(), sourceKeys.end(), key);
            f[StemInSource] = inSource(stem);
            const bool content = m_lexicon.isContent(key) && !m_lexicon.isNumber(key);
            if (!f[StemInSource] && content) {
                f[SynonymInSource] = std::any_of(sourceKeys.begin(), sourceKeys.end(), [&](qint32 sourceKey) {
                    return m_lexicon.isContent(sourceKey) && m_scorer.wordsMatch(key, sourceKey);
                });
            }
            f[Content] = content;
            f[Number] = m_lexicon.isNumber(key);
            f[Rarity] = std::clamp(m_weights.weight(stem) / topRarity, 0.0, 1.0);
            f[PreviousRun] = k > firstWord ? logScale(sharedRun[size_t(k - 1)], 31) : 0.0;
            f[NextRun] = k + 1 < lastWord ? logScale(sharedRun[size_t(k + 1)], 31) : 0.0;
            f[SentenceMatched] = source.best >= 0;
            f[SentenceProbability] = source.probability;
            f[SentenceCosine] = source.cosine;
            f[SentenceCopied] = double(copied) / double(words);
            f[SentenceCovered] = sentenceStems.empty() ? 0.0 : double(covered) / double(sentenceStems.size());
            f[SentenceLength] = logScale(words, 63);
            f[SentenceContained] = source.contained;
            f[SourceContained] = source.containing;
            f[Capitalized] = k > firstWord && !capitalized.empty() && capitalized[size_t(j)];
            f[SentenceStart] = k == firstWord;
            {
                const qint32 from = std::max(firstWord, k - 4);
                const qint32 to = std::min(lastWord, k + 5);
                const double span = double(to - from);
                f[WindowCopied] = double(within(copiedAt, from, to)) / span;
                f[WindowSourced] = double(within(sourcedAt, from, to)) / span;
                const qint32 d = distance(copiedAt, k);
                f[NearCopy] = d == std::numeric_limits<qint32>::max() ? 0.0 : 1.0 / (1.0 + double(d));
            }
            f[ArticleCopied] = articleCopied;
            f[PureInsertion] = runs.pureInsertion[size_t(k)];
            f[ContentInSource] = f[Content] * f[StemInSource];
            f[ContentNotInBase] = f[Content] * (1.0 - f[InBase]);
            f[BestCosine] = closest[size_t(s)].first;
            f[NeighbourCosine] = std::max(s > 0 ? closest[size_t(s - 1)].first : 0.0,
                                          size_t(s + 1) < closest.size() ? closest[size_t(s + 1)].first : 0.0);
            f[SentencePosition] = other.sentenceStarts.size() > 1
                ? double(s) / double(other.sentenceStarts.size() - 1) : 0.0;
            f[InQuote] = quoted[size_t(j)];
            f[QuotedUncopied] = f[InQuote] * (1.0 - f[SharedRun2]);
            const auto row = size_t(evidence.openRows.rowOf(j));
            evidence.probabilities[row] = WordClassifier::probabilities(f);
            if (keepFeatures)
                evidence.features[row] = f;
        }
    }
    return s;
}

} // namespace WireDiff
