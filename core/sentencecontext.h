#pragma once

#include "wordclassifier.h"

#include <QtGlobal>

#include <utility>
#include <vector>

namespace WireDiff {

struct CopyRuns;
struct FlatDocument;
class Lexicon;
struct PairAlignment;
struct Postings;
class TermWeights;

// What WordEvidenceGatherer reads around a sentence of the other article
// beyond its words and its source's: the stretch each word was put in
// between the diff's copied anchors, the numbers and names the sentence
// shares with its source, whether another sentence of the article copied
// that source, where each source stem stands in it, the stems of the base
// sentences near the source and near the sentence's closest ones, and how
// much of the sentence the base has anywhere (WordClassifier::GapOther ..
// WindowInBase). A reader telling a rewording from new text looks at these:
// a few words in place of a few of the base's, the same facts, the source's
// paragraph. One per worker; read() reuses its buffers sentence after
// sentence.
class SentenceContext
{
public:
    // What every sentence's read() looks at; written by none of them.
    struct Inputs
    {
        const FlatDocument &base;
        const FlatDocument &other;
        const PairAlignment &alignment;
        const std::vector<bool> &capitalized; // per flat token of other, may be empty
        const CopyRuns &runs;
        const Postings &stemSentences; // base content words by stem
        const std::vector<std::pair<double, qint32>> &closest; // per sentence of other: cosine, base sentence
    };

    SentenceContext(const Lexicon &lexicon, const TermWeights &weights, const Inputs &inputs);

    // Sentence `s` of the other article: its words [firstWord, lastWord)
    // (indices into the copy runs' word lists), its source, the source's
    // keys (sorted, unique) and the sentence's content stems (sorted,
    // unique).
    void read(qint32 s, qint32 firstWord, qint32 lastWord, const WordClassifier::SourceSentence &source,
              const std::vector<qint32> &sourceKeys, const std::vector<qint32> &sentenceStems);

    // Sets the features above of word k of the sentence read last;
    // `content` and the StemInSource feature as the gatherer decided them.
    void setFeatures(qint32 k, bool content, WordClassifier::Features *f) const;

private:
    const Lexicon &m_lexicon;
    const TermWeights &m_weights;
    const Inputs &m_in;
    qint32 m_firstWord = 0;
    qint32 m_lastWord = 0;
    qint32 m_facts = 0;       // numbers and names inside the sentence
    qint32 m_sharedFacts = 0; // of them, whose key the source has
    double m_sourceTaken = 0;
    double m_sentenceInBase = 0;
    std::vector<std::pair<qint32, double>> m_sourcePlaces; // stem, relative place in the source; by stem
    std::vector<qint32> m_nearbyStems;     // of the closest base sentences of this one and its neighbours
    std::vector<qint32> m_nearSourceStems; // of the base sentences up to 2 before or after the source
    std::vector<qint32> m_inBaseAt;        // words of the sentence whose content stem the base has
};

} // namespace WireDiff
