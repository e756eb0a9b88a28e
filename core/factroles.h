#pragma once

#include "fact.h"
#include "factextractor.h"

namespace WireDiff {

// The role a number or a name plays in its sentence, read from the words
// around it, and which facts may therefore be set against each other. In
// court copy most sentences hold several numbers (an age, a sentence in
// years, a sum, a year) and several names (defendant, officer, place): a
// version's number is a changed fact only when it plays the role of the
// base's (a year against a year, money against money, a measure against
// the same dimension, a count against a count of the same thing), and a
// name only when it is not a person set against a place, nor where a
// person lives ("Gedge, 30, of Arnold") against where something happened
// ("the festival in Wollaton Park").
class FactRoles
{
public:
    struct NumberReading
    {
        NumberRole role = NumberRole::Count;
        QString unit;     // currency code or "dimension:unit"; empty when none is named
        qint32 head = -1; // Count: stem of the word counted
        // The fact's range, widened to a currency sign before the number
        // and a currency or unit word after it ("€40 million", "6.4 feet").
        qint32 begin = 0;
        qint32 end = 0;
    };

    // The role of the number at flat tokens [begin, end) of `source`, inside
    // the stretch [from, to) being scanned. `plainValue` is the number's
    // value; `ambiguous` says it may be a million or metres ("6.4m").
    static NumberReading readNumber(const FactExtractor::Source &source, qint32 from, qint32 to, qint32 begin,
                                    qint32 end, const QString &plainValue, bool ambiguous);
    // Whether the words before the number starting at `begin` make it a
    // bound ("more than 40,000").
    static NumberBound readBound(const FactExtractor::Source &source, qint32 from, qint32 to, qint32 begin);
    // The role of the name at [begin, end); `titled` when a title stood first.
    static NameRole readName(const FactExtractor::Source &source, qint32 from, qint32 to, qint32 begin, qint32 end,
                             bool titled);

    // Whether two numbers play one role, so that differing values are a
    // changed fact. An ambiguous "6.4m" plays any role a count, sum or
    // measure plays.
    static bool comparable(const Fact &a, const Fact &b);
    // Whether two numbers of equal value still differ: sums in two named
    // currencies ("40 million dollars", "40 million euros") or measures in
    // two units of one dimension ("6.4 metres", "6.4 feet").
    static bool unitsDiffer(const Fact &a, const Fact &b);
    // Whether one of two numbers of one role is a bound the other's value
    // keeps: "more than 40,000 people" and "42,000 people" agree.
    static bool withinBound(const Fact &a, const Fact &b);
    // Whether two names may name the same thing: not a person and a place,
    // nor a person's home and the place of an event.
    static bool nameRolesAgree(const Fact &a, const Fact &b);
};

} // namespace WireDiff
