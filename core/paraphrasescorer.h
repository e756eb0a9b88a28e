#pragma once

#include "sequencemeasures.h"
#include "synonymdictionary.h"

#include <QHash>
#include <QtGlobal>

#include <array>
#include <span>
#include <vector>

namespace WireDiff {

class Lexicon;
class SynonymDictionary;
class SynsetCache;
class TermWeights;
class Vocabulary;

// Decides whether two sentences say the same thing in other words, from
// lexical evidence only (it works offline, from Debian packages): shared
// content stems weighted by rarity, their order, shared stem bigrams,
// synonyms from WordNet where installed, length balance and whether numbers
// agree. The features feed a logistic model whose weights were fitted on the
// MRPC training pairs (see ParaphraseModel and the README's evaluation).
class ParaphraseScorer
{
public:
    enum Feature {
        WeightedDice,     // content stems, each weighted by its rarity
        ContainmentMin,   // shared content stems over the larger side's
        ContainmentMax,   // shared content stems over the smaller side's
        BigramDice,       // word stem bigrams
        TrigramDice,      // word stem trigrams
        WordDice,         // all word stems, function words included
        LengthRatio,      // shorter over longer, in words
        NumberAgreement,  // shared numbers over all numbers (1 without numbers)
        NumberMismatch,   // numbers only one side has, 0..1 (three or more: 1)
        OrderedOverlap,   // longest common subsequence of content stems, as a Dice
        SynonymDice,      // content words matched by stem or a WordNet sense
        UnmatchedContent, // content words left unmatched on both sides: log(1 + n) / log(16)
        UnmatchedMax,     // the same for the side with more unmatched words
        WordContainmentMin, // shared word stems over the larger side's
        BigramContainmentMin, // shared bigrams over the larger side's
        EditSimilarity,   // 1 - word-level edit distance over stems / longer length
        LengthDifference, // |words a - words b|: log(1 + d) / log(32)
        WeightedSynonymDice, // SynonymDice with each word weighted by its rarity
        CharacterCosine,  // cosine of the words' character 4-gram counts
        NegationMismatch, // one side negated ("not", "never", "n't"), the other not
        LongestRun,       // longest run of shared consecutive stems over the shorter length
        TrigramContainmentMin, // shared trigrams over the larger side's
        FeatureCount
    };
    using Features = std::array<double, FeatureCount>;

    // A sentence made ready for scoring: its stems, n-grams, numbers and
    // character grams, computed once however often the sentence is scored.
    struct Sentence
    {
        std::vector<qint32> content;     // content stems in order, repeats kept
        std::vector<qint32> contentKeys; // the content words' keys, in order
        std::vector<double> contentWeights; // their rarity weights
        std::vector<qint32> distinct;    // sorted distinct content stems
        std::vector<double> distinctWeights; // their rarity weights
        std::vector<qint64> bigrams;     // sorted distinct stem bigrams over words
        std::vector<quint64> trigrams;   // sorted distinct hashed stem trigrams over words
        std::vector<qint32> stems;       // sorted distinct stems of all words
        std::vector<qint32> sequence;    // stems of all words in order
        std::vector<qint32> numbers;     // sorted distinct number keys
        std::vector<quint64> grams;      // sorted distinct character 4-grams of the words
        std::vector<qint32> gramCounts;  // how often each occurs
        double gramNorm = 0;             // Euclidean norm of the gram counts
        double distinctWeight = 0;       // rarity weight of the distinct content stems
        // Rarity weight of the content words, repeats counted: the
        // denominator of WeightedSynonymDice, kept so passes() can bound
        // that feature before matching any word.
        double contentWeight = 0;
        int wordCount = 0;
        int negations = 0;               // parity of negating words
    };

    // Keeps references; one scorer per thread (it caches synonym lookups
    // and prepares sentences in a scratch sentence of its own).
    // With `shared`, made from the same dictionary, the synonyms are looked
    // up there (once for all the scorers sharing it).
    ParaphraseScorer(const Vocabulary &vocabulary, const Lexicon &lexicon, const TermWeights &weights,
                     const SynonymDictionary *synonyms = nullptr, const SynsetCache *shared = nullptr);

