#pragma once

#include <QString>

#include <array>

namespace WireDiff {

struct Comparison;

// How much of an article was taken from a source, in the three levels the
// METER corpus (Gaizauskas, Clough et al.) uses for newspaper stories
// against news-agency copy.
enum class DerivationLevel : quint8 {
    Wholly,    // written from the source alone
    Partially, // the source is one of several
    None,      // written independently
};

// Decides the level from figures of the article's comparison with its
// source by a multinomial logistic model (DerivationModel): one share
// cannot tell a short story copied from one wire take from a long one that
// adds as much again, the figures of where and how much was taken can.
class Derivation
{
public:
    enum Figure {
        Copied,            // share of the article's words copied (same, moved)
        Reworded,          // share of them reworded (paraphrased)
        Contained,         // share of them inside a 3-word run also in the source
        SourceUsed,        // share of the source's words the article keeps
        LengthRatio,       // log2(article words / source words), clamped to -4..2, / 4
        LongestRun,        // the longest copied stretch, in words / the article's words
        DerivedParagraphs, // share of the paragraphs at least half copied or reworded
        NewParagraphs,     // share of the paragraphs nothing of which was copied or reworded
        SourceContained,   // share of the source's words inside a 3-word run also in the article
        SourceParagraphs,  // share of the source's paragraphs the article keeps a word of
        Length,            // log2(article words) / 10
        FigureCount
    };
    using Figures = std::array<double, FigureCount>;
    // Wholly, Partially, None (DerivationLevel's order).
    using Probabilities = std::array<double, 3>;
    // [Partially, None][bias, one weight per figure]; Wholly is the reference.
    using Weights = std::array<std::array<double, FigureCount + 1>, 2>;

    // The figures of `article` against the comparison's base (counted
    // paragraphs only: no headline, byline, dateline, caption, boilerplate).
    static Figures figures(const Comparison &comparison, qint32 article);
    static Probabilities probabilities(const Figures &figures, const Weights &weights);
    // The most probable level after the model's decision biases.
    static DerivationLevel classify(const Figures &figures);
    static DerivationLevel classify(const Figures &figures, const Weights &weights, const Probabilities &bias);
    static QString name(DerivationLevel level);
    static QString figureName(int figure);
};

} // namespace WireDiff
