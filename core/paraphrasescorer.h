#pragma once

#include <QHash>
#include <QtGlobal>

#include <array>
#include <span>
#include <vector>

namespace WireDiff {

class Lexicon;
class SynonymDictionary;
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
        WeightedDice,
        ContainmentMin,
        ContainmentMax,
        BigramDice,
        LengthRatio,
        NumberAgreement,
        OrderedOverlap,
        SynonymDice,
        FeatureCount
    };
    using Features = std::array<double, FeatureCount>;

    // Keeps references; one scorer per thread (it caches synonym lookups).
    ParaphraseScorer(const Vocabulary &vocabulary, const Lexicon &lexicon, const TermWeights &weights,
                     const SynonymDictionary *synonyms = nullptr);

    Features features(std::span<const qint32> a, std::span<const qint32> b) const;
    double probability(std::span<const qint32> a, std::span<const qint32> b) const;
    static double probability(const Features &features);

    // The probability above which a pair counts as a paraphrase, for a
    // sensitivity from 0 (strict) to 1 (loose); 0.5 is the tuned default.
    static double threshold(double sensitivity);

    // True when the two words share a stem or (with WordNet) a sense.
    bool wordsMatch(qint32 keyA, qint32 keyB) const;

private:
    const std::vector<quint32> &synsetsOf(qint32 key) const;
    double synonymDice(std::span<const qint32> a, std::span<const qint32> b) const;

    const Vocabulary &m_vocabulary;
    const Lexicon &m_lexicon;
    const TermWeights &m_weights;
    const SynonymDictionary *m_synonyms;
    // Synsets per vocabulary key, looked up on first use. Sized once, so
    // references to entries stay valid while others are filled in.
    mutable std::vector<std::vector<quint32>> m_synsetCache;
    mutable std::vector<bool> m_synsetKnown;
};

} // namespace WireDiff
