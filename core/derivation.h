#pragma once

#include "containment.h"

#include <QString>

namespace WireDiff {

// How much of an article was taken from a source, in the three levels the
// METER corpus (Gaizauskas, Clough et al.) uses for newspaper stories
// against news-agency copy.
enum class DerivationLevel : quint8 {
    Wholly,    // written from the source alone
    Partially, // the source is one of several
    None,      // written independently
};

// Decides the level from the containment figures: the score is the verbatim
// share plus a weight times the reworded share, against two thresholds.
class Derivation
{
public:
    struct Thresholds
    {
        double rewordedWeight = 0;
        double wholly = 0;
        double partially = 0;
    };

    // Fitted by `wirediff-eval --train meter` (grid search for the best macro
    // F1 over the three levels) on the tuning half of the METER courts
    // corpus: stories whose Eval::stableHash of "date/catchline" is odd. The test
    // half is what the README reports.
    static constexpr Thresholds fitted { 0, 0.59, 0.22 };

    static DerivationLevel classify(const ContainmentShare &share, const Thresholds &thresholds = fitted);
    static QString name(DerivationLevel level);
};

} // namespace WireDiff
