#pragma once

#include "evalcommon.h"

#include <memory>

namespace WireDiff {
class SynonymDictionary;
}

namespace WireDiff::Eval::Seeds {

// The seed folder against the hand-annotated tests/data/seeds/alignment-gold.tsv
// (002 to 001, 003 to 000): paragraph links and paragraphs correctly left
// without a counterpart. Report only.
int run(const Paths &paths, const std::shared_ptr<const SynonymDictionary> &synonyms);

} // namespace WireDiff::Eval::Seeds
