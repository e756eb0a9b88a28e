#include "plaintextparser.h"

#include "editorsnote.h"
#include "roleclassifier.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <optional>
#include <vector>

namespace WireDiff {

namespace {

// Spaces and tabs collapse to one space; other C0 controls (bar newline,
// already split off) are dropped, so the stored text is clean to draw.
// Written into a buffer of the line's length (the result is never longer)
// rather than appended a character at a time: a 100k-word file is a million
// characters.
QString cleanLine(QStringView line)
{
    QString out(line.size(), Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *end = begin;
    bool pendingSpace = false;
    for (const QChar c : line) {
        const char16_t u = c.unicode();
        if (u == ' ' || u == '\t' || u == 0xA0 || u == '\f' || u == '\v') {
            pendingSpace = end != begin;
            continue;
        }
        if (u < 0x20 || u == 0x7F)
            continue;
        if (pendingSpace) {
            *end++ = QLatin1Char(' ');
            pendingSpace = false;
        }
        *end++ = c;
    }
    out.truncate(end - begin);
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

// Whether block line `i` is a byline standing on a line of its own (under
// a headline with no blank line between them: "Ferry starts" then "By Jane
// Roe"), not a line of prose that happens to read like one. The line before
// does not end a sentence, so in prose this line would continue it, in
// lower case ("... was painted\nby Jane Roe and ..."): a capital is asked
// for. A byline that is not the block's last line is short: the next
// line's first word would have fitted on it, so the break after it is not
// a wrap (the block's longest line stands for the width it was wrapped at).
bool isBylineLine(const QStringList &block, qsizetype i, qsizetype maxLength)
{
    const QString &line = block.at(i);
    if (i == 0 || endsSentence(block.at(i - 1)) || !line.front().isUpper() || !RoleClassifier::isByline(line))
        return false;
    if (i + 1 == block.size())
        return true;
    const QString &next = block.at(i + 1);
    const qsizetype space = next.indexOf(QLatin1Char(' '));
    const qsizetype nextWord = space < 0 ? next.size() : space;
    return line.size() + 1 + nextWord <= maxLength;
}

// The block cut before and after each byline on a line of its own; each
// part is then judged as a block.
std::vector<QStringList> splitAtBylines(const QStringList &block)
{
    qsizetype maxLength = 0;
    for (const QString &line : block)
        maxLength = std::max(maxLength, line.size());
    std::vector<QStringList> parts(1);
    for (qsizetype i = 0; i < block.size(); ++i) {
        const bool byline = isBylineLine(block, i, maxLength);
        if (byline)
            parts.emplace_back();
        parts.back().append(block.at(i));
        if (byline)
            parts.emplace_back();
    }
    std::erase_if(parts, [](const QStringList &part) { return part.isEmpty(); });
    return parts;
}

QString wordKey(QStringView word)
{
    return word.toString().toLower().replace(QChar(0x2010), QLatin1Char('-'));
}

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010);
}

// What cleanLine() drops or collapses at a line's ends.
bool isBlank(QChar c)
{
    return c.unicode() <= 0x20 || c.unicode() == 0x7F || c.unicode() == 0xA0;
}

// Where the hyphen (or soft hyphen) that may break a word at the end of a
// raw `line` stands: right after a letter, with only blanks after it; -1
// where there is none.
qsizetype breakingHyphen(QStringView line)
{
    qsizetype last = line.size() - 1;
    while (last >= 0 && isBlank(line[last]))
        --last;
    const bool hyphen = last >= 1 && (isHyphen(line[last]) || line[last] == QChar(0xAD));
    return hyphen && line[last - 1].isLetter() ? last : -1;
}

qsizetype firstVisible(QStringView line)
{
    qsizetype first = 0;
    while (first < line.size() && isBlank(line[first]))
        ++first;
    return first;
}

// How often each word occurs in an article, in lower case, U+2010 read as
// '-': every run of letters and every compound of runs joined by hyphens
// ("long-term" counts as "long-term", "long" and "term"). Lines are read
// apart, and the two pieces of a word broken at a line end ("evac-",
// "uation") are not counted: a break counts as neither form of its word
// nor as words of its own, so the counts say how the rest of the article
// writes it. Counted on the first question only: most texts break no line
// after a hyphen.
struct WordCounts
{
    QStringView text;
    mutable std::optional<QHash<QString, qint32>> counts;

