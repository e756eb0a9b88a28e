#pragma once

#include "factextractor.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace WireDiff {

// The words of a quotation as they are compared. A quote is the same quote
// whatever its house style: "long-standing" is "longstanding", "didn't" is
// "did not", "witnesses" is "witness"; case and quotation marks never
// counted. Words in brackets are the editor's, not the speaker's:
// "(correct)", "(sic)", "[North Korea]".
//
// A term is a number: a word's stem, flagged weak for a function word
// other than a negation (isWeak()), or for a word no compared text writes
// (a hyphenated pair joined up) a hash of the word. A word print hides
// behind asterisks after its first letters ("d***") is the same word as
// any with those first letters: its term is theirs in starred form, which
// a statement holds for each of its words.
class QuoteTerms
{
public:
    using Term = qint64;

    // The keys of flat tokens [begin, end): punctuation and bracketed
    // words left out, words written with a hyphen between them kept as
    // one ("long-standing").
    static QStringList words(const FactExtractor::Source &source, qint32 begin, qint32 end);
    // The same words as terms, sorted: a unit written onto a number apart
    // ("22st" -> "22", "stone"), the parts of a hyphenated word apart,
    // contractions written out ("wasn't" -> "was", "not"), words run
    // together at a full stop apart ("house.Most").
    static std::vector<Term> terms(const FactExtractor::Source &source, qint32 begin, qint32 end);
    // The terms a quote is checked against: those of terms(), each
    // hyphenated word joined up as well ("long-standing" ->
    // "longstanding"), and two words run together where a text writes
    // them so ("second hand" -> "secondhand").
    static std::vector<Term> statementTerms(const FactExtractor::Source &source, qint32 begin, qint32 end);
    // Whether tokens [begin, end) hold a word the statement lacks, other
    // than a function word: a hyphenated word is there when its parts are
    // or it joined up is, so "second hand", "second-hand" and "secondhand"
    // are one word.
    static bool hasNewWord(const FactExtractor::Source &source, qint32 begin, qint32 end,
                           const std::vector<Term> &statement);
    // The terms of tokens [begin, end) in reading order, each with whether
    // its word is new to `statement` as hasNewWord() judges words (never,
    // where `statement` is null).
    struct ReadTerm
    {
        Term term = 0;
        bool newWord = false;
    };
    static std::vector<ReadTerm> termsInOrder(const FactExtractor::Source &source, qint32 begin, qint32 end,
                                              const std::vector<Term> *statement = nullptr);
    // A function word's term: a quote with no other new term than these
    // ("his father" for "the father") says what the base's says.
    static bool isWeak(Term term) { return term & weakFlag; }

private:
    static constexpr Term weakFlag = Term(1) << 62;
    static constexpr Term hashFlag = Term(1) << 61;
};

} // namespace WireDiff
