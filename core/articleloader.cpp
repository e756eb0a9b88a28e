#include "articleloader.h"

#include "articleplausibility.h"
#include "contentsniffer.h"
#include "encodingdetector.h"
#include "folderlisting.h"
#include "htmlparser.h"
#include "languagemix.h"
#include "newsxmlparser.h"
#include "paragraphsplitter.h"
#include "parallelrunner.h"
#include "plaintextparser.h"
#include "roleclassifier.h"
#include "scriptguesser.h"
#include "usermessages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <climits>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace WireDiff {

namespace {

// At most `limit` + 1 bytes of `file`, from where it stands: the +1 tells
// a file that grew past the limit while it was read. QIODevice::read(limit)
// would allocate the whole limit for every file, however small; this
// reserves what the file's size promises (0 for /proc-like files) and grows
// only as bytes arrive. A read error stops it; the caller checks
// file.error().
QByteArray readAtMost(QFile *file, qint64 limit, qint64 expectedSize)
{
    QByteArray bytes;
    bytes.reserve(qsizetype(std::clamp<qint64>(expectedSize, 0, limit) + 1));
    constexpr qint64 chunk = 64 * 1024;
    while (bytes.size() <= limit) {
        const qsizetype filled = bytes.size();
        // Into the reserved room first: a file read whole in one call ends
        // with a read of its last reserved byte, not with a reallocation.
        const qsizetype room = bytes.capacity() - filled;
        const qint64 wanted = std::min(room > 0 ? qint64(room) : chunk, limit + 1 - qint64(filled));
        bytes.resize(filled + qsizetype(wanted));
        const qint64 got = file->read(bytes.data() + filled, wanted);
        bytes.resize(filled + qsizetype(std::max<qint64>(got, 0)));
        if (got <= 0)
            break;
    }
    return bytes;
}

// A symbolic link whose chain of targets comes back to itself, or runs
// longer than any system follows.
bool isSymLinkLoop(const QFileInfo &info)
{
    constexpr int maxLinks = 40;
    QSet<QString> seen;
    for (QFileInfo link = info; link.isSymLink(); link = QFileInfo(link.symLinkTarget())) {
        if (seen.contains(link.absoluteFilePath()) || seen.size() >= maxLinks)
            return true;
        seen.insert(link.absoluteFilePath());
    }
    return false;
}

QString humanSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// Bidirectional embedding, override and isolate controls (not the marks
// LRM and RLM, which right-to-left text uses all the time) can make text
// display in an order other than the one it is stored and compared in.
bool hasBidiControls(const std::vector<Paragraph> &paragraphs)
{
    for (const Paragraph &paragraph : paragraphs) {
        for (const QChar c : paragraph.text) {
            const char16_t u = c.unicode();
            if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
                return true;
        }
    }
    return false;
}

// Why a path cannot be opened as an article file, judged before reading it;
// empty when it can.
QString unloadableReason(const QFileInfo &info, qint64 maxBytes)
{
    if (info.isSymLink() && !info.exists())
        return isSymLinkLoop(info) ? UserMessages::text(UserMessage::SymbolicLinkLoop) : UserMessages::text(UserMessage::DanglingSymbolicLink);
    if (!info.exists())
        return UserMessages::text(UserMessage::FileNotFound);
    if (info.isDir())
        return UserMessages::text(UserMessage::IsAFolder);
    if (!info.isFile())
        return UserMessages::text(UserMessage::NotARegularFile);
    if (info.size() > maxBytes)
        return UserMessages::text(UserMessage::TooLarge).arg(humanSize(maxBytes));
    return {};
}

// What decoding the bytes repaired, for every format alike: the encoding
// used, and a warning for each kind of repair.
void noteDecoding(const DecodedText &decoded, Article *article)
{
    article->encoding = decoded.encoding;
    article->hadDecodingErrors = decoded.hadErrors;
    if (decoded.hadErrors)
        article->warnings.append(UserMessages::text(UserMessage::InvalidBytesReplaced).arg(decoded.encoding));
    if (decoded.removedNuls > 0) {
        article->warnings.append(UserMessages::text(UserMessage::NulsRemoved, int(std::min<qsizetype>(decoded.removedNuls, INT_MAX))));
    }
    if (decoded.removedControls > 0) {
        article->warnings.append(UserMessages::text(UserMessage::ControlsRemoved,
                                                    int(std::min<qsizetype>(decoded.removedControls, INT_MAX))));
    }
}

bool parseXml(const QByteArray &bytes, Article *article, ParsedDocument *document, QString *reason)
{
    const NewsXmlParser::Dialect dialect = NewsXmlParser::sniff(bytes.left(ContentSniffer::headBytes));
    if (dialect == NewsXmlParser::Dialect::Unknown) {
        *reason = UserMessages::text(UserMessage::UnknownXml);
        return false;
    }
    // The XML reader stops at the first byte its encoding cannot decode, and
    // the whole story would be lost to one bad byte: the bytes are decoded
    // as a text file's are (the declaration weighed, bad bytes replaced and
    // flagged) and handed over as UTF-8 under a declaration that says so.
    const DecodedText decoded = EncodingDetector::decode(bytes, ContentSniffer::declaredXmlEncoding(bytes));
    if (decoded.looksBinary) {
        *reason = UserMessages::text(UserMessage::BinaryFile);
        return false;
    }
    *document = NewsXmlParser::parse(ContentSniffer::declaringUtf8(decoded.text).toUtf8(), dialect);
    // Decoded text files are NFC; XML text (its entities expanded) must
    // compare equal to them.
    for (Paragraph &paragraph : document->paragraphs)
        paragraph.text = EncodingDetector::toNfc(paragraph.text);
    article->format = dialect == NewsXmlParser::Dialect::Nitf ? ArticleFormat::Nitf : ArticleFormat::NewsMLG2;
    noteDecoding(decoded, article);
    return true;
}

bool parseText(const QByteArray &bytes, ContentSniffer::Kind kind, Article *article, ParsedDocument *document,
               QString *reason)
{
    const QString declared = kind == ContentSniffer::Kind::Html ? ContentSniffer::declaredHtmlCharset(bytes) : QString();
    const DecodedText decoded = EncodingDetector::decode(bytes, declared);
    if (decoded.looksBinary) {
        *reason = UserMessages::text(UserMessage::BinaryFile);
        return false;
    }
    if (decoded.text.trimmed().isEmpty()) {
        *reason = UserMessages::text(UserMessage::OnlyWhiteSpace);
        return false;
    }
    if (kind == ContentSniffer::Kind::Text) {
        // Judged before parsing: a 30 MB log would become hundreds of
        // thousands of paragraphs.
        if (const ArticlePlausibility::LogVerdict log = ArticlePlausibility::judgeLog(decoded.text); log.isLog) {
            *reason = UserMessages::text(UserMessage::LooksLikeLog).arg(log.recordLines).arg(log.sampled);
            return false;
        }
    }
    noteDecoding(decoded, article);
    if (kind == ContentSniffer::Kind::Html) {
        *document = HtmlParser::parse(decoded.text);
        article->format = ArticleFormat::Html;
    } else if (kind == ContentSniffer::Kind::Markdown) {
        *document = PlainTextParser::parse(decoded.text, true);
        article->format = ArticleFormat::Markdown;
    } else {
        *document = PlainTextParser::parse(decoded.text);
        article->format = PlainTextParser::looksLikePressAssociationWire(decoded.text)
            ? ArticleFormat::PressAssociationWire
            : ArticleFormat::PlainText;
    }
    return true;
}

} // namespace

