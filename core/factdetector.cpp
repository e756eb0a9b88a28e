#include "factdetector.h"

#include "articletext.h"
#include "claimcounterparts.h"
#include "comparison.h"
#include "flatdocument.h"
#include "lexicon.h"
#include "paragraph.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace WireDiff {

namespace {

qint32 paragraphEnd(const FlatDocument &flat, qint32 paragraph)
{
    return size_t(paragraph + 1) < flat.paragraphStart.size() ? flat.paragraphStart[size_t(paragraph + 1)]
                                                              : flat.size();
}

// Whether two facts sit in the same words: the nearest content word before
// them (or after them) is the same on both sides, as in "director general
// of the [X]" against "director general of [Y]". Function words and
// punctuation in between are skipped.
bool sameContext(const FactExtractor::Source &a, const Fact &fa, const FactExtractor::Source &b, const Fact &fb)
{
    const auto nearestContent = [](const FactExtractor::Source &s, qint32 from, qint32 step) -> qint32 {
        for (qint32 i = from, seen = 0; i >= 0 && i < s.flat.size() && seen < 4; i += step, ++seen) {
            if (s.lexicon.isContent(s.flat.keys[size_t(i)]))
                return i;
        }
        return -1;
    };
    const qint32 beforeA = nearestContent(a, fa.begin - 1, -1), beforeB = nearestContent(b, fb.begin - 1, -1);
    if (beforeA >= 0 && beforeB >= 0 && a.key(beforeA) == b.key(beforeB))
        return true;
    const qint32 afterA = nearestContent(a, fa.end, 1), afterB = nearestContent(b, fb.end, 1);
    return afterA >= 0 && afterB >= 0 && a.key(afterA) == b.key(afterB);
}

// Names and speakers match when they have the same words in any order, or
// when one's words are within the other's and both end alike: "Helen
// Strachan" is "Emergency Minister Helen Strachan", but "North Korea" is not
// "North Korea's Department of US Affairs". Other facts match when equal.
// "Russia" and "Russian", "Ukraine" and "Ukrainian" name the same thing.
bool nameWordsMatch(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    qsizetype common = 0;
    while (common < a.size() && common < b.size() && a.at(common) == b.at(common))
        ++common;
    return common >= 5 && a.size() - common <= 3 && b.size() - common <= 3;
}

bool valuesMatch(FactKind kind, const QString &a, const QString &b)
{
    if (a == b)
        return true;
    if (kind != FactKind::Name && kind != FactKind::Attribution)
        return false;
    QStringList left = a.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList right = b.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (left.isEmpty() || right.isEmpty())
        return false;
    const bool sameEnd = nameWordsMatch(left.last(), right.last());
    const auto within = [](const QStringList &small, const QStringList &large) {
        return std::all_of(small.begin(), small.end(), [&large](const QString &w) {
            return std::any_of(large.begin(), large.end(), [&w](const QString &v) { return nameWordsMatch(w, v); });
        });
    };
    const bool sameWords = left.size() == right.size() && within(left, right) && within(right, left);
    return sameWords || (sameEnd && (within(left, right) || within(right, left)));
}

// Either value of one fact is a value of the other (Fact::otherValue).
bool factsMatch(const Fact &a, const Fact &b)
{
    return valuesMatch(a.kind, a.value, b.value) || (!a.otherValue.isEmpty() && a.otherValue == b.value)
        || (!b.otherValue.isEmpty() && (b.otherValue == a.value || b.otherValue == a.otherValue));
}

// A quote's words, sorted with repeats kept, split once per quote: in a
// novel's dialogue a quote runs to hundreds of words, and it is compared
// once per sentence it spans with every quote of the base's sentences.
class QuoteWords
{
public:
    const std::vector<QString> &of(const Fact &quote)
    {
        // A quote's value is made from its token range alone.
        const quint64 range = (quint64(quint32(quote.begin)) << 32) | quint32(quote.end);
        auto it = m_words.constFind(range);
        if (it == m_words.constEnd()) {
            const QStringList words = quote.value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            std::vector<QString> sorted(words.begin(), words.end());
            std::sort(sorted.begin(), sorted.end());
            it = m_words.insert(range, std::move(sorted));
        }
        return *it;
    }

