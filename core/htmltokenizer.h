#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace WireDiff {

struct HtmlAttribute
{
    QString name;  // lower case
    QString value; // character references decoded
};

// One piece of an HTML page: a run of text, a start tag or an end tag.
struct HtmlToken
{
    enum class Kind { EndOfInput, Text, StartTag, EndTag };

    Kind kind = Kind::EndOfInput;
    QString name; // tags: the lower-case element name
    QString text; // text: character references decoded
    std::vector<HtmlAttribute> attributes;
    bool selfClosing = false;

    const HtmlAttribute *find(QLatin1String attributeName) const;
    QString attribute(QLatin1String attributeName) const; // empty when absent
};

// Splits HTML into tokens in one forward pass that never backtracks, so the
// time is linear in the input whatever it holds. Tolerant as browsers are: a
// '<' that starts no tag is text, a '>' inside a quoted attribute value does
// not end the tag, comments, DOCTYPEs and processing instructions are
// skipped, CDATA sections are literal text, and the content of <script>,
// <style> and the other raw-text elements runs to their end tag. Event
// handler attributes (onclick, ...) are dropped. A tag or comment cut off by
// the end of the input is dropped.
class HtmlTokenizer
{
public:
    explicit HtmlTokenizer(QStringView html);

    HtmlToken next(); // Kind::EndOfInput once the input is consumed

private:
    bool startsMarkup(qsizetype pos) const;
    bool closesRawText(qsizetype pos, const QString &element) const;
    qsizetype skipSpaces(qsizetype pos) const;
    HtmlToken readText();
    HtmlToken readRawText();
    HtmlToken readCData();
    std::optional<HtmlToken> readMarkup();
    std::optional<HtmlToken> readTag(HtmlToken::Kind kind);
    bool readAttribute(qsizetype &pos, HtmlToken &token) const;
    void skipPast(QStringView terminator, qsizetype from);

    QStringView m_html;
    qsizetype m_pos = 0;
    QString m_rawTextElement; // after <script> and its kin: text up to the matching end tag
};

} // namespace WireDiff