ArticleLoader::ArticleLoader(LoadOptions options)
    : m_options(options)
{
}

QString ArticleLoader::articleIdForFile(const QString &filePath)
{
    const QFileInfo info(filePath);
    const QString base = info.completeBaseName();
    return base.isEmpty() ? info.fileName() : base;
}

LoadResult ArticleLoader::loadFolder(const QString &folderPath, const Cancellation &cancel) const
{
    LoadResult result;
    result.error = FolderListing::error(folderPath);
    if (!result.error.isEmpty())
        return result;
    std::vector<SkippedFile> unread;
    QStringList subfolders;
    const QStringList files = FolderListing(m_options).files(folderPath, &unread, &subfolders);
    result = loadFiles(files, cancel);
    result.skipped.insert(result.skipped.end(), unread.begin(), unread.end());
    result.unreadSubfolders = subfolders;
    return result;
}

LoadResult ArticleLoader::loadFiles(const QStringList &filePaths, const Cancellation &cancel) const
{
    // Files are read and parsed on several threads (each independently of
    // the others) and taken into the result in the list's order, so the
    // articles, their ids and the skipped files are those of loading one
    // file after another. A batch never holds more files than articles may
    // still be added: every file read is one a sequential load would read,
    // and none past the article limit is read. Progress is reported from
    // the calling thread only (worker 0), so it never goes backwards.
    LoadResult result;
    QSet<QString> usedIds;
    const int total = int(filePaths.size());
    std::atomic_int loadedCount { 0 };
    cancel.reportProgress(0, total);
    int next = 0; // the first file not yet taken into the result
    while (next < total && !cancel.isCancelled()) {
        const int room = m_options.maxArticles - int(result.articles.size());
        if (room <= 0) {
            for (; next < total && !cancel.isCancelled(); ++next)
                result.skipped.push_back({ filePaths.at(next), UserMessages::text(UserMessage::OverArticleLimit,
                                                                   m_options.maxArticles) });
            break;
        }
        struct Loaded
        {
            Article article;
            QString reason;
            bool attempted = false; // false once cancelled
            bool loaded = false;
            bool ownExport = false;
        };
        std::vector<Loaded> batch(static_cast<size_t>(std::min(room, total - next)));
        ParallelRunner::forEach(int(batch.size()), m_options.threads, [&](int k, int worker) {
            if (cancel.isCancelled())
                return;
            Loaded &slot = batch[size_t(k)];
            slot.loaded = loadFile(filePaths.at(next + k), &slot.article, &slot.reason, &slot.ownExport);
            slot.attempted = true;
            const int loadedNow = loadedCount.fetch_add(1) + 1;
            if (worker == 0)
                cancel.reportProgress(loadedNow, total);
        });
        for (Loaded &slot : batch) {
            if (!slot.attempted)
                break; // cancelled: the files before it are the result
            const QString &path = filePaths.at(next++);
            if (!slot.loaded) {
                result.skipped.push_back({ path, slot.reason, slot.ownExport });
                continue;
            }
            Article &article = slot.article;
            // Ids are file names without extension; "story.txt" and
            // "story.html" in one folder keep their extensions to stay
            // distinct.
            if (usedIds.contains(article.id))
                article.id = QFileInfo(path).fileName();
            for (int n = 2; usedIds.contains(article.id); ++n)
                article.id = QStringLiteral("%1~%2").arg(QFileInfo(path).fileName(), QString::number(n));
            usedIds.insert(article.id);
            result.articles.push_back(std::move(article));
        }
    }
    flagHeadlinesAndLanguages(&result);
    cancel.reportProgress(total, total);
    return result;
}

