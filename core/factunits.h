#pragma once

#include <QString>
#include <QStringView>

namespace WireDiff {

// Currencies and units of measurement as news copy writes them, from fixed
// word lists (English first; the common German, French and Spanish
// currency words too). A currency is its ISO code ("GBP"); a unit is
// "dimension:unit" ("length:metre", "weight:stone"), with an empty unit
// where the words name the dimension only ("temperature:" for "degrees").
// Keys are comparison keys (lower case).
class FactUnits
{
public:
    // "£" -> "GBP", "$" -> "USD", "€" -> "EUR"; empty for other text.
    static QString currencyOfSign(QStringView text);
    // "dollars" -> "USD", "euros" -> "EUR", "sterling" -> "GBP", "usd" -> "USD".
    static QString currencyOfWord(QStringView key);
    // "metres" -> "length:metre", "feet" -> "length:foot", "stone" ->
    // "weight:stone", "percent" -> "percent:", "years" -> "time:year".
    static QString unitOfWord(QStringView key);
    // A number with its unit written on: "22st" -> ("22", "weight:stone"),
    // "5ft" -> ("5", "length:foot"), "10km", "44pc". Ordinals are not
    // units: "21st" is the twenty-first. False when `key` is not one.
    static bool splitUnitSuffix(QStringView key, QString *number, QString *unit);
    // The dimension of a unit: "length" of "length:metre".
    static QStringView dimension(QStringView unit);
    // Two units of one dimension that name different units: "length:metre"
    // and "length:foot" do, "temperature:" and "temperature:celsius" do not.
    static bool differ(QStringView a, QStringView b);
};

} // namespace WireDiff
