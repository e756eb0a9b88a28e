#include "factdetector.h"

#include "articletext.h"
#include "claimcounterparts.h"
#include "comparison.h"
#include "factindex.h"
#include "factnames.h"
#include "factroles.h"
#include "flatdocument.h"
#include "lexicon.h"
#include "paragraph.h"
#include "parallelrunner.h"
#include "polaritycheck.h"
#include "quotecomparer.h"

#include <algorithm>
#include <span>
#include <tuple>

namespace WireDiff {

namespace {

// Whether two facts of one kind state the same value. Names match as
// FactNames::sameName() says; a number matches when either value of one
// (Fact::otherValue) is a value of the other, in the same currency or unit
// where both name one ("40 million dollars" is not "40 million euros"), or
// when it keeps the other's bound ("more than 40,000", FactRoles::withinBound())
// where `bounds` allows it: a value found elsewhere in an article must be
// the value, as "more than 40,000" holds for any larger number in it.
bool factsMatch(const Fact &a, const Fact &b, bool bounds = true)
{
    if (a.kind == FactKind::Name)
        return FactNames::sameName(a.value, b.value);
    if (bounds && a.kind == FactKind::Number && FactRoles::withinBound(a, b))
        return true;
    const bool sameValue = a.value == b.value || (!a.otherValue.isEmpty() && a.otherValue == b.value)
        || (!b.otherValue.isEmpty() && (b.otherValue == a.value || b.otherValue == a.otherValue));
    return sameValue && !(a.kind == FactKind::Number && FactRoles::unitsDiffer(a, b));
}

// The share of a version's sentence a base sentence must hold (matched or
// reworded words, ClaimCounterparts::share()) to be plainly the same
// statement: half of it or more.
constexpr float plainlySameStatement = 0.5f;

// How facts of a kind are paired once the equal ones are set aside.
struct Pairing
{
    bool (*comparable)(const Fact &, const Fact &);
    // Whether two facts stand in the same place in their sentences.
    bool (*near)(const FactExtractor::Source &, const Fact &, const FactExtractor::Source &, const Fact &);
    // Whether the one fact of a role left on each side is paired even
    // where nothing around it agrees, and how plainly the base sentence
    // holding it must state what the version's does for that: the least
    // ClaimCounterparts::share() (0: any counterpart).
    bool lonePairs;
    float loneShare = 0;
    // Whether a pair is set aside where the articles state its values
    // elsewhere (FactComparison::statedElsewhere()).
    bool checkElsewhere = false;
};

bool anyFacts(const Fact &, const Fact &)
{
    return true;
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

class FactComparison
{
public:
    FactComparison(const FactExtractor::Source &base, const FactExtractor::Source &other, const FactStore &baseFacts,
                   const FactIndex &baseIndex, const FactIndex &otherIndex, std::vector<FactDifference> *out)
        : m_base(base)
        , m_other(other)
        , m_quotes(base, other, baseFacts)
        , m_baseIndex(baseIndex)
        , m_otherIndex(otherIndex)
        , m_out(out)
    {
    }

    // Compares the facts of sentence `sentence` of the other article with
    // those of its counterpart base sentences.
    void compare(qint32 sentence, std::span<const qint32> counterparts, std::vector<float> shares,
                 const std::vector<Fact> &baseFacts, const std::vector<Fact> &otherFacts)
    {
        m_counterparts = counterparts;
        m_shares = std::move(shares);
        // Numbers of one role, weekdays and dates pair in order when one of
        // a kind is left on each side, numbers only in sentences that plainly
        // make the same statement: court copy holds many numbers of a role
        // (the years of two events, the ages of two people), and a sentence
        // the base shares a few words with is often another event's.
        // Stances and names pair only where the words around them agree.
        compareValues(FactKind::Number, baseFacts, otherFacts,
                      { &FactRoles::comparable, &sameContext, true, plainlySameStatement, true });
        // A weekday is not looked for elsewhere: a story names the day of
        // its dateline and its latest news over and over.
        compareValues(FactKind::Weekday, baseFacts, otherFacts, { &anyFacts, &sameContext, true });
        compareValues(FactKind::Date, baseFacts, otherFacts, { &anyFacts, &sameContext, true, 0, true });
        compareValues(FactKind::Stance, baseFacts, otherFacts, { &anyFacts, &sameContext, false });
        compareValues(FactKind::Name, withoutSpeakers(baseFacts), withoutSpeakers(otherFacts),
                      { &FactNames::comparable, &FactNames::samePlace, false });
        m_quotes.compare(sentence, counterparts, baseFacts, otherFacts, m_out);
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
                       const Pairing &pairing)
    {
        const auto inBase = ofKind(baseFacts, kind);
        const auto inOther = ofKind(otherFacts, kind);
        const auto onlyBase = unmatched(inBase, inOther);
        const auto onlyOther = unmatched(inOther, inBase);
        if (onlyBase.empty() || onlyOther.empty())
            return; // an added or dropped detail, not a contradiction
        std::vector<bool> used(onlyBase.size(), false);
        for (const Fact *fact : onlyOther) {
            // Prefer the base fact of its role in the same words ("86 homes"
            // against "68 homes"); otherwise the one of its role left, when
            // it is the one of that role left here too.
            qint32 match = -1;
            bool lone = false;
            std::vector<qint32> candidates;
            for (size_t k = 0; k < onlyBase.size(); ++k) {
                if (used[k] || !pairing.comparable(*onlyBase[k], *fact))
                    continue;
                candidates.push_back(qint32(k));
                if (match < 0 && pairing.near(m_base, *onlyBase[k], m_other, *fact))
                    match = qint32(k);
            }
            if (match < 0 && pairing.lonePairs && candidates.size() == 1) {
                const Fact &only = *onlyBase[size_t(candidates.front())];
                const auto rivals = std::count_if(onlyOther.begin(), onlyOther.end(), [&](const Fact *f) {
                    return pairing.comparable(only, *f);
                });
                if (rivals == 1 && shareOf(only) >= pairing.loneShare) {
                    match = candidates.front();
                    lone = true;
                }
            }
            if (match < 0)
                continue;
            used[size_t(match)] = true;
            const Fact &baseFact = *onlyBase[size_t(match)];
            if (!pairing.checkElsewhere || !statedElsewhere(baseFact, *fact, lone, pairing.comparable))
                record(kind, baseFact, *fact);
        }
    }

    // Whether a pair of differing values is two statements set side by
    // side rather than one value changed: the other article states the
    // base's value elsewhere in that role (court copy reports the sentences
    // of two defendants, the dates of two events, and the alignment may set
    // one's sentence against the other's), or, for a pair that nothing
    // around it agreed on, the base states the other article's value
    // elsewhere (the year of an accident set against the year of a move).
    // A value whose neighbouring words agree is taken from the base only
    // by the first: an age changed to another person's age is a change.
    bool statedElsewhere(const Fact &baseFact, const Fact &otherFact, bool lone,
                         bool (*comparable)(const Fact &, const Fact &)) const
    {
        const auto matching = [comparable](const Fact &fact) {
            return [comparable, &fact](const Fact &candidate) {
                return factsMatch(fact, candidate, false) && comparable(fact, candidate);
            };
        };
        return m_otherIndex.states(baseFact.kind, matching(baseFact))
            || (lone && m_baseIndex.states(otherFact.kind, matching(otherFact)));
    }

    // ClaimCounterparts::share() of the base sentence holding `fact`.
    float shareOf(const Fact &fact) const
    {
        const qint32 t = m_base.flat.sentenceOf(fact.begin);
        for (size_t i = 0; i < m_counterparts.size(); ++i) {
            if (m_counterparts[i] == t)
                return m_shares[i];
        }
        return 0;
    }

    void record(FactKind kind, const Fact &baseFact, const Fact &otherFact)
    {
        m_out->push_back(FactDifference { kind, baseFact.begin, baseFact.end, otherFact.begin, otherFact.end });
    }

    const FactExtractor::Source &m_base;
    const FactExtractor::Source &m_other;
    QuoteComparer m_quotes;
    const FactIndex &m_baseIndex;
    const FactIndex &m_otherIndex;
    std::vector<FactDifference> *m_out;
    std::span<const qint32> m_counterparts; // of the sentence compared
    std::vector<float> m_shares;
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

// The words of `side` around `i` that are not punctuation: the previous
// or next one, or -1.
qint32 wordBeside(const FactSide &side, qint32 i, int step)
{
    for (i += step; i >= side.begin && i < side.end; i += step) {
        if (!side.source.lexicon.isPunctuation(side.source.flat.keys[size_t(i)]))
            return i;
    }
    return -1;
}

// Whether word `i` of `side`, which the diff paired as moved with a word
// outside `opposite`'s fact, stands in for a word of that fact: a lone
// moved word (or two) with a neighbour on either side paired into the
// opposite fact. A quote copied but for one word ("the long-term health
// system" against "the long-term care system") has that word paired with
// the same word far away, and it is the change all the same. A longer
// moved stretch is copy from elsewhere (a quote stitched from two
// sentences) and keeps its pairs.
bool replacesWordOf(const FactSide &side, const FactSide &opposite, qint32 i)
{
    const auto movedHere = [&](qint32 j) { return j >= 0 && side.labels->classes[size_t(j)] == ChangeClass::Moved; };
    if (!movedHere(i))
        return false;
    // The moved stretch around `i`, and the words just outside it.
    qint32 before = wordBeside(side, i, -1);
    qint32 after = wordBeside(side, i, 1);
    int stretch = 1;
    for (; movedHere(before); before = wordBeside(side, before, -1))
        ++stretch;
    for (; movedHere(after); after = wordBeside(side, after, 1))
        ++stretch;
    if (stretch > 2)
        return false;
    const auto pairedIntoOpposite = [&](qint32 j) {
        return j >= 0 && opposite.holds(side.labels->counterpart(j));
    };
    return pairedIntoOpposite(before) || pairedIntoOpposite(after);
}

// Labels the words of `side`'s fact of `kind` FactChanged in `group`,
// except those the two facts share ("Minister" in "Minister Helen Strachan"
// against "Minister Priya Raman"). A word the diff paired with a word
// outside the other fact is not shared, even though it is Same: a copy that
// credits a quote to a minister the base names in another paragraph has her
// name paired there, and it is the copy's changed fact all the same. Unless
// the fact's kind leaves the diff's pairs be (overridesPairs(); even then a
// moved word standing in for one of the other fact's, replacesWordOf()), such a pair
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
            if (opposite.holds(counterpart) || opposite.holdsWord(key)
                || (!overridesPairs(kind) && !replacesWordOf(side, opposite, i)))
                continue;
            opposite.labels->set(counterpart, opposite.unmatched);
        }
        side.labels->set(i, ChangeClass::FactChanged, group);
    }
}

// The facts of sentence `sentence` of an article (those that start in it,
// and the quotes that overlap it), from its paragraph's in `store`.
std::vector<Fact> factsOfSentence(const FactExtractor::Source &source, const FactStore &store, qint32 sentence)
{
    const qint32 begin = source.flat.sentenceStarts[size_t(sentence)];
    return store.ofRange(source.flat.paragraphOf(begin), begin, source.flat.sentenceEnd(sentence));
}

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

// The differences of claims [from, to) in claim order: claims are
// compared independently of each other.
void compareClaims(const FactExtractor::Source &base, const FactExtractor::Source &other,
                   const ClaimCounterparts &claims, qint32 from, qint32 to, const Cancellation &cancel,
                   const FactStore &baseFacts, const FactStore &otherFacts, const FactIndex &baseIndex,
                   const FactIndex &otherIndex, std::vector<FactDifference> *differences)
{
    FactComparison comparison(base, other, baseFacts, baseIndex, otherIndex, differences);
    for (qint32 k = from; k < to && !cancel.isCancelled(); ++k) {
        const qint32 s = claims.sentence(k);
        std::vector<Fact> factsOfBase;
        for (const qint32 t : claims.counterparts(k)) {
            const std::vector<Fact> facts = factsOfSentence(base, baseFacts, t);
            factsOfBase.insert(factsOfBase.end(), facts.begin(), facts.end());
        }
        if (!factsOfBase.empty()) {
            std::vector<float> shares;
            for (qint32 i = 0; i < qint32(claims.counterparts(k).size()); ++i)
                shares.push_back(claims.share(k, i));
            comparison.compare(s, claims.counterparts(k), std::move(shares), factsOfBase,
                               factsOfSentence(other, otherFacts, s));
        }
    }
}

// The paragraphs of each article that the claims read: those of the claims
// with counterparts, and of their counterparts.
void paragraphsRead(const FactExtractor::Source &base, const FactExtractor::Source &other,
                    const ClaimCounterparts &claims, std::vector<bool> *baseRead, std::vector<bool> *otherRead)
{
    baseRead->assign(base.flat.paragraphStart.size(), false);
    otherRead->assign(other.flat.paragraphStart.size(), false);
    for (qint32 k = 0; k < claims.size(); ++k) {
        const std::span<const qint32> counterparts = claims.counterparts(k);
        if (counterparts.empty())
            continue;
        (*otherRead)[size_t(other.flat.paragraphOf(other.flat.sentenceStarts[size_t(claims.sentence(k))]))] = true;
        for (const qint32 t : counterparts)
            (*baseRead)[size_t(base.flat.paragraphOf(base.flat.sentenceStarts[size_t(t)]))] = true;
    }
}

} // namespace

