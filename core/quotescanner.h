#pragma once

#include <QStringView>

#include <span>
#include <utility>
#include <vector>

namespace WireDiff {

// Finds the quotations of one paragraph from its tokens as the Tokenizer
// cuts them (ICU's word breaks: a quotation mark or an apostrophe at a
// word's edge is a token of its own, "don't" and "O'Neill" are one word,
// and "``" is two tokens "`").
//
// Marks pair within the paragraph, one quotation at a time: inside one,
// marks of another style are part of it ('He said "go"'). Each style
// closes with its own mark: curly and angled marks of every language
// (“…”, „…“, «…», »…«, ‹…›, 「…」), the straight double quote, the wire's
// doubled `` … '' and British straight singles '…', the wire's ` … ' and
// curly singles ‘…’.
//
// A straight single mark is also the apostrophe, and is read as a
// quotation mark from its place only:
// - it opens where a word follows it, written onto it, and a space, the
//   paragraph's start, a bracket, a dash or another quotation mark stands
//   before it; not before an elided year or word ('90s, rock 'n' roll,
//   'til); "didn't" and "O'Neill" are single words anyway;
// - it closes written onto a word or punctuation, before a space,
//   punctuation or the paragraph's end. After a word ending in s and
//   before another word ("the students' union", "called them 'thugs' in
//   court") it may be a possessive: such a mark closes only when no
//   plainer close comes before the next mark that opens, or the
//   paragraph's end.
// A mark that opens and is never closed is no quotation ("Home » News", a
// stray apostrophe): the scan goes on just after it, so that it never
// turns the rest of the paragraph into a quote.
class QuoteScanner
{
public:
    // [begin, end): the tokens between a quotation's marks.
    using Span = std::pair<qint32, qint32>;

    // `tokens` are views into one text, in reading order; two tokens are
    // written together when one ends where the next begins.
    explicit QuoteScanner(std::span<const QStringView> tokens);

    // The quotations, in reading order; each holds a word or a number.
    std::vector<Span> quotes() const;

    // Whether `c` is a mark that can only open a quotation (curly, angled or
    // CJK, not the straight marks, which open and close alike).
    static bool isOpeningMark(QChar c);

private:
    enum class Close { None, Possessive, Plain };

    // How many tokens the mark at `i` spans when it opens a quotation
    // there (2 for the wire's "``"), or 0.
    qint32 opening(qint32 i) const;
    // Whether the tokens at `i` close the quotation opened at `open`, and
    // how many tokens the closing mark spans.
    Close closing(qint32 open, qint32 i, qint32 *length) const;
    Close singleClose(qint32 i, bool needsPlace) const;
    // Where the quotation opened at `open` closes (its closing mark's first
    // token) and the mark's length, or -1.
    qint32 closeOf(qint32 open, qint32 *length) const;
    qint32 scanFrom(qint32 from, std::vector<Span> *quotes) const;

    bool joined(qint32 i) const; // tokens i - 1 and i written together
    bool isWordy(qint32 i) const;
    bool is(qint32 i, char16_t mark) const;
    bool isDoubled(qint32 i, char16_t mark) const; // "``" or "''" as two tokens
    bool opensHere(qint32 i) const;                // the place of an opening straight mark
    bool isElision(qint32 i) const;                // '90s, 'n', 'til after the mark at i

    std::span<const QStringView> m_tokens;
    qint32 m_size;
};

} // namespace WireDiff
