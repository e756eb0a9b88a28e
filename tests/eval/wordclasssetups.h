#pragma once

#include "evalcommon.h"
#include "metertraining.h"

#include "wordclassifier.h"

#include <functional>
#include <vector>

namespace WireDiff::Eval::Meter {

// The words of the tuning half as --train sees them, and the pieces every
// word-classifier fit shares: the story-grouped folds, the decoding's grid
// search, the decoded confusion.
// salt 0 is the grouping every --train figure uses; other salts regroup
// the stories, to see how much a score owes to one grouping.
int wordFoldOf(const TrainingArticle &article, int salt = 0);
// Whether article `a` takes part (all of them when empty).
using ArticleFilter = std::function<bool(size_t)>;

using ArticleProbabilities = std::vector<std::vector<WordClassifier::Probabilities>>;

Confusion decodedConfusion(const std::vector<TrainingArticle> &articles, const ArticleProbabilities &probabilities,
                           const WordClassifier::Decoding &decoding, const ArticleFilter &use = {});

// The decoding (biases, transition scale) with the best mean F1 of the three
// classes after decoding `probabilities`, by grid search.
WordClassifier::Decoding fitDecoding(const std::vector<TrainingArticle> &articles,
                                     const ArticleProbabilities &probabilities, const ArticleFilter &use = {});

// What a setup adds to the features: for some continuous features, an
// indicator per threshold (x >= t: a step the weights can give any height,
// so the effect of x may rise and fall), and products of two features.
struct WordExpansion
{
    std::vector<std::pair<int, std::vector<double>>> bins; // feature, its thresholds
    std::vector<std::pair<int, int>> products;
    std::vector<int> dropped {}; // features left out (read as 0), to measure what they add

    std::vector<double> operator()(const WordClassifier::Features &f) const;
};

// The continuous features, which bins can bend.
const std::vector<int> &continuousWordFeatures();

// Quantile thresholds (count - 1 of them) of each of `features` over the
// words fitted on (the inputs only, no labels); duplicates and the minimum
// are left out.
std::vector<std::pair<int, std::vector<double>>> quantileBins(const std::vector<TrainingArticle> &articles,
                                                              const std::vector<int> &features, int count);

// The setup --train fits WordClassModel with, chosen by compareWordSetups:
// steps at the (wordClassBins)-quantiles of the continuous features (0:
// none; the core's model has no steps, none of the binned setups beat the
// plain features there), and the L2 penalty.
constexpr int wordClassBins = 0;
constexpr double wordClassL2 = 1.0;

// Models with room to bend, compared by story-grouped 4-fold
// cross-validation inside the tuning half (never the TEST half): the
// features as they are, with quantile bins of the continuous features,
// with interactions chosen for a reason, and with a second stage that
// weighs what the first stage calls the rest of the word's sentence. Each
// setup's decoding is fitted as --train fits main's (grid search on its own
// in-sample probabilities), then the cross-validated words are decoded
// with it; and nested, each fold decoded with a decoding fitted on the
// other folds alone. Prints one line per setup; `which` is "all" or the
// setups' numbers from 1, comma-separated.
void compareWordSetups(const std::vector<TrainingArticle> &articles, const QString &which);

} // namespace WireDiff::Eval::Meter
