#include "sessionnotices.h"

#include "printablepath.h"

#include <QCoreApplication>

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

} // namespace WireDiff
