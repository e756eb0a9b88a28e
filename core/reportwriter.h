#pragma once

#include "comparison.h"
#include "loadresult.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace WireDiff {

// The JSON report, schema "wirediff-report/1" (documented in the README).
// Offsets in the report are Unicode code points of the paragraph text, not
// UTF-16 units, so any JSON consumer can slice the text directly. Written
// by JsonStreamWriter straight into the bytes, never as a QJsonObject tree
// (that took a third of `wirediff --export-json` on large folders); read it
// back with QJsonDocument::fromJson.
class ReportWriter
{
public:
    static QByteArray toBytes(const Comparison &comparison, const std::vector<SkippedFile> &skipped = {});

    // UTF-16 offset -> code point offset within `text`.
    static qint32 codePointOffset(const QString &text, qint32 utf16Offset);

    static constexpr const char *schema = "wirediff-report/1";
};

} // namespace WireDiff
