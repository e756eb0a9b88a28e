#pragma once

#include <QString>
#include <QStringView>

namespace WireDiff {

// What a single word means to fact extraction, from fixed word lists in the
// languages the app reads: number words and the multipliers after them,
// weekdays, months, stance verbs, reporting verbs, the small words inside
// names; and the plain decimal value of a number as written. Keys are
// comparison keys (lower case). FactWords asks these once per vocabulary
// entry; FactExtractor's scanner uses them through it.
class FactTerms
{
public:
    // "3,200", "3.200", "3 200" -> "3200"; "6,4" -> "6.4".
    static QString normalizeNumber(QStringView digits);
    static QString abbreviatedAmount(QStringView key); // "40m" -> "40000000"; empty if not one
    // The plain decimal value of `mantissa` (digits with at most one point)
    // times ten to `exponent`: ("1.2", 6) -> "1200000", ("6.40", 0) -> "6.4".
    static QString scaledNumber(const QString &mantissa, int exponent);
    // "hundred" 2, "thousand" 3, "million", "m", "Millionen" 6, "billion" 9 …; 0 for other words.
    static int multiplierPower(QStringView key);
    // "one" to "nine" after a tens word ("twenty-five"); 0 for other words.
    static int unitsWordValue(QStringView key);
    // -1 when not a number word; "one" is left out, being mostly a pronoun.
    static int numberWordValue(QStringView key);
    static QString stanceOf(QStringView key); // empty when not a stance verb
    static bool isReportingVerb(QStringView key);
    static int weekday(QStringView key); // 1 (Monday) to 7 in any language read; 0 when not a weekday
    static bool isWeekday(QStringView key);
    static bool isMonth(QStringView key);
    static bool isNameConnector(QStringView key); // "of", "de", "al": may sit inside a name
    // "he", "she" (and "er", "sie", "il", "elle"): a speaker named before,
    // as in "...," he said.
    static bool isSpeakerPronoun(QStringView key);
};

} // namespace WireDiff
