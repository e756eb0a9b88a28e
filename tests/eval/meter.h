#pragma once

#include "evalcommon.h"

#include <memory>

namespace WireDiff {
class SynonymDictionary;
}

namespace WireDiff::Eval::Meter {

struct Options
{
    int errorExamples = 0;   // > 0: print that many examples of each kind of error
    QString dumpFile;        // write every gold word with its predicted class (TSV)
    bool train = false;      // fit and print the word classifier's model and the derivation thresholds
    QString setups;          // word-classifier setups to compare by cross-validation on the tuning half ("all" or 1,3,...)
    QString explain;         // print this article (id) sentence by sentence with gold and predicted classes
    bool relations = false;  // measure how WordNet relations to the source sentence separate the classes (tuning half)
};

// METER (courts): each newspaper article against all PA wire copy of its
// story. Word level (Verbatim -> same|moved, Rewrite -> paraphrased, New ->
// added) and article level (wholly / partially / non-derived from the
// containment figures). Stories go to the tuning or the test half by a hash
// of "date/catchline".
int run(const Paths &paths, const Options &options, const std::shared_ptr<const SynonymDictionary> &synonyms);

} // namespace WireDiff::Eval::Meter
