#include "quotescanner.h"

#include <QString>

#include <algorithm>

namespace WireDiff {

namespace {

constexpr char16_t straightDouble = u'"';
constexpr char16_t straightSingle = u'\'';
constexpr char16_t backtick = u'`';
constexpr char16_t leftSingle = u'\u2018';
constexpr char16_t rightSingle = u'\u2019';
constexpr char16_t lowSingle = u'\u201A';

// Whether `close` closes a quotation opened with curly, angled or CJK mark
// `open`. Each style closes with its own mark: German „…“ closes with what
// opens an English quote, and German »…« with what opens a French one.
bool closesCurly(QChar open, QChar close)
{
    switch (open.unicode()) {
    case 0x201C: return close == QChar(0x201D);                            // “…”
    case 0x201E: return close == QChar(0x201C) || close == QChar(0x201D);  // „…“ (and „…”)
    case 0x00AB: return close == QChar(0x00BB);                            // «…»
    case 0x00BB: return close == QChar(0x00AB);                            // »…«
    case 0x2039: return close == QChar(0x203A);                            // ‹…›
    case 0x203A: return close == QChar(0x2039);                            // ›…‹
    case 0x300C: return close == QChar(0x300D);                            // 「…」
    default: return false;
    }
}

// Words that elide their first letters ("rock 'n' roll", "'til", "'em"):
// a mark before them is their apostrophe.
bool isElidedWord(QStringView word)
{
    static constexpr QLatin1StringView elided[] = { QLatin1StringView("n"), QLatin1StringView("em"),
                                                    QLatin1StringView("til"), QLatin1StringView("tis"),
                                                    QLatin1StringView("twas") };
    return std::any_of(std::begin(elided), std::end(elided),
                       [word](QLatin1StringView e) { return word.compare(e, Qt::CaseInsensitive) == 0; });
}

// "90", "90s": a year with its century elided.
bool isElidedYear(QStringView word)
{
    const QStringView digits = word.endsWith(QLatin1Char('s')) ? word.chopped(1) : word;
    return digits.size() == 2 && digits[0].isDigit() && digits[1].isDigit();
}

} // namespace

QuoteScanner::QuoteScanner(std::span<const QStringView> tokens)
    : m_tokens(tokens)
    , m_size(qint32(tokens.size()))
{
}

bool QuoteScanner::isOpeningMark(QChar c)
{
    // English and French “ « ‹ ‘, German „ ‚ and the German chevrons » ›, CJK 「.
    switch (c.unicode()) {
    case 0x201C: case 0x201E: case 0x201A: case 0x2018: case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
    case 0x300C:
        return true;
    default:
        return false;
    }
}

std::vector<QuoteScanner::Span> QuoteScanner::quotes() const
{
    std::vector<Span> found;
    for (qint32 from = 0; from < m_size;) {
        const qint32 unclosed = scanFrom(from, &found);
        if (unclosed < 0)
            break;
        from = unclosed + 1;
    }
    return found;
}

// Adds the quotations from `from` on; returns where a quotation opened
// and was not closed, or -1.
qint32 QuoteScanner::scanFrom(qint32 from, std::vector<Span> *quotes) const
{
    for (qint32 i = from; i < m_size; ++i) {
        const qint32 opens = opening(i);
        if (opens == 0)
            continue;
        qint32 length = 0;
        const qint32 close = closeOf(i, &length);
        if (close < 0)
            return i;
        const qint32 begin = i + opens;
        bool words = false;
        for (qint32 k = begin; k < close && !words; ++k)
            words = isWordy(k);
        if (words)
            quotes->push_back({ begin, close });
        i = close + length - 1;
    }
    return -1;
}

qint32 QuoteScanner::closeOf(qint32 open, qint32 *length) const
{
    const QChar mark = m_tokens[size_t(open)].front();
    // The straight double marks open and close alike: the next one closes.
    const bool toggles = mark == QChar(straightDouble) || isDoubled(open, backtick) || isDoubled(open, straightSingle);
    const bool single = !toggles && (mark == QChar(straightSingle) || mark == QChar(backtick)
                                     || mark == QChar(leftSingle) || mark == QChar(lowSingle));
    qint32 possessive = -1;
    for (qint32 i = open + opening(open); i < m_size; ++i) {
        qint32 closeLength = 1;
        const Close close = closing(open, i, &closeLength);
        if (close == Close::Plain) {
            *length = closeLength;
            return i;
        }
        if (close == Close::Possessive) {
            if (possessive < 0)
                possessive = i;
            continue;
        }
        // A mark of the same style that opens again: the quotation was
        // closed by a possessive-looking mark before it, or never.
        if (!toggles && opening(i) > 0) {
            const QChar next = m_tokens[size_t(i)].front();
            const bool nextSingle = next == QChar(straightSingle) || next == QChar(backtick)
                || next == QChar(leftSingle) || next == QChar(lowSingle);
            if (single ? nextSingle : next == mark)
                break;
        }
    }
    *length = 1;
    return possessive;
}

qint32 QuoteScanner::opening(qint32 i) const
{
    if (i >= m_size || m_tokens[size_t(i)].isEmpty() || isWordy(i))
        return 0;
    const QStringView token = m_tokens[size_t(i)];
    const QChar c = token.front();
    if (c == QChar(straightDouble))
        return 1;
    if (isDoubled(i, backtick))
        return token.size() == 2 ? 1 : 2;
    if (isDoubled(i, straightSingle)) {
        const qint32 length = token.size() == 2 ? 1 : 2;
        return opensHere(i) && opensHere(i + length - 1) ? length : 0;
    }
    if (c == QChar(leftSingle) || c == QChar(lowSingle))
        return isElision(i) ? 0 : 1; // "‘90s", as word processors write it
    if (isOpeningMark(c))
        return 1;
    if (is(i, straightSingle) || is(i, backtick))
        return opensHere(i) && !isElision(i) ? 1 : 0;
    return 0;
}

QuoteScanner::Close QuoteScanner::closing(qint32 open, qint32 i, qint32 *length) const
{
    *length = 1;
    const QChar mark = m_tokens[size_t(open)].front();
    if (mark == QChar(straightDouble) || isDoubled(open, backtick) || isDoubled(open, straightSingle)) {
        // Wire copy closes `` with '' and sometimes with ", and " with ''.
        if (m_tokens[size_t(i)].front() == QChar(straightDouble))
            return Close::Plain;
        if (isDoubled(i, straightSingle)) {
            *length = m_tokens[size_t(i)].size() == 2 ? 1 : 2;
            return Close::Plain;
        }
        return Close::None;
    }
    if (mark == QChar(straightSingle) || mark == QChar(backtick))
        return is(i, straightSingle) ? singleClose(i, true) : Close::None;
    if (mark == QChar(leftSingle)) {
        // The wire's ` … ' reaches here as ‘ … ' (PlainTextParser).
        if (is(i, straightSingle))
            return singleClose(i, true);
        return is(i, rightSingle) ? singleClose(i, false) : Close::None;
    }
    if (mark == QChar(lowSingle)) {
        if (is(i, leftSingle))
            return Close::Plain;
        return is(i, rightSingle) ? singleClose(i, false) : Close::None;
    }
    const QStringView token = m_tokens[size_t(i)];
    return !token.isEmpty() && closesCurly(mark, token.front()) ? Close::Plain : Close::None;
}

// A single mark at `i` closing a quotation. `needsPlace`: a straight mark,
// which must be written onto what it closes.
QuoteScanner::Close QuoteScanner::singleClose(qint32 i, bool needsPlace) const
{
    if (i == 0)
        return Close::None;
    const bool onto = joined(i);
    const QStringView before = m_tokens[size_t(i - 1)];
    if (needsPlace) {
        const bool opensBefore = !isWordy(i - 1)
            && (isOpeningMark(before.front()) || before == QLatin1String("(") || before == QLatin1String("["));
        if (!onto || opensBefore)
            return Close::None;
    }
    // The second mark of "rock 'n' roll" is the elision's too.
    if (i >= 2 && isWordy(i - 1) && joined(i - 1) && !isWordy(i - 2) && isElision(i - 2))
        return Close::None;
    const qint32 next = i + 1;
    const bool last = next >= m_size;
    const bool spaced = !last && !joined(next);
    if (needsPlace && !last && !spaced && isWordy(next))
        return Close::None;
    const bool plural = isWordy(i - 1) && before.endsWith(QLatin1Char('s'), Qt::CaseInsensitive);
    return onto && plural && spaced && isWordy(next) ? Close::Possessive : Close::Plain;
}

bool QuoteScanner::joined(qint32 i) const
{
    if (i <= 0 || i >= m_size)
        return false;
    const QStringView left = m_tokens[size_t(i - 1)], right = m_tokens[size_t(i)];
    return left.data() + left.size() == right.data();
}

bool QuoteScanner::isWordy(qint32 i) const
{
    const QStringView token = m_tokens[size_t(i)];
    return !token.isEmpty() && token.front().isLetterOrNumber();
}

bool QuoteScanner::is(qint32 i, char16_t mark) const
{
    const QStringView token = m_tokens[size_t(i)];
    return token.size() == 1 && token.front() == QChar(mark);
}

bool QuoteScanner::isDoubled(qint32 i, char16_t mark) const
{
    const QStringView token = m_tokens[size_t(i)];
    if (token.size() == 2 && token[0] == QChar(mark) && token[1] == QChar(mark))
        return true;
    return is(i, mark) && i + 1 < m_size && is(i + 1, mark) && joined(i + 1);
}

// Where a straight mark at `i` can open: something to quote written onto
// it, and before it a space, the start, a bracket, a dash or another mark
// that opens.
bool QuoteScanner::opensHere(qint32 i) const
{
    const qint32 next = i + 1;
    if (next >= m_size || !joined(next))
        return false;
    const QStringView after = m_tokens[size_t(next)];
    const bool quotable = isWordy(next) || after.front() == QChar(straightSingle) || after.front() == QChar(backtick)
        || after.front() == QChar(straightDouble) || isOpeningMark(after.front()) || after.front() == QChar(0x2026)
        || after.startsWith(QLatin1String("..."));
    if (!quotable)
        return false;
    if (i == 0 || !joined(i))
        return true;
    const QStringView before = m_tokens[size_t(i - 1)];
    if (isWordy(i - 1))
        return false;
    const QChar c = before.front();
    return c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('-') || c == QChar(0x2013)
        || c == QChar(0x2014) || c == QChar(straightDouble) || c == QChar(straightSingle) || c == QChar(backtick)
        || isOpeningMark(c);
}

bool QuoteScanner::isElision(qint32 i) const
{
    const qint32 next = i + 1;
    if (next >= m_size || !joined(next) || !isWordy(next))
        return false;
    const QStringView word = m_tokens[size_t(next)];
    return isElidedYear(word) || isElidedWord(word);
}

} // namespace WireDiff
