#pragma once

#include "article.h"
#include "comparison.h"

namespace WireDiff {

// The consensus text as an article of its own, so that it can be compared
// like any version: shown as a pane of its own beside the others, chosen as
// the base, and highlighted against it. It is virtual: no file (an empty
// filePath), never written anywhere, and named so it cannot be taken for
// an outlet.
class ConsensusArticle
{
public:
    // An id no article of `articles` has: "consensus", else with a number.
    static QString uniqueId(const std::vector<Article> &articles);
    // The article: one paragraph per consensus paragraph, in row order.
    // Empty (no paragraphs) when the consensus is empty.
    static Article build(const Comparison &comparison);

    // `withConsensus` was compared with the consensus article appended as
    // its last article. What describes the real articles as a group
    // (agreement, consensus, family tree) is taken from `without`, the
    // comparison of the real articles only, so the virtual article never
    // counts as a witness of itself; its own entries are empty.
    static void keepSynthesisOf(const Comparison &without, Comparison *withConsensus);
};

} // namespace WireDiff
