#include "factterms.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace WireDiff {

namespace {

// ASCII digits only, as "\d" in a pattern without Unicode properties.
bool isPlainDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

std::u16string_view viewOf(QStringView word)
{
    return { reinterpret_cast<const char16_t *>(word.utf16()), size_t(word.size()) };
}

// Fixed sets and maps of words, looked up by QStringView without building a
// QString: the scanner looks up several of them for every token.
class WordSet
{
public:
    WordSet(std::initializer_list<QString> words)
        : m_words(words)
    {
        for (const QString &word : m_words)
            m_views.insert(viewOf(word));
    }
    bool contains(QStringView word) const { return m_views.count(viewOf(word)) > 0; }

private:
    std::vector<QString> m_words; // owns the text the views point at
    std::unordered_set<std::u16string_view> m_views;
};

template<typename Value>
class WordMap
{
public:
    WordMap(std::initializer_list<std::pair<QString, Value>> entries)
    {
        for (const auto &[word, value] : entries)
            add(word, value);
    }
    explicit WordMap(const QHash<QString, Value> &table)
    {
        for (auto it = table.cbegin(); it != table.cend(); ++it)
            add(it.key(), it.value());
    }
    Value value(QStringView word, const Value &fallback = Value()) const
    {
        const auto it = m_map.find(viewOf(word));
        return it == m_map.end() ? fallback : it->second;
    }

private:
    void add(const QString &word, const Value &value)
    {
        m_words.push_back(std::make_unique<QString>(word));
        m_map.emplace(viewOf(*m_words.back()), value);
    }

    std::vector<std::unique_ptr<QString>> m_words; // owns the text the views point at
    std::unordered_map<std::u16string_view, Value> m_map;
};

// Day of the week, 1 (Monday) to 7, in the languages the app reads, so a
// version that names the day in another language or with a particle
// attached (Korean "화요일에", on Tuesday) is compared by the day.
const WordMap<int> &weekdays()
{
    static const WordMap<int> map {
        { QStringLiteral("monday"), 1 }, { QStringLiteral("tuesday"), 2 }, { QStringLiteral("wednesday"), 3 },
        { QStringLiteral("thursday"), 4 }, { QStringLiteral("friday"), 5 }, { QStringLiteral("saturday"), 6 },
        { QStringLiteral("sunday"), 7 }, { QStringLiteral("montag"), 1 }, { QStringLiteral("dienstag"), 2 },
        { QStringLiteral("mittwoch"), 3 }, { QStringLiteral("donnerstag"), 4 }, { QStringLiteral("freitag"), 5 },
        { QStringLiteral("samstag"), 6 }, { QStringLiteral("sonntag"), 7 }, { QStringLiteral("lundi"), 1 },
        { QStringLiteral("mardi"), 2 }, { QStringLiteral("mercredi"), 3 }, { QStringLiteral("jeudi"), 4 },
        { QStringLiteral("vendredi"), 5 }, { QStringLiteral("samedi"), 6 }, { QStringLiteral("dimanche"), 7 },
        { QStringLiteral("lunes"), 1 }, { QStringLiteral("martes"), 2 }, { QStringLiteral("miércoles"), 3 },
        { QStringLiteral("jueves"), 4 }, { QStringLiteral("viernes"), 5 }, { QStringLiteral("sábado"), 6 },
        { QStringLiteral("domingo"), 7 }, { QStringLiteral("понеділок"), 1 }, { QStringLiteral("вівторок"), 2 },
        { QStringLiteral("середа"), 3 }, { QStringLiteral("четвер"), 4 }, { QStringLiteral("пʼятниця"), 5 }, { QStringLiteral("п’ятниця"), 5 },
        { QStringLiteral("субота"), 6 }, { QStringLiteral("неділя"), 7 },
    };
    return map;
}

// Korean writes the day as one word with its particle ("화요일에", "화요일인"):
// the day is the word's first three syllables.
int koreanWeekday(QStringView key)
{
    static const std::array<QStringView, 7> days { u"월요일", u"화요일", u"수요일", u"목요일",
                                                   u"금요일", u"토요일", u"일요일" };
    for (size_t d = 0; d < days.size(); ++d) {
        if (key.startsWith(days[d]))
            return int(d) + 1;
    }
    return 0;
}

const WordSet &months()
{
    static const WordSet set {
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
        QStringLiteral("april"), QStringLiteral("june"), QStringLiteral("july"),
        QStringLiteral("august"), QStringLiteral("september"), QStringLiteral("october"),
        QStringLiteral("november"), QStringLiteral("december"), QStringLiteral("januar"),
        QStringLiteral("februar"), QStringLiteral("märz"), QStringLiteral("juni"), QStringLiteral("juli"),
        QStringLiteral("oktober"), QStringLiteral("dezember"), QStringLiteral("janvier"),
        QStringLiteral("février"), QStringLiteral("mars"), QStringLiteral("avril"), QStringLiteral("juin"),
        QStringLiteral("juillet"), QStringLiteral("août"), QStringLiteral("septembre"),
        QStringLiteral("octobre"), QStringLiteral("novembre"), QStringLiteral("décembre"),
        QStringLiteral("enero"), QStringLiteral("febrero"), QStringLiteral("marzo"), QStringLiteral("abril"),
        QStringLiteral("mayo"), QStringLiteral("junio"), QStringLiteral("julio"), QStringLiteral("agosto"),
        QStringLiteral("septiembre"), QStringLiteral("octubre"), QStringLiteral("noviembre"),
        QStringLiteral("diciembre"),
    };
    return set;
}

// Lower-case words that may sit inside a name: "Ministry of Health",
// "Charles de Gaulle", "Abu Bakr al-Baghdadi".
const WordSet &nameConnectors()
{
    static const WordSet set { QStringLiteral("of"), QStringLiteral("de"), QStringLiteral("da"),
                                     QStringLiteral("del"), QStringLiteral("la"), QStringLiteral("van"),
                                     QStringLiteral("von"), QStringLiteral("der"), QStringLiteral("al"),
                                     QStringLiteral("bin"), QStringLiteral("du"), QStringLiteral("for") };
    return set;
}

} // namespace