void ArticleLoader::flagHeadlinesAndLanguages(LoadResult *result)
{
    for (const int a : ArticlePlausibility::headlineOnly(result->articles)) {
        Article &article = result->articles[size_t(a)];
        const QString notice = UserMessages::text(UserMessage::HeadlineOnly).arg(article.id);
        article.warnings.append(notice);
        result->notices.append(notice);
    }
    const QString languages = LanguageMix::notice(result->articles);
    if (!languages.isEmpty())
        result->notices.append(languages);
}

bool ArticleLoader::loadFile(const QString &filePath, Article *article, QString *reason, bool *ownExport) const
{
    const QFileInfo info(filePath);
    *reason = unloadableReason(info, m_options.maxFileBytes);
    if (!reason->isEmpty())
        return false;
    QByteArray bytes;
    if (!readFile(filePath, &bytes, reason))
        return false;
    if (!loadBytes(bytes, filePath, article, reason)) {
        *ownExport = ContentSniffer::isWireDiffExport(bytes);
        return false;
    }
    article->filePath = info.absoluteFilePath();
    if (!article->published.isValid()) {
        article->published = QFileInfo(filePath).lastModified();
        article->publishedFrom = article->published.isValid() ? TimeSource::File : TimeSource::None;
    }
    return true;
}

