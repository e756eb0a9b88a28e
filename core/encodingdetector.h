#pragma once

#include "decodedtext.h"

#include <QByteArray>
#include <QString>

namespace WireDiff {

// Turns the bytes of a file into text: a byte-order mark wins, then valid
// UTF-8, then ICU's charset detector (windows-1252, ISO-8859-*, UTF-16
// without BOM, ...). Line endings become '\n', stray NULs and C1 control
// characters are removed (DecodedText counts them) and the text is
// NFC-normalised.
class EncodingDetector
{
public:
    static DecodedText decode(const QByteArray &bytes, const QString &declaredEncoding = {});

    // Exposed for the tests: the encoding decode() would pick, without decoding.
    static QString detect(const QByteArray &bytes);

    static QString normalizeLineEndings(const QString &text);
    static QString toNfc(const QString &text);
};

} // namespace WireDiff
