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
};

struct LoadResult
{
    std::vector<Article> articles;
    std::vector<SkippedFile> skipped;
    QString error; // set when the folder itself could not be read
    // A folder's subfolders left unread because the options do not
    // recurse (FolderListing::files()).
    QStringList unreadSubfolders;
    // What the loaded articles say about the set (one far longer than the
    // others), translated, one line each.
    QStringList notices;
};

} // namespace WireDiff
