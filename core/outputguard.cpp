#include "outputguard.h"

#include "comparison.h"
#include "sidecar.h"
#include "usermessages.h"

#include <QDir>
#include <QFileInfo>

namespace WireDiff {

QString OutputGuard::destination(const QString &path)
{
    const QFileInfo file(path);
    const QString canonical = file.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = file.absoluteDir().canonicalPath();
    if (!folder.isEmpty())
        return QDir(folder).filePath(file.fileName());
    return file.absoluteFilePath();
}

QString OutputGuard::refusal(const QString &output, const Comparison &comparison, const std::vector<SkippedFile> &skipped)
{
    const QString target = destination(output);
    const auto samePlace = [&target](const QString &input) { return !input.isEmpty() && destination(input) == target; };
    const QString shown = QDir::toNativeSeparators(output);
    for (const Article &article : comparison.articles) {
        if (samePlace(article.filePath))
            return UserMessages::text(UserMessage::OutputIsAnInput).arg(shown);
    }
    for (const SkippedFile &file : skipped) {
        if (!file.ownExport && samePlace(file.filePath))
            return UserMessages::text(UserMessage::OutputIsASkippedInput).arg(shown);
    }
    // By name, and by where a link leads.
    if (Sidecar::isOwnFile(QFileInfo(output).fileName()) || Sidecar::isOwnFile(QFileInfo(target).fileName()))
        return UserMessages::text(UserMessage::OutputIsANotesFile).arg(shown);
    return {};
}

} // namespace WireDiff
