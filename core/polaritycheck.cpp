#include "polaritycheck.h"

#include "antonymdictionary.h"
#include "claimcounterparts.h"
#include "flatdocument.h"
#include "lexicon.h"

#include <algorithm>

namespace WireDiff {

namespace {

// The share of a claim's words a base sentence must hold to be the same
// statement, as FactDetector asks of numbers paired by place alone.
constexpr float sameStatement = 0.5f;

// The next token after `i` that is not punctuation, or -1.
qint32 nextWord(const FactExtractor::Source &source, qint32 i)
{
    for (++i; i < source.flat.size(); ++i) {
        if (!source.lexicon.isPunctuation(source.flat.keys[size_t(i)]))
            return i;
    }
    return -1;
}

bool isAnyOf(QStringView key, std::initializer_list<const char *> words)
{
    return std::any_of(words.begin(), words.end(), [key](const char *word) { return key == QLatin1String(word); });
}

bool isEnglish(const Lexicon &lexicon)
{
    return lexicon.language().isEmpty() || lexicon.language().startsWith(QLatin1String("en"));
}

} // namespace

PolarityCheck::PolarityCheck(const FactExtractor::Source &base, const FactExtractor::Source &other,
                             const PairAlignment &alignment, const AntonymDictionary *antonyms)
    : m_base(base)
    , m_other(other)
    , m_alignment(alignment)
    , m_antonyms(isEnglish(base.lexicon) ? antonyms : nullptr)
{
}

void PolarityCheck::detect(const ClaimCounterparts &claims, std::vector<FactDifference> *out)
{
    detect(claims, 0, claims.size(), out);
}

void PolarityCheck::detect(const ClaimCounterparts &claims, qint32 from, qint32 to, std::vector<FactDifference> *out)
{
    for (qint32 k = from; k < to; ++k) {
        std::vector<qint32> plain;
        for (qint32 i = 0; i < qint32(claims.counterparts(k).size()); ++i) {
            if (claims.share(k, i) >= sameStatement)
                plain.push_back(claims.counterparts(k)[size_t(i)]);
        }
        if (!plain.empty())
            compareSentence(claims.sentence(k), plain, out);
    }
}

void PolarityCheck::compareSentence(qint32 sentence, std::span<const qint32> counterparts,
                                    std::vector<FactDifference> *out)
{
    const FlatDocument &flat = m_other.flat, &baseFlat = m_base.flat;
    const qint32 begin = flat.sentenceStarts[size_t(sentence)], end = flat.sentenceEnd(sentence);
    // The words paired as the same with a word of a counterpart sentence:
    // the anchors the stretches lie between.
    // A counterpart sentence holds base token c when c lies within it: the
    // few counterparts are asked directly rather than c's sentence looked
    // up for every word.
    const auto inCounterpart = [&](qint32 c) {
        return std::any_of(counterparts.begin(), counterparts.end(), [&](qint32 t) {
            return c >= baseFlat.sentenceStarts[size_t(t)] && c < baseFlat.sentenceEnd(t);
        });
    };
    std::vector<qint32> anchors;
    for (qint32 i = begin; i < end; ++i) {
        if (m_alignment.b.classes[size_t(i)] == ChangeClass::Same && inCounterpart(m_alignment.b.counterpart(i)))
            anchors.push_back(i);
    }
    if (anchors.empty())
        return;
    // Before the first anchor and after the last, the stretches run to
    // the sentences' edges.
    const qint32 firstBase = baseFlat.sentenceOf(m_alignment.b.counterpart(anchors.front()));
    const qint32 lastBase = baseFlat.sentenceOf(m_alignment.b.counterpart(anchors.back()));
    compareStretches(sentence, begin - 1, anchors.front(), baseFlat.sentenceStarts[size_t(firstBase)] - 1,
                     m_alignment.b.counterpart(anchors.front()), true, out);
    for (size_t a = 0; a + 1 < anchors.size(); ++a) {
        compareStretches(sentence, anchors[a], anchors[a + 1], m_alignment.b.counterpart(anchors[a]),
                         m_alignment.b.counterpart(anchors[a + 1]), false, out);
    }
    compareStretches(sentence, anchors.back(), end, m_alignment.b.counterpart(anchors.back()),
                     baseFlat.sentenceEnd(lastBase), true, out);
}

// The version's stretch lies strictly between `left` and `right`, the
// base's between `baseLeft` and `baseRight`; an anchor at a sentence's edge
// is the token just outside it (`atEdge`).
void PolarityCheck::compareStretches(qint32 sentence, qint32 left, qint32 right, qint32 baseLeft, qint32 baseRight,
                                     bool atEdge, std::vector<FactDifference> *out)
{
    if (baseRight <= baseLeft || (right == left + 1 && baseRight == baseLeft + 1))
        return; // crossing pairs, or nothing between them
    // Short stretches only, shorter at a sentence's edge, where one anchor
    // is missing: a clause written anew ("Nobody warned the farmers" for
    // "We will rebuild every bridge") is another statement, not this one
    // reversed.
    const qint32 mine = wordCount(m_other, left + 1, right), theirs = wordCount(m_base, baseLeft + 1, baseRight);
    const qint32 longest = atEdge ? longestAtEdge : longestStretch;
    if (mine > longest || theirs > longest)
        return;
    // What one side only lost or gained is a negation when it is one,
    // between two shared words: a negator and function words, "not", "did
    // not", "never". A cut clause that held one ("and nobody else's") is a
    // cut, and a tag question dropped at the end ("…, don't you?") asks.
    if ((mine == 0 || theirs == 0) && atEdge)
        return;
    if ((mine == 0 && !onlyNegation(m_base, baseLeft + 1, baseRight))
        || (theirs == 0 && !onlyNegation(m_other, left + 1, right)))
        return;
    // A base word between the anchors paired with a word elsewhere means
    // the two stretches are not one replaced by the other.
    for (qint32 i = baseLeft + 1; i < baseRight; ++i) {
        if (m_alignment.a.classes[size_t(i)] == ChangeClass::Same)
            return;
    }
    // Words only spaced otherwise ("with out", "notacceptable") are the same.
    if (joinedWords(m_other, left + 1, right) == joinedWords(m_base, baseLeft + 1, baseRight))
        return;
    const qint32 baseSentence = m_base.flat.sentenceOf(baseLeft + 1 < baseRight ? baseLeft + 1 : baseRight);
    const int mineNegators = negators(m_other, left + 1, right), theirNegators = negators(m_base, baseLeft + 1, baseRight);
    // A verb that holds a negation answers a negator on the other side
    // ("barring exports" for "not exporting"): counted once each, and then
    // it is no antonym word too.
    const int answered = std::min(deniers(m_other, left + 1, right), theirNegators)
        + std::min(deniers(m_base, baseLeft + 1, baseRight), mineNegators);
    const int antonyms = antonymPairs(left + 1, right, baseLeft + 1, baseRight, answered > 0);
    // The reversal is in the stretches; the words around them can only
    // cancel it.
    if (antonyms == 0 && mineNegators + theirNegators == 0)
        return;
    // A negator counts where it changes the polarity of the clause around
    // the stretches (a few words either side: "admitted no liability"
    // against "not admitted any liability" is one negation each) and of the
    // whole sentence ("did not know" against "no truth in the allegation
    // that she knew"). A question's negation is rhetorical ("Has this case
    // not revealed …?").
    const bool questions = isQuestion(m_other, sentence) || isQuestion(m_base, baseSentence);
    const auto odd = [](int n) { return n % 2 != 0; };
    const bool clauseFlips = questions
        ? odd(antonyms)
        : odd(negatorsAround(m_other, left + 1, right) + negatorsAround(m_base, baseLeft + 1, baseRight) + antonyms
              + answered);
    const bool sentenceFlips = questions
        ? odd(antonyms)
        : odd(negators(m_other, m_other.flat.sentenceStarts[size_t(sentence)], m_other.flat.sentenceEnd(sentence))
              + negators(m_base, m_base.flat.sentenceStarts[size_t(baseSentence)], m_base.flat.sentenceEnd(baseSentence))
              + antonyms + answered);
    if (!clauseFlips || !sentenceFlips)
        return;
    FactDifference difference { FactKind::Meaning, baseLeft + 1, baseRight, left + 1, right };
    if (mine == 0 || theirs == 0) {
        // One side only lost or gained a negator: both run on over the
        // shared words to the next content word ("not being supplied"
        // against "being supplied").
        const qint32 end = m_other.flat.sentenceEnd(sentence);
        qint32 last = right;
        while (!m_other.lexicon.isContent(m_other.flat.keys[size_t(last)]) && last + 1 < end && last - right < 3
               && m_alignment.b.classes[size_t(last + 1)] == ChangeClass::Same
               && m_alignment.b.counterpart(last + 1) == baseRight + (last + 1 - right))
            ++last;
        difference.bEnd = last + 1;
        difference.aEnd = baseRight + (last - right) + 1;
    }
    out->push_back(difference);
}

qint32 PolarityCheck::wordCount(const FactExtractor::Source &source, qint32 begin, qint32 end)
{
    qint32 count = 0;
    for (qint32 i = begin; i < end; ++i)
        count += !source.lexicon.isPunctuation(source.flat.keys[size_t(i)]);
    return count;
}

QString PolarityCheck::joinedWords(const FactExtractor::Source &source, qint32 begin, qint32 end)
{
    QString joined;
    for (qint32 i = begin; i < end; ++i) {
        if (!source.lexicon.isPunctuation(source.flat.keys[size_t(i)]))
            joined += source.key(i);
    }
    return joined;
}

bool PolarityCheck::isQuestion(const FactExtractor::Source &source, qint32 sentence)
{
    const FlatDocument &flat = source.flat;
    for (qint32 i = flat.sentenceEnd(sentence) - 1; i >= flat.sentenceStarts[size_t(sentence)]; --i) {
        const qint32 key = flat.keys[size_t(i)];
        if (!source.lexicon.isPunctuation(key))
            return false;
        if (source.key(i) == QLatin1String("?"))
            return true;
    }
    return false;
}

int PolarityCheck::negatorsAround(const FactExtractor::Source &source, qint32 begin, qint32 end) const
{
    const FlatDocument &flat = source.flat;
    const qint32 sentence = flat.sentenceOf(begin); // a shared word when the stretch is empty
    const qint32 first = flat.sentenceStarts[size_t(sentence)], last = flat.sentenceEnd(sentence);
    qint32 from = begin, to = end;
    for (qint32 seen = 0; from > first && seen < clauseReach; --from)
        seen += !source.lexicon.isPunctuation(flat.keys[size_t(from - 1)]);
    for (qint32 seen = 0; to < last && seen < clauseReach; ++to)
        seen += !source.lexicon.isPunctuation(flat.keys[size_t(to)]);
    return negators(source, from, to);
}

bool PolarityCheck::onlyNegation(const FactExtractor::Source &source, qint32 begin, qint32 end) const
{
    qint32 words = 0;
    for (qint32 i = begin; i < end; ++i) {
        const qint32 id = source.flat.keys[size_t(i)];
        if (source.lexicon.isPunctuation(id))
            continue;
        ++words;
        if (source.lexicon.isContent(id) && !isNegator(source, i))
            return false;
    }
    return words <= longestAtEdge && negators(source, begin, end) > 0;
}

int PolarityCheck::negators(const FactExtractor::Source &source, qint32 begin, qint32 end) const
{
    int count = 0;
    for (qint32 i = begin; i < end; ++i)
        count += isNegator(source, i);
    return count;
}

bool PolarityCheck::isNegator(const FactExtractor::Source &source, qint32 i) const
{
    const qint32 id = source.flat.keys[size_t(i)];
    if (source.lexicon.isPunctuation(id))
        return false;
    const QStringView key = source.key(i);
    const qint32 next = nextWord(source, i);
    const QStringView after = next >= 0 ? source.key(next) : QStringView();
    if (source.lexicon.isNegation(id))
        return !(key == QLatin1String("not") && isAnyOf(after, { "only", "just", "merely", "simply", "least" }));
    if (!isEnglish(source.lexicon))
        return false;
    if (key == QLatin1String("without"))
        return true;
    return isAnyOf(key, { "fail", "fails", "failed", "failing", "unable" }) && after == QLatin1String("to");
}

int PolarityCheck::deniers(const FactExtractor::Source &source, qint32 begin, qint32 end) const
{
    int count = 0;
    for (qint32 i = begin; i < end; ++i)
        count += deniesInItsMeaning(source, i);
    return count;
}

bool PolarityCheck::deniesInItsMeaning(const FactExtractor::Source &source, qint32 i) const
{
    if (!isEnglish(source.lexicon) || source.lexicon.isPunctuation(source.flat.keys[size_t(i)]))
        return false;
    const QStringView key = source.key(i);
    const qint32 next = nextWord(source, i);
    const QStringView after = next >= 0 ? source.key(next) : QStringView();
    if (isAnyOf(key, { "decline", "declines", "declined", "declining" }))
        return after == QLatin1String("to"); // "declined to comment", not "exports declined"
    if (isAnyOf(key, { "clear", "clears", "cleared" }))
        return after == QLatin1String("of"); // "cleared of assault" is "found not guilty of" it
    if (key == QLatin1String("rather"))
        return isAnyOf(after, { "than", "then" }); // "on health rather than social grounds", "not social"
    return isAnyOf(key, { "ban",       "bans",      "banned",     "banning",    "bar",         "bars",
                          "barred",    "barring",   "prohibit",   "prohibits",  "prohibited",  "prohibiting",
                          "forbid",    "forbids",   "forbade",    "forbidden",  "forbidding",  "refuse",
                          "refuses",   "refused",   "refusing",   "reject",     "rejects",     "rejected",
                          "rejecting", "deny",      "denies",     "denied",     "denying",     "prevent",
                          "prevents",  "prevented", "preventing", "cease",      "ceases",      "ceased",
                          "ceasing",   "halt",      "halts",      "halted",     "halting",     "lack",
                          "lacks",     "lacked",    "lacking",    "avoid",      "avoids",      "avoided",
                          "avoiding",  "acquit",    "acquits",    "acquitted",  "acquitting" });
}

int PolarityCheck::antonymPairs(qint32 begin, qint32 end, qint32 baseBegin, qint32 baseEnd, bool withoutDeniers)
{
    if (!m_antonyms)
        return 0;
    const auto candidates = [this, withoutDeniers](const FactExtractor::Source &source, qint32 from, qint32 to) {
        std::vector<qint32> result;
        for (qint32 i = from; i < to; ++i) {
            const qint32 id = source.flat.keys[size_t(i)];
            if (!source.lexicon.isPunctuation(id) && !source.lexicon.isNumber(id) && !isNegator(source, i)
                && !(withoutDeniers && deniesInItsMeaning(source, i)))
                result.push_back(id);
        }
        return result;
    };
    const std::vector<qint32> mine = candidates(m_other, begin, end);
    std::vector<qint32> theirs = candidates(m_base, baseBegin, baseEnd);
    int pairs = 0;
    qint32 unpaired = 0; // content words left over on both sides
    for (const qint32 word : mine) {
        const auto match = std::find_if(theirs.begin(), theirs.end(), [&](qint32 other) {
            return m_other.lexicon.stem(word) != m_base.lexicon.stem(other)
                && AntonymDictionary::areAntonyms(this->word(word), this->word(other));
        });
        if (match != theirs.end()) {
            ++pairs;
            theirs.erase(match);
        } else {
            unpaired += m_other.lexicon.isContent(word);
        }
    }
    for (const qint32 word : theirs)
        unpaired += m_base.lexicon.isContent(word);
    // An antonym among other new words is a sentence said otherwise
    // ("that decision is taken" for "that approval is given"), not one
    // word reversed; one more word a side is left to the stretch.
    return unpaired > 1 ? 0 : pairs;
}

const AntonymDictionary::Word &PolarityCheck::word(qint32 key)
{
    auto it = m_words.find(key);
    if (it == m_words.end())
        it = m_words.emplace(key, m_antonyms->word(m_base.vocabulary.key(key))).first;
    return it->second;
}

} // namespace WireDiff
