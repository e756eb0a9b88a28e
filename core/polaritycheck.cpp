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
    for (qint32 k = 0; k < claims.size(); ++k) {
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
    std::vector<qint32> anchors;
    for (qint32 i = begin; i < end; ++i) {
        if (m_alignment.b.classes[size_t(i)] != ChangeClass::Same)
            continue;
        const qint32 t = baseFlat.sentenceOf(m_alignment.b.counterpart(i));
        if (std::find(counterparts.begin(), counterparts.end(), t) != counterparts.end())
            anchors.push_back(i);
    }
    if (anchors.empty())
        return;
    // Before the first anchor and after the last, the stretches run to
    // the sentences' edges.
    const qint32 firstBase = baseFlat.sentenceOf(m_alignment.b.counterpart(anchors.front()));
    const qint32 lastBase = baseFlat.sentenceOf(m_alignment.b.counterpart(anchors.back()));
    compareStretches(begin - 1, anchors.front(), baseFlat.sentenceStarts[size_t(firstBase)] - 1,
                     m_alignment.b.counterpart(anchors.front()), end, true, out);
    for (size_t a = 0; a + 1 < anchors.size(); ++a) {
        compareStretches(anchors[a], anchors[a + 1], m_alignment.b.counterpart(anchors[a]),
                         m_alignment.b.counterpart(anchors[a + 1]), end, false, out);
    }
    compareStretches(anchors.back(), end, m_alignment.b.counterpart(anchors.back()), baseFlat.sentenceEnd(lastBase),
                     end, true, out);
}

// The version's stretch lies strictly between `left` and `right`, the
// base's between `baseLeft` and `baseRight`; an anchor at a sentence's edge
// is the token just outside it (`atEdge`).
void PolarityCheck::compareStretches(qint32 left, qint32 right, qint32 baseLeft, qint32 baseRight,
                                     qint32 sentenceEnd, bool atEdge, std::vector<FactDifference> *out)
{
    if (baseRight <= baseLeft || (right == left + 1 && baseRight == baseLeft + 1))
        return; // crossing pairs, or nothing between them
    const auto words = [](const FactExtractor::Source &source, qint32 from, qint32 to) {
        qint32 count = 0;
        for (qint32 i = from; i < to; ++i)
            count += !source.lexicon.isPunctuation(source.flat.keys[size_t(i)]);
        return count;
    };
    // Short stretches only, shorter at a sentence's edge, where one anchor
    // is missing: a clause written anew ("Nobody warned the farmers" for
    // "We will rebuild every bridge") is another statement, not this one
    // reversed.
    const qint32 mine = words(m_other, left + 1, right), theirs = words(m_base, baseLeft + 1, baseRight);
    const qint32 longest = atEdge ? longestAtEdge : longestStretch;
    if (mine > longest || theirs > longest)
        return;
    // What one side only lost or gained is a negation when it is one: a
    // negator and function words, "not", "did not", "never"; a cut clause
    // that held one ("and nobody else's") is a cut.
    if ((mine == 0 && !onlyNegation(m_base, baseLeft + 1, baseRight))
        || (theirs == 0 && !onlyNegation(m_other, left + 1, right)))
        return;
    // A base word between the anchors paired with a word elsewhere means
    // the two stretches are not one replaced by the other.
    for (qint32 i = baseLeft + 1; i < baseRight; ++i) {
        if (m_alignment.a.classes[size_t(i)] == ChangeClass::Same)
            return;
    }
    const int flips = negators(m_other, left + 1, right) + negators(m_base, baseLeft + 1, baseRight)
        + antonymPairs(left + 1, right, baseLeft + 1, baseRight);
    if (flips % 2 == 0)
        return;
    FactDifference difference { FactKind::Meaning, baseLeft + 1, baseRight, left + 1, right };
    if (difference.aBegin == difference.aEnd || difference.bBegin == difference.bEnd) {
        // One side only lost or gained a negator: both run on over the
        // shared words to the next content word ("not being supplied"
        // against "being supplied"), or back to the previous at the end.
        if (right < sentenceEnd) {
            qint32 last = right;
            while (!m_other.lexicon.isContent(m_other.flat.keys[size_t(last)]) && last + 1 < sentenceEnd
                   && last - right < 3 && m_alignment.b.classes[size_t(last + 1)] == ChangeClass::Same
                   && m_alignment.b.counterpart(last + 1) == baseRight + (last + 1 - right))
                ++last;
            difference.bEnd = last + 1;
            difference.aEnd = baseRight + (last - right) + 1;
        } else if (left >= 0 && baseLeft >= 0) {
            difference.bBegin = left;
            difference.aBegin = baseLeft;
        } else {
            return;
        }
    }
    out->push_back(difference);
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

int PolarityCheck::antonymPairs(qint32 begin, qint32 end, qint32 baseBegin, qint32 baseEnd)
{
    if (!m_antonyms)
        return 0;
    const auto candidates = [this](const FactExtractor::Source &source, qint32 from, qint32 to) {
        std::vector<qint32> result;
        for (qint32 i = from; i < to; ++i) {
            const qint32 id = source.flat.keys[size_t(i)];
            if (!source.lexicon.isPunctuation(id) && !source.lexicon.isNumber(id) && !isNegator(source, i))
                result.push_back(id);
        }
        return result;
    };
    const std::vector<qint32> mine = candidates(m_other, begin, end);
    std::vector<qint32> theirs = candidates(m_base, baseBegin, baseEnd);
    int pairs = 0;
    for (const qint32 word : mine) {
        const auto match = std::find_if(theirs.begin(), theirs.end(), [&](qint32 other) {
            return m_other.lexicon.stem(word) != m_base.lexicon.stem(other) && areAntonyms(word, other);
        });
        if (match != theirs.end()) {
            ++pairs;
            theirs.erase(match);
        }
    }
    return pairs;
}

bool PolarityCheck::areAntonyms(qint32 keyA, qint32 keyB)
{
    const quint64 pair = (quint64(quint32(keyA)) << 32) | quint32(keyB);
    const auto known = m_antonymCache.constFind(pair);
    if (known != m_antonymCache.constEnd())
        return *known;
    const bool antonyms = m_antonyms->areAntonyms(m_other.vocabulary.key(keyA), m_base.vocabulary.key(keyB));
    m_antonymCache.insert(pair, antonyms);
    return antonyms;
}

} // namespace WireDiff
