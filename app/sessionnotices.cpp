#include "sessionnotices.h"

#include "printablepath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <iterator>

namespace WireDiff {

QStringList SessionNotices::skippedLines(const std::vector<SkippedFile> &skipped)
{
    QStringList lines;
    for (const SkippedFile &file : skipped)
        lines.append(QCoreApplication::translate("WireDiff::MainWindow", "%1: %2").arg(printablePath(file.filePath), file.reason));
    return lines;
}

SessionNotices::Notice SessionNotices::forComparison(const std::vector<SkippedFile> &allSkipped, const QStringList &comparisonNotices,
                                                     const QString &baseNotice, const QString &dropNote)
{
    // A report WireDiff exported beside the articles is no article and no
    // failure: not a reason to warn on every reload.
    std::vector<SkippedFile> skipped;
    std::copy_if(allSkipped.begin(), allSkipped.end(), std::back_inserter(skipped),
                 [](const SkippedFile &file) { return !file.ownExport; });
    Notice notice;
    notice.details = skippedLines(skipped) + comparisonNotices;
    QStringList parts;
    if (!baseNotice.isEmpty())
        parts.append(baseNotice);
    else if (!comparisonNotices.isEmpty())
        parts.append(comparisonNotices.constFirst());
    if (!skipped.empty())
        parts.append(QCoreApplication::translate("WireDiff::MainWindow", "%n file(s) could not be compared and were skipped.",
                                                nullptr, int(skipped.size())));
    if (!dropNote.isEmpty())
        parts.append(dropNote);
    notice.message = parts.join(QLatin1Char(' '));
    return notice;
}

SessionNotices::Notice SessionNotices::forFailure(const QString &message, const std::vector<SkippedFile> &skipped)
{
    return { message, skippedLines(skipped) };
}

QString SessionNotices::setName(const QStringList &paths, bool folder)
{
    if (paths.isEmpty())
        return {};
    const QFileInfo info(QDir::cleanPath(paths.constFirst()));
    return folder ? printablePath(info.fileName().isEmpty() ? info.absoluteFilePath() : info.fileName())
                  : printablePath(info.fileName());
}

QString SessionNotices::comparing(const QStringList &paths, bool folder)
{
    if (folder && !paths.isEmpty()) {
        // The files at its top level: what a run reads (hidden ones, the
        // notes file among them, are no articles).
        const int files = int(QDir(paths.constFirst()).entryList(QDir::Files).size());
        return QCoreApplication::translate("WireDiff::MainWindow", "Comparing %n file(s) in %1\u2026", nullptr, files)
            .arg(setName(paths, folder));
    }
    return QCoreApplication::translate("WireDiff::MainWindow", "Comparing %n file(s)\u2026", nullptr, int(paths.size()));
}

QString SessionNotices::cancelledFirst(const QStringList &paths, bool folder, const QString &reloadKey)
{
    if (folder || paths.size() == 1)
        return QCoreApplication::translate("WireDiff::MainWindow", "Cancelled; nothing compared yet. Reload (%1) to compare %2 again.")
            .arg(reloadKey, setName(paths, folder));
    return QCoreApplication::translate("WireDiff::MainWindow", "Cancelled; nothing compared yet. Reload (%1) to compare these files again.")
        .arg(reloadKey);
}

} // namespace WireDiff
