#include "paraphrasescorer.h"

#include "lexicon.h"
#include "paraphrasebounds.h"
#include "paraphraseformulas.h"
#include "paraphrasemodel.h"
#include "sortedsets.h"
#include "synonymdictionary.h"
#include "synsetcache.h"
#include "termweights.h"
#include "vocabulary.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <optional>

namespace WireDiff {

namespace {

template<typename T>
void sortUnique(std::vector<T> *values)
{
    std::sort(values->begin(), values->end());
    values->erase(std::unique(values->begin(), values->end()), values->end());
}

// Empties a sentence for prepare() to fill again, keeping its lists'
// capacity.
void clearSentence(ParaphraseScorer::Sentence *sentence)
{
    static_assert(sizeof(ParaphraseScorer::Sentence)
                      == 12 * sizeof(std::vector<qint32>) + 3 * sizeof(double) + 2 * sizeof(int),
                  "clearSentence() resets every field of Sentence");
    sentence->content.clear();
    sentence->contentKeys.clear();
    sentence->contentWeights.clear();
    sentence->distinct.clear();
    sentence->distinctWeights.clear();
    sentence->bigrams.clear();
    sentence->trigrams.clear();
    sentence->stems.clear();
    sentence->sequence.clear();
    sentence->numbers.clear();
    sentence->grams.clear();
    sentence->gramCounts.clear();
    sentence->gramNorm = 0;
    sentence->distinctWeight = 0;
    sentence->contentWeight = 0;
    sentence->wordCount = 0;
    sentence->negations = 0;
}

using namespace ParaphraseFormulas;
using namespace ParaphraseBounds;
using Sentence = ParaphraseScorer::Sentence;

// Sets every feature but OrderedOverlap, the matching's four,
// EditSimilarity, LongestRun and CharacterCosine, from set merges.
SetOverlaps setCheapFeatures(const Sentence &left, const Sentence &right, ParaphraseScorer::Features *features)
{
    using enum ParaphraseScorer::Feature;
    ParaphraseScorer::Features &f = *features;
    SetOverlaps overlaps;
    overlaps.content = SortedSets::sharedCountAndWeight(left.distinct, left.distinctWeights, right.distinct,
                                                        &overlaps.contentWeight);
    const double weightBoth = left.distinctWeight + right.distinctWeight;
    f[WeightedDice] = weightBoth > 0 ? 2.0 * overlaps.contentWeight / weightBoth : 0.0;

    const double ratioLeft = left.distinct.empty() ? 0.0 : double(overlaps.content) / double(left.distinct.size());
    const double ratioRight = right.distinct.empty() ? 0.0 : double(overlaps.content) / double(right.distinct.size());
    f[ContainmentMin] = std::min(ratioLeft, ratioRight);
    f[ContainmentMax] = std::max(ratioLeft, ratioRight);
    overlaps.bigrams = SortedSets::sharedCount(left.bigrams, right.bigrams);
    overlaps.trigrams = SortedSets::sharedCount(left.trigrams, right.trigrams);
    overlaps.stems = SortedSets::sharedCount(left.stems, right.stems);
    f[BigramDice] = dice(overlaps.bigrams, qsizetype(left.bigrams.size()), qsizetype(right.bigrams.size()));
    f[TrigramDice] = dice(overlaps.trigrams, qsizetype(left.trigrams.size()), qsizetype(right.trigrams.size()));
    f[WordDice] = dice(overlaps.stems, qsizetype(left.stems.size()), qsizetype(right.stems.size()));
    f[LengthRatio] = std::max(left.wordCount, right.wordCount) == 0
        ? 0.0
        : double(std::min(left.wordCount, right.wordCount)) / double(std::max(left.wordCount, right.wordCount));
    const qsizetype numbersShared = SortedSets::sharedCount(left.numbers, right.numbers);
    const auto numbersAll = qsizetype(left.numbers.size() + right.numbers.size());
    f[NumberAgreement] = numbersAll == 0 ? 1.0 : 2.0 * double(numbersShared) / double(numbersAll);
    f[NumberMismatch] = std::min(3.0, double(numbersAll - 2 * numbersShared)) / 3.0;
    f[WordContainmentMin] = containmentMin(overlaps.stems, qsizetype(left.stems.size()), qsizetype(right.stems.size()));
    f[BigramContainmentMin] = containmentMin(overlaps.bigrams, qsizetype(left.bigrams.size()), qsizetype(right.bigrams.size()));
    f[LengthDifference] = std::log1p(double(std::abs(left.wordCount - right.wordCount))) / std::log(32.0);
    f[NegationMismatch] = left.negations != right.negations ? 1.0 : 0.0;
    f[TrigramContainmentMin] = containmentMin(overlaps.trigrams, qsizetype(left.trigrams.size()), qsizetype(right.trigrams.size()));
    return overlaps;
}

} // namespace

ParaphraseScorer::ParaphraseScorer(const Vocabulary &vocabulary, const Lexicon &lexicon,
                                   const TermWeights &weights, const SynonymDictionary *synonyms,
                                   const SynsetCache *shared)
    : m_vocabulary(vocabulary)
    , m_lexicon(lexicon)
    , m_weights(weights)
    , m_synonyms(synonyms)
    , m_shared(shared)
    , m_synsetRange(size_t(vocabulary.size()), { 0, 0 })
    , m_synsetKnown(size_t(vocabulary.size()), false)
    , m_synsetSignature(size_t(vocabulary.size()), 0)
{
}

ParaphraseScorer::Sentence ParaphraseScorer::prepare(std::span<const qint32> keys) const
{
    // Built in the scorer's scratch sentence, whose lists keep their
    // capacity from one sentence to the next, and handed out as a copy: a
    // copy allocates each list at its final size. Reserving for every key
    // and then dropping punctuation, function words and repeats left each
    // prepared sentence (kept by the thousand) about twice its contents.
    Sentence &sentence = m_scratch;
    clearSentence(&sentence);
    qint32 previous = -1;
    qint32 beforePrevious = -1;
    for (const qint32 key : keys) {
        if (m_lexicon.isPunctuation(key))
            continue;
        ++sentence.wordCount;
        if (m_lexicon.isNegation(key))
            sentence.negations ^= 1;
        const qint32 stem = m_lexicon.stem(key);
        sentence.stems.push_back(stem);
        sentence.sequence.push_back(stem);
        if (previous >= 0)
            sentence.bigrams.push_back((qint64(previous) << 32) | quint32(stem));
        if (beforePrevious >= 0)
            sentence.trigrams.push_back((quint64(quint32(beforePrevious)) * 0x9E3779B97F4A7C15ull)
                                        ^ (quint64(quint32(previous)) << 21) ^ quint64(quint32(stem)));
        beforePrevious = previous;
        previous = stem;
        if (m_lexicon.isNumber(key))
            sentence.numbers.push_back(key);
        if (m_lexicon.isContent(key)) {
            sentence.content.push_back(stem);
            sentence.contentKeys.push_back(key);
            sentence.contentWeights.push_back(m_weights.weight(stem));
            sentence.contentWeight += sentence.contentWeights.back();
        }
        // Character 4-grams of the word padded with a space on each side:
        // "extradite" and "extradition", names spelt slightly differently.
        quint64 window = quint64(' ');
        qsizetype index = 1;
        const auto push = [&](char16_t c) {
            window = (window << 16) | quint64(c);
            if (index++ >= 3)
                sentence.grams.push_back(window);
        };
        for (const QChar c : m_vocabulary.key(key))
            push(c.unicode());
        push(u' ');
    }
    sentence.distinct.assign(sentence.content.begin(), sentence.content.end());
    sortUnique(&sentence.distinct);
    for (const qint32 stem : sentence.distinct) {
        sentence.distinctWeights.push_back(m_weights.weight(stem));
        sentence.distinctWeight += sentence.distinctWeights.back();
    }
    sortUnique(&sentence.bigrams);
    sortUnique(&sentence.trigrams);
    sortUnique(&sentence.stems);
    sortUnique(&sentence.numbers);
    std::sort(sentence.grams.begin(), sentence.grams.end());
    double squares = 0;
    size_t distinctGrams = 0;
    for (size_t i = 0; i < sentence.grams.size();) {
        size_t j = i;
        while (j < sentence.grams.size() && sentence.grams[j] == sentence.grams[i])
            ++j;
        squares += double(j - i) * double(j - i);
        sentence.grams[distinctGrams++] = sentence.grams[i];
        sentence.gramCounts.push_back(qint32(j - i));
        i = j;
    }
    sentence.grams.resize(distinctGrams);
    sentence.gramNorm = std::sqrt(squares);
    return sentence;
}

quint64 ParaphraseScorer::synsetSignature(qint32 key) const
{
    synsetsOf(key);
    return m_synsetSignature[size_t(key)];
}

quint64 ParaphraseScorer::senseSignature(qint32 key) const
{
    return m_synonyms && !m_lexicon.isNumber(key) ? synsetSignature(key) : 0;
}

std::span<const quint32> ParaphraseScorer::synsetsOf(qint32 key) const
{
    if (!m_synsetKnown[size_t(key)]) {
        m_synsetKnown[size_t(key)] = true;
        if (m_synonyms) {
            const std::vector<quint32> synsets =
                m_shared ? m_shared->synsets(key) : m_synonyms->synsets(m_vocabulary.key(key));
            m_synsetRange[size_t(key)] = { qint32(m_synsets.size()), qint32(synsets.size()) };
            m_synsets.insert(m_synsets.end(), synsets.begin(), synsets.end());
            quint64 signature = 0;
            for (const quint32 synset : synsets)
                signature |= quint64(1) << (synset % 64);
            m_synsetSignature[size_t(key)] = signature;
        }
    }
    const auto [start, count] = m_synsetRange[size_t(key)];
    return std::span<const quint32>(m_synsets).subspan(size_t(start), size_t(count));
}

bool ParaphraseScorer::wordsMatch(qint32 keyA, qint32 keyB) const
{
    if (m_lexicon.stem(keyA) == m_lexicon.stem(keyB))
        return true;
    if (!m_synonyms || m_lexicon.isNumber(keyA) || m_lexicon.isNumber(keyB))
        return false;
    // Both looked up before either list is read: a lookup may move the lists.
    synsetsOf(keyA);
    synsetsOf(keyB);
    // Words sharing a synset share its signature bit: most pairs share
    // none and are told apart without walking both lists.
    if (!(m_synsetSignature[size_t(keyA)] & m_synsetSignature[size_t(keyB)]))
        return false;
    return SortedSets::sharedCount(synsetsOf(keyA), synsetsOf(keyB)) > 0;
}

std::span<const SynonymDictionary::Related> ParaphraseScorer::relatedOf(qint32 key) const
{
    if (m_relatedKnown.empty()) {
        m_relatedKnown.assign(size_t(m_vocabulary.size()), false);
        m_relatedRange.assign(size_t(m_vocabulary.size()), { 0, 0 });
    }
    if (!m_relatedKnown[size_t(key)]) {
        m_relatedKnown[size_t(key)] = true;
        const std::vector<SynonymDictionary::Related> related = m_synonyms->related(m_vocabulary.key(key));
        m_relatedRange[size_t(key)] = { qint32(m_related.size()), qint32(related.size()) };
        m_related.insert(m_related.end(), related.begin(), related.end());
    }
    const auto [start, count] = m_relatedRange[size_t(key)];
    return std::span<const SynonymDictionary::Related>(m_related).subspan(size_t(start), size_t(count));
}

quint8 ParaphraseScorer::relation(qint32 keyA, qint32 keyB) const
{
    if (!m_synonyms || m_lexicon.isNumber(keyA) || m_lexicon.isNumber(keyB) || wordsMatch(keyA, keyB))
        return 0;
    // Pointers mostly come in pairs ("@" and "~", "+" both ways), but not
    // all (a pertainym only from the adjective): both directions are read. The
    // lists are looked up before any is read (a lookup may move them).
    synsetsOf(keyA);
    synsetsOf(keyB);
    relatedOf(keyA);
    relatedOf(keyB);
    const auto kindsTo = [](std::span<const SynonymDictionary::Related> related, std::span<const quint32> synsets) {
        quint8 kinds = 0;
        auto r = related.begin();
        auto s = synsets.begin();
        while (r != related.end() && s != synsets.end()) {
            if (r->synset < *s) {
                ++r;
            } else if (*s < r->synset) {
                ++s;
            } else {
                kinds |= r->kinds;
                ++r;
                ++s;
            }
        }
        return kinds;
    };
    // B's pointer to A, seen from A: B broader than A is A narrower than B.
    quint8 fromB = kindsTo(relatedOf(keyB), synsetsOf(keyA));
    const bool broader = fromB & SynonymDictionary::Broader;
    const bool narrower = fromB & SynonymDictionary::Narrower;
    fromB &= quint8(~(SynonymDictionary::Broader | SynonymDictionary::Narrower));
    fromB |= (broader ? SynonymDictionary::Narrower : 0) | (narrower ? SynonymDictionary::Broader : 0);
    return quint8(kindsTo(relatedOf(keyA), synsetsOf(keyB)) | fromB);
}

ParaphraseScorer::WordMatching ParaphraseScorer::matchContentWords(const Sentence &a, const Sentence &b) const
{
    // Content words of each side matched one to one by stem or, with
    // WordNet, by a shared sense; identical stems first, so a synonym never
    // takes a word's exact match; greedy in order.
    WordMatching matching = matchByStem(a, b);
    matchBySense(a, b, &matching);
    return matching;
}

ParaphraseScorer::WordMatching ParaphraseScorer::matchByStem(const Sentence &a, const Sentence &b) const
{
    WordMatching matching;
    matching.left = qsizetype(a.contentKeys.size());
    matching.right = qsizetype(b.contentKeys.size());
    // Summed in prepare() in the order this loop once summed them.
    matching.leftWeight = a.contentWeight;
    matching.rightWeight = b.contentWeight;
    m_measures.greedyMatches(a.content, b.content, &m_matchOfA);
    m_used.assign(b.contentKeys.size(), 0);
    for (size_t i = 0; i < a.content.size(); ++i) {
        if (const qint32 j = m_matchOfA[i]; j >= 0) {
            m_used[size_t(j)] = 1;
            ++matching.matched;
            matching.matchedWeight += a.contentWeights[i] + b.contentWeights[size_t(j)];
        }
    }
    return matching;
}

void ParaphraseScorer::matchBySense(const Sentence &a, const Sentence &b, WordMatching *matching) const
{
    if (!m_synonyms)
        return;
    // What wordsMatch() decides, for the words left: none of them shares
    // a stem with an unused word of b (the first pass took those), so only
    // a shared sense can match them, and the synset signatures rule out
    // most pairs before the synset lists are compared.
    for (size_t i = 0; i < a.contentKeys.size(); ++i) {
        if (m_matchOfA[i] >= 0)
            continue;
        const quint64 signature = senseSignature(a.contentKeys[i]);
        if (!signature)
            continue;
        for (size_t j = 0; j < b.contentKeys.size(); ++j) {
            // Both keys were looked up for their signatures: reading their
            // lists moves none.
            if (!m_used[j] && (signature & senseSignature(b.contentKeys[j]))
                && SortedSets::sharedCount(synsetsOf(a.contentKeys[i]), synsetsOf(b.contentKeys[j])) > 0) {
                m_used[j] = 1;
                ++matching->matched;
                matching->matchedWeight += a.contentWeights[i] + b.contentWeights[j];
                break;
            }
        }
    }
}

ParaphraseScorer::SenseCandidates ParaphraseScorer::senseCandidates(const Sentence &a, const Sentence &b) const
{
    // The words matchBySense() looks at: of a, those without a match;
    // of b, the unused ones whose signature can share a bit with theirs.
    SenseCandidates candidates;
    if (!m_synonyms)
        return candidates;
    for (size_t i = 0; i < a.contentKeys.size(); ++i) {
        if (m_matchOfA[i] < 0 && senseSignature(a.contentKeys[i])) {
            ++candidates.left;
            candidates.weight += a.contentWeights[i];
        }
    }
    for (size_t j = 0; j < b.contentKeys.size(); ++j) {
        if (!m_used[j] && senseSignature(b.contentKeys[j])) {
            ++candidates.right;
            candidates.weight += b.contentWeights[j];
        }
    }
    return candidates;
}

ParaphraseScorer::Features ParaphraseScorer::features(const Sentence &left, const Sentence &right) const
{
    Features f {};
    setCheapFeatures(left, right, &f);
    setOrderedOverlap(left, right, &f);
    setMatchingFeatures(matchContentWords(left, right), &f);
    setEditFeatures(left, right, &f);
    f[CharacterCosine] = characterCosine(left, right);
    return f;
}

bool ParaphraseScorer::passes(const Sentence &left, const Sentence &right, double threshold) const
{
    // Near 1 a threshold leaves too little room between the margin and
    // the rounding of the probability (see LogitRange): decided in full.
    if (!(threshold > 0 && threshold <= 1 - 1e-6))
        return probability(features(left, right)) >= threshold;
    return passesByBounds(left, right, threshold);
}

bool ParaphraseScorer::passesByBounds(const Sentence &left, const Sentence &right, double threshold) const
{
    Features f {};
    const SetOverlaps overlaps = setCheapFeatures(left, right, &f);
    double known = ParaphraseModel::weights[0];
    for (int i = 0; i < FeatureCount; ++i) // the dear features are still 0
        known += ParaphraseModel::weights[size_t(i) + 1] * f[size_t(i)];
    LogitRange logit(known, std::log(threshold / (1.0 - threshold)));
    const auto leftWords = qsizetype(left.content.size());
    const auto rightWords = qsizetype(right.content.size());
    const qsizetype orderedLow = leastOrderedPairs(overlaps);
    logit.set(LogitRange::OrderedGroup,
              orderedOverlapRange(orderedLow, mostStemPairs(left, right, overlaps), leftWords, rightWords));
    logit.set(LogitRange::MatchingGroup, matchingRangeBeforeMatching(left, right, overlaps));
    logit.set(LogitRange::EditGroup, editRangeBeforeEdit(left, right, overlaps));
    // A cosine of non-negative counts lies in [0, 1].
    logit.set(LogitRange::CosineGroup, term(CharacterCosine, 0.0, 1.0));

    // The dear features in the order that decided most pairs for their
    // cost on folders of versions (the cosine alone decides nearly half).
    if (const std::optional<bool> verdict = logit.verdict())
        return *verdict;
    f[CharacterCosine] = characterCosine(left, right);
    logit.set(LogitRange::CosineGroup, terms(f, { CharacterCosine }));
    if (const std::optional<bool> verdict = logit.verdict())
        return *verdict;

    // After the matching by stem: its pairs bound the LCS (an LCS pairs
    // equal stems one to one, and the greedy pass pairs min(count a,
    // count b) words of every stem); the sense pass adds at most one pair
    // per candidate of the smaller side, of at most the candidates' weight.
    WordMatching matching = matchByStem(left, right);
    const SenseCandidates candidates = senseCandidates(left, right);
    logit.set(LogitRange::MatchingGroup,
              matchingRange(matching.matched, matching.matched + std::min(candidates.left, candidates.right),
                            matching.matchedWeight, matching.matchedWeight + candidates.weight, leftWords,
                            rightWords, left.contentWeight + right.contentWeight));
    logit.set(LogitRange::OrderedGroup, orderedOverlapRange(orderedLow, matching.matched, leftWords, rightWords));
    if (const std::optional<bool> verdict = logit.verdict())
        return *verdict;

    setOrderedOverlap(left, right, &f);
    logit.set(LogitRange::OrderedGroup, terms(f, { OrderedOverlap }));
    if (const std::optional<bool> verdict = logit.verdict())
        return *verdict;

    setEditFeatures(left, right, &f);
    logit.set(LogitRange::EditGroup, terms(f, { EditSimilarity, LongestRun }));
    if (const std::optional<bool> verdict = logit.verdict())
        return *verdict;

    matchBySense(left, right, &matching);
    setMatchingFeatures(matching, &f);
    return probability(f) >= threshold;
}

double ParaphraseScorer::characterCosine(const Sentence &left, const Sentence &right)
{
    // The dot product of two integer count vectors, summed as an integer:
    // the same value a double sum gives (every partial sum is far below
    // 2^53), without a chain of floating-point additions.
    const qint64 dot = SortedSets::dotProduct(left.grams, left.gramCounts, right.grams, right.gramCounts);
    return left.gramNorm > 0 && right.gramNorm > 0 ? double(dot) / (left.gramNorm * right.gramNorm) : 0.0;
}

void ParaphraseScorer::setOrderedOverlap(const Sentence &left, const Sentence &right, Features *f) const
{
    const qint32 ordered = m_measures.commonSubsequence(left.content, right.content);
    (*f)[OrderedOverlap] = dice(ordered, qsizetype(left.content.size()), qsizetype(right.content.size()));
}

void ParaphraseScorer::setMatchingFeatures(const WordMatching &matching, Features *features)
{
    Features &f = *features;
    f[SynonymDice] = dice(matching.matched, matching.left, matching.right);
    f[UnmatchedContent] = unmatchedShare(matching.left + matching.right - 2 * matching.matched);
    f[UnmatchedMax] = unmatchedShare(std::max(matching.left, matching.right) - matching.matched);
    f[WeightedSynonymDice] = weightShare(matching.matchedWeight, matching.leftWeight + matching.rightWeight);
}

void ParaphraseScorer::setEditFeatures(const Sentence &left, const Sentence &right, Features *f) const
{
    const auto [distance, longestRun] = m_measures.editDistanceAndLongestRun(left.sequence, right.sequence);
    const auto longer = qsizetype(std::max(left.sequence.size(), right.sequence.size()));
    const auto shorter = qsizetype(std::min(left.sequence.size(), right.sequence.size()));
    (*f)[EditSimilarity] = editSimilarity(distance, longer);
    (*f)[LongestRun] = runShare(longestRun, shorter);
}

ParaphraseScorer::Features ParaphraseScorer::features(std::span<const qint32> a, std::span<const qint32> b) const
{
    return features(prepare(a), prepare(b));
}

double ParaphraseScorer::probability(std::span<const qint32> a, std::span<const qint32> b) const
{
    return probability(features(a, b));
}

const char *ParaphraseScorer::featureName(int feature)
{
    static constexpr std::array<const char *, FeatureCount> names {
        "WeightedDice",
        "ContainmentMin",
        "ContainmentMax",
        "BigramDice",
        "TrigramDice",
        "WordDice",
        "LengthRatio",
        "NumberAgreement",
        "NumberMismatch",
        "OrderedOverlap",
        "SynonymDice",
        "UnmatchedContent",
        "UnmatchedMax",
        "WordContainmentMin",
        "BigramContainmentMin",
        "EditSimilarity",
        "LengthDifference",
        "WeightedSynonymDice",
        "CharacterCosine",
        "NegationMismatch",
        "LongestRun",
        "TrigramContainmentMin",
    };
    return feature >= 0 && feature < FeatureCount ? names[size_t(feature)] : "";
}

double ParaphraseScorer::probability(const Features &features)
{
    double z = ParaphraseModel::weights[0];
    for (int i = 0; i < FeatureCount; ++i)
        z += ParaphraseModel::weights[size_t(i) + 1] * features[size_t(i)];
    return 1.0 / (1.0 + std::exp(-z));
}

double ParaphraseScorer::threshold(double sensitivity)
{
    const double s = std::clamp(sensitivity, 0.0, 1.0);
    // Linear around the tuned default: 0 -> +0.3 (strict), 1 -> -0.3 (loose).
    return std::clamp(ParaphraseModel::defaultThreshold + (0.5 - s) * 0.6, 0.05, 0.95);
}

} // namespace WireDiff
