#pragma once

#include "article.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace WireDiff {

struct SkippedFile
{
    QString filePath;
    QString reason; // one line, translated
    // A report WireDiff exported (JSON, HTML or PDF), left beside the
    // articles: no article, and no failure to read one. A new export may
    // replace it; it is not an input (OutputGuard).
    bool ownExport = false;
};

struct LoadResult
{
    std::vector<Article> articles;
    std::vector<SkippedFile> skipped;
    QString error; // set when the folder itself could not be read
    // A folder's subfolders left unread because the options do not
    // recurse (FolderListing::files()).
    QStringList unreadSubfolders;
    // What the loaded articles say about the set (headlines with no body,
    // several languages), translated, one line each. One far longer than
    // the others is said after the comparison (ComparisonJob), in the words
    // the comparison counts.
    QStringList notices;
};

} // namespace WireDiff
