#pragma once

#include "parseddocument.h"

#include <QStringView>

namespace WireDiff {

// Plain text and Markdown: paragraphs are separated by blank lines, or are one
// per line where the file has no blank lines between paragraphs. Also reads
// the Press Association wire layout (a header block of dashed rules and a slug
// line, paragraphs ending with '<', TeX-style quotes), as a format.
class PlainTextParser
{
public:
    static ParsedDocument parse(QStringView text, bool markdown = false);
    static bool looksLikePressAssociationWire(QStringView text);
    static ParsedDocument parsePressAssociationWire(QStringView text);
};

} // namespace WireDiff
