#include "folderlisting.h"

#include "sidecar.h"
#include "usermessages.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <algorithm>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <cstring>
#include <dirent.h>
#endif

namespace WireDiff {

namespace {

// What the system's own listing of a folder says that Qt's does not: why
// the folder cannot be opened (Qt lists such a folder as empty), and the
// names in it that Qt cannot name (bytes that are not valid UTF-8 do not
// survive decoding, so Qt's listing leaves such a file out without a word;
// they are shown with U+FFFD for the bytes that do not decode).
struct SystemListing
{
    QString openError; // the system's reason; empty when the folder opened
    QStringList undecodableNames;
};

SystemListing readSystemListing(const QString &folder)
{
    SystemListing listing;
#ifdef Q_OS_UNIX
    DIR *directory = ::opendir(QFile::encodeName(folder).constData());
    if (!directory) {
        listing.openError = QString::fromLocal8Bit(std::strerror(errno));
        return listing;
    }
    while (const dirent *entry = ::readdir(directory)) {
        const QByteArray raw(entry->d_name);
        if (raw == "." || raw == "..")
            continue;
        const QString decoded = QFile::decodeName(raw);
        if (QFile::encodeName(decoded) != raw)
            listing.undecodableNames.append(decoded);
    }
    ::closedir(directory);
    listing.undecodableNames.sort();
#else
    if (!QDir(folder).isReadable())
        listing.openError = qt_error_string(EACCES);
#endif
    return listing;
}

// Whether `folder` is `inner` or a folder that holds it (canonical paths).
bool holds(const QString &folder, const QString &inner)
{
    if (folder.isEmpty())
        return false;
    if (inner == folder)
        return true;
    const QString prefix = folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/');
    return inner.startsWith(prefix);
}

} // namespace

FolderListing::FolderListing(LoadOptions options)
    : m_options(std::move(options))
{
}

QString FolderListing::error(const QString &folderPath)
{
    const QFileInfo info(folderPath);
    const QString shown = QDir::toNativeSeparators(folderPath);
    if (!info.exists())
        return UserMessages::text(UserMessage::FolderMissing).arg(shown);
    if (!info.isDir())
        return UserMessages::text(UserMessage::NotAFolder).arg(shown);
    if (!info.isReadable() || !QDir(folderPath).isReadable())
        return UserMessages::text(UserMessage::FolderUnreadable).arg(shown);
    return {};
}

QStringList FolderListing::files(const QString &folderPath, std::vector<SkippedFile> *unread, QStringList *subfolders) const
{
    const auto note = [unread](const QString &path, const QString &reason) {
        if (unread)
            unread->push_back(SkippedFile { path, reason });
    };
    // System lists broken symbolic links too, so loading can report them.
    QDir::Filters filters = QDir::Files | QDir::Dirs | QDir::System | QDir::NoDotAndDotDot;
    if (m_options.includeHidden)
        filters |= QDir::Hidden;
    QStringList files;
    QSet<QString> visited;
    std::vector<QString> pending { folderPath };
    while (!pending.empty()) {
        const QString folder = pending.back();
        pending.pop_back();
        const QString canonical = QFileInfo(folder).canonicalFilePath();
        if (canonical.isEmpty() || visited.contains(canonical)) {
            note(folder, UserMessages::text(UserMessage::FolderAlreadyRead));
            continue;
        }
        visited.insert(canonical);
        const SystemListing listing = readSystemListing(folder);
        if (!listing.openError.isEmpty()) {
            note(folder, UserMessages::text(UserMessage::CannotBeRead).arg(listing.openError));
            continue;
        }
        for (const QString &name : listing.undecodableNames)
            note(QDir(folder).filePath(name), UserMessages::text(UserMessage::FileNameNotUtf8));
        for (const QFileInfo &entry : QDir(folder).entryInfoList(filters, QDir::Name)) {
            if (Sidecar::isOwnFile(entry.fileName()))
                continue;
            if (!entry.isDir()) {
                files.append(entry.absoluteFilePath());
                continue;
            }
            const QString path = entry.absoluteFilePath();
            // A link back to this folder or to one that holds it would
            // only read the same files again (or the folders around it).
            if (holds(entry.canonicalFilePath(), canonical)) {
                note(path, UserMessages::text(UserMessage::LinkToEnclosingFolder));
                continue;
            }
            if (m_options.recurse) {
                pending.push_back(path);
                continue;
            }
            // Not read, yet it is said here why it could not be: reading
            // subfolders would not get into it, so it is no subfolder the
            // editor could add.
            if (const QString reason = readSystemListing(path).openError; !reason.isEmpty())
                note(path, UserMessages::text(UserMessage::CannotBeRead).arg(reason));
            else if (subfolders)
                subfolders->append(path);
        }
    }
    // The C locale has no collation (nor numeric mode) in Qt: English, whose
    // order is Unicode's default, stands in for it.
    const QLocale locale = QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
    QCollator collator(locale);
    collator.setNumericMode(true);
    std::sort(files.begin(), files.end(), [&collator](const QString &a, const QString &b) {
        return collator.compare(a, b) < 0;
    });
    return files;
}

} // namespace WireDiff
