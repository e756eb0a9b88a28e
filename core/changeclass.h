#pragma once

#include <QString>

namespace WireDiff {

// How a stretch of text relates to the other article of a comparison.
enum class ChangeClass : quint8 {
    Same,        // verbatim after normalisation, in place
    Added,       // only in the other article
    Removed,     // only in the base
    Paraphrased, // the same statement in other words
    Moved,       // the same text at another place
    FactChanged, // a number, date, name, quote, attribution or stance that
                 // differs from what the base says in the same statement
};

QString changeClassName(ChangeClass changeClass);
bool changeClassFromName(QStringView name, ChangeClass *changeClass);

} // namespace WireDiff