QString FactTerms::abbreviatedAmount(QStringView key)
{
    // "40m", "1.2bn", "500k" as written in headlines and financial copy.
    static const QRegularExpression amount(QStringLiteral("^(\\d+(?:[.,]\\d+)?)(k|m|bn)$"));
    if (key.isEmpty() || !key.front().isDigit())
        return {}; // the expression starts with a digit: skip it for the many words that do not
    const QRegularExpressionMatch match = amount.match(key.toString());
    if (!match.hasMatch())
        return {};
    const QString unit = match.captured(2);
    const int exponent = unit == QLatin1String("k") ? 3 : unit == QLatin1String("m") ? 6 : 9;
    return scaledNumber(normalizeNumber(match.captured(1)), exponent);
}

QString FactTerms::normalizeNumber(QStringView digits)
{
    // Most numbers in a text are bare digits ("42", "1859"): nothing to read.
    if (isPlainDigits(digits))
        return digits.toString();
    // "3,200", "3.200", "3 200" and "3’200" are all three thousand two
    // hundred; "6.4" and "6,4" are six point four.
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}(?:[,.\u00A0\u202F' \u2019]\\d{3})+$"));
    const QString text = digits.toString();
    if (grouped.match(text).hasMatch()) {
        QString plain;
        for (const QChar c : text) {
            if (c.isDigit())
                plain.append(c);
        }
        return plain;
    }
    QString value = text;
    value.replace(QLatin1Char(','), QLatin1Char('.'));
    return value;
}

QString FactTerms::scaledNumber(const QString &mantissa, int exponent)
{
    // Bare digits without a leading zero, not scaled, are their own value.
    if (exponent == 0 && !mantissa.isEmpty() && !mantissa.startsWith(QLatin1Char('0')) && isPlainDigits(mantissa))
        return mantissa;
    static const QRegularExpression decimal(QStringLiteral("^(\\d*)(?:\\.(\\d+))?$"));
    const QRegularExpressionMatch match = decimal.match(mantissa);
    if (!match.hasMatch() || mantissa.isEmpty())
        return exponent == 0 ? mantissa : mantissa + QLatin1Char('e') + QString::number(exponent);
    QString digits = match.captured(1) + match.captured(2);
    qsizetype integerDigits = match.capturedLength(1) + exponent;
    if (integerDigits < 0) {
        digits.prepend(QString(-integerDigits, QLatin1Char('0')));
        integerDigits = 0;
    }
    if (digits.size() < integerDigits)
        digits.append(QString(integerDigits - digits.size(), QLatin1Char('0')));
    QString integer = digits.left(integerDigits);
    QString fraction = digits.mid(integerDigits);
    while (integer.size() > 1 && integer.front() == QLatin1Char('0'))
        integer.remove(0, 1);
    if (integer.isEmpty())
        integer = QStringLiteral("0");
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return fraction.isEmpty() ? integer : integer + QLatin1Char('.') + fraction;
}

int FactTerms::multiplierPower(QStringView key)
{
    static const WordMap<int> powers {
        { QStringLiteral("hundred"), 2 },   { QStringLiteral("thousand"), 3 },  { QStringLiteral("million"), 6 },
        { QStringLiteral("m"), 6 },         { QStringLiteral("billion"), 9 },   { QStringLiteral("bn"), 9 },
        { QStringLiteral("millionen"), 6 }, { QStringLiteral("mio"), 6 },       { QStringLiteral("milliarde"), 9 },
        { QStringLiteral("milliarden"), 9 }, { QStringLiteral("mrd"), 9 },      { QStringLiteral("millions"), 6 },
        { QStringLiteral("milliard"), 9 },  { QStringLiteral("milliards"), 9 }, { QStringLiteral("millones"), 6 },
    };
    return powers.value(key, 0);
}

int FactTerms::unitsWordValue(QStringView key)
{
    static const WordMap<int> units {
        { QStringLiteral("one"), 1 },   { QStringLiteral("two"), 2 },   { QStringLiteral("three"), 3 },
        { QStringLiteral("four"), 4 },  { QStringLiteral("five"), 5 },  { QStringLiteral("six"), 6 },
        { QStringLiteral("seven"), 7 }, { QStringLiteral("eight"), 8 }, { QStringLiteral("nine"), 9 },
    };
    return units.value(key, 0);
}

int FactTerms::numberWordValue(QStringView key)
{
    static const WordMap<int> words {
        { QStringLiteral("two"), 2 },
        { QStringLiteral("three"), 3 }, { QStringLiteral("four"), 4 }, { QStringLiteral("five"), 5 },
        { QStringLiteral("six"), 6 }, { QStringLiteral("seven"), 7 }, { QStringLiteral("eight"), 8 },
        { QStringLiteral("nine"), 9 }, { QStringLiteral("ten"), 10 }, { QStringLiteral("eleven"), 11 },
        { QStringLiteral("twelve"), 12 }, { QStringLiteral("thirteen"), 13 }, { QStringLiteral("fourteen"), 14 },
        { QStringLiteral("fifteen"), 15 }, { QStringLiteral("sixteen"), 16 }, { QStringLiteral("seventeen"), 17 },
        { QStringLiteral("eighteen"), 18 }, { QStringLiteral("nineteen"), 19 }, { QStringLiteral("twenty"), 20 },
        { QStringLiteral("thirty"), 30 }, { QStringLiteral("forty"), 40 }, { QStringLiteral("fifty"), 50 },
        { QStringLiteral("sixty"), 60 }, { QStringLiteral("seventy"), 70 }, { QStringLiteral("eighty"), 80 },
        { QStringLiteral("ninety"), 90 }, { QStringLiteral("hundred"), 100 }, { QStringLiteral("dozen"), 12 },
    };
    return words.value(key, -1);
}

QString FactTerms::stanceOf(QStringView key)
{
    // Verbs that state what a source did with a claim; swapping one for
    // another changes the story ("denied sending" is not "refused to send").
    static const QHash<QString, QString> stances = [] {
        QHash<QString, QString> map;
        const auto forms = [&map](const char *stance, std::initializer_list<const char *> words) {
            for (const char *word : words)
                map.insert(QString::fromLatin1(word), QString::fromLatin1(stance));
        };
        forms("deny", { "deny", "denies", "denied", "denying", "denial" });
        forms("refuse", { "refuse", "refuses", "refused", "refusing", "refusal" });
        forms("reject", { "reject", "rejects", "rejected", "rejecting", "rejection" });
        forms("admit", { "admit", "admits", "admitted", "admitting", "admission" });
        forms("confirm", { "confirm", "confirms", "confirmed", "confirming", "confirmation" });
        forms("accept", { "accept", "accepts", "accepted", "accepting" });
        forms("agree", { "agree", "agrees", "agreed", "agreeing" });
        forms("dismiss", { "dismiss", "dismisses", "dismissed", "dismissing" });
        forms("acknowledge", { "acknowledge", "acknowledges", "acknowledged", "acknowledging" });
        forms("allege", { "allege", "alleges", "alleged", "alleging", "allegation" });
        forms("warn", { "warn", "warns", "warned", "warning" });
        forms("promise", { "promise", "promises", "promised", "promising", "pledge", "pledged", "pledges" });
        forms("threaten", { "threaten", "threatens", "threatened", "threatening" });
        forms("refute", { "refute", "refutes", "refuted" });
        forms("apologise", { "apologise", "apologised", "apologize", "apologized", "apology" });
        return map;
    }();
    static const WordMap<QString> lookup(stances);
    return lookup.value(key);
}

int FactTerms::weekday(QStringView key)
{
    if (const int day = weekdays().value(key, 0))
        return day;
    return koreanWeekday(key);
}

bool FactTerms::isWeekday(QStringView key)
{
    return weekday(key) > 0;
}

bool FactTerms::isMonth(QStringView key)
{
    return months().contains(key);
}

bool FactTerms::isNameConnector(QStringView key)
{
    return nameConnectors().contains(key);
}

bool FactTerms::isSpeakerPronoun(QStringView key)
{
    static const WordSet pronouns { QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("er"),
                                    QStringLiteral("sie"), QStringLiteral("il"), QStringLiteral("elle"),
                                    QStringLiteral("він"), QStringLiteral("вона") };
    return pronouns.contains(key);
}

bool FactTerms::isReportingVerb(QStringView key)
{
    static const WordSet verbs {
        QStringLiteral("said"), QStringLiteral("says"), QStringLiteral("say"), QStringLiteral("told"),
        QStringLiteral("tells"), QStringLiteral("added"), QStringLiteral("adds"), QStringLiteral("stated"),
        QStringLiteral("states"), QStringLiteral("wrote"), QStringLiteral("writes"), QStringLiteral("insisted"),
        QStringLiteral("explained"), QStringLiteral("noted"), QStringLiteral("announced"),
        QStringLiteral("declared"), QStringLiteral("argued"), QStringLiteral("claimed"),
        QStringLiteral("warned"), QStringLiteral("confirmed"), QStringLiteral("sagte"), QStringLiteral("sagt"),
        QStringLiteral("erklärte"), QStringLiteral("betonte"), QStringLiteral("dit"), QStringLiteral("déclaré"),
        QStringLiteral("affirmé"), QStringLiteral("dijo"), QStringLiteral("afirmó"), QStringLiteral("declaró"),
        QStringLiteral("explicó"), QStringLiteral("сказав"), QStringLiteral("сказала"), QStringLiteral("заявив"),
        QStringLiteral("заявила"),
    };
    return verbs.contains(key);
}

} // namespace WireDiff
