#include "articleloader.h"

#include "encodingdetector.h"
#include "htmlparser.h"
#include "newsxmlparser.h"
#include "paragraphsplitter.h"
#include "plaintextparser.h"
#include "roleclassifier.h"
#include "scriptguesser.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace WireDiff {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("WireDiff::ArticleLoader", text, nullptr, n);
}

enum class ContentKind { Text, Markdown, Html, Xml };

ContentKind kindFromExtension(const QString &suffix)
{
    const QString s = suffix.toLower();
    if (s == QLatin1String("html") || s == QLatin1String("htm") || s == QLatin1String("xhtml"))
        return ContentKind::Html;
    if (s == QLatin1String("xml") || s == QLatin1String("nitf") || s == QLatin1String("nml")
        || s == QLatin1String("newsml")) {
        return ContentKind::Xml;
    }
    if (s == QLatin1String("md") || s == QLatin1String("markdown"))
        return ContentKind::Markdown;
    return ContentKind::Text;
}

// The extension is a hint; the first bytes decide, so a misnamed file is
// still read for what it is.
ContentKind sniffKind(const QByteArray &bytes, ContentKind hint)
{
    QByteArray head = bytes.left(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    // UTF-16 heads: drop the zero bytes for sniffing purposes only.
    if (head.size() > 1 && (head.at(0) == 0 || head.at(1) == 0 || head.startsWith("\xFF\xFE")
                            || head.startsWith("\xFE\xFF"))) {
        head.replace('\0', QByteArray());
        head.replace("\xFF\xFE", QByteArray());
        head.replace("\xFE\xFF", QByteArray());
    }
    const QByteArray lower = head.trimmed().toLower();
    if (NewsXmlParser::sniff(head) != NewsXmlParser::Dialect::Unknown)
        return ContentKind::Xml;
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<body")
        || (lower.startsWith("<") && (lower.contains("<p>") || lower.contains("<div")))) {
        return ContentKind::Html;
    }
    if (hint == ContentKind::Html && !lower.contains('<'))
        return ContentKind::Text;
    if (hint == ContentKind::Xml)
        return lower.startsWith("<") ? ContentKind::Xml : ContentKind::Text;
    return hint;
}

QString declaredHtmlCharset(const QByteArray &bytes)
{
    static const QRegularExpression charset(
        QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = charset.match(QString::fromLatin1(bytes.left(4096)));
    return match.hasMatch() ? match.captured(1) : QString();
}

QString humanSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
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

QStringList ArticleLoader::articleFiles(const QString &folderPath, QStringList *skippedNotes) const
{
    QDir::Filters filters = QDir::Files | QDir::System;
    if (m_options.includeHidden)
        filters |= QDir::Hidden;
    QStringList files;
    QSet<QString> seenFolders;
    std::vector<QString> pending { folderPath };
    while (!pending.empty()) {
        const QString folder = pending.back();
        pending.pop_back();
        const QString canonical = QFileInfo(folder).canonicalFilePath();
        if (canonical.isEmpty() || seenFolders.contains(canonical))
            continue; // a symbolic-link loop, or a folder that vanished
        seenFolders.insert(canonical);
        const QDir dir(folder);
        const QFileInfoList entries = dir.entryInfoList(filters | QDir::Dirs | QDir::NoDotAndDotDot,
                                                        QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (entry.isSymLink() && !entry.exists()) {
                if (skippedNotes)
                    skippedNotes->append(entry.absoluteFilePath());
                files.append(entry.absoluteFilePath()); // reported as dangling when loaded
                continue;
            }
            if (entry.isDir()) {
                if (m_options.recurse)
                    pending.push_back(entry.absoluteFilePath());
                continue;
            }
            files.append(entry.absoluteFilePath());
        }
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(files.begin(), files.end(), [&collator](const QString &a, const QString &b) {
        return collator.compare(a, b) < 0;
    });
    return files;
}

LoadResult ArticleLoader::loadFolder(const QString &folderPath, const Cancellation &cancel) const
{
    const QFileInfo info(folderPath);
    if (!info.exists()) {
        LoadResult result;
        result.error = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folderPath));
        return result;
    }
    if (!info.isDir()) {
        LoadResult result;
        result.error = tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folderPath));
        return result;
    }
    if (!info.isReadable() || !QDir(folderPath).isReadable()) {
        LoadResult result;
        result.error = tr("The folder %1 cannot be read.").arg(QDir::toNativeSeparators(folderPath));
        return result;
    }
    return loadFiles(articleFiles(folderPath), cancel);
}

