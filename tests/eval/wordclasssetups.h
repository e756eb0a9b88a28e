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
