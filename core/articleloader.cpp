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
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace WireDiff {

namespace {

// lupdate takes the context from this declaration, so messages from free
// functions and helper classes land where the lookup at run time finds them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::ArticleLoader)
};

// How much of a file's start is read to tell its format and declared charset.
constexpr qsizetype sniffBytes = 4096;

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
    const QByteArray head = bytes.left(sniffBytes);
    if (NewsXmlParser::sniff(head) != NewsXmlParser::Dialect::Unknown)
        return ContentKind::Xml;
    // A page starts with markup: a DOCTYPE, or a common HTML element after an
    // optional XML declaration and comments.
    static const QRegularExpression htmlStart(
        QStringLiteral("^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|"
                       "title|article|main|section|div|p|h[1-6]|table|ul|ol|span|a|b|i|em|strong|br|img|figure)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QString text = EncodingDetector::decode(head).text;
    if (htmlStart.match(text).hasMatch())
        return ContentKind::Html;
    if (hint == ContentKind::Html)
        return text.contains(QLatin1Char('<')) ? ContentKind::Html : ContentKind::Text;
    if (hint == ContentKind::Xml)
        return text.trimmed().startsWith(QLatin1Char('<')) ? ContentKind::Xml : ContentKind::Text;
    return hint;
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

QString declaredHtmlCharset(const QByteArray &bytes)
{
    static const QRegularExpression charset(
        QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = charset.match(QString::fromLatin1(bytes.left(sniffBytes)));
    return match.hasMatch() ? match.captured(1) : QString();
}

QString humanSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString folderError(const QString &folderPath)
{
    const QFileInfo info(folderPath);
    const QString shown = QDir::toNativeSeparators(folderPath);
    if (!info.exists())
        return Messages::tr("The folder %1 does not exist.").arg(shown);
    if (!info.isDir())
        return Messages::tr("%1 is not a folder.").arg(shown);
    if (!info.isReadable() || !QDir(folderPath).isReadable())
        return Messages::tr("The folder %1 cannot be read.").arg(shown);
    return {};
}

// Why a path cannot be opened as an article file, judged before reading it;
// empty when it can.
QString unloadableReason(const QFileInfo &info, qint64 maxBytes)
{
    if (info.isSymLink() && !info.exists())
        return isSymLinkLoop(info) ? Messages::tr("symbolic link loop") : Messages::tr("dangling symbolic link");
    if (!info.exists())
        return Messages::tr("file not found (it may have been moved or deleted)");
    if (info.isDir())
        return Messages::tr("is a folder, not a file");
    if (!info.isFile())
        return Messages::tr("not a regular file");
    if (info.size() > maxBytes)
        return Messages::tr("too large (%1; the limit is %2)").arg(humanSize(info.size()), humanSize(maxBytes));
    return {};
}

bool parseXml(const QByteArray &bytes, Article *article, ParsedDocument *document, QString *reason)
{
    const NewsXmlParser::Dialect dialect = NewsXmlParser::sniff(bytes.left(sniffBytes));
    if (dialect == NewsXmlParser::Dialect::Unknown) {
        *reason = Messages::tr("XML, but neither NITF nor NewsML-G2");
        return false;
    }
    *document = NewsXmlParser::parse(bytes, dialect);
    // Decoded text files are NFC; XML text must compare equal to them.
    for (Paragraph &paragraph : document->paragraphs)
        paragraph.text = EncodingDetector::toNfc(paragraph.text);
    article->format = dialect == NewsXmlParser::Dialect::Nitf ? ArticleFormat::Nitf : ArticleFormat::NewsMLG2;
    article->encoding = EncodingDetector::detect(bytes);
    return true;
}

bool parseText(const QByteArray &bytes, ContentKind kind, Article *article, ParsedDocument *document,
               QString *reason)
{
    const QString declared = kind == ContentKind::Html ? declaredHtmlCharset(bytes) : QString();
    const DecodedText decoded = EncodingDetector::decode(bytes, declared);
    if (decoded.looksBinary) {
        *reason = Messages::tr("binary file, not text");
        return false;
    }
    if (decoded.text.trimmed().isEmpty()) {
        *reason = Messages::tr("contains only white space");
        return false;
    }
    article->encoding = decoded.encoding;
    article->hadDecodingErrors = decoded.hadErrors;
    if (decoded.hadErrors) {
        article->warnings.append(
            Messages::tr("invalid %1 byte sequences were replaced by \u201C\uFFFD\u201D").arg(decoded.encoding));
    }
    if (kind == ContentKind::Html) {
        *document = HtmlParser::parse(decoded.text);
        article->format = ArticleFormat::Html;
    } else if (kind == ContentKind::Markdown) {
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

QStringList ArticleLoader::articleFiles(const QString &folderPath, QStringList *skippedNotes) const
{
    const auto note = [skippedNotes](const QString &path, const QString &reason) {
        if (skippedNotes)
            skippedNotes->append(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), reason));
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
            note(folder, Messages::tr("folder already read (a symbolic link loop)"));
            continue;
        }
        visited.insert(canonical);
        for (const QFileInfo &entry : QDir(folder).entryInfoList(filters, QDir::Name)) {
            if (!entry.isDir())
                files.append(entry.absoluteFilePath());
            else if (m_options.recurse)
                pending.push_back(entry.absoluteFilePath());
            else
                note(entry.absoluteFilePath(), Messages::tr("subfolder, not read"));
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

LoadResult ArticleLoader::loadFolder(const QString &folderPath, const Cancellation &cancel) const
{
    LoadResult result;
    result.error = folderError(folderPath);
    return result.error.isEmpty() ? loadFiles(articleFiles(folderPath), cancel) : result;
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
            result.skipped.push_back({ path, Messages::tr("over the limit of %n articles in one comparison", nullptr,
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
    *reason = unloadableReason(info, m_options.maxFileBytes);
    if (!reason->isEmpty())
        return false;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = Messages::tr("cannot be read: %1").arg(file.errorString());
        return false;
    }
    // Read one byte past the limit, so a file that grows while it is read is
    // caught instead of read without bound.
    const QByteArray bytes = file.read(m_options.maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *reason = Messages::tr("read error: %1").arg(file.errorString());
        return false;
    }
    if (bytes.size() > m_options.maxFileBytes) {
        *reason = Messages::tr("too large (over %1)").arg(humanSize(m_options.maxFileBytes));
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
        *reason = Messages::tr("empty file");
        return false;
    }
    const QFileInfo info(fileName);
    const ContentKind kind = sniffKind(bytes, kindFromExtension(info.suffix()));
    article->id = articleIdForFile(fileName);

    ParsedDocument document;
    const bool parsed = kind == ContentKind::Xml ? parseXml(bytes, article, &document, reason)
                                                 : parseText(bytes, kind, article, &document, reason);
    if (!parsed)
        return false;
    finish(article, std::move(document));
    if (article->paragraphs.empty()) {
        *reason = article->warnings.isEmpty()
            ? Messages::tr("no article text found")
            : Messages::tr("no article text found (%1)").arg(article->warnings.constFirst());
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
        article->warnings.append(Messages::tr("%n over-long paragraph(s) were cut into pieces of at most %1 characters",
                                              nullptr, splitCount)
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
    article->publishedFromMetadata = document.published.isValid();
    article->language = document.language.isEmpty() ? ScriptGuesser::guessLanguage(article->paragraphs)
                                                     : document.language;
    article->warnings.append(document.warnings);
}

} // namespace WireDiff