LoadResult ArticleLoader::loadFiles(const QStringList &filePaths, const Cancellation &cancel) const
{
    LoadResult result;
    QSet<QString> usedIds;
    const int total = int(filePaths.size());
    for (int i = 0; i < total; ++i) {
        if (cancel.isCancelled())
            break;
        cancel.reportProgress(i, total);
        const QString &path = filePaths.at(i);
        if (int(result.articles.size()) >= m_options.maxArticles) {
            result.skipped.push_back({ path, tr("over the limit of %n articles in one comparison",
                                                 m_options.maxArticles) });
            continue;
        }
        Article article;
        QString reason;
        if (!loadFile(path, &article, &reason)) {
            result.skipped.push_back({ path, reason });
            continue;
        }
        // Ids are file names without extension; "story.txt" and "story.html"
        // in one folder keep their extensions to stay distinct.
        if (usedIds.contains(article.id))
            article.id = QFileInfo(path).fileName();
        for (int n = 2; usedIds.contains(article.id); ++n)
            article.id = QStringLiteral("%1~%2").arg(QFileInfo(path).fileName()).arg(n);
        usedIds.insert(article.id);
        result.articles.push_back(std::move(article));
    }
    cancel.reportProgress(total, total);
    return result;
}

bool ArticleLoader::loadFile(const QString &filePath, Article *article, QString *reason) const
{
    const QFileInfo info(filePath);
    if (info.isSymLink() && !info.exists()) {
        *reason = tr("dangling symbolic link");
        return false;
    }
    if (!info.exists()) {
        *reason = tr("file not found (it may have been moved or deleted)");
        return false;
    }
    if (info.isDir()) {
        *reason = tr("is a folder, not a file");
        return false;
    }
    if (!info.isFile()) {
        *reason = tr("not a regular file");
        return false;
    }
    if (info.size() > m_options.maxFileBytes) {
        *reason = tr("too large (%1; the limit is %2)")
                      .arg(humanSize(info.size()), humanSize(m_options.maxFileBytes));
        return false;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = tr("cannot be read: %1").arg(file.errorString());
        return false;
    }
    // Read one byte past the limit, so a file that grows while it is read is
    // caught instead of read without bound.
    const QByteArray bytes = file.read(m_options.maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *reason = tr("read error: %1").arg(file.errorString());
        return false;
    }
    if (bytes.size() > m_options.maxFileBytes) {
        *reason = tr("too large (over %1)").arg(humanSize(m_options.maxFileBytes));
        return false;
    }
    if (!loadBytes(bytes, filePath, article, reason))
        return false;
    article->filePath = info.absoluteFilePath();
    if (!article->published.isValid())
        article->published = info.lastModified();
    return true;
}

bool ArticleLoader::loadBytes(const QByteArray &bytes, const QString &fileName, Article *article,
                              QString *reason) const
{
    if (bytes.isEmpty()) {
        *reason = tr("empty file");
        return false;
    }
    const QFileInfo info(fileName);
    const ContentKind kind = sniffKind(bytes, kindFromExtension(info.suffix()));
    article->id = articleIdForFile(fileName);

    ParsedDocument document;
    if (kind == ContentKind::Xml) {
        const NewsXmlParser::Dialect dialect = NewsXmlParser::sniff(bytes.left(4096));
        if (dialect == NewsXmlParser::Dialect::Unknown) {
            *reason = tr("XML, but neither NITF nor NewsML-G2");
            return false;
        }
        document = NewsXmlParser::parse(bytes, dialect);
        article->format = dialect == NewsXmlParser::Dialect::Nitf ? ArticleFormat::Nitf
                                                                  : ArticleFormat::NewsMLG2;
        article->encoding = EncodingDetector::detect(bytes);
    } else {
        const QString declared = kind == ContentKind::Html ? declaredHtmlCharset(bytes) : QString();
        const DecodedText decoded = EncodingDetector::decode(bytes, declared);
        if (decoded.looksBinary) {
            *reason = tr("binary file, not text");
            return false;
        }
        if (decoded.text.trimmed().isEmpty()) {
            *reason = tr("contains only white space");
            return false;
        }
        article->encoding = decoded.encoding;
        article->hadDecodingErrors = decoded.hadErrors;
        if (decoded.hadErrors) {
            article->warnings.append(
                tr("invalid %1 byte sequences were replaced by \u201C\uFFFD\u201D").arg(decoded.encoding));
        }
        if (kind == ContentKind::Html) {
            document = HtmlParser::parse(decoded.text);
            article->format = ArticleFormat::Html;
        } else {
            const bool markdown = kind == ContentKind::Markdown;
            document = PlainTextParser::parse(decoded.text, markdown);
            article->format = markdown ? ArticleFormat::Markdown
                : PlainTextParser::looksLikePressAssociationWire(decoded.text)
                ? ArticleFormat::PressAssociationWire
                : ArticleFormat::PlainText;
        }
    }
    finish(article, std::move(document));
    if (article->paragraphs.empty()) {
        *reason = tr("no article text found");
        return false;
    }
    return true;
}

void ArticleLoader::finish(Article *article, ParsedDocument document) const
{
    if (!document.rolesFromMarkup)
        RoleClassifier::classify(document.paragraphs);

    int splitCount = 0;
    article->paragraphs = ParagraphSplitter::limitLength(std::move(document.paragraphs),
                                                         m_options.maxParagraphChars, &splitCount);
    if (splitCount > 0) {
        article->warnings.append(tr("%n over-long paragraph(s) were cut into pieces of at most %1 characters",
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
    article->language = document.language.isEmpty() ? ScriptGuesser::guessLanguage(article->paragraphs)
                                                     : document.language;
    article->warnings.append(document.warnings);
}

} // namespace WireDiff
