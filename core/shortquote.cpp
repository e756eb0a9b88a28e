#include "shortquote.h"

#include "flatdocument.h"
#include "lexicon.h"
#include "quoteterms.h"

#include <algorithm>

namespace WireDiff {

namespace {

// How many tokens the context words are looked for over.
constexpr qint32 contextReach = 4;

// The stem of the nearest content word from `from` on in steps of `step`
// (within the sentence of `anchor`), or -1.
qint32 nearestContentStem(const FactExtractor::Source &source, qint32 anchor, qint32 from, qint32 step)
{
    const qint32 sentence = source.flat.sentenceOf(anchor);
    const qint32 begin = source.flat.sentenceStarts[size_t(sentence)], end = source.flat.sentenceEnd(sentence);
    for (qint32 i = from, seen = 0; i >= begin && i < end && seen < contextReach; i += step) {
        const qint32 key = source.flat.keys[size_t(i)];
        if (source.lexicon.isPunctuation(key))
            continue; // quotation marks and commas are not words
        if (source.lexicon.isContent(key))
            return source.lexicon.stem(key);
        ++seen;
    }
    return -1;
}

bool isShort(const FactExtractor::Source &source, const Fact &quote)
{
    const qsizetype words = QuoteTerms::words(source, quote.begin, quote.end).size();
    return words >= 1 && words <= ShortQuote::longest;
}

} // namespace

bool ShortQuote::standsFor(const FactExtractor::Source &other, const Fact &quote, const FactExtractor::Source &base,
                           const Fact &baseQuote)
{
    if (!isShort(other, quote) || !isShort(base, baseQuote))
        return false;
    const std::vector<QuoteTerms::Term> mine = QuoteTerms::terms(other, quote.begin, quote.end);
    const std::vector<QuoteTerms::Term> theirs = QuoteTerms::terms(base, baseQuote.begin, baseQuote.end);
    std::vector<QuoteTerms::Term> shared;
    std::set_intersection(mine.begin(), mine.end(), theirs.begin(), theirs.end(), std::back_inserter(shared));
    // Words only spaced otherwise ("sign posts", "signposts") are the
    // same quote, and QuoteComparer's term overlap judges quotes sharing
    // a word.
    const auto joined = [](const FactExtractor::Source &source, const Fact &fact) {
        return QuoteTerms::words(source, fact.begin, fact.end).join(QString()).remove(QLatin1Char('-'));
    };
    if (!shared.empty() || joined(other, quote) == joined(base, baseQuote))
        return false;
    const qint32 before = nearestContentStem(other, quote.begin, quote.begin - 1, -1);
    const qint32 baseBefore = nearestContentStem(base, baseQuote.begin, baseQuote.begin - 1, -1);
    const qint32 after = nearestContentStem(other, quote.begin, quote.end, 1);
    const qint32 baseAfter = nearestContentStem(base, baseQuote.begin, baseQuote.end, 1);
    const bool beforeAgrees = before >= 0 && before == baseBefore;
    const bool afterAgrees = after >= 0 && after == baseAfter;
    const bool beforeDisagrees = (before >= 0 || baseBefore >= 0) && !beforeAgrees;
    const bool afterDisagrees = after >= 0 && baseAfter >= 0 && !afterAgrees;
    return (beforeAgrees || afterAgrees) && !beforeDisagrees && !afterDisagrees;
}

} // namespace WireDiff
