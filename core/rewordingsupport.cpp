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
    for (qint32 p = 0; p < qint32(base.paragraphStart.size()) && m_baseLead < 0; ++p) {
        if (base.roleOf(p) == ParagraphRole::Body && base.paragraphStart[size_t(p)] < base.paragraphEnd(p))
            m_baseLead = p;
    }
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

RewordingSupport::WordKind RewordingSupport::kindOf(qint32 key) const
{
    if (m_lexicon.isPunctuation(key))
        return WordKind::Punctuation;
    return m_lexicon.isContent(key) ? WordKind::Content : WordKind::Function;
}

bool RewordingSupport::mayReword(ParagraphRole role, ParagraphRole sourceRole, qint32 sourceParagraph, qint32 baseLead)
{
    return role != ParagraphRole::Headline || sourceRole == ParagraphRole::Headline || sourceParagraph == baseLead;
}

void RewordingSupport::dropStrayRuns(std::span<Class> classes, std::span<const WordKind> kinds)
{
    const auto size = qint32(std::min(classes.size(), kinds.size()));
    const auto word = [&](qint32 j) { return kinds[size_t(j)] != WordKind::Punctuation; };
    const auto isNew = [&](qint32 j) { return j >= 0 && j < size && classes[size_t(j)] == WordClassifier::New; };
    qint32 previous = -1; // the word before the run
    for (qint32 j = 0; j < size;) {
        if (!word(j) || classes[size_t(j)] != WordClassifier::Reworded) {
            previous = word(j) ? j : previous;
            ++j;
            continue;
        }
        // The run: reworded words, and the punctuation between them.
        qint32 words = 0;
        bool content = false;
        qint32 next = j; // the first word after the run, or size
        for (; next < size && (!word(next) || classes[size_t(next)] == WordClassifier::Reworded); ++next) {
            if (!word(next))
                continue;
            ++words;
            content = content || kinds[size_t(next)] == WordKind::Content;
        }
        // Punctuation closing the run goes with it.
        const bool newAfter = isNew(next);
        const bool stray = (!content && newAfter) || (words <= strayWords && isNew(previous) && newAfter);
        for (qint32 k = j; stray && k < next; ++k)
            if (classes[size_t(k)] == WordClassifier::Reworded)
                classes[size_t(k)] = WordClassifier::New;
        j = next;
    }
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
    const qint32 sourceParagraph = m_base.paragraphOf(m_base.sentenceStarts[size_t(source.best)]);
    if (!mayReword(m_other.roleOf(m_other.paragraphOf(begin)), m_base.roleOf(sourceParagraph), sourceParagraph,
                   m_baseLead)) {
        relabel(begin, end, classes);
        return;
    }

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
        if (sharedWords < sharedWithoutCopy) {
            relabel(begin, end, classes);
            return;
        }
    }
    const qint32 stretchBound = source.probability < unlikely ? unlikelyStretch : longStretch;
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
        if (!supported && content >= stretchBound)
            relabel(j, stop, classes);
        j = stop;
    }

    std::vector<WordKind> kinds;
    kinds.reserve(size_t(end - begin));
    for (qint32 j = begin; j < end; ++j)
        kinds.push_back(kindOf(m_other.keys[size_t(j)]));
    dropStrayRuns(std::span<Class>(classes->data() + begin, size_t(end - begin)), kinds);
}

} // namespace WireDiff
