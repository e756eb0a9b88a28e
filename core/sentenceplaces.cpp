#include "sentenceplaces.h"

#include "flatdocument.h"
#include "lexicon.h"

namespace WireDiff {

namespace {

std::vector<qint32> wordsPerSentence(const FlatDocument &flat, const Lexicon &lexicon)
{
    std::vector<qint32> words(flat.sentenceStarts.size(), 0);
    for (qint32 s = 0; s < qint32(words.size()); ++s) {
        for (qint32 j = flat.sentenceStarts[size_t(s)]; j < flat.sentenceEnd(s); ++j)
            words[size_t(s)] += !lexicon.isPunctuation(flat.keys[size_t(j)]);
    }
    return words;
}

} // namespace

SentencePlaces::SentencePlaces(const FlatDocument &base, const FlatDocument &other, const Lexicon &lexicon,
                               const TokenLabels &b, const std::vector<WordClassifier::SourceSentence> &sources)
    : m_places(other.sentenceStarts.size())
    , m_ownSource(other.sentenceStarts.size(), -1)
    , m_editedBy(base.sentenceStarts.size(), std::array<qint32, 2> { -1, -1 })
    , m_otherWords(wordsPerSentence(other, lexicon))
    , m_baseWords(wordsPerSentence(base, lexicon))
{
    // The diff pairs in order, so first <= second.
    qint32 previous = -1;
    for (qint32 s = 0; s < qint32(m_places.size()); ++s) {
        m_places[size_t(s)].first = previous + 1;
        for (qint32 j = other.sentenceStarts[size_t(s)]; j < other.sentenceEnd(s); ++j)
            if (b.classes[size_t(j)] == ChangeClass::Same)
                previous = b.counterpart(j);
    }
    qint32 next = base.size();
    for (qint32 s = qint32(m_places.size()); s-- > 0;) {
        m_places[size_t(s)].second = next;
        for (qint32 j = other.sentenceEnd(s); j-- > other.sentenceStarts[size_t(s)];)
            if (b.classes[size_t(j)] == ChangeClass::Same)
                next = b.counterpart(j);
    }
    for (qint32 s = 0; s < qint32(m_places.size()) && size_t(s) < sources.size(); ++s) {
        const qint32 t = sources[size_t(s)].best;
        if (t < 0)
            continue;
        const auto &[first, second] = m_places[size_t(s)];
        if (base.sentenceStarts[size_t(t)] >= second || base.sentenceEnd(t) <= first)
            continue;
        m_ownSource[size_t(s)] = t;
        std::array<qint32, 2> &by = m_editedBy[size_t(t)];
        if (by[0] < 0)
            by[0] = s;
        else if (by[1] < 0)
            by[1] = s;
    }
}

bool SentencePlaces::editedInPlace(qint32 s, qint32 t) const
{
    const qint32 own = m_ownSource[size_t(s)];
    if (own >= 0 && own != t)
        return true;
    for (const qint32 by : m_editedBy[size_t(t)]) {
        if (by >= 0 && by != s)
            return true;
    }
    return false;
}

} // namespace WireDiff
