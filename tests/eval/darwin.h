#pragma once

#include "evalcommon.h"

#include <memory>

namespace WireDiff {
class SynonymDictionary;
}

namespace WireDiff::Eval::Darwin {

// Darwin, Origin of Species ch. 1, six editions: paragraph links (two
// paragraphs of different editions in one row) against the gold groups, and
// whether the paragraphs new in 1869 are reported absent from earlier
// editions. Report only: nothing is tuned on it.
int run(const Paths &paths, const std::shared_ptr<const SynonymDictionary> &synonyms);

} // namespace WireDiff::Eval::Darwin