#ifdef Q_OS_UNIX
namespace {

// What tells one state of a file from another: which file it is, its size
// and its modification and change times.
bool sameFileState(const struct stat &a, const struct stat &b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino && a.st_size == b.st_size
        && a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec
        && a.st_ctim.tv_sec == b.st_ctim.tv_sec && a.st_ctim.tv_nsec == b.st_ctim.tv_nsec;
}

// Opens read-only without blocking (a FIFO put in a file's place between the
// check and the open must not hang the load) and, where the system lets
// us, without updating the access time.
int openForReading(const QByteArray &path)
{
    const int flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY;
#ifdef O_NOATIME
    const int fd = ::open(path.constData(), flags | O_NOATIME);
    if (fd >= 0 || errno != EPERM)
        return fd;
#endif
    return ::open(path.constData(), flags);
}

} // namespace

bool ArticleLoader::readFile(const QString &filePath, QByteArray *bytes, QString *reason) const
{
    const QByteArray path = QFile::encodeName(filePath);
    for (int attempt = 0; attempt < maxReadAttempts; ++attempt) {
        const int fd = openForReading(path);
        if (fd < 0) {
            *reason = errno == ENOENT ? UserMessages::text(UserMessage::FileNotFound)
                                      : UserMessages::text(UserMessage::CannotBeRead).arg(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        QFile file;
        if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            *reason = UserMessages::text(UserMessage::CannotBeRead).arg(file.errorString());
            return false;
        }
        struct stat before {};
        if (::fstat(fd, &before) != 0 || !S_ISREG(before.st_mode)) {
            *reason = UserMessages::text(UserMessage::NotARegularFile);
            return false;
        }
        if (before.st_size > m_options.maxFileBytes) {
            *reason = UserMessages::text(UserMessage::TooLarge).arg(humanSize(m_options.maxFileBytes));
            return false;
        }
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        if (m_readHook)
            m_readHook(filePath, attempt);
        // One byte past the limit, so a file that grows while it is read is
        // caught instead of read without bound.
        *bytes = readAtMost(&file, m_options.maxFileBytes, qint64(before.st_size));
        if (file.error() != QFileDevice::NoError) {
            *reason = UserMessages::text(UserMessage::ReadError).arg(file.errorString());
            return false;
        }
        if (bytes->size() > m_options.maxFileBytes) {
            *reason = UserMessages::text(UserMessage::TooLarge).arg(humanSize(m_options.maxFileBytes));
            return false;
        }
        struct stat after {};
        struct stat now {};
        const bool readWhole = ::fstat(fd, &after) == 0 && sameFileState(before, after)
            && (bytes->size() == after.st_size || after.st_size == 0); // /proc-like files report no size
        if (::stat(path.constData(), &now) != 0) {
            *reason = UserMessages::text(UserMessage::VanishedWhileRead);
            return false;
        }
        if (readWhole && now.st_dev == before.st_dev && now.st_ino == before.st_ino)
            return true;
        // It changed, or another file took its name: read it again.
    }
    *reason = UserMessages::text(UserMessage::KeptChanging, maxReadAttempts);
    return false;
}
#else
bool ArticleLoader::readFile(const QString &filePath, QByteArray *bytes, QString *reason) const
{
    for (int attempt = 0; attempt < maxReadAttempts; ++attempt) {
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly)) {
            *reason = UserMessages::text(UserMessage::CannotBeRead).arg(file.errorString());
            return false;
        }
        const QDateTime modified = QFileInfo(filePath).lastModified();
        const qint64 size = file.size();
        if (m_readHook)
            m_readHook(filePath, attempt);
        *bytes = file.read(m_options.maxFileBytes + 1);
        if (file.error() != QFileDevice::NoError) {
            *reason = UserMessages::text(UserMessage::ReadError).arg(file.errorString());
            return false;
        }
        if (bytes->size() > m_options.maxFileBytes) {
            *reason = UserMessages::text(UserMessage::TooLarge).arg(humanSize(m_options.maxFileBytes));
            return false;
        }
        const QFileInfo now(filePath);
        if (!now.exists()) {
            *reason = UserMessages::text(UserMessage::VanishedWhileRead);
            return false;
        }
        if (now.lastModified() == modified && now.size() == size && bytes->size() == size)
            return true;
    }
    *reason = UserMessages::text(UserMessage::KeptChanging, maxReadAttempts);
    return false;
}
#endif

