#pragma once

#include "paraphrasescorer.h"

#include <array>

namespace WireDiff {

// Weights of the logistic paraphrase model over ParaphraseScorer::Feature,
// bias first. Fitted by `wirediff-eval --train-paraphrase` on the tuning part
// of MRPC's training pairs (see README, "Evaluation"); the held-out part is
// what the README reports.
struct ParaphraseModel
{
    static constexpr std::array<double, ParaphraseScorer::FeatureCount + 1> weights {
        -5.0, // bias
        7.0,  // WeightedDice
        1.0,  // ContainmentMin
        1.0,  // ContainmentMax
        1.0,  // BigramDice
        0.5,  // LengthRatio
        0.5,  // NumberAgreement
        1.0,  // OrderedOverlap
        1.0,  // SynonymDice
    };
    static constexpr double defaultThreshold = 0.5;
};

} // namespace WireDiff
