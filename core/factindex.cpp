#include "factindex.h"

#include "factstore.h"
#include "flatdocument.h"

#include <algorithm>

namespace WireDiff {

namespace {

bool isIndexed(FactKind kind)
{
    return kind == FactKind::Number || kind == FactKind::Date;
}

} // namespace

FactIndex::FactIndex(const FactExtractor::Source &source, const FactStore &store)
    : m_source(source)
    , m_store(store)
{
}

bool FactIndex::states(FactKind kind, const std::function<bool(const Fact &)> &matches) const
{
    Q_ASSERT(isIndexed(kind));
    if (m_store.anyOf(kind, matches))
        return true;
    std::call_once(m_built, [this] { build(); });
    return std::any_of(m_rest.begin(), m_rest.end(),
                       [&](const Fact &fact) { return fact.kind == kind && matches(fact); });
}

void FactIndex::build() const
{
    const FlatDocument &flat = m_source.flat;
    for (qint32 p = 0; p < m_store.paragraphCount(); ++p) {
        if (m_store.holds(p))
            continue;
        const std::vector<Fact> facts = FactExtractor::extract(m_source, flat.paragraphStart[size_t(p)], flat.paragraphEnd(p));
        std::copy_if(facts.begin(), facts.end(), std::back_inserter(m_rest),
                     [](const Fact &fact) { return isIndexed(fact.kind); });
    }
}

} // namespace WireDiff
