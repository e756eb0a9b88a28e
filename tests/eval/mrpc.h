#pragma once

#include "evalcommon.h"

#include <memory>

namespace WireDiff {
class SynonymDictionary;
}

namespace WireDiff::Eval::Mrpc {

// MRPC (training part): ParaphraseScorer's decision on sentence pairs. A
// fixed 20 % of the pairs (by hash of their ids) is held out and scored with
// the weights compiled into core; the other 80 % is where the weights are
// fitted (`--train`) and is scored by 10-fold cross-validation.
// With `relations`, the cross-validation is repeated with one more
// feature, the share of words only WordNet-related to the other sentence.
int run(const Paths &paths, bool train, bool relations, const std::shared_ptr<const SynonymDictionary> &synonyms);

} // namespace WireDiff::Eval::Mrpc
