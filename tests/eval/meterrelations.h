#pragma once

#include "metertraining.h"

#include <vector>

namespace WireDiff::Eval::Meter {

// `--relations`: how well a WordNet relation (SynonymDictionary::Related)
// between a word and its sentence's source separates reworded words from
// new ones, before any feature is made of it. For the open content words
// of the tuning half's articles with neither their stem nor a synonym in
// the source sentence(s) (PairPipeline::Pair::relations), per gold class:
// how many there are and the share with each kind of relation there; then
// the same for the words the core's model decides New, where a relation
// could turn a missed Rewrite into a found one. A kind separates where
// its share among gold Rewrite words is well above its share among gold
// New ones (the ratio printed); a feature from it can gain at most what
// the Rewrite words predicted New carry over the New words beside them.
void printRelations(const std::vector<TrainingArticle> &articles);

} // namespace WireDiff::Eval::Meter
