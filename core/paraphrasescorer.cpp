#include "paraphrasescorer.h"

#include "lexicon.h"
#include "paraphrasemodel.h"
#include "synonymdictionary.h"
#include "termweights.h"
#include "vocabulary.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace WireDiff {

namespace {

struct StemBag
{
    std::vector<qint32> content; // content stems in order, repeats kept
    std::vector<qint32> contentKeys;
    std::vector<qint32> distinct; // sorted distinct content stems
    std::vector<qint64> bigrams;  // sorted stem bigrams over words
    std::vector<qint32> numbers;  // sorted number keys
    int words = 0;
};

StemBag bagOf(std::span<const qint32> keys, const Lexicon &lexicon)
{
    StemBag bag;
    qint32 previous = -1;
    for (const qint32 key : keys) {
        if (lexicon.isPunctuation(key))
            continue;
        ++bag.words;
        const qint32 stem = lexicon.stem(key);
        if (previous >= 0)
            bag.bigrams.push_back((qint64(previous) << 32) | quint32(stem));
        previous = stem;
        if (lexicon.isNumber(key))
            bag.numbers.push_back(key);
        if (lexicon.isContent(key)) {
            bag.content.push_back(stem);
            bag.contentKeys.push_back(key);
        }
    }
    bag.distinct = bag.content;
    std::sort(bag.distinct.begin(), bag.distinct.end());
    bag.distinct.erase(std::unique(bag.distinct.begin(), bag.distinct.end()), bag.distinct.end());
    std::sort(bag.bigrams.begin(), bag.bigrams.end());
    bag.bigrams.erase(std::unique(bag.bigrams.begin(), bag.bigrams.end()), bag.bigrams.end());
    std::sort(bag.numbers.begin(), bag.numbers.end());
    return bag;
}

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

double dice(qsizetype shared, qsizetype sizeA, qsizetype sizeB)
{
    return sizeA + sizeB == 0 ? 0.0 : 2.0 * double(shared) / double(sizeA + sizeB);
}

// Length of the longest common subsequence of two short stem sequences
// (sentences), with the classic two-row table.
qsizetype commonSubsequence(const std::vector<qint32> &a, const std::vector<qint32> &b)
{
    std::vector<qsizetype> previous(b.size() + 1, 0), current(b.size() + 1, 0);
    for (size_t i = 1; i <= a.size(); ++i) {
        for (size_t j = 1; j <= b.size(); ++j) {
            current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : std::max(previous[j], current[j - 1]);
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
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

double ParaphraseScorer::synonymDice(std::span<const qint32> a, std::span<const qint32> b) const
{
    // Content words of each side matched by stem or by a shared sense.
    std::vector<qint32> left, right;
    for (const qint32 key : a)
        if (m_lexicon.isContent(key))
            left.push_back(key);
    for (const qint32 key : b)
        if (m_lexicon.isContent(key))
            right.push_back(key);
    if (left.empty() || right.empty())
        return 0.0;
    std::vector<bool> used(right.size(), false);
    qsizetype matched = 0;
    for (const qint32 key : left) {
        for (size_t j = 0; j < right.size(); ++j) {
            if (!used[j] && wordsMatch(key, right[j])) {
                used[j] = true;
                ++matched;
                break;
            }
        }
    }
    return dice(matched, qsizetype(left.size()), qsizetype(right.size()));
}

ParaphraseScorer::Features ParaphraseScorer::features(std::span<const qint32> a,
                                                      std::span<const qint32> b) const
{
    Features f {};
    const StemBag left = bagOf(a, m_lexicon);
    const StemBag right = bagOf(b, m_lexicon);

    double weightLeft = 0, weightRight = 0, weightShared = 0;
    for (const qint32 stem : left.distinct)
        weightLeft += m_weights.weight(stem);
    for (const qint32 stem : right.distinct)
        weightRight += m_weights.weight(stem);
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
    f[WeightedDice] = weightLeft + weightRight > 0 ? 2.0 * weightShared / (weightLeft + weightRight) : 0.0;

    const qsizetype shared = sharedCount(left.distinct, right.distinct);
    const double ratioLeft = left.distinct.empty() ? 0.0 : double(shared) / double(left.distinct.size());
    const double ratioRight = right.distinct.empty() ? 0.0 : double(shared) / double(right.distinct.size());
    f[ContainmentMin] = std::min(ratioLeft, ratioRight);
    f[ContainmentMax] = std::max(ratioLeft, ratioRight);
    f[BigramDice] = dice(sharedCount(left.bigrams, right.bigrams), qsizetype(left.bigrams.size()),
                         qsizetype(right.bigrams.size()));
    f[LengthRatio] = std::max(left.words, right.words) == 0
        ? 0.0
        : double(std::min(left.words, right.words)) / double(std::max(left.words, right.words));
    const qsizetype numbersShared = sharedCount(left.numbers, right.numbers);
    const qsizetype numbersAll = qsizetype(left.numbers.size() + right.numbers.size());
    f[NumberAgreement] = numbersAll == 0 ? 1.0 : 2.0 * double(numbersShared) / double(numbersAll);
    const qsizetype ordered = commonSubsequence(left.content, right.content);
    f[OrderedOverlap] = dice(ordered, qsizetype(left.content.size()), qsizetype(right.content.size()));
    f[SynonymDice] = m_synonyms ? synonymDice(a, b) : f[ContainmentMin];
    return f;
}

double ParaphraseScorer::probability(const Features &features)
{
    double z = ParaphraseModel::weights[0];
    for (int i = 0; i < FeatureCount; ++i)
        z += ParaphraseModel::weights[size_t(i) + 1] * features[size_t(i)];
    return 1.0 / (1.0 + std::exp(-z));
}

double ParaphraseScorer::probability(std::span<const qint32> a, std::span<const qint32> b) const
{
    return probability(features(a, b));
}

double ParaphraseScorer::threshold(double sensitivity)
{
    const double s = std::clamp(sensitivity, 0.0, 1.0);
    // Linear around the tuned default: 0 -> +0.3 (strict), 1 -> -0.3 (loose).
    return std::clamp(ParaphraseModel::defaultThreshold + (0.5 - s) * 0.6, 0.05, 0.95);
}

} // namespace WireDiff
