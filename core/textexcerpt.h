#pragma once

#include <QString>

namespace WireDiff {

// A passage shortened to quote it in a line of a dialog, a list or a
// printed page: white space folded to single spaces and, when it is still
// longer than wanted, cut after the last whole word that fits (never inside
// a word or a surrogate pair, and without a comma or dash left dangling)
// with "…" appended. One word longer than half the room (a URL) is cut at
// a code point instead, so an excerpt never shrinks to nothing.
class TextExcerpt
{
public:
    // At most `maxLength` UTF-16 units, the ellipsis included.
    static QString elided(const QString &text, qsizetype maxLength);
};

} // namespace WireDiff
