#pragma once

#include "loadresult.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace WireDiff {

// What the window's notice banner says about a comparison shown or a set
// that failed: one line, and the details behind it. Pure, so the wording
// is tested without a window.
class SessionNotices
{
public:
    struct Notice
    {
        QString message;
        QStringList details;
    };

    // After a comparison is shown. `baseNotice`: the base asked for could
    // not be used (it leads, since every highlight now means something
    // else), else the comparison's own first notice (the most telling:
    // articles that may be another story); then the count of files
    // skipped; `dropNote` (what a drop did) comes last. The details list
    // the files skipped, then every notice.
    static Notice forComparison(const std::vector<SkippedFile> &skipped, const QStringList &comparisonNotices,
                                const QString &baseNotice, const QString &dropNote);
    // After nothing could be compared: the reason and the files skipped.
    static Notice forFailure(const QString &message, const std::vector<SkippedFile> &skipped);

    // While a comparison runs with none on show (the view's middle and the
    // status bar): what is compared, "Comparing 100 files in folder-100…".
    static QString comparing(const QStringList &paths, bool folder);
    // After that first run was cancelled: nothing was compared, and how to
    // start again (`reloadKey`, F5). Not "the comparison shown is the
    // previous one": there is none.
    static QString cancelledFirst(const QStringList &paths, bool folder, const QString &reloadKey);

private:
    static QStringList skippedLines(const std::vector<SkippedFile> &skipped);
    static QString setName(const QStringList &paths, bool folder); // the folder's name, or the first file's
};

} // namespace WireDiff
