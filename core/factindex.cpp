#include "factindex.h"

#include "flatdocument.h"

#include <algorithm>

namespace WireDiff {

namespace {

bool isIndexed(FactKind kind)
{
    return kind == FactKind::Number || kind == FactKind::Date;
}

} // namespace

FactIndex::FactIndex(const FactExtractor::Source &source, const std::vector<std::vector<Fact>> *extracted)
    : m_source(source)
    , m_extracted(extracted)
{
}

bool FactIndex::states(FactKind kind, const std::function<bool(const Fact &)> &matches) const
{
    std::call_once(m_built, [this] { build(); });
    return std::any_of(m_facts.begin(), m_facts.end(),
                       [&](const Fact &fact) { return fact.kind == kind && matches(fact); });
}

void FactIndex::build() const
{
    const FlatDocument &flat = m_source.flat;
    for (qint32 p = 0; p < qint32(flat.paragraphStart.size()); ++p) {
        const std::vector<Fact> facts = m_extracted
            ? (*m_extracted)[size_t(p)]
            : FactExtractor::extract(m_source, flat.paragraphStart[size_t(p)], flat.paragraphEnd(p));
        std::copy_if(facts.begin(), facts.end(), std::back_inserter(m_facts),
                     [](const Fact &fact) { return isIndexed(fact.kind); });
    }
}

} // namespace WireDiff
