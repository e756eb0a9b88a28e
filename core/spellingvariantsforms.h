#pragma once

#include <QString>
#include <QStringView>

namespace WireDiff {

// The word forms SpellingVariants compares spellings by: letters without
// accents, abbreviations without their stops, abbreviated scales spelled
// out, and which words join up or stand apart. Pure functions on one
// word's comparison key.
class SpellingVariantsForms
{
public:
    // The key's letters, without the diacritics of Latin letters when
    // `foldAccents` (case is ignored).
    static QString letters(QStringView key, bool foldAccents);
    // A prefix that also makes words of its own when closed up ("re").
    static bool isAmbiguousPrefix(QStringView letters);
    static bool isVowel(QChar c);
    // A multiplier that may stand between a number and its currency word.
    static bool isScaleWord(QStringView key);
    // Digits, with a decimal point or thousands separator ("3", "1.5").
    static bool isDigits(QStringView letters);
    // What a number and the word after it may be written together or
    // apart as: a time of day ("am", "pm") or a scale ("million").
    static bool isNumberSuffix(QStringView letters);
    // The full stops between two letters dropped ("a.m" = "am").
    static QString withoutInnerStops(const QString &letters);
    // An amount's abbreviated scale spelled out ("2bn" = "2billion").
    static QString amountSpelling(const QString &letters, bool afterCurrencySign);
    static bool isAscii(QStringView key);
};

} // namespace WireDiff
