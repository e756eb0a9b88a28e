#include "factroles.h"

#include "factunits.h"
#include "factwords.h"
#include "flatdocument.h"
#include "lexicon.h"

#include <algorithm>

namespace WireDiff {

namespace {

// Reads the words around one number or name of a scanned stretch.
class Context
{
public:
    Context(const FactExtractor::Source &source, qint32 from, qint32 to)
        : m_source(source)
        , m_from(from)
        , m_to(to)
    {
    }

    bool inside(qint32 i) const { return i >= m_from && i < m_to; }
    QStringView key(qint32 i) const { return inside(i) ? m_source.key(i) : QStringView(); }
    QStringView text(qint32 i) const { return inside(i) ? m_source.text(i) : QStringView(); }
    bool isPunctuation(qint32 i) const { return inside(i) && m_source.lexicon.isPunctuation(keyId(i)); }
    bool isStopword(qint32 i) const { return inside(i) && m_source.lexicon.isStopword(keyId(i)); }
    bool isNumber(qint32 i) const
    {
        return inside(i) && (m_source.lexicon.isNumber(keyId(i)) || m_source.words.numberWordValue(keyId(i)) >= 0);
    }
    bool isMonth(qint32 i) const { return inside(i) && m_source.words.isMonth(keyId(i)); }
    bool isCapitalised(qint32 i) const
    {
        const QStringView word = text(i);
        return !word.isEmpty() && word.front().isUpper() && !isPunctuation(i);
    }
    bool is(qint32 i, const char *word) const { return key(i) == QLatin1String(word); }
    // The token after `i`, past one hyphen written onto both ("four-year").
    qint32 pastHyphen(qint32 i) const { return is(i, "-") ? i + 1 : i; }
    qint32 stem(qint32 i) const { return m_source.lexicon.stem(keyId(i)); }

private:
    qint32 keyId(qint32 i) const { return m_source.flat.keys[size_t(i)]; }

