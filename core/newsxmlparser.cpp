#include "newsxmlparser.h"

#include "htmlentities.h"
#include "htmlparser.h"
#include "plaintextparser.h"
#include "roleclassifier.h"
#include "usermessages.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <algorithm>
#include <climits>
#include <optional>
#include <vector>

namespace WireDiff {

namespace {

// --- Sniffing ----------------------------------------------------------------

QString decodeUtf16(const QByteArray &bytes, QStringConverter::Encoding encoding)
{
    QStringDecoder decoder(encoding);
    return decoder.decode(bytes.left(bytes.size() & ~qsizetype(1))); // a head may end mid-character
}

// XML bytes as text for scanning its markup: UTF-16 with or without a
// byte-order mark, else UTF-8 (other 8-bit encodings keep their ASCII markup).
QString decodeXmlText(const QByteArray &head)
{
    if (head.startsWith("\xFF\xFE"))
        return decodeUtf16(head.mid(2), QStringConverter::Utf16LE);
    if (head.startsWith("\xFE\xFF"))
        return decodeUtf16(head.mid(2), QStringConverter::Utf16BE);
    if (head.size() > 1 && head.at(0) != 0 && head.at(1) == 0)
        return decodeUtf16(head, QStringConverter::Utf16LE);
    if (head.size() > 1 && head.at(0) == 0 && head.at(1) != 0)
        return decodeUtf16(head, QStringConverter::Utf16BE);
    return QString::fromUtf8(head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head);
}

// Skips "<!DOCTYPE ...>" at `pos`, including an internal subset whose
// declarations hold quoted '>' and brackets. Returns the position after it,
// or -1 when the head ends inside it.
qsizetype skipDoctype(QStringView text, qsizetype pos)
{
    int depth = 0;
    QChar quote;
    for (; pos < text.size(); ++pos) {
        const QChar c = text[pos];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('[')) {
            ++depth;
        } else if (c == QLatin1Char(']')) {
            --depth;
        } else if (c == QLatin1Char('>') && depth <= 0) {
            return pos + 1;
        }
    }
    return -1;
}

// The local name of the root element, after the XML declaration, comments,
// processing instructions and the DOCTYPE; empty when text comes first.
QString rootElementName(QStringView text)
{
    qsizetype pos = 0;
    while (pos >= 0 && pos < text.size()) {
        const QStringView rest = text.sliced(pos);
        if (rest.front().isSpace() || rest.front() == QChar::ByteOrderMark) {
            ++pos;
        } else if (rest.startsWith(u"<?")) {
            const qsizetype end = text.indexOf(u"?>", pos + 2);
            pos = end < 0 ? -1 : end + 2;
        } else if (rest.startsWith(u"<!--")) {
            const qsizetype end = text.indexOf(u"-->", pos + 4);
            pos = end < 0 ? -1 : end + 3;
        } else if (rest.startsWith(u"<!")) {
            const qsizetype end = skipDoctype(text, pos);
            if (end < 0) {
                // A DOCTYPE longer than the sniffed head (a large internal
                // subset): it names the root element itself.
                static const QRegularExpression doctype(QStringLiteral("^<!DOCTYPE\\s+([A-Za-z_][\\w.\\-]*:)?([A-Za-z_][\\w.\\-]*)"));
                return doctype.match(rest).captured(2);
            }
            pos = end;
        } else if (rest.startsWith(u"<")) {
            static const QRegularExpression name(QStringLiteral("^<([A-Za-z_][\\w.\\-]*:)?([A-Za-z_][\\w.\\-]*)"));
            return name.match(rest).captured(2);
        } else {
            break;
        }
    }
    return {};
}

constexpr int maxEntityExpansion = 1024;

bool isXmlNameCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.')
        || c == QLatin1Char(':');
}

