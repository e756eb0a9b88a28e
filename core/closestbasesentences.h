#pragma once

#include "cancellation.h"

#include <QtGlobal>

#include <utility>
#include <vector>

namespace WireDiff {

struct FlatDocument;
class Lexicon;
struct Postings;
class TermWeights;

// For each sentence of the other article of a pair, the base sentence
// closest to it by the TF-IDF cosine of their content stems (every base
// sentence competes, not only those the diff proposes), for
// WordEvidenceGatherer's BestCosine, NeighbourCosine and the candidates of
// a sentence's source. Holds references only.
class ClosestBaseSentences
{
public:
    ClosestBaseSentences(const Lexicon &lexicon, const TermWeights &weights, const Cancellation &cancel)
        : m_lexicon(lexicon)
        , m_weights(weights)
        , m_cancel(cancel)
    {
    }

    // What find() reads; written by none of its callers while it runs.
    struct Inputs
    {
        const FlatDocument &base;
        const FlatDocument &other;
        const std::vector<qint32> &otherWords; // flat index of each word (punctuation left out)
        const std::vector<qint32> &otherKeys;  // their keys
        const std::vector<qint8> &fixedClass;  // WordClassifier::Evidence::fixedClass
        const std::vector<qint32> &sentenceOfContent; // base sentence of each base content word
        const Postings &stemSentences;         // base content words by stem
        const std::vector<double> &baseNorm;   // from baseNorms()
    };

    // Per base sentence, the Euclidean norm of its TF-IDF vector of content
    // stems (`stemOfContent` in base order, `sentenceOfContent` beside it).
    std::vector<double> baseNorms(const FlatDocument &base, const std::vector<qint32> &stemOfContent,
                                  const std::vector<qint32> &sentenceOfContent) const;
    // For sentences [from, to) of the other article: the cosine to the
    // closest base sentence, and that sentence (-1: none), into `closest`.
    // Sentences whose words are all decided (long copied runs) get cosine 1
    // and no sentence. Stops before the next sentence once cancelled.
    void find(const Inputs &in, qint32 from, qint32 to, std::vector<std::pair<double, qint32>> *closest) const;

private:
    const Lexicon &m_lexicon;
    const TermWeights &m_weights;
    const Cancellation &m_cancel;
};

} // namespace WireDiff
