#include "quotecomparer.h"

#include "flatdocument.h"
#include "quoteterms.h"
#include "shortquote.h"

#include <QStringList>

#include <algorithm>

namespace WireDiff {

namespace {

// How far back a base "he said" looks for the speaker it stands for.
constexpr qint32 speakerLookBack = 3;

// Dice coefficient of two multisets of terms, each given sorted.
double termDice(const std::vector<QuoteTerms::Term> &a, const std::vector<QuoteTerms::Term> &b)
{
    if (a.empty() || b.empty())
        return 0;
    qsizetype shared = 0;
    for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
        shared += *i == *j;
        const bool left = *i <= *j, right = *j <= *i;
        i += left;
        j += right;
    }
    return 2.0 * double(shared) / double(a.size() + b.size());
}

// The terms of `quote` inside flat tokens [begin, end), appended to `terms`.
void appendQuoted(const FactExtractor::Source &source, const Fact &quote, qint32 begin, qint32 end,
                  std::vector<QuoteTerms::Term> *terms)
{
    const qint32 from = std::max(begin, quote.begin), to = std::min(end, quote.end);
    if (from >= to)
        return;
    const std::vector<QuoteTerms::Term> quoted = QuoteTerms::terms(source, from, to);
    terms->insert(terms->end(), quoted.begin(), quoted.end());
}

bool sharesWord(const QString &a, const QString &b)
{
    const QStringList right = b.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList left = a.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::any_of(left.begin(), left.end(), [&right](const QString &w) {
        return w != FactExtractor::possessiveMark && right.contains(w);
    });
}

using ReadTerm = QuoteTerms::ReadTerm;

// Positions of the strong (not weak) terms of `terms`.
std::vector<qint32> strongPositions(const std::vector<ReadTerm> &terms)
{
    std::vector<qint32> positions;
    for (qint32 k = 0; k < qint32(terms.size()); ++k) {
        if (!QuoteTerms::isWeak(terms[size_t(k)].term))
            positions.push_back(k);
    }
    return positions;
}

// Whether every term of `lost` is among `kept`.
bool allAmong(std::span<const ReadTerm> lost, std::span<const ReadTerm> kept)
{
    return std::all_of(lost.begin(), lost.end(), [&kept](const ReadTerm &x) {
        return std::any_of(kept.begin(), kept.end(), [&x](const ReadTerm &y) { return x.term == y.term; });
    });
}

// Whether the version's quoted words `other` (their new words marked) only
// add to the base's quoted words `base`: they hold most of the base's
// strong terms in order (a longest common subsequence), and each new word
// stands before that run or after it, where the base has no word of its
// own that the version lacks there. A quote that says more of what was
// said ("The buses had stopped, so we walked home…" for "we walked
// home…") is so told from one whose words were replaced at an end ("They
// walked home" for "We walked home") or put between the copied ones.
// Where repeated words allow several runs, the one that starts latest and
// the one that ends first bound the words added before and after.
bool onlyExtends(const std::vector<ReadTerm> &other, const std::vector<ReadTerm> &base)
{
    const std::vector<qint32> v = strongPositions(other), b = strongPositions(base);
    const size_t n = v.size(), m = b.size();
    const auto same = [&](size_t i, size_t j) { return other[size_t(v[i])].term == base[size_t(b[j])].term; };
    // suffix[i][j]: the common run of v[i..] and b[j..]; prefix[i][j]: of v[..i) and b[..j).
    std::vector<std::vector<qint32>> suffix(n + 1, std::vector<qint32>(m + 1, 0)), prefix = suffix;
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;)
            suffix[i][j] = same(i, j) ? suffix[i + 1][j + 1] + 1 : std::max(suffix[i + 1][j], suffix[i][j + 1]);
    }
    for (size_t i = 1; i <= n; ++i) {
        for (size_t j = 1; j <= m; ++j)
            prefix[i][j] = same(i - 1, j - 1) ? prefix[i - 1][j - 1] + 1 : std::max(prefix[i - 1][j], prefix[i][j - 1]);
    }
    const qint32 run = suffix[0][0];
    if (run == 0 || 2 * size_t(run) < m)
        return false; // another quote, or the base's reworded
    size_t first = 0, last = n - 1;
    while (suffix[first + 1][0] == run)
        ++first;
    while (prefix[last][m] == run)
        --last;
    size_t baseFirst = 0, baseLast = m - 1;
    while (!(same(first, baseFirst) && suffix[first + 1][baseFirst + 1] + 1 == run))
        ++baseFirst;
    while (!(same(last, baseLast) && prefix[last][baseLast] + 1 == run))
        --baseLast;
    const auto vFirst = size_t(v[first]), vLast = size_t(v[last]);
    const auto bFirst = size_t(b[baseFirst]), bLast = size_t(b[baseLast]);
    const std::span<const ReadTerm> o(other), s(base);
    const bool keptBefore = allAmong(s.first(bFirst), o.first(vFirst));
    const bool keptAfter = allAmong(s.subspan(bLast + 1), o.subspan(vLast + 1));
    for (size_t k = 0; k < other.size(); ++k) {
        if (!other[k].newWord)
            continue;
        const bool added = (k < vFirst && keptBefore) || (k > vLast && keptAfter);
        if (!added)
            return false;
    }
    return true;
}

} // namespace

