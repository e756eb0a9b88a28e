#include "spellingvariants.h"

#include "factunits.h"
#include "flatdocument.h"
#include "lexicon.h"
#include "pairalignment.h"
#include "spellingvariantsforms.h"

#include <QHash>

#include <algorithm>

namespace WireDiff {

namespace {

bool isPaired(const TokenLabels &labels, qint32 i)
{
    return labels.counterpart(i) >= 0;
}

bool sameParagraph(const FlatDocument &flat, qint32 i, qint32 j)
{
    return flat.paragraphOf(i) == flat.paragraphOf(j);
}

} // namespace

SpellingVariants::SpellingVariants(const Lexicon &lexicon, const ComparisonOptions &options)
    : m_lexicon(lexicon)
    , m_foldAccents(options.ignoreCase)
{
}

QString SpellingVariants::letters(QStringView key) const
{
    return SpellingVariantsForms::letters(key, m_foldAccents);
}

QString SpellingVariants::spelling(const FlatDocument &flat, qint32 i) const
{
    const QString plain = SpellingVariantsForms::withoutInnerStops(letters(m_lexicon.text(flat.keys[size_t(i)])));
    const bool afterSign = i > 0 && sameParagraph(flat, i - 1, i) && m_lexicon.isPunctuation(flat.keys[size_t(i - 1)])
        && !FactUnits::currencyOfSign(m_lexicon.text(flat.keys[size_t(i - 1)])).isEmpty();
    return SpellingVariantsForms::amountSpelling(plain, afterSign);
}

bool SpellingVariants::isWord(qint32 key) const
{
    return !m_lexicon.isPunctuation(key);
}

bool SpellingVariants::isJoiner(QStringView key)
{
    return key.size() == 1
        && (key.front() == u'-' || key.front() == QChar(0x2010) || key.front() == QChar(0x2011));
}

std::vector<SpellingVariants::Window> SpellingVariants::windows(const FlatDocument &flat, const TokenLabels &labels,
                                                                qint32 begin, qint32 end) const
{
    std::vector<Window> out;
    const auto keyAt = [&flat](qint32 i) { return flat.keys[size_t(i)]; };
    const auto open = [&](qint32 i) { return i < end && !isPaired(labels, i); };
    for (qint32 start = begin; start < end; ++start) {
        if (isPaired(labels, start) || !isWord(keyAt(start)))
            continue;
        Window window { start, start + 1, 1, spelling(flat, start) };
        out.push_back(window);
        const qint32 paragraph = flat.paragraphOf(start);
        while (window.words < kMaxWords) {
            qint32 next = window.end;
            if (open(next) && isJoiner(m_lexicon.text(keyAt(next))))
                ++next;
            if (!open(next) || !isWord(keyAt(next)) || flat.paragraphOf(next) != paragraph)
                break;
            window.end = next + 1;
            ++window.words;
            window.letters += spelling(flat, next);
            out.push_back(window);
        }
    }
    return out;
}

std::vector<SpellingVariants::Seam> SpellingVariants::seamsOf(const FlatDocument &flat, const Window &window) const
{
    std::vector<Seam> seams;
    qint32 offset = 0;
    qint32 previous = -1;
    bool hyphen = false;
    for (qint32 i = window.begin; i < window.end; ++i) {
        const qint32 key = flat.keys[size_t(i)];
        if (!isWord(key)) {
            hyphen = true;
            continue;
        }
        if (previous >= 0)
            seams.push_back(Seam { offset, hyphen, previous, key });
        offset += qint32(spelling(flat, i).size());
        previous = key;
        hyphen = false;
    }
    return seams;
}

// Every seam of one spelling that the other closes up must be one where
// closing up keeps the word (see the class comment).
bool SpellingVariants::seamsAllowed(const std::vector<Seam> &seams, const std::vector<Seam> &other) const
{
    for (const Seam &seam : seams) {
        const bool kept = std::any_of(other.begin(), other.end(), [&](const Seam &s) { return s.offset == seam.offset; });
        if (kept)
            continue; // hyphenated on one side, spaced on the other
        const QString before = letters(m_lexicon.text(seam.before));
        const QString after = letters(m_lexicon.text(seam.after));
        if (SpellingVariantsForms::isDigits(before) && SpellingVariantsForms::isNumberSuffix(SpellingVariantsForms::withoutInnerStops(after)))
            continue; // "3am" / "3 a.m.", "2bn" / "2 billion"
        if (seam.hyphen) {
            if (SpellingVariantsForms::isAmbiguousPrefix(before) && !(SpellingVariantsForms::isVowel(before.back()) && SpellingVariantsForms::isVowel(after.front())))
                return false;
        } else if (before.size() < 3 || after.size() < 3 || m_lexicon.isStopword(seam.before)
                   || m_lexicon.isStopword(seam.after)) {
            return false;
        }
    }
    return true;
}

bool SpellingVariants::sameWords(const FlatDocument &a, const Window &x, const FlatDocument &b, const Window &y) const
{
    if (x.letters.size() < 2 || x.letters != y.letters)
        return false;
    // The same keys are the diff's business (it left them apart on purpose).
    if (x.end - x.begin == y.end - y.begin
        && std::equal(a.keys.begin() + x.begin, a.keys.begin() + x.end, b.keys.begin() + y.begin)) {
        return false;
    }
    const std::vector<Seam> seamsA = seamsOf(a, x);
    const std::vector<Seam> seamsB = seamsOf(b, y);
    return seamsAllowed(seamsA, seamsB) && seamsAllowed(seamsB, seamsA);
}

void SpellingVariants::pairCompounds(const Region &region, Side a, Side b, ChangeClass changeClass,
                                     std::vector<Match> *matches) const
{
    const std::vector<Window> fromA = windows(a.flat, a.labels, region.aBegin, region.aEnd);
    if (fromA.empty())
        return;
    const std::vector<Window> fromB = windows(b.flat, b.labels, region.bBegin, region.bEnd);
    QMultiHash<QString, qint32> byLetters;
    byLetters.reserve(qsizetype(fromB.size()));
    for (size_t k = 0; k < fromB.size(); ++k)
        byLetters.insert(fromB[k].letters, qint32(k));
    // Greedy, in order on both sides: the first spelling of a that has a
    // match at or after the last match in b; of windows that start at the
    // same token, the longest first.
    qint32 aNext = region.aBegin;
    qint32 bNext = region.bBegin;
    for (size_t k = 0; k < fromA.size();) {
        size_t last = k; // windows of one start are consecutive, shortest first
        while (last + 1 < fromA.size() && fromA[last + 1].begin == fromA[k].begin)
            ++last;
        const Window *matchedA = nullptr;
        const Window *matchedB = nullptr;
        if (fromA[k].begin >= aNext) {
            for (size_t w = last + 1; w-- > k && !matchedA;) {
                for (auto it = byLetters.constFind(fromA[w].letters); it != byLetters.constEnd()
                     && it.key() == fromA[w].letters; ++it) {
                    const Window &candidate = fromB[size_t(*it)];
                    if (candidate.begin >= bNext && (!matchedB || candidate.begin < matchedB->begin)
                        && sameWords(a.flat, fromA[w], b.flat, candidate)) {
                        matchedA = &fromA[w];
                        matchedB = &candidate;
                    }
                }
            }
        }
        if (matchedA) {
            const qint32 lengthA = matchedA->end - matchedA->begin;
            const qint32 lengthB = matchedB->end - matchedB->begin;
            for (qint32 m = 0; m < lengthA; ++m)
                a.labels.set(matchedA->begin + m, changeClass, matchedB->begin + std::min(m, lengthB - 1));
            for (qint32 m = 0; m < lengthB; ++m)
                b.labels.set(matchedB->begin + m, changeClass, matchedA->begin + std::min(m, lengthA - 1));
            matches->push_back(Match { matchedA->begin, matchedA->end, matchedB->begin, matchedB->end });
            aNext = matchedA->end;
            bNext = matchedB->end;
        }
        k = last + 1;
    }
}

// The currency `i` names: a sign ("$", "€") or, right after a number
// (past a scale word), a word ("dollars", "euro"); empty for other tokens.
QString SpellingVariants::currencyAt(const FlatDocument &flat, qint32 i) const
{
    const qint32 key = flat.keys[size_t(i)];
    if (m_lexicon.isPunctuation(key))
        return FactUnits::currencyOfSign(m_lexicon.text(key));
    const bool afterNumber = (i >= 1 && m_lexicon.isNumber(flat.keys[size_t(i - 1)]))
        || (i >= 2 && m_lexicon.isNumber(flat.keys[size_t(i - 2)]))
        || (i >= 4 && m_lexicon.isNumber(flat.keys[size_t(i - 4)])); // "40-million-dollar"
    return afterNumber && !m_lexicon.isNumber(key) ? FactUnits::currencyOfWord(m_lexicon.text(key)) : QString();
}

// The number a currency stands before ("$40") or after ("40 €", "40
// million dollars", "40-million-dollar"), in its paragraph; -1 when there
// is none.
qint32 SpellingVariants::numberOf(const FlatDocument &flat, qint32 currency) const
{
    if (currency + 1 < flat.size() && m_lexicon.isPunctuation(flat.keys[size_t(currency)])
        && sameParagraph(flat, currency, currency + 1)
        && (m_lexicon.isNumber(flat.keys[size_t(currency + 1)])
            || spelling(flat, currency + 1) != letters(m_lexicon.text(flat.keys[size_t(currency + 1)])))) {
        return currency + 1; // "$40", or an amount abbreviated after its sign ("€40m")
    }
    for (qint32 k = currency - 1; k >= std::max(0, currency - 4) && sameParagraph(flat, k, currency); --k) {
        const qint32 key = flat.keys[size_t(k)];
        if (m_lexicon.isNumber(key))
            return k;
        const QStringView text = m_lexicon.text(key);
        if (!SpellingVariantsForms::isScaleWord(text) && !isJoiner(text) && text != QLatin1String("."))
            return -1;
    }
    return -1;
}

// A currency at a number that both sides share, and on the other side the
// same currency, written otherwise, at that number: a sign just before it,
// or a sign or a word after it (past scale words and hyphens). "dollar" and
// "dollars" are one currency too ("a 40-million-dollar fund").
void SpellingVariants::pairCurrencies(Side signs, Side words, qint32 begin, qint32 end, bool signsAreBase,
                                      std::vector<Match> *matches) const
{
    const FlatDocument &flat = signs.flat;
    const FlatDocument &otherFlat = words.flat;
    for (qint32 i = begin; i < end; ++i) {
        if (isPaired(signs.labels, i))
            continue;
        const QString currency = currencyAt(flat, i);
        if (currency.isEmpty())
            continue;
        const qint32 own = numberOf(flat, i);
        if (own < 0 || !isPaired(signs.labels, own))
            continue;
        const ChangeClass changeClass = signs.labels.classes[size_t(own)];
        const qint32 number = signs.labels.counterpart(own);
        const auto fits = [&](qint32 k) {
            return k >= 0 && k < otherFlat.size() && !isPaired(words.labels, k) && sameParagraph(otherFlat, number, k)
                && otherFlat.keys[size_t(k)] != flat.keys[size_t(i)] && currencyAt(otherFlat, k) == currency;
        };
        qint32 found = -1;
        if (fits(number - 1) && m_lexicon.isPunctuation(otherFlat.keys[size_t(number - 1)]))
            found = number - 1;
        const qint32 limit = std::min(otherFlat.size(), number + 5);
        for (qint32 k = number + 1; found < 0 && k < limit && sameParagraph(otherFlat, number, k); ++k) {
            if (fits(k)) {
                found = k;
                break;
            }
            const QStringView text = m_lexicon.text(otherFlat.keys[size_t(k)]);
            if (!m_lexicon.isNumber(otherFlat.keys[size_t(k)]) && !SpellingVariantsForms::isScaleWord(text) && !isJoiner(text))
                break;
        }
        if (found < 0)
            continue;
        signs.labels.set(i, changeClass, found);
        words.labels.set(found, changeClass, i);
        Match match = signsAreBase ? Match { i, i + 1, found, found + 1, own, number }
                                   : Match { found, found + 1, i, i + 1, number, own };
        // "US$": the country goes with the sign.
        const auto country = [&](const FlatDocument &side, const TokenLabels &labels, qint32 sign) {
            return sign >= 1 && currency == QLatin1String("USD") && !isPaired(labels, sign - 1)
                && m_lexicon.isPunctuation(side.keys[size_t(sign)])
                && m_lexicon.text(side.keys[size_t(sign - 1)]) == QLatin1String("us");
        };
        if (country(flat, signs.labels, i)) {
            signs.labels.set(i - 1, changeClass, found);
            (signsAreBase ? match.aBegin : match.bBegin) = i - 1;
        }
        if (country(otherFlat, words.labels, found)) {
            words.labels.set(found - 1, changeClass, i);
            (signsAreBase ? match.bBegin : match.aBegin) = found - 1;
        }
        matches->push_back(match);
    }
}

// A hyphen one side writes between two words that the other side writes
// apart ("Lac-Bréval" / "Lac Breval", "40-million" / "40 million"): its
// neighbours are paired with neighbouring tokens (or with the sign and its
// number, for "million-dollar").
void SpellingVariants::pairJoiners(Side side, qint32 begin, qint32 end, bool isBase,
                                   std::vector<Match> *matches) const
{
    const FlatDocument &flat = side.flat;
    for (qint32 i = std::max(begin, 1); i < end && i + 1 < flat.size(); ++i) {
        if (isPaired(side.labels, i) || !m_lexicon.isPunctuation(flat.keys[size_t(i)])
            || !isJoiner(m_lexicon.text(flat.keys[size_t(i)]))) {
            continue;
        }
        if (!isWord(flat.keys[size_t(i - 1)]) || !isWord(flat.keys[size_t(i + 1)])
            || !isPaired(side.labels, i - 1) || !isPaired(side.labels, i + 1)
            || !sameParagraph(flat, i - 1, i + 1)) {
            continue;
        }
        const qint32 before = side.labels.counterpart(i - 1);
        const qint32 after = side.labels.counterpart(i + 1);
        if (std::abs(after - before) <= 2 && after != before) {
            side.labels.set(i, side.labels.classes[size_t(i - 1)], before);
            matches->push_back(isBase ? Match { i, i + 1, -1, -1, i - 1, i + 1 } : Match { -1, -1, i, i + 1, i - 1, i + 1 });
        }
    }
}

// One word for another differ in more than accents when both are ASCII
// (the commonest change, not worth a look); abbreviations ("a.m" / "am")
// are the exception.
bool SpellingVariants::isPlainSubstitution(const Region &region, const FlatDocument &base, const FlatDocument &other) const
{
    if (region.aEnd - region.aBegin != 1 || region.bEnd - region.bBegin != 1)
        return false;
    const QStringView aKey = m_lexicon.text(base.keys[size_t(region.aBegin)]);
    const QStringView bKey = m_lexicon.text(other.keys[size_t(region.bBegin)]);
    return SpellingVariantsForms::isAscii(aKey) && SpellingVariantsForms::isAscii(bKey) && !aKey.contains(u'.') && !bKey.contains(u'.');
}

// Where a copied passage, in place or moved, still spells a word otherwise
// once the move detector and the classifier have paired its other words:
// a stretch of the copy left unpaired between two copied tokens whose
// counterparts enclose a stretch of the base left unpaired too. The
// stretches take the class of the copied tokens around them (Moved if
// either is).
void SpellingVariants::pairCopiedGaps(Side a, Side b, std::vector<Match> *matches) const
{
    qint32 previous = -1;
    for (qint32 j = 0; j < b.flat.size(); ++j) {
        if (!isPaired(b.labels, j))
            continue;
        const qint32 j0 = previous;
        previous = j;
        if (j0 < 0 || j - j0 < 2 || j - j0 - 1 > kMaxRegion || !sameParagraph(b.flat, j0, j))
            continue;
        const qint32 i0 = b.labels.counterpart(j0);
        const qint32 i1 = b.labels.counterpart(j);
        if (i1 - i0 < 2 || i1 - i0 - 1 > kMaxRegion || !sameParagraph(a.flat, i0, i1))
            continue;
        const Region region { i0 + 1, i1, j0 + 1, j };
        bool open = !isPlainSubstitution(region, a.flat, b.flat);
        for (qint32 i = region.aBegin; open && i < region.aEnd; ++i)
            open = !isPaired(a.labels, i);
        if (!open)
            continue;
        const bool moved = b.labels.classes[size_t(j0)] == ChangeClass::Moved || b.labels.classes[size_t(j)] == ChangeClass::Moved;
        pairCompounds(region, a, b, moved ? ChangeClass::Moved : ChangeClass::Same, matches);
    }
}

// The full stop that ends an abbreviation one side writes with stops ("3
// a.m." / "3am", "3 AM"): it goes with the abbreviation's pair.
void SpellingVariants::pairAbbreviationStops(Side side, qint32 begin, qint32 end, bool isBase,
                                             std::vector<Match> *matches) const
{
    const FlatDocument &flat = side.flat;
    for (qint32 i = std::max(begin, 1); i < end; ++i) {
        if (isPaired(side.labels, i) || m_lexicon.text(flat.keys[size_t(i)]) != QLatin1String(".")
            || !isPaired(side.labels, i - 1) || !sameParagraph(flat, i - 1, i)) {
            continue;
        }
        const QStringView before = m_lexicon.text(flat.keys[size_t(i - 1)]);
        if (!before.contains(u'.') || m_lexicon.isPunctuation(flat.keys[size_t(i - 1)])
            || SpellingVariantsForms::withoutInnerStops(before.toString()) == before)
            continue;
        side.labels.set(i, side.labels.classes[size_t(i - 1)], side.labels.counterpart(i - 1));
        matches->push_back(isBase ? Match { i, i + 1, -1, -1, i - 1, i - 1 } : Match { -1, -1, i, i + 1, i - 1, i - 1 });
    }
}

std::vector<SpellingVariants::Match> SpellingVariants::apply(const EditScript &script, const FlatDocument &base,
                                                            const FlatDocument &other, PairAlignment *alignment) const
{
    std::vector<Region> regions;
    for (size_t r = 0; r < script.runs.size(); ++r) {
        if (script.runs[r].op == EditOp::Equal)
            continue;
        Region region { script.runs[r].aStart, script.runs[r].aEnd(), script.runs[r].bStart, script.runs[r].bEnd() };
        while (r + 1 < script.runs.size() && script.runs[r + 1].op != EditOp::Equal) {
            ++r;
            region.aEnd = script.runs[r].aEnd();
            region.bEnd = script.runs[r].bEnd();
        }
        regions.push_back(region);
    }
    std::vector<Match> matches;
    const Side a { base, alignment->a };
    const Side b { other, alignment->b };
    for (const Region &region : regions) {
        const qint32 aLength = region.aEnd - region.aBegin;
        const qint32 bLength = region.bEnd - region.bBegin;
        if (aLength <= 0 || bLength <= 0 || aLength > kMaxRegion || bLength > kMaxRegion)
            continue;
        if (!isPlainSubstitution(region, base, other))
            pairCompounds(region, a, b, ChangeClass::Same, &matches);
    }
    for (const Region &region : regions) {
        pairCurrencies(a, b, region.aBegin, region.aEnd, true, &matches); // finds both directions
    }
    for (const Region &region : regions) {
        pairJoiners(a, region.aBegin, region.aEnd, true, &matches);
        pairJoiners(b, region.bBegin, region.bEnd, false, &matches);
        pairAbbreviationStops(a, region.aBegin, region.aEnd, true, &matches);
        pairAbbreviationStops(b, region.bBegin, region.bEnd, false, &matches);
    }
    return matches;
}

namespace {

bool isCopied(ChangeClass c)
{
    return c == ChangeClass::Same || c == ChangeClass::Moved;
}

// What restore() may relabel: what the classifier took for new or
// reworded text because the keys differ.
bool isOpen(ChangeClass c)
{
    return c == ChangeClass::Added || c == ChangeClass::Removed || c == ChangeClass::Paraphrased;
}

// The class and counterpart the classifier left on a copied token of
// [begin, end) of `x` whose counterpart lies in [otherBegin, otherEnd).
bool copiedInto(const TokenLabels &x, qint32 begin, qint32 end, qint32 otherBegin, qint32 otherEnd,
                ChangeClass *changeClass)
{
    for (qint32 i = begin; i < end; ++i) {
        const qint32 c = x.counterpart(i);
        if (isCopied(x.classes[size_t(i)]) && c >= otherBegin && c < otherEnd) {
            *changeClass = x.classes[size_t(i)];
            return true;
        }
    }
    return false;
}

void relabel(TokenLabels &x, qint32 begin, qint32 end, ChangeClass changeClass, qint32 counterpart)
{
    for (qint32 i = begin; i < end; ++i) {
        if (isOpen(x.classes[size_t(i)]))
            x.set(i, changeClass, counterpart);
    }
}

} // namespace

void SpellingVariants::restore(const std::vector<Match> &matches, const FlatDocument &base,
                               const FlatDocument &other, PairAlignment *alignment) const
{
    TokenLabels &a = alignment->a;
    TokenLabels &b = alignment->b;
    for (const Match &match : matches) {
        ChangeClass changeClass = ChangeClass::Same;
        if (match.aBegin < 0 || match.bBegin < 0) {
            // A lone hyphen: kept where both its neighbours still are copied.
            TokenLabels &side = match.aBegin < 0 ? b : a;
            const qint32 hyphen = match.aBegin < 0 ? match.bBegin : match.aBegin;
            if (isCopied(side.classes[size_t(match.aAnchor)]) && isCopied(side.classes[size_t(match.bAnchor)]))
                relabel(side, hyphen, hyphen + 1, side.classes[size_t(match.aAnchor)], side.counterpart(match.aAnchor));
            continue;
        }
        if (match.aAnchor >= 0) {
            // A currency: kept where its number still is paired.
            if (!isCopied(a.classes[size_t(match.aAnchor)]) || a.counterpart(match.aAnchor) != match.bAnchor)
                continue;
            changeClass = a.classes[size_t(match.aAnchor)];
        } else if (!copiedInto(a, match.aBegin, match.aEnd, match.bBegin, match.bEnd, &changeClass)
                   && !copiedInto(b, match.bBegin, match.bEnd, match.aBegin, match.aEnd, &changeClass)) {
            continue;
        }
        relabel(a, match.aBegin, match.aEnd, changeClass, match.bBegin);
        relabel(b, match.bBegin, match.bEnd, changeClass, match.aBegin);
    }
    // Numbers and words the move detector or the classifier paired
    // after the diff ("a relief fund of 40 million dollars" / "a $40
    // million relief fund" puts "relief fund" first) get their currency
    // and hyphens now.
    std::vector<Match> later;
    const Side sideA { base, a };
    const Side sideB { other, b };
    pairCopiedGaps(sideA, sideB, &later);
    pairCurrencies(sideA, sideB, 0, base.size(), true, &later);
    pairJoiners(sideA, 0, base.size(), true, &later);
    pairJoiners(sideB, 0, other.size(), false, &later);
    pairAbbreviationStops(sideA, 0, base.size(), true, &later);
    pairAbbreviationStops(sideB, 0, other.size(), false, &later);
}

} // namespace WireDiff
