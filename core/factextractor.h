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
// thousands separators of any style normalised, "40 million" as one value),
// weekdays and month names (English, German, French, Spanish), runs of
// capitalised words (names; a lone capitalised word opening a sentence or a
// quote is not taken for one), quotations between any style of quotation
// marks, stance verbs (deny, refuse, confirm, admit …, each its own class:
// "refused" is not "denied") and attributions (the name next to a reporting
// verb such as "said" or "according to"), which also become each quote's
// speaker.
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
        QStringView key(qint32 flatIndex) const;   // its comparison key
    };

    static std::vector<Fact> extract(const Source &source, qint32 begin, qint32 end);

    static QString normalizeNumber(QStringView digits);
    static QString abbreviatedAmount(QStringView key); // "40m" -> "40000000"; empty if not one
    // The plain decimal value of `mantissa` (digits with at most one point)
    // times ten to `exponent`: ("1.2", 6) -> "1200000", ("6.40", 0) -> "6.4".
    static QString scaledNumber(const QString &mantissa, int exponent);
    // "hundred" 2, "thousand" 3, "million", "m", "Millionen" 6, "billion" 9 …; 0 for other words.
    static int multiplierPower(QStringView key);
    // "one" to "nine" after a tens word ("twenty-five"); 0 for other words.
    static int unitsWordValue(QStringView key);
    static QString foldAccents(const QString &text);
    static QString nameWord(QStringView key);
    // -1 when not a number word; "one" is left out, being mostly a pronoun.
    static int numberWordValue(QStringView key);
    static QString stanceOf(QStringView key);       // empty when not a stance verb
    static bool isReportingVerb(QStringView key);
    static int weekday(QStringView key); // 1 (Monday) to 7 in any language read; 0 when not a weekday
    static bool isWeekday(QStringView key);
    static bool isMonth(QStringView key);
    static bool isNameConnector(QStringView key); // "of", "de", "al": may sit inside a name
};

} // namespace WireDiff
