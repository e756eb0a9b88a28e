#pragma once

#include "cancellation.h"
#include "openrows.h"
#include "pairalignment.h"
#include "paragraph.h"
#include "token.h"

#include <array>
#include <span>
#include <vector>

namespace WireDiff {

struct FlatDocument;
class Lexicon;
class ParaphraseScorer;
class TermWeights;

// Decides, word by word, how the other article of a pair relates to the
// base: copied (verbatim), reworded from a base sentence, or new. The word
// diff alone cannot: it pairs words only in one order, so it misses copied
// phrases that were moved, and it pairs coincidental "the court said" runs
// inside text that was written anew. The classifier weighs, for each word:
//  - copy evidence: the diff run it sits in, the longest run of words around
//    it found anywhere in the base, how often the base uses the word;
//  - sentence evidence: the base sentence its sentence most likely comes
//    from (the diff's counterparts and rare shared stems propose, the
//    ParaphraseScorer decides), how similar the two are, whether the word's
//    stem or a WordNet synonym of it is in that sentence;
//  - the word itself: content or function word, number, rarity;
//  - its neighbours' copy evidence.
// A multinomial logistic model turns these into probabilities of the three
// classes, and a Viterbi pass over the article picks the classes with
// transition scores between neighbouring words: copied and reworded words
// interleave in a rewritten clause, new text comes in long stretches, and a
// reworded word rarely sits next to a new one (editors and annotators see
// phrases and clauses, not single words). Two rules bound the choice: a
// word the base does not have is never verbatim, and a word put in between
// two neighbouring copied words (a pure insertion: nothing of the base was
// replaced there) is never reworded, it is added. Weights and decoding constants
// live in WordClassModel (wordclassmodel.h) with how they were fitted.
//
// The evidence is gathered by WordEvidenceGatherer; this class decides and
// applies. Cost: linear in the pair's words plus a few paraphrase scorings
// and one pass over the base sentences sharing a rare stem per sentence
// that is not copied whole; words inside long copied diff runs are decided
// without the model.
class WordClassifier
{
public:
    enum Class : quint8 { Verbatim, Reworded, New, ClassCount };

    enum Feature {
        DiffRun,            // log(1 + words in the diff's same/moved run around the word) / log 32
        SharedRun,          // log(1 + longest run around the word found anywhere in the base) / log 32
        InBase,             // the word occurs in the base
        SharedRun2,         // that run is at least 2, 3, 5, 8 words long
        SharedRun3,
        SharedRun5,
        SharedRun8,
        BaseFrequency,      // log(1 + occurrences in the base) / log 64
        KeyInSource,        // the word itself is in the source sentence(s)
        StemInSource,       // its stem is
        SynonymInSource,    // only a WordNet synonym of it is
        Content,            // a content word (not a function word, not a number)
        Number,
        Rarity,             // rarity weight of the stem, scaled to 0..1
        PreviousRun,        // SharedRun of the previous and next word of the sentence
        NextRun,
        SentenceMatched,    // the sentence has a source sentence
        SentenceProbability, // paraphrase probability of the sentence and its source
        SentenceCosine,     // rarity-weighted overlap of their content stems
        SentenceCopied,     // share of the sentence's words in shared runs of 3 or more
        SentenceCovered,    // share of its content stems found in the source sentence(s)
        SentenceLength,     // log(1 + words) / log 64
        SentenceContained,  // rarity share of the sentence's content stems found in the source
        SourceContained,    // rarity share of the source's content stems found in the sentence
        Capitalized,        // written with a capital inside a sentence (a name)
        SentenceStart,      // the sentence's first word
        WindowCopied,       // share of the words within 4 either side in shared runs of 2 or more
        WindowSourced,      // share of them that are content words found in the source
        NearCopy,           // 1 / (1 + distance to the nearest such copied word)
        ArticleCopied,      // share of the article's words in shared runs of 3 or more
        PureInsertion,      // put in between two copied words that are neighbours in the base
        ContentInSource,    // Content * StemInSource
        ContentNotInBase,   // Content * (1 - InBase)
        BestCosine,         // TF-IDF cosine of the sentence's content stems to the closest base sentence
        NeighbourCosine,    // the larger BestCosine of the previous and the next sentence
        SentencePosition,   // the sentence's place in the article, 0 (first) .. 1 (last)
        InQuote,            // inside quotation marks (an odd number of them before it in the paragraph)
        QuotedUncopied,     // InQuote * (1 - SharedRun2): quoted words are copied or new, rarely reworded
        FeatureCount
    };
    using Features = std::array<double, FeatureCount>;
    using Probabilities = std::array<double, ClassCount>;

    // The base sentence a sentence of the other article was written from.
    struct SourceSentence
    {
        qint32 best = -1;   // base sentence index, -1: none found
        qint32 second = -1; // another one it draws on (merged sentences), or -1
        double probability = 0;
        double cosine = 0;
        double contained = 0;  // of the sentence's content, by rarity, in the source
        double containing = 0; // of the source's content in the sentence
    };

