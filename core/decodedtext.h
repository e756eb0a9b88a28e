#pragma once

#include <QString>

namespace WireDiff {

struct DecodedText
{
    QString text;           // NFC-normalised, line endings unified to '\n'
    QString encoding;       // canonical name of the encoding that was used
    bool hadErrors = false; // invalid sequences were replaced by U+FFFD
    bool looksBinary = false; // many NULs or control characters: not a text file
    qsizetype removedNuls = 0; // stray NULs (padding, damage) dropped from text that is otherwise clean
    qsizetype removedControls = 0; // C1 control characters (U+0080..U+009F but NEL) dropped: no text uses them
};

} // namespace WireDiff
