#include "contentsniffer.h"

#include "encodingdetector.h"
#include "newsxmlparser.h"
#include "usermessages.h"

#include <QByteArrayView>
#include <QRegularExpression>

namespace WireDiff {

ContentSniffer::Kind ContentSniffer::kindFromExtension(const QString &suffix)
{
    const QString s = suffix.toLower();
    if (s == QLatin1String("html") || s == QLatin1String("htm") || s == QLatin1String("xhtml"))
        return Kind::Html;
    if (s == QLatin1String("xml") || s == QLatin1String("nitf") || s == QLatin1String("nml")
        || s == QLatin1String("newsml")) {
        return Kind::Xml;
    }
    if (s == QLatin1String("md") || s == QLatin1String("markdown"))
        return Kind::Markdown;
    return Kind::Text;
}

namespace {

// Elements a page is written with: the start of a page, or a tag anywhere
// in a file named .html, names one of these. A "<" alone does not make
// HTML: plain text named .html says "<5%" and "Jane <jane@example.com>".
constexpr const char *htmlElements =
    "!doctype\\s+html|html|head|body|meta|link|title|script|style|noscript|header|footer|nav|aside|article|main|"
    "section|div|p|h[1-6]|table|tr|td|ul|ol|li|dl|blockquote|pre|center|font|span|a|b|i|u|em|strong|br|hr|img|"
    "figure|figcaption|form|iframe";

} // namespace

// The extension is a hint; the first bytes decide, so a misnamed file is
// still read for what it is.
ContentSniffer::Kind ContentSniffer::kindOf(const QByteArray &bytes, Kind hint)
{
    const QByteArray head = bytes.left(headBytes);
    if (NewsXmlParser::sniff(head) != NewsXmlParser::Dialect::Unknown)
        return Kind::Xml;
    // A page starts with markup: a DOCTYPE, or a common HTML element after an
    // optional XML declaration and comments.
    static const QRegularExpression htmlStart(
        QStringLiteral("^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:%1)\\b").arg(QLatin1String(htmlElements)),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression htmlTag(QStringLiteral("</?(?:%1)\\b[^<>]*>").arg(QLatin1String(htmlElements)),
                                            QRegularExpression::CaseInsensitiveOption);
    const QString text = EncodingDetector::decode(head).text;
    if (htmlStart.match(text).hasMatch())
        return Kind::Html;
    if (hint == Kind::Html)
        return htmlTag.match(text).hasMatch() ? Kind::Html : Kind::Text;
    if (hint == Kind::Xml)
        return text.trimmed().startsWith(QLatin1Char('<')) ? Kind::Xml : Kind::Text;
    return hint;
}

QString ContentSniffer::declaredHtmlCharset(const QByteArray &bytes)
{
    static const QRegularExpression charset(
        QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = charset.match(QString::fromLatin1(bytes.left(headBytes)));
    return match.hasMatch() ? match.captured(1) : QString();
}

namespace {

// An XML declaration naming an encoding: (1) up to the value, (2) its
// quote, (3) the name.
const QRegularExpression &xmlEncodingDeclaration()
{
    static const QRegularExpression declaration(
        QStringLiteral("^(\\s*<\\?xml[^>]*?\\sencoding\\s*=\\s*)([\"'])([A-Za-z0-9_\\-:.]*)\\2"));
    return declaration;
}

} // namespace

QString ContentSniffer::declaredXmlEncoding(const QByteArray &bytes)
{
    const QRegularExpressionMatch match = xmlEncodingDeclaration().match(QString::fromLatin1(bytes.left(headBytes)));
    return match.hasMatch() ? match.captured(3) : QString();
}

QString ContentSniffer::declaringUtf8(QString xml)
{
    return xml.replace(xmlEncodingDeclaration(), QStringLiteral("\\1\"UTF-8\""));
}

// Files that are plainly not article text, by their first bytes: the
// reason names what they are, so an editor knows what was left out.
QString ContentSniffer::knownBinaryType(const QByteArray &bytes)
{
    struct Signature
    {
        QByteArrayView magic;
        UserMessage what;
    };
    static const Signature signatures[] = {
        { "%PDF-", UserMessage::PdfDocument },
        { "PK\x03\x04", UserMessage::ZipArchive },
        { "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", UserMessage::OfficeDocument },
        { "{\\rtf", UserMessage::RtfDocument },
        { "\x89PNG", UserMessage::PngImage },
        { "GIF87a", UserMessage::GifImage },
        { "GIF89a", UserMessage::GifImage },
        { "\xFF\xD8\xFF", UserMessage::JpegImage },
        { "\x1F\x8B", UserMessage::GzipFile },
        { "BZh", UserMessage::Bzip2File },
        { "\xFD" "7zXZ", UserMessage::XzFile },
        { "7z\xBC\xAF\x27\x1C", UserMessage::SevenZipArchive },
        { "Rar!\x1A\x07", UserMessage::RarArchive },
        { "\x7F" "ELF", UserMessage::Program },
    };
    for (const Signature &signature : signatures) {
        if (bytes.startsWith(signature.magic)) {
            // "BZh" alone is also how a text may start: bzip2 follows it with a block size digit.
            if (signature.magic == QByteArrayView("BZh") && (bytes.size() < 4 || bytes.at(3) < '1' || bytes.at(3) > '9'))
                continue;
            return UserMessages::text(signature.what);
        }
    }
    return {};
}

bool ContentSniffer::isWireDiffExport(const QByteArray &bytes)
{
    // The JSON report: an object naming its schema. The key comes after the
    // rows, so the whole file is searched (a fixed string: fast even at the
    // size limit).
    const QByteArray start = bytes.left(64).trimmed();
    if (start.startsWith('{'))
        return bytes.contains(QByteArray("\"wirediff-report/"));
    // The PDF export: QPdfWriter puts the document information, with the
    // creator WireDiff sets, in UTF-16 before the pages.
    if (bytes.startsWith("%PDF-")) {
        static const QByteArray creator = [] {
            QByteArray marker("/Creator (\xFE\xFF");
            for (const char c : QByteArrayView("WireDiff")) {
                marker.append('\0');
                marker.append(c);
            }
            return marker;
        }();
        return bytes.left(headBytes).contains(creator);
    }
    static const QRegularExpression generator(QStringLiteral("<meta\\s+name\\s*=\\s*\"generator\"\\s+content\\s*=\\s*\"WireDiff\""),
                                              QRegularExpression::CaseInsensitiveOption);
    const QByteArray head = bytes.left(headBytes);
    return head.contains("WireDiff") && generator.match(QString::fromLatin1(head)).hasMatch();
}

} // namespace WireDiff
