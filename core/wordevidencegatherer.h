#pragma once

#include "cancellation.h"
#include "pairalignment.h"
#include "wordclassifier.h"

#include <utility>
#include <vector>

namespace WireDiff {

struct FlatDocument;
class Lexicon;
class ParaphraseScorer;
struct Postings;
class TermWeights;

// Gathers WordClassifier's evidence for the words of the other article of a
// pair (see WordClassifier::Feature): the copy runs around each word, the
// base sentence its sentence was most likely written from and how close
// the two are, and what of the word is found there. Holds references only;
// cheap to make per pair.
class WordEvidenceGatherer
{
public:
    using Evidence = WordClassifier::Evidence;
    using Features = WordClassifier::Features;
    using SourceSentence = WordClassifier::SourceSentence;
    using enum WordClassifier::Feature;
    using enum WordClassifier::Class;

    // Once `cancel` is set, gather() stops before the next sentence and
    // leaves the rest without evidence.
    WordEvidenceGatherer(const Lexicon &lexicon, const TermWeights &weights, const ParaphraseScorer &scorer,
                         const Cancellation &cancel);

    // `capitalized`: as WordClassifier::gather. Each open word's features
    // become its probabilities as soon as they are known, and are kept
    // beside them only with `keepFeatures`.
    Evidence gather(const FlatDocument &base, const FlatDocument &other, const PairAlignment &alignment,
                    const std::vector<bool> &capitalized, bool keepFeatures) const;

private:
    // Per sentence of `other`: the TF-IDF cosine of its content stems to the
    // closest base sentence, and that sentence (-1: none). Sentences whose
    // words are all decided (long copied runs) get cosine 1 and no sentence.
    std::vector<std::pair<double, qint32>> closestSentences(
        const FlatDocument &base, const FlatDocument &other, const std::vector<qint32> &otherWords,
        const std::vector<qint32> &otherKeys, const std::vector<qint8> &fixedClass,
        const std::vector<qint32> &stemOfContent, const std::vector<qint32> &sentenceOfContent,
        const Postings &stemSentences) const;

    const Lexicon &m_lexicon;
    const TermWeights &m_weights;
    const ParaphraseScorer &m_scorer;
    const Cancellation &m_cancel;
};

} // namespace WireDiff
