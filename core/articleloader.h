#pragma once

#include "cancellation.h"
#include "loadoptions.h"
#include "loadresult.h"
#include "parseddocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace WireDiff {

// Reads a folder or a list of files into Articles. Files are opened read-only
// and never written. Whatever cannot be loaded is reported in
// LoadResult::skipped with a one-line reason; the rest loads.
class ArticleLoader
{
public:
    explicit ArticleLoader(LoadOptions options = {});

    LoadResult loadFolder(const QString &folderPath, const Cancellation &cancel = {}) const;
    LoadResult loadFiles(const QStringList &filePaths, const Cancellation &cancel = {}) const;

    // Parses bytes as if read from a file of that name. Returns false with a
    // reason when the content is not an article (binary, empty, ...).
    bool loadBytes(const QByteArray &bytes, const QString &fileName, Article *article,
                   QString *reason) const;

    // The files loadFolder() would read, sorted by name (numbers in names by
    // value). Hidden files and subfolders are left out unless the options ask
    // for them; skippedNotes receives one "path: reason" line for each folder
    // left out.
    QStringList articleFiles(const QString &folderPath, QStringList *skippedNotes = nullptr) const;

    static QString articleIdForFile(const QString &filePath);

private:
    bool loadFile(const QString &filePath, Article *article, QString *reason) const;
    void finish(Article *article, ParsedDocument document) const;

    LoadOptions m_options;
};

} // namespace WireDiff
