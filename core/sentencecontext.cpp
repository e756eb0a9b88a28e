#include "sentencecontext.h"

#include "copyruns.h"
#include "flatdocument.h"
#include "lexicon.h"
#include "pairalignment.h"
#include "postings.h"
#include "termweights.h"

#include <algorithm>
#include <cmath>

namespace WireDiff {

namespace {

double logScale(double value, double top)
{
    return std::min(1.0, std::log1p(value) / std::log1p(top));
}

// Appends the content stems of base sentence `sentence`.
void addStems(const FlatDocument &base, const Lexicon &lexicon, qint32 sentence, std::vector<qint32> *stems)
{
    for (qint32 i = base.sentenceStarts[size_t(sentence)]; i < base.sentenceEnd(sentence); ++i)
        if (lexicon.isContent(base.keys[size_t(i)]))
            stems->push_back(lexicon.stem(base.keys[size_t(i)]));
}

void sortUnique(std::vector<qint32> *values)
{
    std::sort(values->begin(), values->end());
    values->erase(std::unique(values->begin(), values->end()), values->end());
}

} // namespace

SentenceContext::SentenceContext(const Lexicon &lexicon, const TermWeights &weights, const Inputs &inputs)
    : m_lexicon(lexicon)
    , m_weights(weights)
    , m_in(inputs)
{
}

void SentenceContext::read(qint32 s, qint32 firstWord, qint32 lastWord, const WordClassifier::SourceSentence &source,
                           const std::vector<qint32> &sourceKeys, const std::vector<qint32> &sentenceStems)
{
    const FlatDocument &base = m_in.base;
    const std::vector<qint32> &otherWords = m_in.runs.otherWords;
    const std::vector<qint32> &otherKeys = m_in.runs.otherKeys;
    m_firstWord = firstWord;
    m_lastWord = lastWord;

    // Facts the sentence states as its source does: a rewording keeps the
    // numbers and names of what it rewords, new text brings its own.
    m_facts = 0;
    m_sharedFacts = 0;
    for (qint32 k = firstWord; k < lastWord; ++k) {
        const qint32 key = otherKeys[size_t(k)];
        const bool name = k > firstWord && !m_in.capitalized.empty() && m_in.capitalized[size_t(otherWords[size_t(k)])];
        if (!name && !m_lexicon.isNumber(key))
            continue;
        ++m_facts;
        m_sharedFacts += std::binary_search(sourceKeys.begin(), sourceKeys.end(), key);
    }

    // How much of the source the diff pairs with other sentences' words (a
    // base sentence copied elsewhere is not what this one rewords), and
    // where in the source each of its stems stands.
    m_sourceTaken = 0;
    m_sourcePlaces.clear();
    m_nearSourceStems.clear();
    if (source.best >= 0) {
        qint32 taken = 0;
        for (qint32 i = base.sentenceStarts[size_t(source.best)]; i < base.sentenceEnd(source.best); ++i) {
            if (m_lexicon.isPunctuation(base.keys[size_t(i)]))
                continue;
            const qint32 j = m_in.alignment.a.counterpart(i);
            taken += j >= 0 && m_in.other.sentenceOf(j) != s;
            m_sourcePlaces.emplace_back(m_lexicon.stem(base.keys[size_t(i)]), double(m_sourcePlaces.size()));
        }
        const double last = std::max(1.0, double(m_sourcePlaces.size()) - 1.0);
        for (auto &place : m_sourcePlaces)
            place.second /= last;
        std::sort(m_sourcePlaces.begin(), m_sourcePlaces.end());
        m_sourceTaken = m_sourcePlaces.empty() ? 0.0 : double(taken) / double(m_sourcePlaces.size());
        // The base sentences around the source: a rewording draws on the
        // source's paragraph, new text on the rest.
        const auto baseSentences = qint32(base.sentenceStarts.size());
        for (qint32 t = std::max<qint32>(0, source.best - 2); t <= source.best + 2 && t < baseSentences; ++t)
            if (t != source.best && t != source.second)
                addStems(base, m_lexicon, t, &m_nearSourceStems);
        sortUnique(&m_nearSourceStems);
    }

    // The closest base sentences of this one and its neighbours: a
    // paragraph reworded from a few base sentences draws on them in
    // another order than the source chosen for each.
    m_nearbyStems.clear();
    for (qint32 t = std::max<qint32>(0, s - 1); t <= s + 1 && size_t(t) < m_in.closest.size(); ++t)
        if (m_in.closest[size_t(t)].second >= 0)
            addStems(base, m_lexicon, m_in.closest[size_t(t)].second, &m_nearbyStems);
    sortUnique(&m_nearbyStems);

    // How much of the sentence's content the base has anywhere, by rarity,
    // and where its words with such stems are.
    double weight = 0, inBase = 0;
    for (const qint32 stem : sentenceStems) {
        weight += m_weights.weight(stem);
        if (m_in.stemSentences.count(stem) > 0)
            inBase += m_weights.weight(stem);
    }
    m_sentenceInBase = weight > 0 ? inBase / weight : 0.0;
    m_inBaseAt.clear();
    for (qint32 k = firstWord; k < lastWord; ++k) {
        const qint32 key = otherKeys[size_t(k)];
        if (m_lexicon.isContent(key) && m_in.stemSentences.count(m_lexicon.stem(key)) > 0)
            m_inBaseAt.push_back(k);
    }
}

void SentenceContext::setFeatures(qint32 k, bool content, WordClassifier::Features *features) const
{
    using enum WordClassifier::Feature;
    WordClassifier::Features &f = *features;
    const qint32 gapOther = m_in.runs.gapOther[size_t(k)];
    const qint32 gapBase = m_in.runs.gapBase[size_t(k)];
    const bool gapKnown = gapBase != CopyRuns::unknownGap;
    f[GapOther] = logScale(gapOther, 63);
    f[GapBase] = gapKnown ? logScale(gapBase, 63) : 0.0;
    f[GapBalance] = gapKnown && gapBase > 0 && gapOther > 0
        ? double(std::min(gapBase, gapOther)) / double(std::max(gapBase, gapOther)) : 0.0;
    f[SharedFacts] = logScale(m_sharedFacts, 7);
    f[FactShare] = m_facts > 0 ? double(m_sharedFacts) / double(m_facts) : 0.0;
    f[SourceTaken] = m_sourceTaken;
    const qint32 stem = m_lexicon.stem(m_in.runs.otherKeys[size_t(k)]);
    const qint32 words = m_lastWord - m_firstWord;
    if (content && f[StemInSource] > 0) {
        const double place = words > 1 ? double(k - m_firstWord) / double(words - 1) : 0.0;
        double nearest = 1.0;
        const auto [first, last] = std::equal_range(m_sourcePlaces.begin(), m_sourcePlaces.end(),
                                                    std::pair<qint32, double> { stem, 0.0 },
                                                    [](const auto &x, const auto &y) { return x.first < y.first; });
        for (auto it = first; it != last; ++it)
            nearest = std::min(nearest, std::abs(place - it->second));
        f[PositionAgreement] = first != last ? 1.0 - nearest : 0.0;
    }
    f[StemInNearbySource] = content && f[StemInSource] == 0
        && std::binary_search(m_nearbyStems.begin(), m_nearbyStems.end(), stem);
    f[StemNearSource] = content && f[StemInSource] == 0
        && std::binary_search(m_nearSourceStems.begin(), m_nearSourceStems.end(), stem);
    f[SentenceInBase] = m_sentenceInBase;
    const qint32 from = std::max(m_firstWord, k - 4);
    const qint32 to = std::min(m_lastWord, k + 5);
    const auto inWindow = std::lower_bound(m_inBaseAt.begin(), m_inBaseAt.end(), to)
        - std::lower_bound(m_inBaseAt.begin(), m_inBaseAt.end(), from);
    f[WindowInBase] = double(inWindow) / double(to - from);
}

} // namespace WireDiff