QuoteComparer::QuoteComparer(const FactExtractor::Source &base, const FactExtractor::Source &other,
                             const FactStore &baseFacts)
    : m_base(base)
    , m_other(other)
    , m_baseFacts(baseFacts)
{
}

void QuoteComparer::compare(qint32 sentence, std::span<const qint32> counterparts, const std::vector<Fact> &baseFacts,
                            const std::vector<Fact> &otherFacts, std::vector<FactDifference> *out)
{
    const FlatDocument &baseFlat = m_base.flat;
    BaseQuotes baseQuotes;
    std::vector<QuoteTerms::Term> allBase;
    for (const Fact &quote : baseFacts) {
        // A quote over two counterpart sentences is among the facts of both.
        const bool seen = std::any_of(baseQuotes.begin(), baseQuotes.end(),
                                      [&quote](const auto &known) { return known.first->begin == quote.begin; });
        if (quote.kind != FactKind::Quote || seen)
            continue;
        std::vector<QuoteTerms::Term> terms;
        for (const qint32 t : counterparts)
            appendQuoted(m_base, quote, baseFlat.sentenceStarts[size_t(t)], baseFlat.sentenceEnd(t), &terms);
        if (terms.empty())
            continue;
        std::sort(terms.begin(), terms.end());
        allBase.insert(allBase.end(), terms.begin(), terms.end());
        baseQuotes.push_back({ &quote, std::move(terms) });
    }
    if (allBase.empty())
        return;
    std::sort(allBase.begin(), allBase.end());
    std::vector<QuoteTerms::Term> statement; // read once a quote is found the same
    for (const Fact &quote : otherFacts) {
        if (quote.kind != FactKind::Quote)
            continue;
        std::vector<QuoteTerms::Term> terms;
        appendQuoted(m_other, quote, m_other.flat.sentenceStarts[size_t(sentence)], m_other.flat.sentenceEnd(sentence),
                     &terms);
        std::sort(terms.begin(), terms.end());
        const double dice = termDice(allBase, terms);
        // Another quote, not this one changed; but a short one may be
        // replaced word for word where the sentence around it stays.
        const auto standIn = std::find_if(baseQuotes.begin(), baseQuotes.end(), [&](const auto &known) {
            return dice < 0.3 && ShortQuote::standsFor(m_other, quote, m_base, *known.first);
        });
        if (dice < 0.3 && standIn == baseQuotes.end())
            continue;
        const auto best = dice < 0.3 ? standIn
                                     : std::max_element(baseQuotes.begin(), baseQuotes.end(),
                                                        [&terms](const auto &x, const auto &y) {
                                                            return termDice(x.second, terms) < termDice(y.second, terms);
                                                        });
        const Fact &original = *best->first;
        // Most quotes are copied word for word: the base's quoted terms
        // settle them before the whole statement is read.
        const qint32 from = std::max(m_other.flat.sentenceStarts[size_t(sentence)], quote.begin);
        const qint32 to = std::min(m_other.flat.sentenceEnd(sentence), quote.end);
        if (QuoteTerms::hasNewWord(m_other, from, to, allBase)) {
            if (statement.empty())
                statement = statementTerms(counterparts);
            if (QuoteTerms::hasNewWord(m_other, from, to, statement)
                && !extendsBaseQuote(QuoteTerms::termsInOrder(m_other, from, to, &statement), counterparts, baseQuotes))
                out->push_back(FactDifference { FactKind::Quote, original.begin, original.end, quote.begin, quote.end });
        }
        if (dice < 0.5 || original.speakerBegin < 0 || quote.speaker.isEmpty())
            continue;
        const QString speaker = baseSpeaker(original);
        if (!speaker.isEmpty() && !sharesWord(speaker, quote.speaker))
            out->push_back(FactDifference { FactKind::Attribution, original.speakerBegin, original.speakerEnd,
                                            quote.speakerBegin, quote.speakerEnd });
    }
}