bool ArticleLoader::loadBytes(const QByteArray &bytes, const QString &fileName, Article *article,
                              QString *reason) const
{
    if (bytes.isEmpty()) {
        *reason = UserMessages::text(UserMessage::EmptyFile);
        return false;
    }
    if (ContentSniffer::isWireDiffExport(bytes)) {
        *reason = UserMessages::text(UserMessage::WireDiffExport);
        return false;
    }
    if (const QString type = ContentSniffer::knownBinaryType(bytes); !type.isEmpty()) {
        *reason = type;
        return false;
    }
    const QFileInfo info(fileName);
    const ContentSniffer::Kind kind = ContentSniffer::kindOf(bytes, ContentSniffer::kindFromExtension(info.suffix()));
    article->id = articleIdForFile(fileName);

    ParsedDocument document;
    const bool parsed = kind == ContentSniffer::Kind::Xml ? parseXml(bytes, article, &document, reason)
                                                 : parseText(bytes, kind, article, &document, reason);
    if (!parsed)
        return false;
    finish(article, std::move(document));
    if (article->paragraphs.empty()) {
        *reason = article->warnings.isEmpty()
            ? UserMessages::text(UserMessage::NoArticleText)
            : UserMessages::text(UserMessage::NoArticleTextBecause).arg(article->warnings.constFirst());
        return false;
    }
    return true;
}

void ArticleLoader::finish(Article *article, ParsedDocument document) const
{
    // Roles a format marked (an <h1>, a NITF byline) stay; the classifier
    // decides the paragraphs left as body.
    if (!document.rolesFromMarkup)
        RoleClassifier::classifyRemaining(document.paragraphs);

    int splitCount = 0;
    article->paragraphs = ParagraphSplitter::limitLength(std::move(document.paragraphs),
                                                         m_options.maxParagraphChars, &splitCount);
    if (splitCount > 0) {
        article->warnings.append(UserMessages::text(UserMessage::ParagraphsCut,
                                    splitCount)
                                     .arg(m_options.maxParagraphChars));
    }
    article->title = document.title;
    if (article->title.isEmpty()) {
        for (const Paragraph &paragraph : article->paragraphs) {
            if (paragraph.role == ParagraphRole::Headline) {
                article->title = paragraph.text;
                break;
            }
        }
    }
    article->outlet = document.outlet;
    article->published = document.published;
    if (document.published.isValid())
        article->publishedFrom = document.publishedFromHeader ? TimeSource::WireHeader : TimeSource::Metadata;
    article->language = document.language.isEmpty() ? ScriptGuesser::guessLanguage(article->paragraphs)
                                                     : document.language;
    article->warnings.append(document.warnings);
    if (hasBidiControls(article->paragraphs)) {
        article->warnings.append(UserMessages::text(UserMessage::BidiControls));
    }
}

} // namespace WireDiff