// An upper bound of the text the document's references to entities of its
// internal DTD subset expand to. QXmlStreamReader limits each expansion to
// maxEntityExpansion characters but gathers all the text between two tags
// before reporting any, so many references to one small entity could build
// gigabytes; this bound is checked before reading starts.
qsizetype entityExpansionBound(const QByteArray &xml)
{
    if (!decodeXmlText(xml.left(4096)).contains(QLatin1String("<!DOCTYPE")))
        return 0;
    const QString text = decodeXmlText(xml);
    const qsizetype doctype = text.indexOf(QLatin1String("<!DOCTYPE"));
    const qsizetype end = skipDoctype(text, doctype);
    if (end < 0)
        return 0; // an unterminated DOCTYPE fails to parse at once
    // Internal entities only: external ones are never read.
    static const QRegularExpression declaration(
        QStringLiteral("<!ENTITY\\s+([^\\s%]\\S*)\\s+(?:\"([^\"]*)\"|'([^']*)')"));
    QHash<QString, qsizetype> expansion;
    for (const QRegularExpressionMatch &match : declaration.globalMatch(text.sliced(doctype, end - doctype))) {
        const QString value = match.captured(2) + match.captured(3);
        expansion.insert(match.captured(1), value.contains(QLatin1Char('&')) ? maxEntityExpansion : value.size());
    }
    qsizetype bound = 0;
    constexpr qsizetype longestName = 256;
    for (qsizetype amp = expansion.isEmpty() ? -1 : text.indexOf(QLatin1Char('&'), end); amp >= 0;
         amp = text.indexOf(QLatin1Char('&'), amp + 1)) {
        qsizetype nameEnd = amp + 1;
        while (nameEnd < text.size() && nameEnd - amp <= longestName && isXmlNameCharacter(text[nameEnd]))
            ++nameEnd;
        if (nameEnd < text.size() && text[nameEnd] == QLatin1Char(';'))
            bound += expansion.value(text.sliced(amp + 1, nameEnd - amp - 1));
    }
    return bound;
}

// --- Dates -------------------------------------------------------------------

