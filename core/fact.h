#pragma once

#include <QString>

namespace WireDiff {

enum class FactKind : quint8 {
    Number,      // 14, 3,200, fourteen, 6.4
    Weekday,     // Monday … Sunday
    Date,        // a month name, with or without a day
    Name,        // a run of capitalised words: people, places, organisations
    Quote,       // words inside quotation marks, any quote style
    Attribution, // who is said to have said it: "X said", "according to X"
    Stance,      // what the source did: denied, refused, confirmed, admitted …
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
    qint32 speakerBegin = -1; // Attribution and Quote: the speaker's name, if found
    qint32 speakerEnd = -1;
    // Another value the same words can mean, or empty: "6.4m" is 6.4
    // million in money copy and 6.4 metres in a measurement. Facts match
    // when either value of one is a value of the other.
    QString otherValue;
};

} // namespace WireDiff
