#include "paraphrasescorer.h"

#include "lexicon.h"
#include "paraphrasemodel.h"
#include "synonymdictionary.h"
#include "termweights.h"
#include "vocabulary.h"

#include <algorithm>
#include <cmath>

namespace WireDiff {

namespace {

template<typename T>
qsizetype sharedCount(const std::vector<T> &a, const std::vector<T> &b)
{
    qsizetype shared = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++shared;
            ++i;
            ++j;
        }
    }
    return shared;
}

template<typename T>
void sortUnique(std::vector<T> *values)
{
    std::sort(values->begin(), values->end());
    values->erase(std::unique(values->begin(), values->end()), values->end());
}

double dice(qsizetype shared, qsizetype sizeA, qsizetype sizeB)
{
    return sizeA + sizeB == 0 ? 0.0 : 2.0 * double(shared) / double(sizeA + sizeB);
}

double containmentMin(qsizetype shared, qsizetype sizeA, qsizetype sizeB)
{
    const qsizetype larger = std::max(sizeA, sizeB);
    return larger == 0 ? 0.0 : double(shared) / double(larger);
}

// Longest common subsequence of two short stem sequences, two rows.
qint32 commonSubsequence(const std::vector<qint32> &a, const std::vector<qint32> &b, std::vector<qint32> &previous,
                         std::vector<qint32> &current)
{
    previous.assign(b.size() + 1, 0);
    current.assign(b.size() + 1, 0);
    for (size_t i = 1; i <= a.size(); ++i) {
        for (size_t j = 1; j <= b.size(); ++j)
            current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : std::max(previous[j], current[j - 1]);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// Word-level Levenshtein distance and the longest run of consecutive
// shared stems, in one pass over the table.
std::pair<qint32, qint32> editDistanceAndLongestRun(const std::vector<qint32> &a, const std::vector<qint32> &b,
                                                   std::vector<qint32> &editPrevious, std::vector<qint32> &editCurrent,
                                                   std::vector<qint32> &runPrevious, std::vector<qint32> &runCurrent)
{
    editPrevious.resize(b.size() + 1);
    editCurrent.resize(b.size() + 1);
    runPrevious.assign(b.size() + 1, 0);
    runCurrent.assign(b.size() + 1, 0);
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

} // namespace

ParaphraseScorer::ParaphraseScorer(const Vocabulary &vocabulary, const Lexicon &lexicon,
                                   const TermWeights &weights, const SynonymDictionary *synonyms)
    : m_vocabulary(vocabulary)
    , m_lexicon(lexicon)
    , m_weights(weights)
    , m_synonyms(synonyms)
    , m_synsetCache(size_t(vocabulary.size()))
    , m_synsetKnown(size_t(vocabulary.size()), false)
{
}

ParaphraseScorer::Sentence ParaphraseScorer::prepare(std::span<const qint32> keys) const
{
    Sentence sentence;
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
    sentence.distinct = sentence.content;
    sortUnique(&sentence.distinct);
    for (const qint32 stem : sentence.distinct)
        sentence.distinctWeight += m_weights.weight(stem);
    sortUnique(&sentence.bigrams);
    sortUnique(&sentence.trigrams);
    sortUnique(&sentence.stems);
    sortUnique(&sentence.numbers);
    std::sort(sentence.grams.begin(), sentence.grams.end());
    double squares = 0;
    for (size_t i = 0; i < sentence.grams.size();) {
        size_t j = i;
        while (j < sentence.grams.size() && sentence.grams[j] == sentence.grams[i])
            ++j;
        squares += double(j - i) * double(j - i);
        i = j;
    }
    sentence.gramNorm = std::sqrt(squares);
    return sentence;
}

const std::vector<quint32> &ParaphraseScorer::synsetsOf(qint32 key) const
{
    if (!m_synsetKnown[size_t(key)]) {
        m_synsetKnown[size_t(key)] = true;
        if (m_synonyms)
            m_synsetCache[size_t(key)] = m_synonyms->synsets(m_vocabulary.key(key));
    }
    return m_synsetCache[size_t(key)];
}

bool ParaphraseScorer::wordsMatch(qint32 keyA, qint32 keyB) const
{
    if (m_lexicon.stem(keyA) == m_lexicon.stem(keyB))
        return true;
    if (!m_synonyms || m_lexicon.isNumber(keyA) || m_lexicon.isNumber(keyB))
        return false;
    const std::vector<quint32> &left = synsetsOf(keyA);
    const std::vector<quint32> &right = synsetsOf(keyB);
    return sharedCount(left, right) > 0;
}

ParaphraseScorer::WordMatching ParaphraseScorer::matchContentWords(const Sentence &a, const Sentence &b) const
{
    // Content words of each side matched one to one by stem or, with
    // WordNet, by a shared sense; identical stems first, so a synonym never
    // takes a word's exact match; greedy in order.
    WordMatching matching;
    matching.left = qsizetype(a.contentKeys.size());
    matching.right = qsizetype(b.contentKeys.size());
    for (const double w : a.contentWeights)
        matching.leftWeight += w;
    for (const double w : b.contentWeights)
        matching.rightWeight += w;
    m_used.assign(b.contentKeys.size(), false);
    m_done.assign(a.contentKeys.size(), false);
    for (size_t i = 0; i < a.content.size(); ++i) {
        for (size_t j = 0; j < b.content.size(); ++j) {
            if (!m_used[j] && a.content[i] == b.content[j]) {
                m_used[j] = true;
                m_done[i] = true;
                ++matching.matched;
                matching.matchedWeight += a.contentWeights[i] + b.contentWeights[j];
                break;
            }
        }
    }
    if (!m_synonyms)
        return matching;
    for (size_t i = 0; i < a.contentKeys.size(); ++i) {
        for (size_t j = 0; j < b.contentKeys.size() && !m_done[i]; ++j) {
            if (!m_used[j] && wordsMatch(a.contentKeys[i], b.contentKeys[j])) {
                m_used[j] = true;
                m_done[i] = true;
                ++matching.matched;
                matching.matchedWeight += a.contentWeights[i] + b.contentWeights[j];
            }
        }
    }
    return matching;
}

ParaphraseScorer::Features ParaphraseScorer::features(const Sentence &left, const Sentence &right) const
{
    Features f {};
    double weightShared = 0;
    {
        auto i = left.distinct.begin();
        auto j = right.distinct.begin();
        while (i != left.distinct.end() && j != right.distinct.end()) {
            if (*i < *j) {
                ++i;
            } else if (*j < *i) {
                ++j;
            } else {
                weightShared += m_weights.weight(*i);
                ++i;
                ++j;
            }
        }
    }
    const double weightBoth = left.distinctWeight + right.distinctWeight;
    f[WeightedDice] = weightBoth > 0 ? 2.0 * weightShared / weightBoth : 0.0;

    const qsizetype shared = sharedCount(left.distinct, right.distinct);
    const double ratioLeft = left.distinct.empty() ? 0.0 : double(shared) / double(left.distinct.size());
    const double ratioRight = right.distinct.empty() ? 0.0 : double(shared) / double(right.distinct.size());
    f[ContainmentMin] = std::min(ratioLeft, ratioRight);
    f[ContainmentMax] = std::max(ratioLeft, ratioRight);
    const qsizetype sharedBigrams = sharedCount(left.bigrams, right.bigrams);
    const qsizetype sharedTrigrams = sharedCount(left.trigrams, right.trigrams);
    const qsizetype sharedStems = sharedCount(left.stems, right.stems);
    f[BigramDice] = dice(sharedBigrams, qsizetype(left.bigrams.size()), qsizetype(right.bigrams.size()));
    f[TrigramDice] = dice(sharedTrigrams, qsizetype(left.trigrams.size()), qsizetype(right.trigrams.size()));
    f[WordDice] = dice(sharedStems, qsizetype(left.stems.size()), qsizetype(right.stems.size()));
    f[LengthRatio] = std::max(left.wordCount, right.wordCount) == 0
        ? 0.0
        : double(std::min(left.wordCount, right.wordCount)) / double(std::max(left.wordCount, right.wordCount));
    const qsizetype numbersShared = sharedCount(left.numbers, right.numbers);
    const auto numbersAll = qsizetype(left.numbers.size() + right.numbers.size());
    f[NumberAgreement] = numbersAll == 0 ? 1.0 : 2.0 * double(numbersShared) / double(numbersAll);
    f[NumberMismatch] = std::min(3.0, double(numbersAll - 2 * numbersShared)) / 3.0;
    const qint32 ordered = commonSubsequence(left.content, right.content, m_rowA, m_rowB);
    f[OrderedOverlap] = dice(ordered, qsizetype(left.content.size()), qsizetype(right.content.size()));
    const WordMatching matching = matchContentWords(left, right);
    f[SynonymDice] = dice(matching.matched, matching.left, matching.right);
    f[UnmatchedContent] = std::log1p(double(matching.left + matching.right - 2 * matching.matched)) / std::log(16.0);
    f[UnmatchedMax] = std::log1p(double(std::max(matching.left, matching.right) - matching.matched)) / std::log(16.0);
    f[WordContainmentMin] = containmentMin(sharedStems, qsizetype(left.stems.size()), qsizetype(right.stems.size()));
    f[BigramContainmentMin] = containmentMin(sharedBigrams, qsizetype(left.bigrams.size()), qsizetype(right.bigrams.size()));
    const auto [distance, longestRun] =
        editDistanceAndLongestRun(left.sequence, right.sequence, m_rowA, m_rowB, m_rowC, m_rowD);
    const auto longer = qsizetype(std::max(left.sequence.size(), right.sequence.size()));
    const auto shorter = qsizetype(std::min(left.sequence.size(), right.sequence.size()));
    f[EditSimilarity] = longer == 0 ? 0.0 : 1.0 - double(distance) / double(longer);
    f[LengthDifference] = std::log1p(double(std::abs(left.wordCount - right.wordCount))) / std::log(32.0);
    f[WeightedSynonymDice] = matching.leftWeight + matching.rightWeight > 0
        ? matching.matchedWeight / (matching.leftWeight + matching.rightWeight)
        : 0.0;
    double dot = 0;
    {
        size_t i = 0, j = 0;
        const auto &a = left.grams;
        const auto &b = right.grams;
        while (i < a.size() && j < b.size()) {
            if (a[i] < b[j]) {
                ++i;
            } else if (b[j] < a[i]) {
                ++j;
            } else {
                size_t ei = i, ej = j;
                while (ei < a.size() && a[ei] == a[i])
                    ++ei;
                while (ej < b.size() && b[ej] == b[j])
                    ++ej;
                dot += double(ei - i) * double(ej - j);
                i = ei;
                j = ej;
            }
        }
    }
    f[CharacterCosine] = left.gramNorm > 0 && right.gramNorm > 0 ? dot / (left.gramNorm * right.gramNorm) : 0.0;
    f[NegationMismatch] = left.negations != right.negations ? 1.0 : 0.0;
    f[LongestRun] = shorter == 0 ? 0.0 : double(longestRun) / double(shorter);
    f[TrigramContainmentMin] = containmentMin(sharedTrigrams, qsizetype(left.trigrams.size()), qsizetype(right.trigrams.size()));
    return f;
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
