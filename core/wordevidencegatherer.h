#pragma once

#include "cancellation.h"
#include "pairalignment.h"
#include "wordclassifier.h"

#include <span>
#include <utility>
#include <vector>

namespace WireDiff {

struct CopyRuns;
struct FlatDocument;
class Lexicon;
class ParaphraseScorer;
struct Postings;
class TermWeights;

// Gathers WordClassifier's evidence for the words of the other article of a
// pair (see WordClassifier::Feature): the copy runs around each word, the
// base sentence its sentence was most likely written from and how close
// the two are, and what of the word is found there. Holds references only;
// cheap to make per pair. Given a scorer per worker, it gathers ranges of
// sentences on that many threads, with the same evidence as on one.
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
    // One scorer per worker (a ParaphraseScorer is not thread-safe); at
    // least one.
    WordEvidenceGatherer(const Lexicon &lexicon, const TermWeights &weights,
                         std::span<const ParaphraseScorer *const> scorers, const Cancellation &cancel);

    // `capitalized`: as WordClassifier::gather. Each open word's features
    // become its probabilities as soon as they are known, and are kept
    // beside them only with `keepFeatures`.
    Evidence gather(const FlatDocument &base, const FlatDocument &other, const PairAlignment &alignment,
                    const std::vector<bool> &capitalized, bool keepFeatures) const;

private:
    // What the walks over the other article's sentences read: gathered once,
    // read by every worker, written by none.
    struct SentenceInputs
    {
        const FlatDocument &base;
        const FlatDocument &other;
        const PairAlignment &alignment;
        const std::vector<bool> &capitalized;
        bool keepFeatures;
        const CopyRuns &runs;
        const std::vector<qint8> &fixedClass;
        const std::vector<bool> &quoted;
        double articleCopied;
        const std::vector<qint32> &sentenceOfContent;
        const Postings &stemSentences;
        // Filled by ClosestBaseSentences::find() for every sentence before gatherSentences() reads it.
        const std::vector<std::pair<double, qint32>> &closest;
    };

    // The evidence of sentences [from, to) of the other article, with this
    // gatherer's scorer; returns the sentence it stopped before (`to`, or
    // an earlier one once cancelled). Writes only the rows of those
    // sentences' open words, and not their PureInsertion bits.
    qint32 gatherSentences(const SentenceInputs &in, qint32 from, qint32 to, Evidence *evidence) const;

    const Lexicon &m_lexicon;
    const TermWeights &m_weights;
    const ParaphraseScorer &m_scorer; // the first of m_scorers
    std::vector<const ParaphraseScorer *> m_scorers;
    const Cancellation &m_cancel;
};

} // namespace WireDiff
