#pragma once

#include <QtGlobal>

namespace WireDiff {

// The documented limits (README, "Limits"). Each is enforced with a message,
// never by running out of memory or time.
struct LoadOptions
{
    bool includeHidden = false;
    bool recurse = false;
    qint64 maxFileBytes = 32 * 1024 * 1024;
    int maxArticles = 1000;
    // A paragraph longer than this is cut into pieces at sentence or space
    // boundaries near the limit (the article gets a warning).
    int maxParagraphChars = 20000;
};

} // namespace WireDiff
