#include "droppolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QSet>
#include <QUrl>

namespace WireDiff {

namespace {

// lupdate takes the context from this declaration, so messages from free
// functions and helper classes land where the lookup at run time finds them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::DropPolicy)
};

// Formats that are certainly not article text. Anything else is handed to
// the loader, which sniffs the bytes and skips binaries with a reason.
bool isKnownNonArticle(const QFileInfo &info)
{
    static const QSet<QString> suffixes {
        QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("gif"),
        QStringLiteral("webp"), QStringLiteral("bmp"), QStringLiteral("tif"), QStringLiteral("tiff"),
        QStringLiteral("svg"), QStringLiteral("pdf"), QStringLiteral("doc"), QStringLiteral("docx"),
        QStringLiteral("odt"), QStringLiteral("xls"), QStringLiteral("xlsx"), QStringLiteral("ppt"),
        QStringLiteral("pptx"), QStringLiteral("zip"), QStringLiteral("gz"), QStringLiteral("tgz"),
        QStringLiteral("bz2"), QStringLiteral("xz"), QStringLiteral("7z"), QStringLiteral("rar"),
        QStringLiteral("exe"), QStringLiteral("dll"), QStringLiteral("so"), QStringLiteral("mp3"),
        QStringLiteral("mp4"), QStringLiteral("mov"), QStringLiteral("avi"), QStringLiteral("wav"),
        QStringLiteral("ogg"), QStringLiteral("flac"), QStringLiteral("mkv"), QStringLiteral("iso"),
    };
    return suffixes.contains(info.suffix().toLower());
}

DropRequest refuse(const QString &message)
{
    DropRequest request;
    request.message = message;
    return request;
}

} // namespace

bool DropPolicy::isCandidate(const QMimeData *mime)
{
    return mime && (mime->hasUrls() || mime->hasText());
}

DropRequest DropPolicy::classify(const QMimeData *mime, bool ontoPane)
{
    if (!mime || !mime->hasUrls())
        return refuse(Messages::tr("Only folders and files can be dropped here, not text or other data."));
    QStringList folders;
    QStringList files;
    QStringList leftOut;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            return refuse(Messages::tr("\u201C%1\u201D is not a file on this computer; download it first.").arg(url.toDisplayString()));
        const QFileInfo info(url.toLocalFile());
        if (!info.exists())
            return refuse(Messages::tr("\u201C%1\u201D does not exist.").arg(QDir::toNativeSeparators(info.filePath())));
        if (info.isDir())
            folders.append(info.absoluteFilePath());
        else if (isKnownNonArticle(info))
            leftOut.append(info.fileName());
        else
            files.append(info.absoluteFilePath());
    }
    if (folders.size() > 1)
        return refuse(Messages::tr("Drop one folder at a time: WireDiff compares the versions inside one folder."));
    if (!folders.isEmpty() && (!files.isEmpty() || !leftOut.isEmpty()))
        return refuse(Messages::tr("Drop either a folder or files, not both."));
    DropRequest request;
    if (!folders.isEmpty()) {
        request.kind = DropRequest::Kind::OpenFolder;
        request.paths = folders;
        return request;
    }
    if (files.isEmpty()) {
        return refuse(Messages::tr("%1 is not an article: WireDiff reads text, Markdown, HTML, NITF and NewsML files.")
                          .arg(leftOut.join(QStringLiteral(", "))));
    }
    request.kind = ontoPane ? DropRequest::Kind::AddFiles : DropRequest::Kind::OpenFiles;
    request.paths = files;
    if (!leftOut.isEmpty())
        request.message = Messages::tr("Left out (not articles): %1").arg(leftOut.join(QStringLiteral(", ")));
    return request;
}

} // namespace WireDiff
