#include "factstore.h"

#include "flatdocument.h"
#include "parallelrunner.h"
#include "workranges.h"

#include <algorithm>

namespace WireDiff {

FactStore::FactStore(const FactExtractor::Source &source, const std::vector<bool> &wanted, int threads)
{
    const FlatDocument &flat = source.flat;
    const auto paragraphs = size_t(flat.paragraphStart.size());
    m_held = wanted.empty() ? std::vector<bool>(paragraphs, true) : wanted;
    m_held.resize(paragraphs, false);
    m_partOf.assign(paragraphs, 0);
    m_firstFact.assign(paragraphs, 0);
    m_endFact.assign(paragraphs, 0);
    // Consecutive paragraphs of about equal length per part, a few parts per
    // thread; each paragraph's facts are the same in whichever part.
    const qint32 pieces = threads > 1 ? qint32(threads) * 4 : 1;
    const std::vector<qint32> bounds = WorkRanges::split(flat.paragraphStart, flat.size(), pieces);
    const auto partCount = qint32(bounds.size()) - 1;
    m_parts.resize(size_t(std::max(partCount, 0)));
    ParallelRunner::forEach(partCount, threads, [&](int r, int) {
        Part &part = m_parts[size_t(r)];
        for (qint32 p = bounds[size_t(r)]; p < bounds[size_t(r) + 1]; ++p) {
            m_partOf[size_t(p)] = r;
            m_firstFact[size_t(p)] = qint32(part.facts.size());
            if (m_held[size_t(p)]) {
                for (const Fact &f : FactExtractor::extract(source, flat.paragraphStart[size_t(p)], flat.paragraphEnd(p)))
                    store(f, &part);
            }
            m_endFact[size_t(p)] = qint32(part.facts.size());
        }
        part.facts.shrink_to_fit();
        part.text.squeeze();
    });
}

void FactStore::store(const Fact &fact, Part *part)
{
    StoredFact stored { fact.begin,
                        fact.end,
                        fact.speakerBegin,
                        fact.speakerEnd,
                        fact.head,
                        qint32(part->text.size()),
                        {},
                        fact.kind,
                        fact.numberRole,
                        fact.bound,
                        fact.nameRole,
                        fact.titled };
    const QString *strings[] = { &fact.value, &fact.otherValue, &fact.unit, &fact.speaker };
    for (size_t s = 0; s < std::size(strings); ++s) {
        part->text.append(*strings[s]);
        stored.textEnds[s] = qint32(part->text.size());
    }
    part->facts.push_back(stored);
}

Fact FactStore::fact(const Part &part, const StoredFact &stored)
{
    const auto string = [&part](qint32 begin, qint32 end) {
        return begin == end ? QString() : QString::fromRawData(part.text.constData() + begin, end - begin);
    };
    Fact fact;
    fact.kind = stored.kind;
    fact.begin = stored.begin;
    fact.end = stored.end;
    fact.value = string(stored.textStart, stored.textEnds[0]);
    fact.speakerBegin = stored.speakerBegin;
    fact.speakerEnd = stored.speakerEnd;
    fact.otherValue = string(stored.textEnds[0], stored.textEnds[1]);
    fact.numberRole = stored.numberRole;
    fact.head = stored.head;
    fact.unit = string(stored.textEnds[1], stored.textEnds[2]);
    fact.bound = stored.bound;
    fact.nameRole = stored.nameRole;
    fact.titled = stored.titled;
    fact.speaker = string(stored.textEnds[2], stored.textEnds[3]);
    return fact;
}

std::vector<Fact> FactStore::ofParagraph(qint32 paragraph) const
{
    const Part &part = m_parts[size_t(m_partOf[size_t(paragraph)])];
    const qint32 first = m_firstFact[size_t(paragraph)], last = m_endFact[size_t(paragraph)];
    std::vector<Fact> facts;
    facts.reserve(size_t(last - first));
    for (qint32 f = first; f < last; ++f)
        facts.push_back(fact(part, part.facts[size_t(f)]));
    return facts;
}

std::vector<Fact> FactStore::ofRange(qint32 paragraph, qint32 begin, qint32 end) const
{
    const Part &part = m_parts[size_t(m_partOf[size_t(paragraph)])];
    std::vector<Fact> facts;
    for (qint32 f = m_firstFact[size_t(paragraph)]; f < m_endFact[size_t(paragraph)]; ++f) {
        const StoredFact &stored = part.facts[size_t(f)];
        const bool inside = stored.begin >= begin && stored.begin < end;
        const bool overlappingQuote = stored.kind == FactKind::Quote && stored.begin < end && stored.end > begin;
        if (inside || overlappingQuote)
            facts.push_back(fact(part, stored));
    }
    return facts;
}

bool FactStore::anyOf(FactKind kind, const std::function<bool(const Fact &)> &matches) const
{
    return std::any_of(m_parts.begin(), m_parts.end(), [&](const Part &part) {
        return std::any_of(part.facts.begin(), part.facts.end(), [&](const StoredFact &stored) {
            return stored.kind == kind && matches(fact(part, stored));
        });
    });
}

} // namespace WireDiff
