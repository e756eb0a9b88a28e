#include "plaintextparser.h"

#include <QRegularExpression>

#include <algorithm>

namespace WireDiff {

namespace {

// Spaces and tabs collapse to one space; other C0 controls (bar newline,
// already split off) are dropped, so the stored text is clean to draw.
QString cleanLine(QStringView line)
{
    QString out;
    out.reserve(line.size());
    bool pendingSpace = false;
    for (const QChar c : line) {
        const char16_t u = c.unicode();
        if (u == ' ' || u == '\t' || u == 0xA0 || u == '\f' || u == '\v') {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (u < 0x20 || u == 0x7F)
            continue;
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        out.append(c);
    }
    return out;
}

bool endsSentence(QStringView line)
{
    static const QString terminators = QStringLiteral(".!?:;\"'\u201D\u2019\u00BB)]");
    return !line.isEmpty() && terminators.contains(line.back());
}

// Hard-wrapped prose has lines of a similar, modest width whose breaks fall
// mid-sentence; a block of separate short items (timestamp, summary, credit)
// has neither. Only the former is joined into one paragraph.
bool isSoftWrappedBlock(const QStringList &lines)
{
    if (lines.size() < 2)
        return false;
    qsizetype maxLength = 0;
    for (const QString &line : lines)
        maxLength = std::max(maxLength, line.size());
    if (maxLength > 100 || maxLength < 30)
        return false;
    int wrapped = 0;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i).size() * 10 >= maxLength * 6 && !endsSentence(lines.at(i)))
            ++wrapped;
        else if (lines.at(i).size() * 10 >= maxLength * 8)
            ++wrapped; // a full-width line that happens to end a sentence
    }
    return wrapped * 2 >= int(lines.size() - 1);
}

QString stripMarkdown(const QString &line, bool *isHeading)
{
    static const QRegularExpression heading(QStringLiteral("^#{1,6}\\s+"));
    static const QRegularExpression listMarker(QStringLiteral("^(?:[-*+]|\\d+[.)])\\s+"));
    static const QRegularExpression quoteMarker(QStringLiteral("^>\\s?"));
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression emphasis(QStringLiteral("(\\*\\*|__|\\*|`)"));
    QString out = line;
    *isHeading = out.contains(heading);
    out.remove(heading);
    out.remove(listMarker);
    out.remove(quoteMarker);
    out.replace(link, QStringLiteral("\\1"));
    out.remove(emphasis);
    return out.trimmed();
}

void appendParagraph(ParsedDocument *document, const QString &text,
                     ParagraphRole role = ParagraphRole::Body)
{
    if (!text.isEmpty())
        document->paragraphs.push_back(Paragraph { text, role });
}

} // namespace

ParsedDocument PlainTextParser::parse(QStringView text, bool markdown)
{
    if (!markdown && looksLikePressAssociationWire(text))
        return parsePressAssociationWire(text);

    ParsedDocument document;
    const QList<QStringView> rawLines = text.split(QLatin1Char('\n'));
    std::vector<QStringList> blocks(1);
    bool hasBlankSeparator = false;
    for (const QStringView raw : rawLines) {
        QString line = cleanLine(raw);
        if (line.isEmpty()) {
            if (!blocks.back().isEmpty()) {
                blocks.emplace_back();
                hasBlankSeparator = true;
            }
            continue;
        }
        if (markdown) {
            bool heading = false;
            line = stripMarkdown(line, &heading);
            if (heading) {
                // A heading is a paragraph of its own even without blank lines.
                if (!blocks.back().isEmpty())
                    blocks.emplace_back();
                blocks.back().append(line);
                blocks.emplace_back();
                continue;
            }
            if (line.isEmpty() || line == QLatin1String("---") || line == QLatin1String("***"))
                continue;
        }
        blocks.back().append(line);
    }
    if (blocks.back().isEmpty())
        blocks.pop_back();
    // A single trailing blank line does not make a file blank-separated.
    hasBlankSeparator = hasBlankSeparator && blocks.size() > 1;

    for (const QStringList &block : blocks) {
        if (hasBlankSeparator && isSoftWrappedBlock(block)) {
            appendParagraph(&document, block.join(QLatin1Char(' ')));
        } else {
            for (const QString &line : block)
                appendParagraph(&document, line);
        }
    }
    return document;
}

bool PlainTextParser::looksLikePressAssociationWire(QStringView text)
{
    // Paragraph lines end with '<' and the head has a rule of dashes.
    const QStringView head = text.left(2000);
    static const QRegularExpression rule(QStringLiteral("^\\s*-{20,}\\s*$"),
                                         QRegularExpression::MultilineOption);
    if (!rule.match(head).hasMatch())
        return false;
    int terminated = 0, lines = 0;
    for (const QStringView line : text.left(20000).split(QLatin1Char('\n'))) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        ++lines;
        terminated += trimmed.endsWith(QLatin1Char('<'));
    }
    return terminated >= 2 && terminated * 10 >= lines;
}

ParsedDocument PlainTextParser::parsePressAssociationWire(QStringView text)
{
    ParsedDocument document;
    static const QRegularExpression rule(QStringLiteral("^-{5,}$"));
    static const QRegularExpression slug(
        QStringLiteral("^\\d{1,2}:\\d{2}\\s+\\d{1,2}/\\d{1,2}/\\d{2,4}:"));
    QString current;
    bool inHeader = true;
    bool headlineDone = false;
    const auto flush = [&](bool terminated) {
        QString paragraph = current.trimmed();
        current.clear();
        if (paragraph.isEmpty())
            return;
        // TeX-style quotes as typed on wire terminals.
        paragraph.replace(QLatin1String("``"), QStringLiteral("\u201C"));
        paragraph.replace(QLatin1String("''"), QStringLiteral("\u201D"));
        paragraph.replace(QLatin1Char('`'), QChar(0x2018));
        ParagraphRole role = ParagraphRole::Body;
        if (!headlineDone) {
            role = ParagraphRole::Headline;
            headlineDone = true;
            document.title = paragraph;
        } else if (paragraph.startsWith(QLatin1String("By "), Qt::CaseInsensitive)
                   && paragraph.size() < 80) {
            role = ParagraphRole::Byline;
        } else if (!terminated && paragraph.size() < 40) {
            role = ParagraphRole::Boilerplate; // operator sign-off such as "mf"
        }
        appendParagraph(&document, paragraph, role);
    };
    for (const QStringView raw : text.split(QLatin1Char('\n'))) {
        const QString line = cleanLine(raw);
        if (inHeader) {
            if (line.isEmpty() || rule.match(line).hasMatch())
                continue;
            if (slug.match(line).hasMatch())
                continue;
            inHeader = false;
        }
        if (line.isEmpty() || rule.match(line).hasMatch()) {
            flush(false);
            continue;
        }
        if (line.endsWith(QLatin1Char('<'))) {
            if (!current.isEmpty())
                current.append(QLatin1Char(' '));
            current.append(QStringView(line).chopped(1));
            flush(true);
        } else {
            if (!current.isEmpty())
                current.append(QLatin1Char(' '));
            current.append(line);
        }
    }
    flush(false);
    return document;
}

} // namespace WireDiff
