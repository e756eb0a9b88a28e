#pragma once

#include "fact.h"
#include "factextractor.h"

#include <functional>
#include <mutex>
#include <vector>

namespace WireDiff {

class FactStore;

// The numbers and dates an article states anywhere, for FactDetector to
// ask whether a value it is about to call changed stands elsewhere in the
// article. Read from the article's FactStore; the numbers and dates of the
// paragraphs the store did not extract (no claim reads them) are extracted
// on the first question only (most comparisons ask none), once for all
// threads, and the same on any.
class FactIndex
{
public:
    FactIndex(const FactExtractor::Source &source, const FactStore &store);

    // Whether the article states a fact of `kind` for which `matches` holds.
    bool states(FactKind kind, const std::function<bool(const Fact &)> &matches) const;

private:
    void build() const;

    const FactExtractor::Source &m_source;
    const FactStore &m_store;
    mutable std::once_flag m_built;
    mutable std::vector<Fact> m_rest; // numbers and dates of the paragraphs the store lacks, set once by build()
};

} // namespace WireDiff
