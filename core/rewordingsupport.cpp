#include "rewordingsupport.h"

#include "flatdocument.h"
#include "lexicon.h"
#include "paraphrasescorer.h"

#include <algorithm>

namespace WireDiff {

using Class = WordClassifier::Class;

RewordingSupport::RewordingSupport(const FlatDocument &base, const FlatDocument &other, const Lexicon &lexicon,
                                   const ParaphraseScorer &scorer)
    : m_base(base)
    , m_other(other)
    , m_lexicon(lexicon)
    , m_scorer(scorer)
{
}

bool RewordingSupport::shared(qint32 key, const std::vector<qint32> &sourceKeys) const
{
    return std::any_of(sourceKeys.begin(), sourceKeys.end(),
                       [&](qint32 sourceKey) { return m_scorer.wordsMatch(key, sourceKey); });
}

void RewordingSupport::relabel(qint32 begin, qint32 end, std::vector<Class> *classes) const
{
    for (qint32 j = begin; j < end; ++j)
        if ((*classes)[size_t(j)] == WordClassifier::Reworded)
            (*classes)[size_t(j)] = WordClassifier::New;
}

void RewordingSupport::dropUnsupported(qint32 sentence, const WordClassifier::SourceSentence &source,
                                       std::vector<Class> *classes) const
{
    const qint32 begin = m_other.sentenceStarts[size_t(sentence)];
    const qint32 end = m_other.sentenceEnd(sentence);
    const auto reworded = [&](qint32 j) { return (*classes)[size_t(j)] == WordClassifier::Reworded; };
    const auto contentWord = [&](qint32 j) { return m_lexicon.isContent(m_other.keys[size_t(j)]); };
    bool copied = false;
    bool anyReworded = false;
    for (qint32 j = begin; j < end; ++j) {
        copied = copied || ((*classes)[size_t(j)] == WordClassifier::Verbatim && !m_lexicon.isPunctuation(m_other.keys[size_t(j)]));
        anyReworded = anyReworded || reworded(j);
    }
    if (!anyReworded || source.best < 0)
        return;

    std::vector<qint32> sourceKeys;
    for (const qint32 s : { source.best, source.second }) {
        if (s < 0)
            continue;
        for (qint32 i = m_base.sentenceStarts[size_t(s)]; i < m_base.sentenceEnd(s); ++i)
            if (m_lexicon.isContent(m_base.keys[size_t(i)]))
                sourceKeys.push_back(m_base.keys[size_t(i)]);
    }
    std::sort(sourceKeys.begin(), sourceKeys.end());
    sourceKeys.erase(std::unique(sourceKeys.begin(), sourceKeys.end()), sourceKeys.end());

    if (!copied) {
        qint32 sharedWords = 0;
        for (qint32 j = begin; j < end && sharedWords < sharedWithoutCopy; ++j)
            sharedWords += reworded(j) && contentWord(j) && shared(m_other.keys[size_t(j)], sourceKeys);
        if (sharedWords < sharedWithoutCopy)
            relabel(begin, end, classes);
        return;
    }
    for (qint32 j = begin; j < end;) {
        if (!reworded(j)) {
            ++j;
            continue;
        }
        qint32 stop = j;
        qint32 content = 0;
        bool supported = false;
        for (; stop < end && reworded(stop); ++stop) {
            if (!contentWord(stop))
                continue;
            ++content;
            supported = supported || shared(m_other.keys[size_t(stop)], sourceKeys);
        }
        if (!supported && content >= longStretch)
            relabel(j, stop, classes);
        j = stop;
    }
}

} // namespace WireDiff
