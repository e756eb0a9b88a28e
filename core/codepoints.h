#pragma once

#include <QString>

namespace WireDiff {

// Offsets in files WireDiff writes (the report, the notes sidecar) count
// Unicode code points, so any JSON consumer can slice the text directly; in
// memory QString offsets count UTF-16 units. These convert between the two
// and never split a surrogate pair.
class CodePoints
{
public:
    // UTF-16 offset -> code point offset; offsets past the end clamp to the end.
    static qint32 fromUtf16(const QString &text, qint32 utf16Offset);
    // Code point offset -> UTF-16 offset; offsets past the end clamp to the end.
    static qint32 toUtf16(const QString &text, qint32 codePointOffset);
    static qint32 length(const QString &text);
    // Moves a UTF-16 offset off the low half of a surrogate pair.
    static qint32 snapToBoundary(const QString &text, qint32 utf16Offset);
};

} // namespace WireDiff