    // Forgets the quotes that start in flat tokens [begin, end), a
    // paragraph whose facts are read no more.
    void release(qint32 begin, qint32 end)
    {
        m_words.removeIf([begin, end](const auto &entry) {
            const auto start = qint32(entry.key() >> 32);
            return start >= begin && start < end;
        });
    }

private:
    QHash<quint64, std::vector<QString>> m_words;
};

// Dice coefficient of two multisets of words, each given sorted.
double wordDice(const std::vector<QString> &a, const std::vector<QString> &b)
{
    if (a.empty() || b.empty())
        return 0;
    qsizetype shared = 0;
    for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
        const int order = i->compare(*j);
        shared += order == 0;
        i += order <= 0;
        j += order >= 0;
    }
    return 2.0 * double(shared) / double(a.size() + b.size());
}

class FactComparison
{
public:
    FactComparison(const FactExtractor::Source &base, const FactExtractor::Source &other,
               std::vector<FactDifference> *out)
        : m_base(base)
        , m_other(other)
        , m_out(out)
    {
    }

    void compare(const std::vector<Fact> &baseFacts, const std::vector<Fact> &otherFacts)
    {
        for (const FactKind kind : { FactKind::Number, FactKind::Weekday, FactKind::Date, FactKind::Stance })
            compareValues(kind, baseFacts, otherFacts, false);
        compareValues(FactKind::Name, withoutSpeakers(baseFacts), withoutSpeakers(otherFacts), true);
        compareQuotes(baseFacts, otherFacts);
    }

    // The facts of base paragraph, or of other paragraph, `paragraph` are
    // compared no more.
    void releaseBase(qint32 paragraph)
    {
        m_baseQuoteWords.release(m_base.flat.paragraphStart[size_t(paragraph)], paragraphEnd(m_base.flat, paragraph));
    }
    void releaseOther(qint32 paragraph)
    {
        m_otherQuoteWords.release(m_other.flat.paragraphStart[size_t(paragraph)], paragraphEnd(m_other.flat, paragraph));
    }

private:
    // The speakers of quotes are compared through the quotes they are
    // credited with, so their names are not compared a second time as plain
    // names. A name beside "said" with no quote to credit ("John Harris
    // said the driver …", "near Leeds on Monday, police said") is compared
    // as any other name: nothing else would compare it.
    static std::vector<Fact> withoutSpeakers(const std::vector<Fact> &facts)
    {
        std::vector<Fact> result;
        for (const Fact &fact : facts) {
            const bool isSpeaker = fact.kind == FactKind::Name
                && std::any_of(facts.begin(), facts.end(), [&fact](const Fact &quote) {
                       return quote.kind == FactKind::Quote && quote.speakerBegin >= 0
                           && fact.begin >= quote.speakerBegin && fact.end <= quote.speakerEnd;
                   });
            if (!isSpeaker)
                result.push_back(fact);
        }
        return result;
    }

    static std::vector<const Fact *> ofKind(const std::vector<Fact> &facts, FactKind kind)
    {
        std::vector<const Fact *> result;
        for (const Fact &fact : facts) {
            if (fact.kind == kind)
                result.push_back(&fact);
        }
        return result;
    }

    static std::vector<const Fact *> unmatched(const std::vector<const Fact *> &facts,
                                               const std::vector<const Fact *> &against)
    {
        std::vector<const Fact *> result;
        for (const Fact *fact : facts) {
            const bool found = std::any_of(against.begin(), against.end(), [fact](const Fact *other) {
                return factsMatch(*fact, *other);
            });
            if (!found)
                result.push_back(fact);
        }
        return result;
    }

    void compareValues(FactKind kind, const std::vector<Fact> &baseFacts, const std::vector<Fact> &otherFacts,
                       bool needContext)
    {
        const auto inBase = ofKind(baseFacts, kind);
        const auto inOther = ofKind(otherFacts, kind);
        const auto onlyBase = unmatched(inBase, inOther);
        const auto onlyOther = unmatched(inOther, inBase);
        if (onlyBase.empty() || onlyOther.empty())
            return; // an added or dropped detail, not a contradiction
        std::vector<bool> used(onlyBase.size(), false);
        for (const Fact *fact : onlyOther) {
            // Prefer the base fact with the same neighbouring word ("86 homes"
            // against "68 homes"); otherwise pair in order where that is
            // unambiguous.
            qint32 match = -1;
            for (size_t k = 0; k < onlyBase.size() && match < 0; ++k) {
                if (!used[k] && sameContext(m_base, *onlyBase[k], m_other, *fact))
                    match = qint32(k);
            }
            if (match < 0 && !needContext && onlyBase.size() == 1 && onlyOther.size() == 1)
                match = 0;
            if (match < 0)
                continue;
            used[size_t(match)] = true;
            record(kind, *onlyBase[size_t(match)], *fact);
        }
    }

