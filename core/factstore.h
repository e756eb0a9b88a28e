#pragma once

#include "fact.h"
#include "factextractor.h"

#include <QString>

#include <functional>
#include <vector>

namespace WireDiff {

// The facts of an article's paragraphs, each paragraph extracted once
// (FactExtractor::extract(), quotes and their speakers need the whole
// paragraph) for everything the fact check asks of it: the facts of a
// claim's sentence and of its counterparts (FactDetector), a base
// paragraph's last named speaker (QuoteComparer) and the numbers and dates
// stated anywhere (FactIndex). The check used to extract every paragraph
// twice, once for the index and once for the sentences.
//
// Held compactly, as both articles' facts are held through the whole check
// of a pair: a fact's four strings are ranges of a shared buffer, so a fact
// takes 48 bytes and its characters (a full Fact, its strings on the heap,
// about 200). A Fact handed out reads its strings from that buffer
// (QString::fromRawData(): no copy), so it must not outlive the store; the
// buffers are never changed once built.
class FactStore
{
public:
    FactStore() = default;
    // Extracts the paragraphs `wanted` marks (every one when it is empty)
    // on up to `threads` threads, with the same result on any number.
    FactStore(const FactExtractor::Source &source, const std::vector<bool> &wanted, int threads = 1);

    qint32 paragraphCount() const { return qint32(m_held.size()); }
    // Whether the store extracted `paragraph`.
    bool holds(qint32 paragraph) const { return m_held[size_t(paragraph)]; }
    // The facts of a held paragraph, as FactExtractor::extract() gives them.
    std::vector<Fact> ofParagraph(qint32 paragraph) const;
    // The facts of a held paragraph that start in flat tokens [begin, end),
    // and its quotes that overlap them: what a sentence states.
    std::vector<Fact> ofRange(qint32 paragraph, qint32 begin, qint32 end) const;
    // Whether a held fact of `kind` satisfies `matches`.
    bool anyOf(FactKind kind, const std::function<bool(const Fact &)> &matches) const;

private:
    // A Fact without its strings, which are its part's text[textStart,
    // textEnds[0]) (value), then otherValue, unit and speaker up to
    // textEnds[1 … 3].
    struct StoredFact
    {
        qint32 begin;
        qint32 end;
        qint32 speakerBegin;
        qint32 speakerEnd;
        qint32 head;
        qint32 textStart;
        qint32 textEnds[4];
        FactKind kind;
        NumberRole numberRole;
        NumberBound bound;
        NameRole nameRole;
        bool titled;
    };

    // One thread's share: consecutive paragraphs' facts and their strings.
    // Kept as built, each squeezed to its size: putting the parts together
    // would hold the store twice for a moment.
    struct Part
    {
        std::vector<StoredFact> facts;
        QString text;
    };
    static void store(const Fact &fact, Part *part);
    static Fact fact(const Part &part, const StoredFact &stored);

    std::vector<Part> m_parts;
    // Per paragraph: its part, and its facts [m_firstFact, m_endFact) there.
    std::vector<qint32> m_partOf;
    std::vector<qint32> m_firstFact;
    std::vector<qint32> m_endFact;
    std::vector<bool> m_held;
};

} // namespace WireDiff
