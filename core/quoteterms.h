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
class QuoteTerms
{
public:
    // The keys of flat tokens [begin, end): punctuation and bracketed
    // words left out, words written with a hyphen between them kept as
    // one ("long-standing").
    static QStringList words(const FactExtractor::Source &source, qint32 begin, qint32 end);
    // The same words as comparison terms, sorted: a unit written onto a
    // number apart ("22st" -> "22", "stone"), the parts of a hyphenated
    // word apart, contractions written out ("wasn't" -> "was", "not"),
    // then each word's stem, marked weak (isWeak()) for a function word
    // other than a negation.
    static std::vector<QString> terms(const FactExtractor::Source &source, qint32 begin, qint32 end);
    // The terms a quote is checked against: those of terms(), each
    // hyphenated word joined up as well ("long-standing" ->
    // "longstanding"), and two words run together where a text writes
    // them so ("second hand" -> "secondhand").
    static std::vector<QString> statementTerms(const FactExtractor::Source &source, qint32 begin, qint32 end);
    // Whether tokens [begin, end) hold a word the statement lacks, other
    // than a function word: a hyphenated word is there when its parts are
    // or it joined up is, so "second hand", "second-hand" and "secondhand"
    // are one word.
    static bool hasNewWord(const FactExtractor::Source &source, qint32 begin, qint32 end,
                           const std::vector<QString> &statement);
    // A function word's term: a quote with no other new term than these
    // ("his father" for "the father") says what the base's says.
    static bool isWeak(const QString &term);
};

} // namespace WireDiff