    void compareQuotes(const std::vector<Fact> &baseFacts, const std::vector<Fact> &otherFacts)
    {
        const auto inBase = ofKind(baseFacts, FactKind::Quote);
        for (const Fact *quote : ofKind(otherFacts, FactKind::Quote)) {
            const std::vector<QString> &words = m_otherQuoteWords.of(*quote);
            const Fact *best = nullptr;
            double bestDice = 0.3;
            for (const Fact *candidate : inBase) {
                const double dice = wordDice(m_baseQuoteWords.of(*candidate), words);
                if (dice >= bestDice) {
                    best = candidate;
                    bestDice = dice;
                }
            }
            if (!best)
                continue;
            if (hasNewWords(words, m_baseQuoteWords.of(*best)))
                record(FactKind::Quote, *best, *quote);
            const Fact *baseSpeaker = speakerOf(*best, baseFacts);
            const Fact *otherSpeaker = speakerOf(*quote, otherFacts);
            if (baseSpeaker && otherSpeaker && bestDice >= 0.5 && !sharesWord(baseSpeaker->value, otherSpeaker->value))
                record(FactKind::Attribution, *baseSpeaker, *otherSpeaker);
        }
    }

    // A quote with words the base's version lacks was changed; one that
    // only dropped words was cut, which the removed class already shows.
    // Both lists sorted.
    static bool hasNewWords(const std::vector<QString> &quote, const std::vector<QString> &original)
    {
        return std::any_of(quote.begin(), quote.end(), [&original](const QString &word) {
            return !std::binary_search(original.begin(), original.end(), word);
        });
    }

    static const Fact *speakerOf(const Fact &quote, const std::vector<Fact> &facts)
    {
        for (const Fact &fact : facts) {
            if (fact.kind == FactKind::Attribution && fact.begin == quote.speakerBegin && fact.end == quote.speakerEnd)
                return &fact;
        }
        return nullptr;
    }

    static bool sharesWord(const QString &a, const QString &b)
    {
        const QStringList right = b.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QStringList left = a.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return std::any_of(left.begin(), left.end(), [&right](const QString &w) { return right.contains(w); });
    }

    void record(FactKind kind, const Fact &baseFact, const Fact &otherFact)
    {
        m_out->push_back(FactDifference { kind, baseFact.begin, baseFact.end, otherFact.begin, otherFact.end });
    }

    const FactExtractor::Source &m_base;
    const FactExtractor::Source &m_other;
    std::vector<FactDifference> *m_out;
    QuoteWords m_baseQuoteWords;
    QuoteWords m_otherQuoteWords;
};

// Whether a changed fact outweighs the diff's pairing of its words with the
// same words elsewhere. A number, weekday, date, stance or speaker is one
// value, set against the base's by the statement it is in: when it differs,
// all its words are the change, wherever else the base has them. Quotes are
// paired by shared words and names by a neighbouring word, both looser: in
// the METER corpus most of their words that the diff pairs elsewhere were
// copied from there (a long quote stitched from two of the wire's, a court
// the wire names in another sentence), so those pairs stand.
bool overridesPairs(FactKind kind)
{
    return kind != FactKind::Quote && kind != FactKind::Name;
}

// One side of a fact difference: its labels, its words, the fact's range
// on it, and what a word of it is when nothing on the other side matches it.
struct FactSide
{
    TokenLabels *labels;
    const FactExtractor::Source &source;
    qint32 begin;
    qint32 end;
    ChangeClass unmatched;

    bool holds(qint32 i) const { return i >= begin && i < end; }
    bool holdsWord(qint32 key) const
    {
        const auto first = source.flat.keys.begin() + begin, last = source.flat.keys.begin() + end;
        return std::find(first, last, key) != last;
    }
};

