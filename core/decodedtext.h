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
};

} // namespace WireDiff
