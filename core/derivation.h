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

struct ClassCounts;

// Decides the level from how much of the article was derived from the
// source: the score mixes the share of its words the word classifier found
// derived (copied, plus a weight times reworded) with the share of its words
// inside a 3-word run also in the source, against two thresholds.
class Derivation
{
public:
    struct Thresholds
    {
        double rewordedWeight = 0;   // of the reworded share, next to the copied share
        double containmentWeight = 0; // of the 3-word-run share; the word classes have 1 - this
        double wholly = 0;
        double partially = 0;
    };

    // Fitted by `wirediff-eval --corpus meter --train` on the tuning half of
    // the METER courts corpus (stories whose Eval::stableHash of
    // "date/catchline" is odd; the test half is what the README reports):
    // the two weights by the best story-grouped 4-fold cross-validated macro
    // F1 over the three levels, then the thresholds by grid search on the
    // whole tuning half.
    static constexpr Thresholds fitted { 1, 0, 0.84, 0.38 };

    // `counts`: the article's words by class against the source;
    // `containment`: its share in 3-word runs also in the source.
    static double score(const ClassCounts &counts, const ContainmentShare &containment, const Thresholds &thresholds);
    static DerivationLevel classify(const ClassCounts &counts, const ContainmentShare &containment,
                                    const Thresholds &thresholds = fitted);
    static QString name(DerivationLevel level);
};

} // namespace WireDiff
