#pragma once

#include "inputlimits.h"

#include <QtGlobal>

namespace WireDiff {

// What to read. The limits default to the documented ones (inputlimits.h);
// tests and the command line may lower them.
struct LoadOptions
{
    bool includeHidden = false;
    bool recurse = false;
    qint64 maxFileBytes = InputLimits::maxFileBytes;
    int maxArticles = InputLimits::maxArticles;
    // A paragraph longer than this is cut into pieces at sentence or space
    // boundaries near the limit (the article gets a warning).
    int maxParagraphChars = InputLimits::maxParagraphChars;
    // Files read and parsed at once; 0: one per core. Articles, ids and
    // skipped files do not depend on it.
    int threads = 0;
};

} // namespace WireDiff