    Sentence prepare(std::span<const qint32> keys) const;
    Features features(const Sentence &a, const Sentence &b) const;
    double probability(const Sentence &a, const Sentence &b) const { return probability(features(a, b)); }
    Features features(std::span<const qint32> a, std::span<const qint32> b) const;
    double probability(std::span<const qint32> a, std::span<const qint32> b) const;
    static double probability(const Features &features);
    // The same as probability(a, b) >= threshold, sooner: the dear features
    // (word matching, subsequence, edit distance, character cosine) are
    // computed one at a time, each only when exact bounds of the ones left
    // cannot yet decide the answer.
    bool passes(const Sentence &a, const Sentence &b, double threshold) const;
    static const char *featureName(int feature);

    // The probability above which a pair counts as a paraphrase, for a
    // sensitivity from 0 (strict) to 1 (loose); 0.5 is the tuned default.
    static double threshold(double sensitivity);

    // True when the two words share a stem or (with WordNet) a sense.
    bool wordsMatch(qint32 keyA, qint32 keyB) const;
    // SynonymDictionary::Relation bits of the WordNet pointers from a sense
    // of A to a sense of B, and of B's to A's read from A's side (B's
    // "broader" pointer to A makes B narrower than A): what B is to A,
    // "body" Broader to "jury". 0 without WordNet, for numbers, and for
    // words that share a stem or a sense (those match).
    quint8 relation(qint32 keyA, qint32 keyB) const;

private:
    void setOrderedOverlap(const Sentence &a, const Sentence &b, Features *f) const;
    void setEditFeatures(const Sentence &a, const Sentence &b, Features *f) const;
    static double characterCosine(const Sentence &a, const Sentence &b);
    bool passesByBounds(const Sentence &a, const Sentence &b, double threshold) const;
    // Valid until the next lookup of a key not looked up before.
    std::span<const quint32> synsetsOf(qint32 key) const;
    std::span<const SynonymDictionary::Related> relatedOf(qint32 key) const;
    quint64 synsetSignature(qint32 key) const;
    // The synset signature a content word can share a sense by: 0 for
    // numbers (see wordsMatch()) and without WordNet. Looked up when the
    // sense pass first needs it, not when the sentence is prepared: most
    // words of most scored pairs match by stem and never need their senses.
    quint64 senseSignature(qint32 key) const;
    struct WordMatching
    {
        qsizetype left = 0;    // content words of a
        qsizetype right = 0;   // content words of b
        qsizetype matched = 0; // pairs matched one to one
        double leftWeight = 0;  // rarity weights of a's content words
        double rightWeight = 0;
        double matchedWeight = 0; // of the matched words, both sides
    };
    WordMatching matchContentWords(const Sentence &a, const Sentence &b) const;
    // The two passes of matchContentWords(): by stem, then by sense. The
    // second continues from the scratch state the first leaves.
    WordMatching matchByStem(const Sentence &a, const Sentence &b) const;
    void matchBySense(const Sentence &a, const Sentence &b, WordMatching *matching) const;
    // Content words the sense pass could still match after matchByStem()
    // (unmatched, with a synset signature), counted and weighed per side.
    struct SenseCandidates
    {
        qsizetype left = 0;
        qsizetype right = 0;
        double weight = 0; // both sides
    };
    SenseCandidates senseCandidates(const Sentence &a, const Sentence &b) const;
    static void setMatchingFeatures(const WordMatching &matching, Features *f);

    const Vocabulary &m_vocabulary;
    const Lexicon &m_lexicon;
    const TermWeights &m_weights;
    const SynonymDictionary *m_synonyms;
    const SynsetCache *m_shared;
    // Synsets per vocabulary key, looked up on first use: appended to one
    // list, each key's where it starts and how many (a list per key took
    // 24 bytes a key and a heap block per key looked up, for each of the
    // scorers the word diffs and the reworded shares use side by side).
    mutable std::vector<quint32> m_synsets;
    mutable std::vector<std::pair<qint32, qint32>> m_synsetRange; // per key: start in m_synsets, count
    mutable std::vector<bool> m_synsetKnown;
    // The same for SynonymDictionary::related(), looked up by relation()
    // only, and sized on its first call (most scorers never make one).
    mutable std::vector<SynonymDictionary::Related> m_related;
    mutable std::vector<std::pair<qint32, qint32>> m_relatedRange;
    mutable std::vector<bool> m_relatedKnown;
    // One bit per synset (modulo 64) of each looked-up key's synsets.
    mutable std::vector<quint64> m_synsetSignature;
    mutable SequenceMeasures m_measures;
    // prepare()'s scratch: the sentence being prepared.
    mutable Sentence m_scratch;
    // Scratch of the matching, reused.
    mutable std::vector<qint32> m_matchOfA;
    mutable std::vector<char> m_used;
};

} // namespace WireDiff
