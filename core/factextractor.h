#pragma once

#include "fact.h"

#include <QStringView>

#include <vector>

namespace WireDiff {

struct FlatDocument;
struct TokenizedArticle;
struct Paragraph;
class FactWords;
class Lexicon;
class Vocabulary;

// Finds the checkable facts of a stretch of text: numbers (digits or words,
// thousands separators of any style normalised, "40 million" as one value,
// "22st" as 22 stone; digits mixed with letters, "l2", are none), each with
// the role the words around it give it (FactRoles: a year, a day, an age, a
// sum and its currency, a measure and its unit, or a count of something);
// weekdays and month names (English, German, French, Spanish); runs of
// capitalised words (names), with the titles and ranks before them left
// out of their value (NameTitles) and a person or place role where the
// words around tell (a person, a place, a person's home); quotations
// between any style of quotation marks, straight singles told from
// apostrophes by their place (QuoteScanner);
// stance verbs (deny, refuse, confirm, admit …, each its own class:
// "refused" is not "denied"); and attributions (the name next to a
// reporting verb such as "said" or "according to", or a pronoun: "…," he
// said), which also become each quote's speaker.
//
// Not names: a lone capitalised word opening a sentence or a quotation,
// unless the compared texts capitalise it inside sentences and never write
// it in lower case ("Roberts denies …"); a word in capitals that is
// headline or emphasis style rather than an acronym ("DIAMONDS", "COURT
// TOLD", "A SON"; "NATO" and "BBC" are names); a common word opening a
// sentence before a name ("Librarians John …" names John).
class FactExtractor
{
public:
    struct Source
    {
        const FlatDocument &flat;
        const TokenizedArticle &tokens;
        const std::vector<Paragraph> &paragraphs;
        const Vocabulary &vocabulary;
        const Lexicon &lexicon;
        const FactWords &words; // built from `vocabulary`

        QStringView text(qint32 flatIndex) const;  // the token as written
        // text() of tokens [begin, end) in order, in one walk over them.
        std::vector<QStringView> texts(qint32 begin, qint32 end) const;
        QStringView key(qint32 flatIndex) const;   // its comparison key
    };

    static std::vector<Fact> extract(const Source &source, qint32 begin, qint32 end);

    static QString foldAccents(const QString &text);
    static QString nameWord(QStringView key);
    // The word a name's value holds after an inner possessive ("north
    // korea 's department us affair").
    static constexpr QLatin1StringView possessiveMark { "'s" };
};

} // namespace WireDiff
