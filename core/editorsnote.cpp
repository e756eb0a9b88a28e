#include "editorsnote.h"

#include <QRegularExpression>

namespace WireDiff {

namespace {

bool isBlank(QChar c)
{
    return c.isSpace();
}

// The openings listed in the header, after the '(' and any white space.
const QRegularExpression &opening()
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\(\\s*(?:"
                       "(?:memo|mem)\\s+to\\b|advisory\\b|attention\\b|(?:strictly\\s+)?not\\s+for\\s+publication\\b|"
                       "correct(?:s|ed|ing|ion)\\b|note\\b|"
                       "(?:adds|refiles|repeats?|reopens|supersedes|embargoed)\\b|"
                       "with\\s+(?:pics?|pix|pictures?|photos?|artist's\\s+impression)\\b|"
                       "(?:pix|pics|pictures)\\s+later\\b|"
                       "see\\s+(?-i:\\p{Lu}{2,})\\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

} // namespace

qsizetype EditorsNote::leadingLength(QStringView text)
{
    qsizetype start = 0;
    while (start < text.size() && isBlank(text[start]))
        ++start;
    const QStringView rest = text.sliced(start);
    if (!rest.startsWith(QLatin1Char('(')) || !opening().match(rest).hasMatch())
        return 0;
    // The ')' that closes the opening '(': a note may hold brackets of
    // its own ("(Corrected repetition (third par) ...)").
    int depth = 0;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (rest[i] == QLatin1Char('('))
            ++depth;
        else if (rest[i] == QLatin1Char(')') && --depth == 0) {
            const bool stop = i + 1 < rest.size() && rest[i + 1] == QLatin1Char('.');
            return start + i + 1 + (stop ? 1 : 0);
        }
    }
    return 0;
}

bool EditorsNote::isWhole(QStringView text)
{
    const qsizetype length = leadingLength(text);
    if (length == 0)
        return false;
    for (qsizetype i = length; i < text.size(); ++i) {
        if (!isBlank(text[i]))
            return false;
    }
    return true;
}

} // namespace WireDiff
