#pragma once

#include "loadoptions.h"
#include "loadresult.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace WireDiff {

// What a folder offers to compare, before any file is read: its files in
// name order (numbers in names by value), hidden ones and subfolders only
// when the options ask, never WireDiff's own files; and, with the reason,
// what it holds that cannot be read at all.
class FolderListing
{
public:
    explicit FolderListing(LoadOptions options = {});

    // Why the folder cannot be read at all (missing, not a folder,
    // unreadable), or empty.
    static QString error(const QString &folderPath);

    // The files ArticleLoader::loadFolder() reads. `unread` receives what
    // the folder holds and cannot be read: a folder reached again through
    // a link, a link to the folder itself or to one that holds it, a
    // subfolder that cannot be opened (with the system's reason; also when
    // the options do not recurse), a file whose name is not valid UTF-8
    // (Qt cannot name it to open it). `subfolders` receives, when the
    // options do not recurse, the subfolders left unread that reading
    // subfolders would read (hidden ones only with includeHidden), so the
    // editor can be told where the articles may be.
    QStringList files(const QString &folderPath, std::vector<SkippedFile> *unread = nullptr,
                      QStringList *subfolders = nullptr) const;

private:
    LoadOptions m_options;
};

} // namespace WireDiff
