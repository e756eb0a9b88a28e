#include "htmltokenizer.h"

#include "htmlentities.h"

#include <QSet>
#include <QStringList>

#include <utility>

namespace WireDiff {

namespace {

bool isHtmlSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n')
        || c == QLatin1Char('\r') || c == QLatin1Char('\f');
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isRawTextElement(const QString &name)
{
    static const QSet<QString> elements = [] {
        const QStringList names = QStringLiteral("iframe noembed noframes noscript plaintext script style "
                                                 "textarea title xmp")
                                      .split(QLatin1Char(' '));
        return QSet<QString>(names.cbegin(), names.cend());
    }();
    return elements.contains(name);
}

HtmlToken textToken(QString text)
{
    HtmlToken token;
    token.kind = HtmlToken::Kind::Text;
    token.text = std::move(text);
    return token;
}

} // namespace

const HtmlAttribute *HtmlToken::find(QLatin1String attributeName) const
{
    for (const HtmlAttribute &attribute : attributes) {
        if (attribute.name == attributeName)
            return &attribute;
    }
    return nullptr;
}

QString HtmlToken::attribute(QLatin1String attributeName) const
{
    const HtmlAttribute *found = find(attributeName);
    return found ? found->value : QString();
}

HtmlTokenizer::HtmlTokenizer(QStringView html)
    : m_html(html)
{
}

HtmlToken HtmlTokenizer::next()
{
    while (m_pos < m_html.size()) {
        if (!m_rawTextElement.isEmpty())
            return readRawText();
        if (!startsMarkup(m_pos))
            return readText();
        if (std::optional<HtmlToken> token = readMarkup())
            return std::move(*token);
    }
    return {};
}

bool HtmlTokenizer::startsMarkup(qsizetype pos) const
{
    if (m_html[pos] != QLatin1Char('<') || pos + 1 >= m_html.size())
        return false;
    const QChar c = m_html[pos + 1];
    return isAsciiLetter(c) || c == QLatin1Char('/') || c == QLatin1Char('!') || c == QLatin1Char('?');
}

qsizetype HtmlTokenizer::skipSpaces(qsizetype pos) const
{
    while (pos < m_html.size() && isHtmlSpace(m_html[pos]))
        ++pos;
    return pos;
}

HtmlToken HtmlTokenizer::readText()
{
    // The first character is text even when it is a '<' that starts no tag ("a < b").
    qsizetype end = m_pos + 1;
    while ((end = m_html.indexOf(QLatin1Char('<'), end)) >= 0 && !startsMarkup(end))
        ++end;
    if (end < 0)
        end = m_html.size();
    const QStringView text = m_html.sliced(m_pos, end - m_pos);
    m_pos = end;
    return textToken(HtmlEntities::decode(text));
}

bool HtmlTokenizer::closesRawText(qsizetype pos, const QString &element) const
{
    const qsizetype after = pos + 2 + element.size();
    return m_html.sliced(pos + 2).startsWith(element, Qt::CaseInsensitive)
        && (after >= m_html.size() || isHtmlSpace(m_html[after]) || m_html[after] == QLatin1Char('/')
            || m_html[after] == QLatin1Char('>'));
}

HtmlToken HtmlTokenizer::readRawText()
{
    const QString element = std::exchange(m_rawTextElement, QString());
    qsizetype end = m_pos;
    while ((end = m_html.indexOf(u"</", end)) >= 0 && !closesRawText(end, element))
        end += 2;
    if (end < 0)
        end = m_html.size();
    const QStringView raw = m_html.sliced(m_pos, end - m_pos);
    m_pos = end;
    // <title> and <textarea> hold text with references; the others hold code.
    const bool escapable = element == QLatin1String("title") || element == QLatin1String("textarea");
    return textToken(escapable ? HtmlEntities::decode(raw) : raw.toString());
}

HtmlToken HtmlTokenizer::readCData()
{
    // XHTML's CDATA sections hold literal text.
    constexpr qsizetype openerLength = 9; // "<![CDATA["
    const qsizetype start = m_pos + openerLength;
    const qsizetype end = m_html.indexOf(u"]]>", start);
    const qsizetype stop = end < 0 ? m_html.size() : end;
    m_pos = end < 0 ? m_html.size() : end + 3;
    return textToken(m_html.sliced(start, stop - start).toString());
}

void HtmlTokenizer::skipPast(QStringView terminator, qsizetype from)
{
    const qsizetype at = m_html.indexOf(terminator, from);
    m_pos = at < 0 ? m_html.size() : at + terminator.size();
}

std::optional<HtmlToken> HtmlTokenizer::readMarkup()
{
    const QStringView rest = m_html.sliced(m_pos);
    if (rest.startsWith(u"<!--")) {
        skipPast(u"-->", m_pos + 2); // from the opener's dashes: "<!-->" is a complete, empty comment
        return std::nullopt;
    }
    if (rest.startsWith(u"<![CDATA["))
        return readCData();
    if (rest[1] == QLatin1Char('!') || rest[1] == QLatin1Char('?')) {
        skipPast(u">", m_pos); // DOCTYPE, processing instruction, bogus comment
        return std::nullopt;
    }
    if (rest[1] != QLatin1Char('/'))
        return readTag(HtmlToken::Kind::StartTag);
    if (rest.size() > 2 && isAsciiLetter(rest[2]))
        return readTag(HtmlToken::Kind::EndTag);
    skipPast(u">", m_pos); // "</>" and "</ x>" mean nothing
    return std::nullopt;
}

std::optional<HtmlToken> HtmlTokenizer::readTag(HtmlToken::Kind kind)
{
    HtmlToken token;
    token.kind = kind;
    qsizetype pos = m_pos + (kind == HtmlToken::Kind::EndTag ? 2 : 1);
    const qsizetype nameStart = pos;
    while (pos < m_html.size() && !isHtmlSpace(m_html[pos]) && m_html[pos] != QLatin1Char('/')
           && m_html[pos] != QLatin1Char('>')) {
        ++pos;
    }
    token.name = m_html.sliced(nameStart, pos - nameStart).toString().toLower();
    while (true) {
        for (; pos < m_html.size() && (isHtmlSpace(m_html[pos]) || m_html[pos] == QLatin1Char('/')); ++pos)
            token.selfClosing = m_html[pos] == QLatin1Char('/');
        if (pos < m_html.size() && m_html[pos] == QLatin1Char('>'))
            break;
        token.selfClosing = false;
        // A tag cut off by the end of the input is dropped, as browsers do.
        if (pos >= m_html.size() || !readAttribute(pos, token)) {
            m_pos = m_html.size();
            return std::nullopt;
        }
    }
    m_pos = pos + 1;
    if (kind == HtmlToken::Kind::StartTag && !token.selfClosing && isRawTextElement(token.name))
        m_rawTextElement = token.name;
    return token;
}

// Reads one attribute at `pos` and leaves `pos` after it. Returns false when
// the input ends inside it (an unterminated quote).
bool HtmlTokenizer::readAttribute(qsizetype &pos, HtmlToken &token) const
{
    constexpr size_t maxAttributes = 64;
    const qsizetype nameStart = pos++; // the first character is part of the name, even a '='
    while (pos < m_html.size() && !isHtmlSpace(m_html[pos]) && m_html[pos] != QLatin1Char('/')
           && m_html[pos] != QLatin1Char('>') && m_html[pos] != QLatin1Char('=')) {
        ++pos;
    }
    HtmlAttribute attribute { m_html.sliced(nameStart, pos - nameStart).toString().toLower(), {} };
    pos = skipSpaces(pos);
    if (pos < m_html.size() && m_html[pos] == QLatin1Char('=')) {
        pos = skipSpaces(pos + 1);
        if (pos >= m_html.size())
            return false;
        const QChar quote = m_html[pos];
        const bool quoted = quote == QLatin1Char('"') || quote == QLatin1Char('\'');
        const qsizetype valueStart = quoted ? pos + 1 : pos;
        qsizetype valueEnd = valueStart;
        if (quoted) {
            valueEnd = m_html.indexOf(quote, valueStart);
            if (valueEnd < 0)
                return false;
            pos = valueEnd + 1;
        } else {
            while (pos < m_html.size() && !isHtmlSpace(m_html[pos]) && m_html[pos] != QLatin1Char('>'))
                ++pos;
            valueEnd = pos;
        }
        attribute.value = m_html.sliced(valueStart, valueEnd - valueStart).toString();
    }
    // Event handlers (onclick, onload, ...) are script and never kept.
    if (attribute.name.startsWith(QLatin1String("on")) || token.attributes.size() >= maxAttributes)
        return true;
    attribute.value = HtmlEntities::decode(attribute.value, HtmlEntities::Context::Attribute);
    token.attributes.push_back(std::move(attribute));
    return true;
}

} // namespace WireDiff