// Labels the words of `side`'s fact of `kind` FactChanged in `group`,
// except those the two facts share ("Minister" in "Minister Helen Strachan"
// against "Minister Priya Raman"). A word the diff paired with a word
// outside the other fact is not shared, even though it is Same: a copy that
// credits a quote to a minister the base names in another paragraph has her
// name paired there, and it is the copy's changed fact all the same. Unless
// the fact's kind leaves the diff's pairs be (overridesPairs()), such a pair
// is undone, the word it was paired with left unmatched, so that the fact is
// boxed on both sides and its words are not counted as verbatim copy.
void markSide(const FactSide &side, const FactSide &opposite, FactKind kind, qint32 group)
{
    for (qint32 i = side.begin; i < side.end; ++i) {
        const qint32 key = side.source.flat.keys[size_t(i)];
        if (side.source.lexicon.isPunctuation(key) || side.labels->classes[size_t(i)] == ChangeClass::FactChanged)
            continue; // a word of a difference marked already keeps its link
        const qint32 counterpart = side.labels->counterpart(i);
        if (counterpart >= 0) {
            // A word both facts have is shared even where the diff paired
            // it with the same word elsewhere.
            if (!overridesPairs(kind) || opposite.holds(counterpart) || opposite.holdsWord(key))
                continue;
            opposite.labels->set(counterpart, opposite.unmatched);
        }
        side.labels->set(i, ChangeClass::FactChanged, group);
    }
}

// Facts of one article, extracted paragraph by paragraph (quotes and their
// speakers need the whole paragraph) and handed out by sentence.
class FactCache
{
public:
    // `extracted`, when given, holds every paragraph's facts already.
    explicit FactCache(const FactExtractor::Source &source, const FactDetector::ParagraphFacts *extracted = nullptr)
        : m_source(source)
        , m_extracted(extracted)
    {
    }

    const std::vector<Fact> &ofParagraph(qint32 paragraph)
    {
        if (m_extracted)
            return (*m_extracted)[size_t(paragraph)];
        auto it = m_facts.find(paragraph);
        if (it == m_facts.end()) {
            const qint32 begin = m_source.flat.paragraphStart[size_t(paragraph)];
            it = m_facts.insert(paragraph, FactExtractor::extract(m_source, begin, paragraphEnd(m_source.flat, paragraph)));
        }
        return *it;
    }

    // Facts that start in the sentence, and quotes that overlap it.
    std::vector<Fact> ofSentence(qint32 sentence)
    {
        const qint32 begin = m_source.flat.sentenceStarts[size_t(sentence)];
        const qint32 end = m_source.flat.sentenceEnd(sentence);
        std::vector<Fact> result;
        for (const Fact &fact : ofParagraph(m_source.flat.paragraphOf(begin))) {
            const bool inside = fact.begin >= begin && fact.begin < end;
            const bool overlappingQuote = fact.kind == FactKind::Quote && fact.begin < end && fact.end > begin;
            if (inside || overlappingQuote)
                result.push_back(fact);
        }
        return result;
    }

    // Drops a paragraph's facts, read no more (extracted again if asked).
    void release(qint32 paragraph) { m_facts.remove(paragraph); }

private:
    const FactExtractor::Source &m_source;
    const FactDetector::ParagraphFacts *m_extracted;
    QHash<qint32, std::vector<Fact>> m_facts;
};

// Where flat tokens [begin, end) of `text` are, as FactChange tells it.
void locate(const ArticleText &text, qint32 begin, qint32 end, qint32 *paragraph, qint32 *start, qint32 *stop,
            QString *words)
{
    const FlatDocument::Position first = text.flat->position(begin);
    const FlatDocument::Position last = text.flat->position(end - 1);
    const auto &tokens = text.tokens->paragraphs[size_t(first.paragraph)].tokens;
    *paragraph = first.paragraph;
    *start = tokens[size_t(first.token)].start;
    *stop = last.paragraph == first.paragraph ? tokens[size_t(last.token)].end : tokens.back().end;
    *words = text.article->paragraphs[size_t(first.paragraph)].text.mid(*start, *stop - *start);
}

} // namespace

FactDetector::ParagraphFacts FactDetector::extractAll(const FactExtractor::Source &source)
{
    ParagraphFacts facts(source.flat.paragraphStart.size());
    for (qint32 p = 0; p < qint32(facts.size()); ++p)
        facts[size_t(p)] = FactExtractor::extract(source, source.flat.paragraphStart[size_t(p)], paragraphEnd(source.flat, p));
    return facts;
}

