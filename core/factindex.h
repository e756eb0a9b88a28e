#pragma once

#include "fact.h"
#include "factextractor.h"

#include <functional>
#include <mutex>
#include <vector>

namespace WireDiff {

// The numbers and dates an article states anywhere, for
// FactDetector to ask whether a value it is about to call changed stands
// elsewhere in the article. They are extracted on the first question only
// (most comparisons ask none), once for all threads, and the same on any.
class FactIndex
{
public:
    // `extracted`, when given, holds every paragraph's facts already.
    explicit FactIndex(const FactExtractor::Source &source,
                       const std::vector<std::vector<Fact>> *extracted = nullptr);

    // Whether the article states a fact of `kind` for which `matches` holds.
    bool states(FactKind kind, const std::function<bool(const Fact &)> &matches) const;

private:
    void build() const;

    const FactExtractor::Source &m_source;
    const std::vector<std::vector<Fact>> *m_extracted;
    mutable std::once_flag m_built;
    mutable std::vector<Fact> m_facts; // numbers and dates, set once by build()
};

} // namespace WireDiff
