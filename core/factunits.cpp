#include "factunits.h"

#include "factterms.h"

#include <QHash>
#include <QRegularExpression>

#include <initializer_list>

namespace WireDiff {

namespace {

struct Forms
{
    const char16_t *value;
    std::initializer_list<const char16_t *> words;
};

QHash<QString, QString> tableOf(std::initializer_list<Forms> entries)
{
    QHash<QString, QString> table;
    for (const Forms &entry : entries) {
        for (const char16_t *word : entry.words)
            table.insert(QString::fromUtf16(word), QString::fromUtf16(entry.value));
    }
    return table;
}

const QHash<QString, QString> &currencyWords()
{
    // "pound" is money, not weight: news copy that weighs in pounds writes
    // "lb" as often, and a pound sterling is the commoner reading.
    static const QHash<QString, QString> table = tableOf({
        { u"USD", { u"dollar", u"dollars", u"usd", u"dólares", u"dólar" } },
        { u"EUR", { u"euro", u"euros", u"eur" } },
        { u"GBP", { u"pound", u"pounds", u"sterling", u"gbp", u"pfund", u"livres", u"libras" } },
        { u"GBX", { u"pence", u"penny" } },
        { u"JPY", { u"yen", u"jpy" } },
        { u"CNY", { u"yuan", u"renminbi", u"cny" } },
        { u"INR", { u"rupee", u"rupees", u"inr" } },
        { u"RUB", { u"rouble", u"roubles", u"ruble", u"rubles", u"rub" } },
        { u"UAH", { u"hryvnia", u"hryvnias", u"uah", u"гривень", u"гривні", u"гривня" } },
        { u"CHF", { u"franc", u"francs", u"chf" } },
        { u"KRW", { u"krw" } },
    });
    return table;
}

const QHash<QString, QString> &unitWords()
{
    static const QHash<QString, QString> table = tableOf({
        { u"length:metre", { u"metre", u"metres", u"meter", u"meters", u"mètres", u"metros" } },
        { u"length:kilometre", { u"km", u"kilometre", u"kilometres", u"kilometer", u"kilometers", u"kilometros" } },
        { u"length:centimetre", { u"cm", u"centimetre", u"centimetres", u"centimeter", u"centimeters" } },
        { u"length:millimetre", { u"mm", u"millimetre", u"millimetres", u"millimeter", u"millimeters" } },
        { u"length:mile", { u"mile", u"miles" } },
        { u"length:foot", { u"foot", u"feet", u"ft" } },
        { u"length:inch", { u"inch", u"inches" } },
        { u"length:yard", { u"yard", u"yards", u"yd" } },
        { u"weight:kilogram", { u"kg", u"kilo", u"kilos", u"kilogram", u"kilograms", u"kilogramme", u"kilogrammes" } },
        { u"weight:gram", { u"gram", u"grams", u"gramme", u"grammes" } },
        { u"weight:tonne", { u"tonne", u"tonnes", u"ton", u"tons" } },
        { u"weight:stone", { u"stone", u"stones", u"st" } },
        { u"weight:pound", { u"lb", u"lbs" } },
        { u"weight:ounce", { u"ounce", u"ounces", u"oz" } },
        { u"volume:litre", { u"litre", u"litres", u"liter", u"liters" } },
        { u"volume:millilitre", { u"ml", u"millilitre", u"millilitres" } },
        { u"volume:gallon", { u"gallon", u"gallons" } },
        { u"volume:pint", { u"pint", u"pints" } },
        { u"area:hectare", { u"hectare", u"hectares" } },
        { u"area:acre", { u"acre", u"acres" } },
        { u"speed:mph", { u"mph" } },
        { u"speed:kph", { u"kph", u"km/h" } },
        { u"speed:knot", { u"knot", u"knots" } },
        { u"temperature:", { u"degree", u"degrees" } },
        { u"temperature:celsius", { u"celsius", u"centigrade" } },
        { u"temperature:fahrenheit", { u"fahrenheit" } },
        // "per cent" is one key where the house style makes it one word.
        { u"percent:", { u"percent", u"per cent", u"%", u"prozent", u"pc" } },
        { u"time:second", { u"second", u"seconds" } },
        { u"time:minute", { u"minute", u"minutes" } },
        { u"time:hour", { u"hour", u"hours" } },
        { u"time:day", { u"day", u"days" } },
        { u"time:week", { u"week", u"weeks" } },
        { u"time:month", { u"month", u"months" } },
        { u"time:year", { u"year", u"years" } },
        { u"time:decade", { u"decade", u"decades" } },
    });
    return table;
}

// Units written onto a number: "22st", "5ft", "10km", "44pc", "30C".
const QHash<QString, QString> &unitSuffixes()
{
    static const QHash<QString, QString> table = tableOf({
        { u"weight:stone", { u"st" } },
        { u"length:foot", { u"ft" } },
        { u"length:inch", { u"in" } },
        { u"length:kilometre", { u"km" } },
        { u"length:centimetre", { u"cm" } },
        { u"length:millimetre", { u"mm" } },
        { u"length:mile", { u"mi" } },
        { u"length:yard", { u"yd" } },
        { u"weight:kilogram", { u"kg" } },
        { u"weight:pound", { u"lb", u"lbs" } },
        { u"weight:ounce", { u"oz" } },
        { u"volume:millilitre", { u"ml" } },
        { u"speed:mph", { u"mph" } },
        { u"speed:kph", { u"kph" } },
        { u"temperature:celsius", { u"c" } },
        { u"temperature:fahrenheit", { u"f" } },
        { u"percent:", { u"pc" } },
    });
    return table;
}

} // namespace

QString FactUnits::currencyOfSign(QStringView text)
{
    if (text.size() != 1)
        return {};
    switch (text.front().unicode()) {
    case u'£': return QStringLiteral("GBP");
    case u'$': return QStringLiteral("USD");
    case u'€': return QStringLiteral("EUR");
    case u'¥': return QStringLiteral("JPY");
    case u'₹': return QStringLiteral("INR");
    case u'₽': return QStringLiteral("RUB");
    case u'₴': return QStringLiteral("UAH");
    case u'₩': return QStringLiteral("KRW");
    default: return {};
    }
}

QString FactUnits::currencyOfWord(QStringView key)
{
    return currencyWords().value(key.toString());
}

QString FactUnits::unitOfWord(QStringView key)
{
    return unitWords().value(key.toString());
}

bool FactUnits::splitUnitSuffix(QStringView key, QString *number, QString *unit)
{
    if (key.isEmpty() || !key.front().isDigit())
        return false; // the expression starts with a digit: skip it for the many words that do not
    static const QRegularExpression suffixed(QStringLiteral("^(\\d+(?:[.,]\\d+)?)([a-z]+)$"));
    const QRegularExpressionMatch match = suffixed.match(key.toString());
    if (!match.hasMatch())
        return false;
    const QString digits = match.captured(1);
    const QString suffix = match.captured(2);
    // "21st", "31st", "101st" are ordinals; "11st" is eleven stone, as
    // "11th" is the ordinal.
    const bool ordinal = suffix == QLatin1String("st") && digits.endsWith(QLatin1Char('1'))
        && !digits.endsWith(QLatin1String("11"));
    const auto it = unitSuffixes().constFind(suffix);
    if (ordinal || it == unitSuffixes().constEnd())
        return false;
    *number = FactTerms::normalizeNumber(digits);
    *unit = *it;
    return true;
}

QStringView FactUnits::dimension(QStringView unit)
{
    const qsizetype colon = unit.indexOf(QLatin1Char(':'));
    return colon < 0 ? unit : unit.left(colon);
}

bool FactUnits::differ(QStringView a, QStringView b)
{
    if (a.isEmpty() || b.isEmpty() || dimension(a) != dimension(b))
        return false;
    const QStringView unitA = a.mid(dimension(a).size() + 1);
    const QStringView unitB = b.mid(dimension(b).size() + 1);
    return !unitA.isEmpty() && !unitB.isEmpty() && unitA != unitB;
}

} // namespace WireDiff