std::vector<FactDifference> FactDetector::detect(const FactExtractor::Source &base,
                                                 const FactExtractor::Source &other, PairAlignment *alignment,
                                                 const Cancellation &cancel, const ParagraphFacts *extractedBase)
{
    std::vector<FactDifference> differences;
    const ClaimCounterparts claims(base, other, *alignment);
    FactCache baseFacts(base, extractedBase);
    FactCache otherFacts(other);
    // Each paragraph's facts (and its quotes' words) are held from the first
    // sentence that reads them to the last: every paragraph's of both
    // articles took 5 MB of a pair of 100k-word texts, the peak of its
    // comparison. The other article's are read in its order, so only the
    // current paragraph's are held; a base paragraph's go after the last
    // claim whose counterparts lie in it.
    std::vector<qint32> lastReader(base.flat.paragraphStart.size(), -1);
    for (qint32 k = 0; k < claims.size(); ++k) {
        for (const qint32 t : claims.counterparts(k))
            lastReader[size_t(base.flat.paragraphOf(base.flat.sentenceStarts[size_t(t)]))] = k;
    }
    FactComparison comparison(base, other, &differences);
    qint32 otherParagraph = -1;
    for (qint32 k = 0; k < claims.size() && !cancel.isCancelled(); ++k) {
        const qint32 s = claims.sentence(k);
        const qint32 paragraph = other.flat.paragraphOf(other.flat.sentenceStarts[size_t(s)]);
        if (paragraph != otherParagraph && otherParagraph >= 0) {
            otherFacts.release(otherParagraph);
            comparison.releaseOther(otherParagraph);
        }
        otherParagraph = paragraph;
        std::vector<Fact> factsOfBase;
        for (const qint32 t : claims.counterparts(k)) {
            const std::vector<Fact> facts = baseFacts.ofSentence(t);
            factsOfBase.insert(factsOfBase.end(), facts.begin(), facts.end());
        }
        if (!factsOfBase.empty())
            comparison.compare(factsOfBase, otherFacts.ofSentence(s));
        for (const qint32 t : claims.counterparts(k)) {
            const qint32 baseParagraph = base.flat.paragraphOf(base.flat.sentenceStarts[size_t(t)]);
            if (lastReader[size_t(baseParagraph)] == k) {
                baseFacts.release(baseParagraph);
                comparison.releaseBase(baseParagraph);
                lastReader[size_t(baseParagraph)] = -1;
            }
        }
    }
    // A quote spanning sentences is met once per sentence: report it once.
    std::sort(differences.begin(), differences.end(), [](const FactDifference &x, const FactDifference &y) {
        return std::tie(x.bBegin, x.kind, x.aBegin) < std::tie(y.bBegin, y.kind, y.aBegin);
    });
    differences.erase(std::unique(differences.begin(), differences.end(),
                                  [](const FactDifference &x, const FactDifference &y) {
                                      return x.bBegin == y.bBegin && x.kind == y.kind;
                                  }),
                      differences.end());
    for (const FactDifference &difference : differences) {
        const auto group = qint32(alignment->paraphrases.size());
        alignment->paraphrases.push_back(
            ParaphraseLink { difference.aBegin, difference.aEnd, difference.bBegin, difference.bEnd, 1.0f });
        const FactSide baseSide { &alignment->a, base, difference.aBegin, difference.aEnd, ChangeClass::Removed };
        const FactSide otherSide { &alignment->b, other, difference.bBegin, difference.bEnd, ChangeClass::Added };
        markSide(baseSide, otherSide, difference.kind, group);
        markSide(otherSide, baseSide, difference.kind, group);
    }
    return differences;
}

std::vector<FactChange> FactDetector::changes(const std::vector<FactDifference> &differences, const ArticleText &base,
                                              const ArticleText &other)
{
    std::vector<FactChange> changes;
    for (const FactDifference &difference : differences) {
        FactChange change;
        change.kind = difference.kind;
        locate(other, difference.bBegin, difference.bEnd, &change.paragraph, &change.start, &change.end, &change.text);
        locate(base, difference.aBegin, difference.aEnd, &change.sourceParagraph, &change.sourceStart,
               &change.sourceEnd, &change.sourceText);
        changes.push_back(std::move(change));
    }
    std::sort(changes.begin(), changes.end(), [](const FactChange &x, const FactChange &y) {
        return std::pair(x.paragraph, x.start) < std::pair(y.paragraph, y.start);
    });
    return changes;
}

} // namespace WireDiff
