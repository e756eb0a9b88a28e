#include "spellingvariantsforms.h"

#include "factterms.h"

#include <QSet>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <vector>

namespace WireDiff {

// Prefixes that also make words of their own when closed up: "re-sign"
// is not "resign", "re-cover" not "recover", "un-ionized" not "unionized".
bool SpellingVariantsForms::isAmbiguousPrefix(QStringView letters)
{
    static const QSet<QString> prefixes {
        QStringLiteral("re"), QStringLiteral("un"), QStringLiteral("de"), QStringLiteral("pre"),
        QStringLiteral("co"), QStringLiteral("ex"), QStringLiteral("dis"), QStringLiteral("mis"),
        QStringLiteral("in"), QStringLiteral("be"), QStringLiteral("pro"),
    };
    return prefixes.contains(letters.toString());
}

bool SpellingVariantsForms::isVowel(QChar c)
{
    switch (c.unicode()) {
    case u'a': case u'e': case u'i': case u'o': case u'u': case u'y':
        return true;
    default:
        return false;
    }
}

// Words that may stand between a number and its currency word: "40
// million dollars", "40-million-dollar", "1.5 bn euros". The multipliers
// the fact check reads (FactTerms) and the few words it has no value for.
bool SpellingVariantsForms::isScaleWord(QStringView key)
{
    static const QSet<QString> others {
        QStringLiteral("thousand"), QStringLiteral("billions"), QStringLiteral("trillion"), QStringLiteral("mn"), QStringLiteral("k"),
        QStringLiteral("tausend"), QStringLiteral("mille"), QStringLiteral("de"), QStringLiteral("mil"),
        QStringLiteral("millón"), QStringLiteral("тисяч"), QStringLiteral("тисячі"), QStringLiteral("мільйон"),
        QStringLiteral("мільйонів"), QStringLiteral("мільйони"), QStringLiteral("мільярд"), QStringLiteral("мільярдів"),
        QStringLiteral("млн"), QStringLiteral("млрд"),
    };
    return FactTerms::multiplierPower(key) > 0 || others.contains(key.toString());
}

// "3" of "3 a.m.", "40" of "€40 million": digits (with a decimal point or
// a thousands separator), as the number before a time of day or a scale.
bool SpellingVariantsForms::isDigits(QStringView letters)
{
    return !letters.isEmpty() && letters.front().isDigit()
        && std::all_of(letters.begin(), letters.end(), [](QChar c) { return c.isDigit() || c == u'.' || c == u','; });
}

// What a number and the word after it may be written together or apart
// as: a time of day ("3am" = "3 a.m." = "3 AM") or a scale ("2bn" = "2
// billion", once spelled out by amountSpelling()).
bool SpellingVariantsForms::isNumberSuffix(QStringView letters)
{
    return letters == QLatin1String("am") || letters == QLatin1String("pm") || isScaleWord(letters);
}

// The full stops between two letters dropped ("a.m" = "am", "U.S" = "US");
// those of a number stay ("1.5" is not "15").
QString SpellingVariantsForms::withoutInnerStops(const QString &letters)
{
    if (!letters.contains(u'.'))
        return letters;
    QString out;
    out.reserve(letters.size());
    for (qsizetype k = 0; k < letters.size(); ++k) {
        if (letters.at(k) == u'.' && k > 0 && k + 1 < letters.size() && letters.at(k - 1).isLetter()
            && letters.at(k + 1).isLetter())
            continue;
        out.append(letters.at(k));
    }
    return out;
}

// An amount with its scale abbreviated, spelled out ("2bn" -> "2billion",
// "€40m" -> "40million"): "bn", "mn", "tn" and "trn" always, "m" and "k"
// only after a currency sign (else "40m" may be metres, "40k" kilograms).
// Any other text is returned as it is.
QString SpellingVariantsForms::amountSpelling(const QString &letters, bool afterCurrencySign)
{
    qsizetype digits = 0;
    while (digits < letters.size() && (letters.at(digits).isDigit() || (digits > 0 && (letters.at(digits) == u'.' || letters.at(digits) == u','))))
        ++digits;
    if (digits == 0 || digits == letters.size() || !letters.at(digits - 1).isDigit())
        return letters;
    const QStringView suffix = QStringView(letters).mid(digits);
    QString scale;
    if (suffix == QLatin1String("bn"))
        scale = QStringLiteral("billion");
    else if (suffix == QLatin1String("mn") || (afterCurrencySign && suffix == QLatin1String("m")))
        scale = QStringLiteral("million");
    else if (suffix == QLatin1String("tn") || suffix == QLatin1String("trn"))
        scale = QStringLiteral("trillion");
    else if (afterCurrencySign && suffix == QLatin1String("k"))
        scale = QStringLiteral("thousand");
    else
        return letters;
    return letters.left(digits) + scale;
}

bool SpellingVariantsForms::isAscii(QStringView key)
{
    return std::all_of(key.begin(), key.end(), [](QChar c) { return c.unicode() < 0x80; });
}

QString SpellingVariantsForms::letters(QStringView key, bool foldAccents)
{
    if (!foldAccents || isAscii(key))
        return key.toString();
    // Canonical decomposition, then the nonspacing marks on Latin letters
    // dropped ("é" is "e" with an acute accent, "ñ" an "n" with a tilde),
    // then composed again. Marks on other letters stay: the breve of
    // Cyrillic "й" makes a letter of its own, not an accent.
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&status);
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status))
        return key.toString();
    std::vector<UChar> decomposed(size_t(key.size()) * 4 + 8);
    const int32_t length = unorm2_normalize(nfd, reinterpret_cast<const UChar *>(key.data()), int32_t(key.size()),
                                            decomposed.data(), int32_t(decomposed.size()), &status);
    if (U_FAILURE(status))
        return key.toString();
    std::vector<UChar> kept;
    kept.reserve(size_t(length));
    bool latinBase = false;
    for (int32_t i = 0; i < length;) {
        const int32_t from = i;
        UChar32 c;
        U16_NEXT(decomposed.data(), i, length, c);
        if (u_charType(c) == U_NON_SPACING_MARK) {
            if (latinBase)
                continue;
        } else {
            latinBase = uscript_getScript(c, &status) == USCRIPT_LATIN;
        }
        kept.insert(kept.end(), decomposed.begin() + from, decomposed.begin() + i);
    }
    std::vector<UChar> composed(kept.size() + 8);
    const int32_t composedLength = unorm2_normalize(nfc, kept.data(), int32_t(kept.size()), composed.data(),
                                                    int32_t(composed.size()), &status);
    if (U_FAILURE(status))
        return key.toString();
    return QString(reinterpret_cast<const QChar *>(composed.data()), composedLength);
}

} // namespace WireDiff
