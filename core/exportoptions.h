#pragma once

#include "comparisonoptions.h"
#include "inputlimits.h"

#include <QString>

#include <optional>
#include <vector>

namespace WireDiff {

struct Comparison;

// What an export (PDF, print, HTML) shows. The page size and orientation
// belong to the paint device, not here.
struct ExportOptions
{
    QString title;                 // the folder, shown in the running header
    std::vector<qint32> articles;  // indices into Comparison::articles; empty: all
    bool includeUnchanged = true;  // false: rows where nothing changed are summarised in one line
    qint32 maxPrintedRows = InputLimits::maxPrintedRows; // PDF and print, per column group
    // The options the comparison was made with: they change what is marked
    // and the shares, so a page filed for the record names them beside the
    // base. Unset when the caller does not know them (then no line).
    std::optional<ComparisonOptions> compared;

    // The articles to show: the base first, then the chosen others in the
    // comparison's order. The base is always shown: it is what the others
    // are marked against.
    std::vector<qint32> shownArticles(const Comparison &comparison) const;

    // The header line of the PDF and HTML: "Options: case ignored ·
    // punctuation compared · … · paraphrase sensitivity 0.5 (strict 0 … 1
    // loose) · unchanged rows shown", every option that changes what is
    // marked or shown. Empty when `compared` is unset. Translated, plain.
    QString optionsLine() const;
    // The slider's position in its own words and number: "0.9 (strict 0 … 1 loose)".
    static QString sensitivityText(double sensitivity);
};

} // namespace WireDiff