FactStore FactDetector::extractAll(const FactExtractor::Source &source, int threads)
{
    return FactStore(source, {}, threads);
}

std::vector<FactDifference> FactDetector::detect(const FactExtractor::Source &base,
                                                 const FactExtractor::Source &other, PairAlignment *alignment,
                                                 const Cancellation &cancel, const FactStore *extractedBase,
                                                 int threads, const AntonymDictionary *antonyms)
{
    const ClaimCounterparts claims(base, other, *alignment, threads);
    // Each paragraph the claims read is extracted once, up front, for the
    // sentences of all claims and the indexes. Both articles' facts are
    // held until the end, compactly (FactStore): 1.8 MB for a pair of
    // 100k-word texts, where their Facts took 4.7 MB.
    std::vector<bool> baseRead, otherRead;
    paragraphsRead(base, other, claims, &baseRead, &otherRead);
    const FactStore ownBase = extractedBase ? FactStore() : FactStore(base, baseRead, threads);
    const FactStore &baseFacts = extractedBase ? *extractedBase : ownBase;
    const FactStore otherFacts(other, otherRead, threads);
    const FactIndex baseIndex(base, baseFacts), otherIndex(other, otherFacts);

    // Ranges of claims side by side, a few per thread, the facts compared
    // and the reversals looked for in each (the polarity check's antonym
    // lookups grow with the text: on one thread after the rest, they took
    // a tenth of a pair of 1M-word texts' fact check). Put together in
    // claim order, the facts' differences and then the reversals, they are
    // those of one walk over all claims.
    const qint32 pieces = threads > 1 ? std::min(claims.size(), qint32(threads) * 4) : 1;
    std::vector<std::vector<FactDifference>> found(size_t(std::max(pieces, 1)));
    std::vector<std::vector<FactDifference>> reversed(found.size());
    ParallelRunner::forEach(pieces, threads, [&](int r, int) {
        const auto bound = [&](qint32 piece) { return qint32(qint64(claims.size()) * piece / pieces); };
        compareClaims(base, other, claims, bound(r), bound(r + 1), cancel, baseFacts, otherFacts, baseIndex,
                      otherIndex, &found[size_t(r)]);
        PolarityCheck(base, other, *alignment, antonyms).detect(claims, bound(r), bound(r + 1), &reversed[size_t(r)]);
    });
    std::vector<FactDifference> differences = std::move(found.front());
    for (size_t r = 1; r < found.size(); ++r)
        differences.insert(differences.end(), found[r].begin(), found[r].end());
    for (const std::vector<FactDifference> &piece : reversed)
        differences.insert(differences.end(), piece.begin(), piece.end());
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