    qint32 count(QStringView word) const
    {
        if (!counts)
            counts = countAll();
        return counts->value(wordKey(word));
    }

    QHash<QString, qint32> countAll() const
    {
        static const QRegularExpression compound(QStringLiteral("\\p{L}+(?:[-\u2010]\\p{L}+)*"));
        QHash<QString, qint32> all;
        bool brokenBefore = false; // the line before ends in a hyphen after a letter
        for (const QStringView line : text.split(QLatin1Char('\n'))) {
            const qsizetype hyphen = breakingHyphen(line);
            const qsizetype first = firstVisible(line);
            for (auto it = compound.globalMatch(line); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                if ((brokenBefore && match.capturedStart() == first) || match.capturedEnd() == hyphen)
                    continue;
                const QString word = wordKey(match.capturedView());
                ++all[word];
                if (word.contains(QLatin1Char('-'))) {
                    for (const QStringView part : QStringView(word).split(QLatin1Char('-')))
                        ++all[part.toString()];
                }
            }
            brokenBefore = hyphen >= 0;
        }
        return all;
    }
};

// The word a hyphen at the end of `text` follows, with its own hyphens
// ("mother-in" of "mother-in-"); empty when no letter comes before it.
QStringView wordBeforeHyphen(QStringView text)
{
    if (text.size() < 2 || !isHyphen(text.back()) || !text[text.size() - 2].isLetter())
        return {};
    qsizetype start = text.size() - 1;
    while (start > 0 && (text[start - 1].isLetter() || (isHyphen(text[start - 1]) && start > 1 && text[start - 2].isLetter())))
        --start;
    return text.sliced(start, text.size() - 1 - start);
}

// Whether the word before the hyphen ending `paragraph` (`before`, as
// wordBeforeHyphen() gives it) has a hyphen of its own ("mother-in-",
// "31-year-"): a hyphenated word is broken at its hyphens, not inside one
// of its parts.
bool isHyphenatedAlready(QStringView paragraph, QStringView before)
{
    const qsizetype start = paragraph.size() - 1 - before.size();
    return std::any_of(before.begin(), before.end(), isHyphen) || (start > 0 && isHyphen(paragraph[start - 1]));
}

// Whether a hyphen at a line end, after the letters `before` and before a
// lower-case `after`, was added to break a word ("evac-" "uation"), not
// one the word has ("well-" "known"). The rule, in order:
// 1. the article's other uses decide where it has any: the whole form used
//    more often than the hyphenated one joins the word, else the hyphen
//    stays ("long-term" elsewhere keeps "long-" "term");
// 2. a word hyphenated already keeps it ("31-year-" "old");
// 3. a word written nowhere else is joined, unless both pieces are words
//    the article uses elsewhere ("well" and "known"): a typesetter's break
//    leaves pieces that are no words ("evac", "uation", "coun", "cil"),
//    a compound joins two.
// Without a dictionary a compound used nowhere else whose pieces the
// article does not use either is joined ("wellknown"): the break hyphens
// of hard-wrapped copy are far more common than compounds at a line end.
bool isBreakHyphen(QStringView paragraph, const QString &before, const QString &after, const WordCounts &words)
{
    const qint32 whole = words.count(before + after);
    const qint32 hyphenated = words.count(before + QLatin1Char('-') + after);
    if (whole > 0 || hyphenated > 0)
        return whole > hyphenated;
    if (isHyphenatedAlready(paragraph, before))
        return false;
    const QStringView firstPiece = QStringView(after).left(after.indexOf(QLatin1Char('-')));
    return words.count(before) == 0 || words.count(firstPiece) == 0;
}

// Appends a wrapped line to the paragraph it continues. A soft hyphen at
// the line end always marks a word broken there: it goes, and so does the
// space. A letter and a hyphen at the line end may be a hyphen the
// typesetter added to break a word or one the word has: before a capital
// or a digit it is the word's ("Anglo-French", "Covid-19"); before a
// lower-case letter isBreakHyphen() decides.
void appendWrapped(QString *paragraph, const QString &line, const WordCounts &words)
{
    static const QRegularExpression wordStart(QStringLiteral("^\\p{L}+(?:[-\u2010]\\p{L}+)*"));
    if (paragraph->isEmpty() || line.isEmpty()) {
        paragraph->append(line);
        return;
    }
    const QString before = wordBeforeHyphen(*paragraph).toString();
    if (paragraph->back() == QChar(0xAD)) {
        paragraph->chop(1);
    } else if (!before.isEmpty() && (line.front().isLetter() || line.front().isDigit())) {
        if (line.front().isLower() && isBreakHyphen(*paragraph, before, wordStart.match(line).captured(), words))
            paragraph->chop(1);
    } else {
        paragraph->append(QLatin1Char(' '));
    }
    paragraph->append(line);
}

// The lines of a soft-wrapped paragraph joined into one.
QString joinWrapped(const QStringList &lines, const WordCounts &words)
{
    QString paragraph;
    for (const QString &line : lines)
        appendWrapped(&paragraph, line, words);
    return paragraph;
}

void appendParagraph(ParsedDocument *document, const QString &text,
                     ParagraphRole role = ParagraphRole::Body)
{
    if (!text.isEmpty())
        document->paragraphs.push_back(Paragraph { text, role });
}

ParsedDocument parsePlainText(QStringView text)
{
    std::vector<QStringList> blocks(1);
    for (const QStringView raw : text.split(QLatin1Char('\n'))) {
        const QString line = cleanLine(raw);
        if (!line.isEmpty())
            blocks.back().append(line);
        else if (!blocks.back().isEmpty())
            blocks.emplace_back();
    }
    if (blocks.back().isEmpty())
        blocks.pop_back();
    // Without blank lines between blocks, every line is a paragraph.
    const bool blankSeparated = blocks.size() > 1;
    const WordCounts words { text, {} };
    ParsedDocument document;
    for (const QStringList &block : blocks) {
        if (!blankSeparated) {
            for (const QString &line : block)
                appendParagraph(&document, line);
            continue;
        }
        for (const QStringList &part : splitAtBylines(block)) {
            if (isSoftWrappedBlock(part)) {
                appendParagraph(&document, joinWrapped(part, words));
            } else {
                for (const QString &line : part)
                    appendParagraph(&document, line);
            }
        }
    }
    return document;
}

// --- Press Association wire --------------------------------------------------

// The slug line of a PA header: "16:52 01/03/00: Page 1 (HHH) COURTS Francis",
// the filing time (hours:minutes day/month/year) first.
const QRegularExpression &slugPattern()
{
    static const QRegularExpression slug(
        QStringLiteral("^(\\d{1,2}):(\\d{2})\\s+(\\d{1,2})/(\\d{1,2})/(\\d{2,4}):"));
    return slug;
}

bool isSlugLine(const QString &line)
{
    return slugPattern().match(line).hasMatch();
}

// The filing time a slug line gives, invalid when the line is no slug or
// its date or time does not exist. PA is a British agency: its times are
// read as UK time (GMT, or BST in summer), UTC where the system has no
// time zone data. Two-digit years are read as POSIX strptime's %y does:
// 69-99 are 1969-1999, 00-68 are 2000-2068.
QDateTime filingTime(const QString &line)
{
    const QRegularExpressionMatch match = slugPattern().match(line);
    if (!match.hasMatch())
        return {};
    int year = match.captured(5).toInt();
    if (match.capturedLength(5) == 3)
        return {};
    if (match.capturedLength(5) == 2)
        year += year >= 69 ? 1900 : 2000;
    const QDate date(year, match.captured(4).toInt(), match.captured(3).toInt());
    const QTime time(match.captured(1).toInt(), match.captured(2).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    static const QTimeZone uk(QByteArrayLiteral("Europe/London"));
    return uk.isValid() ? QDateTime(date, time, uk) : QDateTime(date, time, QTimeZone::utc());
}

// --- Markdown ----------------------------------------------------------------

QString stripInlineMarkdown(const QString &line)
{
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression emphasis(QStringLiteral("(\\*\\*|__|\\*|`)"));
    QString out = line;
    out.replace(link, QStringLiteral("\\1"));
    out.remove(emphasis);
    return out.trimmed();
}

// Reads a YAML front-matter block ("---", "key: value" lines, "---") into the
// document's metadata. Returns the index of the first line after it.
qsizetype readFrontMatter(const QList<QStringView> &lines, ParsedDocument *document)
{
    constexpr qsizetype maxLines = 50;
    if (lines.isEmpty() || lines.front().trimmed() != QLatin1String("---"))
        return 0;
    static const QRegularExpression field(QStringLiteral("^(\\w+)\\s*:\\s*[\"']?(.*?)[\"']?\\s*$"));
    ParsedDocument metadata;
    for (qsizetype i = 1; i < std::min(lines.size(), maxLines); ++i) {
        const QStringView line = lines.at(i).trimmed();
        if (line == QLatin1String("---") || line == QLatin1String("...")) {
            *document = std::move(metadata);
            return i + 1;
        }
        const QRegularExpressionMatch match = field.match(line);
        const QString key = match.captured(1).toLower();
        const QString value = match.captured(2);
        if (key == QLatin1String("title"))
            metadata.title = value;
        else if (key == QLatin1String("date"))
            metadata.published = QDateTime::fromString(value, Qt::ISODate);
        else if (key == QLatin1String("lang") || key == QLatin1String("language"))
            metadata.language = value;
        else if (key == QLatin1String("source") || key == QLatin1String("publisher"))
            metadata.outlet = value;
    }
    return 0; // no closing rule: an ordinary thematic break, not front matter
}

class MarkdownReader
{
public:
    ParsedDocument read(QStringView text);

private:
    void readLine(const QString &line);
    void flush(ParagraphRole role = ParagraphRole::Body);
    void addHeading(const QString &text, int level);

    ParsedDocument m_document;
    WordCounts m_words; // of the whole text, for lines broken after a hyphen
    QString m_paragraph;
    bool m_headlineSeen = false;
    bool m_inQuote = false; // the paragraph being read is a quotation
};

ParsedDocument MarkdownReader::read(QStringView text)
{
    const QList<QStringView> lines = text.split(QLatin1Char('\n'));
    m_words = WordCounts { text, {} };
    for (qsizetype i = readFrontMatter(lines, &m_document); i < lines.size(); ++i)
        readLine(cleanLine(lines.at(i)));
    flush();
    return std::move(m_document);
}

void MarkdownReader::readLine(const QString &line)
{
    static const QRegularExpression atxHeading(QStringLiteral("^(#{1,6})\\s+(.*?)(?:\\s+#+)?$"));
    static const QRegularExpression setextUnderline(QStringLiteral("^(=+|-+)$"));
    static const QRegularExpression thematicBreak(QStringLiteral("^(?:(?:\\*\\s*){3,}|(?:-\\s*){3,}|(?:_\\s*){3,})$"));
    // A list marker is followed by a space (as in CommonMark): "-5C",
    // "+44 20" and "2.5 million" at a line's start are text.
    static const QRegularExpression listItem(QStringLiteral("^(?:[-*+]|\\d+[.)])\\s+"));
    static const QRegularExpression quoteLine(QStringLiteral("^>\\s?"));
    if (line.isEmpty()) {
        flush();
        return;
    }
    if (const QRegularExpressionMatch underline = setextUnderline.match(line);
        underline.hasMatch() && !m_paragraph.isEmpty()) {
        const QString text = std::exchange(m_paragraph, QString());
        addHeading(text, line.startsWith(QLatin1Char('=')) ? 1 : 2);
        return;
    }
    if (thematicBreak.match(line).hasMatch()) {
        flush();
        return;
    }
    if (const QRegularExpressionMatch heading = atxHeading.match(line); heading.hasMatch()) {
        flush();
        addHeading(heading.captured(2), int(heading.capturedLength(1)));
        return;
    }
    // A list item or a quotation starts a paragraph; other lines continue
    // one, and so do the further lines of a quotation.
    QRegularExpressionMatch marker = listItem.match(line);
    const bool quoted = !marker.hasMatch() && (marker = quoteLine.match(line)).hasMatch();
    if (marker.hasMatch() && !(quoted && m_inQuote))
        flush();
    m_inQuote = quoted;
    appendWrapped(&m_paragraph, line.sliced(marker.hasMatch() ? marker.capturedLength() : 0), m_words);
}

void MarkdownReader::flush(ParagraphRole role)
{
    m_inQuote = false;
    appendParagraph(&m_document, stripInlineMarkdown(m_paragraph), role);
    m_paragraph.clear();
}

// The first top-level heading is the story's headline; the others are
// crossheads, read as body.
void MarkdownReader::addHeading(const QString &text, int level)
{
    const bool headline = level == 1 && !m_headlineSeen;
    m_headlineSeen = m_headlineSeen || headline;
    m_paragraph = text;
    flush(headline ? ParagraphRole::Headline : ParagraphRole::Body);
}

} // namespace

ParsedDocument PlainTextParser::parse(QStringView text, bool markdown)
{
    if (markdown)
        return MarkdownReader().read(text);
    if (looksLikePressAssociationWire(text))
        return parsePressAssociationWire(text);
    return parsePlainText(text);
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
    const WordCounts words { text, {} };
    QString current;
    bool inHeader = true;
    bool storyBegun = false; // a paragraph other than housekeeping was read
    const auto add = [&](const QString &paragraph, bool terminated) {
        ParagraphRole role = ParagraphRole::Body;
        if (EditorsNote::isWhole(paragraph)) {
            role = ParagraphRole::Boilerplate; // "(Memo to CSEs: ...)", "(reopens)"
        } else if (!storyBegun) {
            // The first paragraph after the housekeeping is the headline
            // when it reads as one; a continuation page opens with prose.
            storyBegun = true;
            if (RoleClassifier::isHeadlineLike(paragraph)) {
                role = ParagraphRole::Headline;
                document.title = paragraph;
            }
        } else if (paragraph.startsWith(QLatin1String("By "), Qt::CaseInsensitive) && paragraph.size() < 80) {
            role = ParagraphRole::Byline;
        } else if (!terminated && paragraph.size() < 40) {
            role = ParagraphRole::Boilerplate; // operator sign-off such as "mf"
        }
        appendParagraph(&document, paragraph, role);
    };
    const auto flush = [&](bool terminated) {
        QString paragraph = current.trimmed();
        current.clear();
        // TeX-style quotes as typed on wire terminals.
        paragraph.replace(QLatin1String("``"), QStringLiteral("\u201C"));
        paragraph.replace(QLatin1String("''"), QStringLiteral("\u201D"));
        paragraph.replace(QLatin1Char('`'), QChar(0x2018));
        // A note the operator ran into the headline with no end of
        // paragraph between them ("(Corrected repetition ...) HEADLINE")
        // is a paragraph of its own.
        for (qsizetype note = EditorsNote::leadingLength(paragraph); note > 0 && note < paragraph.size();
             note = EditorsNote::leadingLength(paragraph)) {
            add(paragraph.left(note).trimmed(), true);
            paragraph = paragraph.sliced(note).trimmed();
        }
        if (!paragraph.isEmpty())
            add(paragraph, terminated);
    };
    for (const QStringView raw : text.split(QLatin1Char('\n'))) {
        const QString line = cleanLine(raw);
        if (inHeader) {
            if (line.isEmpty() || rule.match(line).hasMatch())
                continue;
            if (const QDateTime filed = filingTime(line); filed.isValid() || isSlugLine(line)) {
                if (!document.published.isValid() && filed.isValid()) {
                    document.published = filed;
                    document.publishedFromHeader = true;
                }
                continue;
            }
            inHeader = false;
        }
        if (line.isEmpty() || rule.match(line).hasMatch()) {
            flush(false);
            continue;
        }
        if (line.endsWith(QLatin1Char('<'))) {
            appendWrapped(&current, line.chopped(1), words);
            flush(true);
        } else {
            appendWrapped(&current, line, words);
        }
    }
    flush(false);
    return document;
}

} // namespace WireDiff