    const FactExtractor::Source &m_source;
    qint32 m_from;
    qint32 m_to;
};

bool isSmallWhole(const QString &value, int most)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok && number >= 1 && number <= most;
}

// "in 1998", "since 2004": four digits as written, 1900 to 2099.
bool isYear(const Context &context, qint32 begin, qint32 end)
{
    const QStringView text = context.text(begin);
    if (end != begin + 1 || text.size() != 4
        || !std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return false;
    const int year = text.toInt();
    return year >= 1900 && year <= 2099;
}

// Where an age ends, or -1 when the number at [begin, end) is none: "a
// 35-year-old" and "12 years old" (the age takes in "-year-old"), "a
// six-month-old", "aged 12", "at the age of 12", and the age set after a
// name: "Stephen Warner, 33, of ...", "Warner (33)".
qint32 ageEnd(const Context &context, qint32 begin, qint32 end, const QString &value)
{
    const qint32 unit = context.pastHyphen(end);
    const bool periodWord = context.is(unit, "year") || context.is(unit, "years") || context.is(unit, "month")
        || context.is(unit, "months") || context.is(unit, "week") || context.is(unit, "weeks");
    const qint32 old = context.pastHyphen(unit + 1);
    if (periodWord && context.is(old, "old"))
        return old + 1;
    if (context.is(begin - 1, "aged") || (context.is(begin - 1, "of") && context.is(begin - 2, "age")))
        return end;
    if (!isSmallWhole(value, 129))
        return -1;
    const bool apposition = context.is(begin - 1, ",") && context.isCapitalised(begin - 2)
        && (!context.inside(end) || context.is(end, ",") || context.is(end, ".") || context.is(end, ")")
            || context.is(end, "and") || context.is(end, "who"));
    const bool bracketed = context.is(begin - 1, "(") && context.isCapitalised(begin - 2) && context.is(end, ")");
    return apposition || bracketed ? end : -1;
}

// The first content word after a count, past a hyphen and function words
// ("Two of his henchmen", "a 30-strong team", "five-bedroom home"); -1 at
// punctuation, another number or three words on.
qint32 headOf(const Context &context, qint32 end)
{
    for (qint32 i = end, seen = 0; context.inside(i) && seen < 4; ++i, ++seen) {
        if (context.is(i, "-"))
            continue;
        if (context.isPunctuation(i) || context.isNumber(i))
            return -1;
        if (!context.isStopword(i))
            return context.stem(i);
    }
    return -1;
}

// Whether the name at `begin` is where a person lives: "of" or "from"
// set after the person's name ("Mr Kerr, of Wells", "Sarah Field, 27, from
// Cheltenham", "Warner (33) of Wollaton"), or a place after "lives in",
// "living at", "his home in".
bool isHome(const Context &context, qint32 begin)
{
    const qint32 preposition = context.is(begin - 1, "the") ? begin - 2 : begin - 1;
    if (context.is(preposition, "of") || context.is(preposition, "from")) {
        qint32 person = preposition - 1;
        if (context.is(person, ","))
            --person;
        // Past an age: "Gedge, 30," or "Gedge (30)".
        if (context.is(person, ")") && context.isNumber(person - 1) && context.is(person - 2, "("))
            person -= 3;
        else if (context.isNumber(person) && context.is(person - 1, ","))
            person -= 2;
        return person < preposition - 1 && context.isCapitalised(person);
    }
    if (!context.is(preposition, "in") && !context.is(preposition, "at"))
        return false;
    for (const char *living : { "lives", "living", "lived", "live", "home", "resident", "residents" }) {
        if (context.is(preposition - 1, living))
            return true;
    }
    return false;
}

} // namespace

FactRoles::NumberReading FactRoles::readNumber(const FactExtractor::Source &source, qint32 from, qint32 to,
                                               qint32 begin, qint32 end, const QString &plainValue, bool ambiguous)
{
    const Context context(source, from, to);
    NumberReading reading;
    reading.begin = begin;
    reading.end = end;
    // A sum: a currency sign or code before it, a currency word after it.
    QString currency = FactUnits::currencyOfSign(context.text(begin - 1));
    if (currency.isEmpty())
        currency = FactUnits::currencyOfWord(context.key(begin - 1));
    if (!currency.isEmpty())
        reading.begin = begin - 1;
    const qint32 after = context.pastHyphen(end);
    const QString currencyAfter = FactUnits::currencyOfWord(context.key(after));
    if (!currencyAfter.isEmpty() && (currency.isEmpty() || currency == currencyAfter)) {
        currency = currencyAfter;
        reading.end = after + 1;
    }
    if (!currency.isEmpty()) {
        reading.role = NumberRole::Money;
        reading.unit = currency;
        return reading;
    }
    if (const qint32 age = ageEnd(context, begin, end, plainValue); age >= 0) {
        reading.role = NumberRole::Age;
        reading.end = age;
        return reading;
    }
    // A measure: a unit word after it ("6.4 metres", "15 stone", "18 per cent", "a four-year term").
    QString unit = FactUnits::unitOfWord(context.key(after));
    qint32 unitEnd = after + 1;
    if (unit.isEmpty() && context.is(after, "per") && context.is(after + 1, "cent")) {
        unit = QStringLiteral("percent:");
        unitEnd = after + 2;
    }
    if (!unit.isEmpty()) {
        reading.role = NumberRole::Measure;
        reading.unit = unit;
        // A house-style variant of several words ("per cent") is one flat
        // token standing at its first word: the range would show "18 per".
        if (!context.key(after).contains(QLatin1Char(' ')))
            reading.end = unitEnd;
        return reading;
    }
    if (isSmallWhole(plainValue, 31) && (context.isMonth(end) || context.isMonth(begin - 1))) {
        reading.role = NumberRole::Day;
        return reading;
    }
    if (isYear(context, begin, end)) {
        reading.role = NumberRole::Year;
        return reading;
    }
    reading.role = ambiguous ? NumberRole::Ambiguous : NumberRole::Count;
    reading.head = headOf(context, end);
    return reading;
}

NameRole FactRoles::readName(const FactExtractor::Source &source, qint32 from, qint32 to, qint32 begin, qint32 end,
                             bool titled)
{
    const Context context(source, from, to);
    if (titled)
        return NameRole::Person;
    // "Stephen Warner, 33," and "Warner (33)": a person's age.
    const bool aged = (context.is(end, ",") || context.is(end, "(")) && context.isNumber(end + 1)
        && (context.is(end + 2, ",") || context.is(end + 2, ")") || context.is(end + 2, "."));
    if (aged)
        return NameRole::Person;
    if (isHome(context, begin))
        return NameRole::Home;
    qint32 before = begin - 1;
    if (context.is(before, "the"))
        --before;
    for (const char *preposition : { "in", "at", "near", "from", "outside", "across" }) {
        if (context.is(before, preposition))
            return NameRole::Place;
    }
    return NameRole::Unknown;
}

bool FactRoles::comparable(const Fact &a, const Fact &b)
{
    const auto loose = [](NumberRole role) {
        return role == NumberRole::Count || role == NumberRole::Money || role == NumberRole::Measure
            || role == NumberRole::Ambiguous;
    };
    if (a.numberRole == NumberRole::Ambiguous || b.numberRole == NumberRole::Ambiguous)
        return loose(a.numberRole) && loose(b.numberRole);
    if (a.numberRole != b.numberRole)
        return false;
    switch (a.numberRole) {
    case NumberRole::Count: return a.head == b.head;
    case NumberRole::Measure: return FactUnits::dimension(a.unit) == FactUnits::dimension(b.unit);
    default: return true;
    }
}

bool FactRoles::unitsDiffer(const Fact &a, const Fact &b)
{
    if (a.numberRole != b.numberRole)
        return false;
    if (a.numberRole == NumberRole::Money)
        return !a.unit.isEmpty() && !b.unit.isEmpty() && a.unit != b.unit;
    return a.numberRole == NumberRole::Measure && FactUnits::differ(a.unit, b.unit);
}

NumberBound FactRoles::readBound(const FactExtractor::Source &source, qint32 from, qint32 to, qint32 begin)
{
    const Context context(source, from, to);
    const auto before = [&](const char *first, const char *second) {
        return context.is(begin - 2, first) && context.is(begin - 1, second);
    };
    if (before("more", "than") || before("at", "least") || context.is(begin - 1, "over"))
        return NumberBound::AtLeast;
    if (before("up", "to") || before("less", "than") || before("fewer", "than") || before("at", "most")
        || context.is(begin - 1, "under") || context.is(begin - 1, "nearly") || context.is(begin - 1, "almost"))
        return NumberBound::AtMost;
    return NumberBound::Exact;
}

bool FactRoles::withinBound(const Fact &a, const Fact &b)
{
    if ((a.bound == NumberBound::Exact) == (b.bound == NumberBound::Exact) || !comparable(a, b) || unitsDiffer(a, b))
        return false;
    const Fact &bound = a.bound == NumberBound::Exact ? b : a;
    const Fact &exact = a.bound == NumberBound::Exact ? a : b;
    bool boundOk = false, exactOk = false;
    const double limit = bound.value.toDouble(&boundOk), value = exact.value.toDouble(&exactOk);
    if (!boundOk || !exactOk)
        return false;
    return bound.bound == NumberBound::AtLeast ? value >= limit : value <= limit;
}

bool FactRoles::nameRolesAgree(const Fact &a, const Fact &b)
{
    const auto person = [](const Fact &f) { return f.nameRole == NameRole::Person; };
    const auto place = [](const Fact &f) { return f.nameRole == NameRole::Place || f.nameRole == NameRole::Home; };
    // Where a person lives is not where something happened: "Gedge, of
    // Arnold" and "the festival in Wollaton Park" are two places.
    const bool homeAndEvent = (a.nameRole == NameRole::Home && b.nameRole == NameRole::Place)
        || (a.nameRole == NameRole::Place && b.nameRole == NameRole::Home);
    return !((person(a) && place(b)) || (place(a) && person(b)) || homeAndEvent);
}

} // namespace WireDiff
