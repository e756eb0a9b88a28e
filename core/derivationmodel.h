#pragma once

#include "derivation.h"

namespace WireDiff {

// The fitted constants of Derivation: a multinomial logistic model over
// Derivation::Figure with wholly-derived as the reference level (its weights
// are zero), and per-level biases added to the log-probabilities before the
// most probable level is taken.
//
// How they were fitted: `wirediff-eval --corpus meter --train` (tests/eval/
// metertraining.cpp, trainDerivation) on the METER courts tuning half only
// (the 104 stories, 364 articles, whose Eval::stableHash of "date/catchline"
// is odd; the 95 others are the test half the README reports), each article
// compared with all its story's wire copy as the base. The figures the model
// weighs, whether each level's articles weigh as one, the L2 penalty (on
// standardized figures) and whether to fit decision biases were chosen by
// story-grouped 4-fold cross-validated macro F1 inside the tuning half,
// averaged over nine groupings of the stories; then the model was fitted on
// the whole tuning half (Newton's method) and the biases by grid search
// for its macro F1. Five figures are used, the others weigh zero. Comparison
// options at their defaults, WordNet synonyms from wordnet-base.
//
// Read the weights as a whole: copied and reworded shares lower both
// partially- and non-derived against wholly; at the same shares, keeping
// more of the source's paragraphs points to partially-derived (a long
// story that takes a little from every take) rather than to wholly.
struct DerivationModel
{
    static constexpr Derivation::Weights weights { {
        // bias, Copied, Reworded, Contained, SourceUsed, LengthRatio, LongestRun, DerivedParagraphs, NewParagraphs,
        // SourceContained, SourceParagraphs, Length
        { 3.3590, -8.4750, -6.3945, 2.2677, -5.5620, 0.0, 0.0, 0.0, 0.0, 0.0, 7.1005, 0.0 }, // partially-derived
        { 5.5547, -8.7763, -8.7182, -5.3667, 2.4425, 0.0, 0.0, 0.0, 0.0, 0.0, 3.3534, 0.0 }, // non-derived
    } };
    static constexpr Derivation::Probabilities decisionBias { 0.0, 0.7, 0.3 };
};

} // namespace WireDiff
