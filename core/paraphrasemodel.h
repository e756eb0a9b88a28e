#pragma once

#include "paraphrasescorer.h"

#include <array>

namespace WireDiff {

// Weights of the logistic paraphrase model over ParaphraseScorer::Feature,
// bias first, and the probability at which a pair counts as a paraphrase at
// the default sensitivity.
//
// How they were fitted: `wirediff-eval --corpus mrpc --train` (tests/eval/
// mrpc.cpp) on the tuning part of MRPC's training file: the 3,253 pairs whose
// Eval::stableHash of "#1 ID-#2 ID" is not a multiple of 5. Logistic
// regression, L2 penalty 0.1 on the non-bias weights, Newton's method; term
// rarity from all MRPC sentences; WordNet synonyms from wordnet-base. The
// threshold maximises accuracy + F1 over the pooled out-of-fold
// probabilities of a 10-fold cross-validation of the same part. The other
// 823 pairs are held out and are what the README reports. Several weights
// are negative because the features overlap (bigram and trigram overlap
// say much the same): read the model as a whole, not weight by weight.
struct ParaphraseModel
{
    static constexpr std::array<double, ParaphraseScorer::FeatureCount + 1> weights {
        -3.8964, // bias
        1.6404, // WeightedDice
        -2.6644, // ContainmentMin
        -1.5015, // ContainmentMax
        -3.2262, // BigramDice
        -4.7529, // TrigramDice
        1.8488, // WordDice
        2.8604, // LengthRatio
        -0.1457, // NumberAgreement
        -0.8801, // NumberMismatch
        -3.1618, // OrderedOverlap
        1.0845, // SynonymDice
        -1.9037, // UnmatchedContent
        -0.3077, // UnmatchedMax
        1.0471, // WordContainmentMin
        3.5927, // BigramContainmentMin
        4.5562, // EditSimilarity
        0.2822, // LengthDifference
        3.7029, // WeightedSynonymDice
        2.8085, // CharacterCosine
        -1.2153, // NegationMismatch
        -0.9000, // LongestRun
        2.0941, // TrigramContainmentMin
    };
    static constexpr double defaultThreshold = 0.5103;
};

} // namespace WireDiff
