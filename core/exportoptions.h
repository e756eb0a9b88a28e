#pragma once

#include "inputlimits.h"

#include <QString>

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

    // The articles to show: the base first, then the chosen others in the
    // comparison's order. The base is always shown: it is what the others
    // are marked against.
    std::vector<qint32> shownArticles(const Comparison &comparison) const;
};

} // namespace WireDiff
