#include "factstore.h"

#include "flatdocument.h"
#include "parallelrunner.h"
#include "workranges.h"

#include <algorithm>

namespace WireDiff {

FactStore::FactStore(const FactExtractor::Source &source, const std::vector<bool> &wanted, int threads)
{
    const FlatDocument &flat = source.flat;
    const auto paragraphs = qint32(flat.paragraphStart.size());
    m_held = wanted.empty() ? std::vector<bool>(size_t(paragraphs), true) : wanted;
    m_held.resize(size_t(paragraphs), false);
    // Consecutive paragraphs of about equal length per part, a few parts per
    // thread; put back together in paragraph order, the parts are what one
    // walk over all paragraphs gives.
    const qint32 pieces = threads > 1 ? qint32(threads) * 4 : 1;
    const std::vector<qint32> bounds = WorkRanges::split(flat.paragraphStart, flat.size(), pieces);
    const auto partCount = qint32(bounds.size()) - 1;
    std::vector<Part> parts(size_t(std::max(partCount, 0)));
    ParallelRunner::forEach(partCount, threads, [&](int r, int) {
        Part &part = parts[size_t(r)];
        for (qint32 p = bounds[size_t(r)]; p < bounds[size_t(r) + 1]; ++p) {
            qint32 count = 0;
            if (m_held[size_t(p)]) {
                const std::vector<Fact> facts =
                    FactExtractor::extract(source, flat.paragraphStart[size_t(p)], flat.paragraphEnd(p));
                for (const Fact &f : facts)
                    store(f, &part);
                count = qint32(facts.size());
            }
            part.factCount.push_back(count);
        }
    });
    size_t factTotal = 0;
    qsizetype textTotal = 0;
    for (const Part &part : parts) {
        factTotal += part.facts.size();
        textTotal += part.text.size();
    }
    m_facts.reserve(factTotal);
    m_text.reserve(textTotal);
    m_firstFact.reserve(size_t(paragraphs) + 1);
    m_firstFact.push_back(0);
    for (Part &part : parts) {
        const auto offset = qint32(m_text.size());
        for (StoredFact stored : part.facts) {
            stored.textStart += offset;
            for (qint32 &end : stored.textEnds)
                end += offset;
            m_facts.push_back(stored);
        }
        for (const qint32 count : part.factCount)
            m_firstFact.push_back(m_firstFact.back() + count);
        m_text.append(part.text);
        part = Part();
    }
    // No paragraphs: no parts, and still one entry more than paragraphs.
    m_firstFact.resize(size_t(paragraphs) + 1, m_firstFact.back());
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

QString FactStore::string(qint32 begin, qint32 end) const
{
    return begin == end ? QString() : QString::fromRawData(m_text.constData() + begin, end - begin);
}

Fact FactStore::fact(const StoredFact &stored) const
{
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
    std::vector<Fact> facts;
    const qint32 first = m_firstFact[size_t(paragraph)], last = m_firstFact[size_t(paragraph) + 1];
    facts.reserve(size_t(last - first));
    for (qint32 f = first; f < last; ++f)
        facts.push_back(fact(m_facts[size_t(f)]));
    return facts;
}

std::vector<Fact> FactStore::ofRange(qint32 paragraph, qint32 begin, qint32 end) const
{
    std::vector<Fact> facts;
    for (qint32 f = m_firstFact[size_t(paragraph)]; f < m_firstFact[size_t(paragraph) + 1]; ++f) {
        const StoredFact &stored = m_facts[size_t(f)];
        const bool inside = stored.begin >= begin && stored.begin < end;
        const bool overlappingQuote = stored.kind == FactKind::Quote && stored.begin < end && stored.end > begin;
        if (inside || overlappingQuote)
            facts.push_back(fact(stored));
    }
    return facts;
}

bool FactStore::anyOf(FactKind kind, const std::function<bool(const Fact &)> &matches) const
{
    return std::any_of(m_facts.begin(), m_facts.end(),
                       [&](const StoredFact &stored) { return stored.kind == kind && matches(fact(stored)); });
}

} // namespace WireDiff
