#pragma once

#include "cancellation.h"
#include "loadoptions.h"
#include "loadresult.h"
#include "parseddocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace WireDiff {

// Reads a folder or a list of files into Articles. Files are opened read-only
// (without following them into FIFOs or devices, and without touching their
// access time where the system allows) and never written; a file that
// changes while it is read is read again. Whatever cannot be loaded is
// reported in LoadResult::skipped with a one-line reason; the rest loads.
// Several files are read and parsed at once (LoadOptions::threads); the
// result is the same as reading them one after another.
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

    static QString articleIdForFile(const QString &filePath);

    // Test seam: called after a file was opened and before its bytes are
    // read (attempt 0, then again for each re-read of a file that changed
    // while it was read), so a test can change, replace or delete it there.
    // It is called on the loading threads, for several files at once.
    using ReadHook = std::function<void(const QString &filePath, int attempt)>;
    void setReadHook(ReadHook hook) { m_readHook = std::move(hook); }

    // How often a file that changes while it is read is read again before
    // it is skipped.
    static constexpr int maxReadAttempts = 3;

private:
    // *ownExport: the file is one of WireDiff's exports (set when it is
    // not loaded).
    bool loadFile(const QString &filePath, Article *article, QString *reason, bool *ownExport) const;
    bool readFile(const QString &filePath, QByteArray *bytes, QString *reason) const;
    void finish(Article *article, ParsedDocument document) const;
    // Headline-only articles (a warning on each, and a notice) and a set in
    // several languages (a notice naming them).
    static void flagHeadlinesAndLanguages(LoadResult *result);

    LoadOptions m_options;
    ReadHook m_readHook;
};

} // namespace WireDiff