bool QuoteComparer::extendsBaseQuote(const std::vector<QuoteTerms::ReadTerm> &quoted,
                                     std::span<const qint32> counterparts, const BaseQuotes &baseQuotes) const
{
    // Each counterpart sentence's quoted words on their own: a version's
    // sentence extends one of the base's, and its words beyond that one's
    // are often another counterpart's (a sentence joined from two).
    const FlatDocument &flat = m_base.flat;
    for (const qint32 t : counterparts) {
        std::vector<ReadTerm> inSentence;
        for (const auto &[quote, terms] : baseQuotes) {
            const qint32 from = std::max(flat.sentenceStarts[size_t(t)], quote->begin);
            const qint32 to = std::min(flat.sentenceEnd(t), quote->end);
            if (from < to) {
                const std::vector<ReadTerm> read = QuoteTerms::termsInOrder(m_base, from, to);
                inSentence.insert(inSentence.end(), read.begin(), read.end());
            }
        }
        if (!inSentence.empty() && onlyExtends(quoted, inSentence))
            return true;
    }
    return false;
}

std::vector<QuoteTerms::Term> QuoteComparer::statementTerms(std::span<const qint32> counterparts) const
{
    const FlatDocument &flat = m_base.flat;
    std::vector<qint32> sentences;
    for (const qint32 t : counterparts) {
        const qint32 paragraph = flat.paragraphOf(flat.sentenceStarts[size_t(t)]);
        for (qint32 u = std::max(0, t - 1); u <= t + 1 && u < qint32(flat.sentenceStarts.size()); ++u) {
            if (flat.paragraphOf(flat.sentenceStarts[size_t(u)]) == paragraph)
                sentences.push_back(u);
        }
    }
    std::sort(sentences.begin(), sentences.end());
    sentences.erase(std::unique(sentences.begin(), sentences.end()), sentences.end());
    std::vector<QuoteTerms::Term> terms;
    for (const qint32 u : sentences) {
        const std::vector<QuoteTerms::Term> words =
            QuoteTerms::statementTerms(m_base, flat.sentenceStarts[size_t(u)], flat.sentenceEnd(u));
        terms.insert(terms.end(), words.begin(), words.end());
    }
    std::sort(terms.begin(), terms.end());
    return terms;
}

QString QuoteComparer::baseSpeaker(const Fact &quote)
{
    if (!quote.speaker.isEmpty())
        return quote.speaker;
    const qint32 paragraph = m_base.flat.paragraphOf(quote.speakerBegin);
    for (qint32 p = paragraph - 1; p >= 0 && p >= paragraph - speakerLookBack; --p) {
        const QString named = lastNamedSpeaker(p);
        if (!named.isEmpty())
            return named;
    }
    return {};
}

QString QuoteComparer::lastNamedSpeaker(qint32 paragraph)
{
    const auto known = m_lastNamed.constFind(paragraph);
    if (known != m_lastNamed.constEnd())
        return *known;
    const std::vector<Fact> facts = m_baseFacts.holds(paragraph)
        ? m_baseFacts.ofParagraph(paragraph)
        : FactExtractor::extract(m_base, m_base.flat.paragraphStart[size_t(paragraph)],
                                 m_base.flat.paragraphEnd(paragraph));
    const Fact *last = nullptr;
    for (const Fact &fact : facts) {
        if (fact.kind == FactKind::Attribution && !fact.value.isEmpty() && (!last || fact.begin > last->begin))
            last = &fact;
    }
    const QString named = last ? last->value : QString();
    m_lastNamed.insert(paragraph, named);
    return named;
}

} // namespace WireDiff
