#include "outputguard.h"

#include "comparison.h"
#include "sidecar.h"
#include "usermessages.h"

#include <QDir>
#include <QFileInfo>

namespace WireDiff {

namespace {

bool samePlace(const QFileInfo &target, const QString &canonicalTarget, const QString &path)
{
    if (path.isEmpty())
        return false;
    const QFileInfo other(path);
    if (other.absoluteFilePath() == target.absoluteFilePath())
        return true;
    return !canonicalTarget.isEmpty() && other.canonicalFilePath() == canonicalTarget;
}

} // namespace

QString OutputGuard::refusal(const QString &output, const Comparison &comparison, const std::vector<SkippedFile> &skipped)
{
    const QFileInfo target(output);
    const QString canonical = target.canonicalFilePath(); // empty when it does not exist yet
    const QString shown = QDir::toNativeSeparators(output);
    for (const Article &article : comparison.articles) {
        if (samePlace(target, canonical, article.filePath))
            return UserMessages::text(UserMessage::OutputIsAnInput).arg(shown);
    }
    for (const SkippedFile &file : skipped) {
        if (samePlace(target, canonical, file.filePath))
            return UserMessages::text(UserMessage::OutputIsASkippedInput).arg(shown);
    }
    // By name, and by where a link leads.
    if (Sidecar::isOwnFile(target.fileName()) || (!canonical.isEmpty() && Sidecar::isOwnFile(QFileInfo(canonical).fileName())))
        return UserMessages::text(UserMessage::OutputIsANotesFile).arg(shown);
    return {};
}

} // namespace WireDiff