    // Everything gathered about the other article's words, indexed by flat
    // token. `decided` words (punctuation, and words inside long copied diff
    // runs) have no features and a fixed class.
    struct Evidence
    {
        static constexpr qint8 open = -1;        // a word to classify
        static constexpr qint8 punctuation = -2; // takes its neighbour's class

        // One row per open word, in flat order: most words of a copied
        // article are decided by long runs and need none.
        std::vector<Probabilities> probabilities; // the model's, from the word's features
        std::vector<bool> pureInsertion; // the word's PureInsertion feature: never reworded
        // The features themselves, only when gather() is asked to keep them
        // (to fit or inspect the model): a row is 300 bytes, 30 MB for the
        // open words of a pair of million-word texts, where the
        // probabilities take 2.4 MB.
        std::vector<Features> features;
        OpenRows openRows;               // per flat token: its row, or -1 if decided
        std::vector<qint8> fixedClass;   // open, punctuation, or a Class

        // The features of flat token j, or nullptr when it is decided or
        // the features were not kept.
        const Features *featuresOf(qint32 j) const
        {
            const qint32 row = openRows.rowOf(j);
            return row < 0 || features.empty() ? nullptr : &features[size_t(row)];
        }
        std::vector<bool> inBase;        // Verbatim is possible
        std::vector<qint32> copySource;  // base flat token of the longest shared run, or -1
        std::vector<SourceSentence> sources; // per sentence of the other article
    };

    // Decoding constants; WordClassModel holds the fitted ones.
    struct Decoding
    {
        std::array<double, ClassCount> bias {};
        // [from][to]: log-score of one word's class following the previous word's.
        std::array<std::array<double, ClassCount>, ClassCount> transition {};
    };

    // `sensitivity` (0 strict .. 1 loose, as ComparisonOptions) shifts the
    // bias for reworded text.
    // Once `cancel` is set, gather() stops before the next sentence and
    // leaves the rest without evidence.
    WordClassifier(const Lexicon &lexicon, const TermWeights &weights, const ParaphraseScorer &scorer,
                   double sensitivity = 0.5, Cancellation cancel = {});
    // With a scorer per thread (a ParaphraseScorer is not thread-safe):
    // gather() and apply() use as many threads, with the same result as
    // on one.
    WordClassifier(const Lexicon &lexicon, const TermWeights &weights,
                   std::span<const ParaphraseScorer *const> scorers, double sensitivity, Cancellation cancel);

    // `capitalized` (per flat token of `other`, may be empty) says which
    // words are written with a capital, which the comparison keys forget.
    // The features behind the probabilities are dropped unless kept.
    enum class FeatureRows { Drop, Keep };
    Evidence gather(const FlatDocument &base, const FlatDocument &other, const PairAlignment &alignment,
                    const std::vector<bool> &capitalized = {}, FeatureRows rows = FeatureRows::Drop) const;

    // Words starting with a capital and not all capitals, per flat token.
    static std::vector<bool> capitalized(const FlatDocument &flat, const TokenizedArticle &tokens,
                                         const std::vector<Paragraph> &paragraphs);

    static Probabilities probabilities(const Features &features);
    static Probabilities probabilities(const Features &features, const std::vector<std::vector<double>> &weights);

    // One class per flat token of `other` (punctuation included: it takes
    // the class of the word before it, or after it at a sentence start).
    // `probabilities` has one entry per open word (a row of the evidence),
    // in the same order; the other decide() takes the evidence's own.
    static std::vector<Class> decide(const Evidence &evidence, const FlatDocument &other,
                                     const std::vector<Probabilities> &probabilities, const Decoding &decoding);
    std::vector<Class> decide(const Evidence &evidence, const FlatDocument &other) const;

    // Relabels both sides of `alignment` from the decided classes: verbatim
    // words keep or get a counterpart (VerbatimPairer: one per base word,
    // same when it is in the sentence's source or where the diff places the
    // sentence, moved otherwise), reworded words are linked to their source
    // sentence as paraphrases, new words are added; the base side follows.
    // A verbatim word whose base text is paired with other copied text (a
    // repeated paragraph) is added; one that no base word tells where it
    // comes from (a lone "said", "4" or name found only elsewhere) is
    // reworded or new, as the model prefers of the two. Reworded words their
    // source sentence does not support (RewordingSupport) are new.
    void apply(const FlatDocument &base, const FlatDocument &other, const Evidence &evidence,
               const std::vector<Class> &classes, PairAlignment *alignment) const;

    static const char *featureName(int feature);

    // Words in a diff run at least this long are verbatim without asking.
    static constexpr qint32 longRun = 8;

private:
    // Labels paraphrased the removed base words that the other article's
    // reworded stretches stand for (see the definition).
    static void markReworded(const FlatDocument &other, PairAlignment *alignment);

    // Reworded or New for open word j, whichever the model and the decoding
    // biases prefer: for a word decided verbatim that has no base word to
    // pair with. Reworded only where decide() allows it.
    Class secondChoice(const Evidence &evidence, qint32 j, bool hasSource) const;

    const Lexicon &m_lexicon;
    const TermWeights &m_weights;
    std::vector<const ParaphraseScorer *> m_scorers; // one per thread, at least one
    double m_rewordedBias;
    Cancellation m_cancel;
};

} // namespace WireDiff
