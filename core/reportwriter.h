#pragma once

#include "comparison.h"
#include "comparisonoptions.h"
#include "loadresult.h"
#include "note.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace WireDiff {

// The JSON report, schema "wirediff-report/1" (documented in the README).
// The schema names the meaning of the keys, not their set: a key added
// later (as "notes" was) leaves it at 1, and a reader ignores keys it does
// not know; it changes when a key is removed or its meaning changes.
// Offsets in the report are Unicode code points of the paragraph text, not
// UTF-16 units, so any JSON consumer can slice the text directly. Written
// by JsonStreamWriter straight into the bytes, never as a QJsonObject tree
// (that took a third of `wirediff --export-json` on large folders); read it
// back with QJsonDocument::fromJson.
class ReportWriter
{
public:
    // `notes`: the editor's notes on the folder compared, written as
    // "notes" (an empty list when it has none); nullptr when they are not
    // known (the notes file could not be read): the key is then left out,
    // so a report never says there are no notes when it could not look.
    // `options`: those the comparison was made with, written as "options"
    // (case, punctuation, quote style, paraphrase sensitivity, whether the
    // house style was edited); left out when nullptr.
    static QByteArray toBytes(const Comparison &comparison, const std::vector<SkippedFile> &skipped = {},
                              const Notes *notes = nullptr, const ComparisonOptions *options = nullptr);

    // UTF-16 offset -> code point offset within `text`.
    static qint32 codePointOffset(const QString &text, qint32 utf16Offset);

    static constexpr const char *schema = "wirediff-report/1";
};

} // namespace WireDiff