// ISO 8601 in its extended form ("2023-01-30T09:52:00+09:00") or in the
// basic form NITF's norm attributes use ("20230130T095200+0900").
QDateTime parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const Qt::DateFormat format : { Qt::ISODateWithMs, Qt::ISODate }) {
        const QDateTime date = QDateTime::fromString(trimmed, format);
        if (date.isValid())
            return date;
    }
    static const QRegularExpression basic(QStringLiteral(
        "^(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch match = basic.match(trimmed);
    if (!match.hasMatch())
        return {};
    const auto field = [&match](int group) {
        return match.captured(group).isEmpty() ? QStringLiteral("00") : match.captured(group);
    };
    const QString extended = QStringLiteral("%1-%2-%3T%4:%5:%6")
                                 .arg(field(1), field(2), field(3), field(4), field(5), field(6));
    QString zone = match.captured(7);
    if (zone.size() == 5)
        zone.insert(3, QLatin1Char(':')); // "+0900" → "+09:00"
    return QDateTime::fromString(extended + zone, Qt::ISODate);
}

// --- Reading -----------------------------------------------------------------

// A metadata value offered by several elements: the lowest rank wins.
struct Candidate
{
    int rank = INT_MAX;
    QString value;

    void offer(int offeredRank, const QString &offered)
    {
        if (offeredRank < rank && !offered.trimmed().isEmpty()) {
            rank = offeredRank;
            value = offered.trimmed();
        }
    }
};

enum class Target { Paragraph, Title, Outlet, Published, InlineData };

struct CaptureRule
{
    const char *element;
    Target target;
    ParagraphRole role = ParagraphRole::Body;
    int rank = 0;
};

// Elements whose text is read as a whole, nested elements included. NITF's
// first, then NewsML-G2's and the XHTML a NewsML-G2 item may carry inline.
const CaptureRule *captureRule(QStringView element, NewsXmlParser::Dialect dialect)
{
    static const CaptureRule nitf[] = {
        { "title", Target::Title },
        { "hl1", Target::Paragraph, ParagraphRole::Headline },
        { "hl2", Target::Paragraph },
        { "byline", Target::Paragraph, ParagraphRole::Byline },
        { "tagline", Target::Paragraph, ParagraphRole::Byline },
        { "dateline", Target::Paragraph, ParagraphRole::Dateline },
        { "media-caption", Target::Paragraph, ParagraphRole::Caption },
        { "bq", Target::Paragraph }, // a quotation with its credit reads as one paragraph
        { "p", Target::Paragraph }, { "li", Target::Paragraph }, { "dd", Target::Paragraph },
        { "dt", Target::Paragraph }, { "td", Target::Paragraph }, { "th", Target::Paragraph },
    };
    static const CaptureRule newsMl[] = {
        { "headline", Target::Paragraph, ParagraphRole::Headline },
        { "by", Target::Paragraph, ParagraphRole::Byline },
        { "creditline", Target::Outlet, ParagraphRole::Body, 0 },
        { "versionCreated", Target::Published, ParagraphRole::Body, 0 },
        { "firstCreated", Target::Published, ParagraphRole::Body, 1 },
        { "contentCreated", Target::Published, ParagraphRole::Body, 2 },
        { "inlineData", Target::InlineData },
        { "h1", Target::Paragraph, ParagraphRole::Headline },
        { "h2", Target::Paragraph }, { "h3", Target::Paragraph }, { "h4", Target::Paragraph },
        { "h5", Target::Paragraph }, { "h6", Target::Paragraph }, { "pre", Target::Paragraph },
        { "figcaption", Target::Paragraph, ParagraphRole::Caption },
        { "blockquote", Target::Paragraph },
    };
    const auto find = [element](const auto &rules) -> const CaptureRule * {
        const auto it = std::find_if(std::begin(rules), std::end(rules),
                                     [element](const CaptureRule &rule) { return element == QLatin1String(rule.element); });
        return it == std::end(rules) ? nullptr : &*it;
    };
    if (const CaptureRule *rule = find(nitf))
        return rule;
    return dialect == NewsXmlParser::Dialect::Nitf ? nullptr : find(newsMl);
}

// An entity declared only in an external DTD, which is never read: HTML's
// names (&nbsp;, &mdash;) are known, anything else is dropped.
QString entityText(QStringView name)
{
    const QString reference = QLatin1Char('&') + name.toString() + QLatin1Char(';');
    const QString decoded = HtmlEntities::decode(reference);
    return decoded == reference ? QString() : decoded;
}

// Inside a capture, these elements separate words ("Jane Doe<byttl>Staff
// writer</byttl>"); all others are inline.
bool separatesWords(QStringView element)
{
    static const QStringList separators = QStringLiteral("block br byttl credit dd div dt li p td th tr")
                                              .split(QLatin1Char(' '));
    return separators.contains(element);
}

class NewsXmlReader
{
public:
    NewsXmlReader(const QByteArray &xml, NewsXmlParser::Dialect dialect);

    ParsedDocument read();

private:
    struct Capture
    {
        const CaptureRule *rule;
        qsizetype depth; // m_path size when it started
        QString contentType;
        QString text;
    };

    void startElement();
    void endElement();
    void appendText(QStringView text);
    void readAttributes(QStringView element);
    bool startsSkippedSubtree(QStringView element) const;
    bool startsBodyContent(QStringView element) const;
    void finishCapture();
    void flushLooseText();
    void addParagraph(const QString &text, ParagraphRole role);
    void addErrorWarning();

    QXmlStreamReader m_reader;
    NewsXmlParser::Dialect m_dialect;
    ParsedDocument m_document;
    std::vector<QString> m_path; // local names of the open elements
    std::optional<Capture> m_capture;
    QString m_looseText;
    QSet<QString> m_markedParagraphs; // "role:text" of the headlines, bylines, ... read
    qsizetype m_bodyDepth = -1; // m_path size where body content starts
    qsizetype m_skipDepth = -1; // m_path size where an ignored subtree starts
    Candidate m_title;
    Candidate m_outlet;
    Candidate m_language;
    Candidate m_published;
};

NewsXmlReader::NewsXmlReader(const QByteArray &xml, NewsXmlParser::Dialect dialect)
    : m_reader(xml)
    , m_dialect(dialect)
{
    // No entity resolver is ever installed, so external entities stay
    // unresolved; one internal entity may not expand past a kilobyte, which
    // stops a "billion laughs" file at once.
    m_reader.setEntityExpansionLimit(maxEntityExpansion);
}

ParsedDocument NewsXmlReader::read()
{
    while (!m_reader.atEnd()) {
        switch (m_reader.readNext()) {
        case QXmlStreamReader::StartElement: startElement(); break;
        case QXmlStreamReader::EndElement: endElement(); break;
        case QXmlStreamReader::Characters: appendText(m_reader.text()); break;
        case QXmlStreamReader::EntityReference: appendText(entityText(m_reader.name())); break;
        default: break;
        }
    }
    if (m_reader.hasError()) {
        if (m_capture)
            finishCapture(); // a truncated file keeps what it holds
        addErrorWarning();
    }
    flushLooseText();
    // Wire markup states every role: <p> is body as surely as <hl1> is the
    // headline. Inline plain text was classified when it was read.
    m_document.rolesFromMarkup = true;
    m_document.title = m_title.value;
    m_document.outlet = m_outlet.value;
    m_document.language = m_language.value.replace(QLatin1Char('_'), QLatin1Char('-'));
    m_document.published = parseDate(m_published.value);
    return std::move(m_document);
}

void NewsXmlReader::startElement()
{
    const QStringView element = m_reader.name();
    flushLooseText();
    if (m_skipDepth < 0)
        readAttributes(element);
    if (m_capture) {
        if (separatesWords(element))
            m_capture->text.append(QLatin1Char(' '));
    } else if (m_skipDepth < 0) {
        if (startsSkippedSubtree(element)) {
            m_skipDepth = qsizetype(m_path.size());
        } else if (const CaptureRule *rule = captureRule(element, m_dialect)) {
            m_capture = Capture { rule, qsizetype(m_path.size()),
                                  m_reader.attributes().value(QLatin1String("contenttype")).toString(), {} };
        } else if (m_bodyDepth < 0 && startsBodyContent(element)) {
            m_bodyDepth = qsizetype(m_path.size());
        }
    }
    m_path.push_back(element.toString());
}

void NewsXmlReader::endElement()
{
    m_path.pop_back();
    const qsizetype depth = qsizetype(m_path.size());
    if (m_capture && m_capture->depth == depth)
        finishCapture();
    else if (m_capture && separatesWords(m_reader.name()))
        m_capture->text.append(QLatin1Char(' '));
    flushLooseText();
    if (m_skipDepth == depth)
        m_skipDepth = -1;
    if (m_bodyDepth == depth)
        m_bodyDepth = -1;
}

void NewsXmlReader::appendText(QStringView text)
{
    if (m_capture)
        m_capture->text.append(text);
    else if (m_bodyDepth >= 0 && m_skipDepth < 0)
        m_looseText.append(text); // text straight inside <bq>, <div>, <body.content>
}

void NewsXmlReader::readAttributes(QStringView element)
{
    const QXmlStreamAttributes attributes = m_reader.attributes();
    const auto value = [&attributes](const char *name) { return attributes.value(QLatin1String(name)).toString(); };
    m_language.offer(1, value("xml:lang"));
    m_language.offer(1, value("lang"));
    if (element == QLatin1String("language"))
        m_language.offer(0, value("tag"));
    else if (element == QLatin1String("date.issue"))
        m_published.offer(3, value("norm"));
    else if (element == QLatin1String("date.release"))
        m_published.offer(4, value("norm"));
    else if (element == QLatin1String("story.date"))
        m_published.offer(5, value("norm"));
    else if (element == QLatin1String("doc.copyright"))
        m_outlet.offer(1, value("holder"));
    else if (element == QLatin1String("pubdata"))
        m_outlet.offer(2, value("name"));
    else if (element == QLatin1String("provider"))
        m_outlet.offer(3, value("literal"));
    else if (element == QLatin1String("copyrightHolder"))
        m_outlet.offer(4, value("literal"));
}

// Scripts, styles, page furniture and an XHTML <head> (NITF's <head> holds the
// metadata and is read).
bool NewsXmlReader::startsSkippedSubtree(QStringView element) const
{
    static const QStringList skipped = QStringLiteral("aside form iframe nav object script style").split(QLatin1Char(' '));
    const bool xhtmlHead = element == QLatin1String("head") && !m_path.empty() && m_path.back() == QLatin1String("html");
    return xhtmlHead || skipped.contains(element);
}

bool NewsXmlReader::startsBodyContent(QStringView element) const
{
    const bool xhtmlBody = element == QLatin1String("body") && !m_path.empty() && m_path.back() == QLatin1String("html");
    return xhtmlBody || element == QLatin1String("body.content") || element == QLatin1String("inlineXML");
}

void NewsXmlReader::finishCapture()
{
    const Capture capture = std::move(*m_capture);
    m_capture.reset();
    const CaptureRule &rule = *capture.rule;
    switch (rule.target) {
    case Target::Paragraph: addParagraph(capture.text.simplified(), rule.role); break;
    case Target::Title: m_title.offer(rule.rank, capture.text.simplified()); break;
    case Target::Outlet: m_outlet.offer(rule.rank, capture.text.simplified()); break;
    case Target::Published: m_published.offer(rule.rank, capture.text); break;
    case Target::InlineData: {
        const bool html = capture.contentType.contains(QLatin1String("html"), Qt::CaseInsensitive);
        ParsedDocument inlineDocument = html ? HtmlParser::parse(capture.text) : PlainTextParser::parse(capture.text);
        RoleClassifier::classifyRemaining(inlineDocument.paragraphs);
        for (const Paragraph &paragraph : inlineDocument.paragraphs)
            addParagraph(paragraph.text, paragraph.role);
        break;
    }
    }
}

void NewsXmlReader::flushLooseText()
{
    addParagraph(m_looseText.simplified(), ParagraphRole::Body);
    m_looseText.clear();
}

// A headline, byline or dateline that repeats one already read (the item's
// metadata and its inline body both carry it) is read once.
void NewsXmlReader::addParagraph(const QString &text, ParagraphRole role)
{
    if (text.isEmpty())
        return;
    if (role != ParagraphRole::Body) {
        const QString key = paragraphRoleName(role) + QLatin1Char(':') + text;
        if (m_markedParagraphs.contains(key))
            return;
        m_markedParagraphs.insert(key);
    }
    m_document.paragraphs.push_back(Paragraph { text, role });
}

void NewsXmlReader::addErrorWarning()
{
    const QString line = QString::number(m_reader.lineNumber());
    const QString message = m_reader.error() == QXmlStreamReader::PrematureEndOfDocumentError
        ? UserMessages::text(UserMessage::TruncatedXml)
        : UserMessages::text(UserMessage::XmlError);
    m_document.warnings.append(message.arg(line, m_reader.errorString()));
}

} // namespace

NewsXmlParser::Dialect NewsXmlParser::sniff(const QByteArray &head)
{
    const QString root = rootElementName(decodeXmlText(head));
    if (root == QLatin1String("nitf"))
        return Dialect::Nitf;
    if (root == QLatin1String("newsItem") || root == QLatin1String("newsMessage"))
        return Dialect::NewsMLG2;
    return Dialect::Unknown;
}

ParsedDocument NewsXmlParser::parse(const QByteArray &xml, Dialect dialect)
{
    // Text, markup and references all shrink when read, so expansions past
    // twice the file's size are an attack, not an article.
    const qsizetype textBudget = 2 * xml.size() + 65536;
    if (entityExpansionBound(xml) > textBudget) {
        ParsedDocument refused;
        refused.warnings.append(UserMessages::text(UserMessage::EntityExpansion));
        return refused;
    }
    return NewsXmlReader(xml, dialect).read();
}

} // namespace WireDiff
