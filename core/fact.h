#pragma once

#include <QString>

namespace WireDiff {

enum class FactKind : quint8 {
    Number,      // 14, 3,200, fourteen, 6.4
    Weekday,     // Monday … Sunday
    Date,        // a month name, with or without a day
    Name,        // a run of capitalised words: people, places, organisations
    Quote,       // words inside quotation marks, any quote style
    Attribution, // who is said to have said it: "X said", "according to X"; "he said" has an empty value
    Stance,      // what the source did: denied, refused, confirmed, admitted …
    Meaning,     // the statement reversed: an antonym or a negation added or dropped (PolarityCheck)
};

// What a number stands for, as the words around it tell (FactRoles): a
// number is compared only with a number of the same role, so an age is not
// a "changed" year nor a count of years a changed sum of money.
enum class NumberRole : quint8 {
    Count,     // "86 homes", "Two of his henchmen": Fact::head is what it counts
    Year,      // 1900 to 2099 in four digits
    Day,       // the day of a month: "15 November", "August 21"
    Age,       // "Warner, 33,", "a 35-year-old", "aged 12", "at the age of 12"
    Money,     // "£40m", "40 million dollars": Fact::unit is the currency, when named
    Measure,   // "6.4 metres", "22st", "18 per cent": Fact::unit is "dimension:unit"
    Ambiguous, // "6.4m" outside money copy: 6.4 million, or 6.4 metres
};

// A number given as a bound rather than a value: "more than 40,000",
// "up to £80,000".
enum class NumberBound : quint8 {
    Exact,
    AtLeast, // "more than", "over", "at least"
    AtMost,  // "up to", "less than", "fewer than", "under", "nearly", "almost", "at most"
};

// What a name names, where the words around it tell: a person is not
// compared with a place, nor where something happened with where someone
// lives.
enum class NameRole : quint8 {
    Unknown,
    Person, // titled ("Mrs Bees", "Sgt Workman") or given an age ("Warner, 33,")
    Place,  // after "in", "at", "near", "from": "born in London", where something happened
    Home,   // where a person lives: "Roger Gedge, 30, of Arnold", "Ms Field, from Cheltenham", "who lives in Leeds"
};

QString factKindName(FactKind kind);            // stable, for the report
QString factKindDisplayName(FactKind kind);     // translated

// A fact found in a sentence, as a flat token range [begin, end) of its
// article (see FlatDocument). `value` is what facts are compared by: the
// normalised number, the weekday, the quote's or name's keys.
struct Fact
{
    FactKind kind = FactKind::Number;
    qint32 begin = 0;
    qint32 end = 0;
    QString value;
    qint32 speakerBegin = -1; // Quote: its speaker (an Attribution's range), if found
    qint32 speakerEnd = -1;
    // Another value the same words can mean, or empty: "6.4m" is 6.4
    // million in money copy and 6.4 metres in a measurement. Facts match
    // when either value of one is a value of the other.
    QString otherValue;
    // Number: its role, what a count counts (the stem of the word after it,
    // -1 when none), a sum's currency code or a measure's unit, and whether
    // the words before it make it a bound.
    NumberRole numberRole = NumberRole::Count;
    qint32 head = -1;
    QString unit;
    NumberBound bound = NumberBound::Exact;
    // Name: its role, and whether a title or rank stood before it (and was
    // left out of `value`: "Sgt Mark Workman" is "mark workman").
    NameRole nameRole = NameRole::Unknown;
    bool titled = false;
    // Quote: its speaker's value, as the Attribution at speakerBegin has it;
    // when that one is a pronoun ("he said"), the nearest named speaker
    // before it in the paragraph, or empty when there is none there.
    QString speaker;
};

} // namespace WireDiff
