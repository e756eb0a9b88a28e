#include "roleclassifier.h"

#include "bylinerecognizer.h"
#include "editorsnote.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace WireDiff {

namespace {

constexpr int maxLabelWords = 3;
constexpr int maxHeadlineWords = 30;
// The longest paragraph rules 1-4 can take: a caption's 60 words.
constexpr int maxRuleWords = 60;
// A question or an exclamation this short, on its own line at the top, is a
// headline ("Who pays for the new ferry?"); a longer one reads as a lede.
constexpr int maxQuestionHeadlineWords = 16;

// The words of `text`, counted up to `atMost + 1`: every rule asks only
// whether a paragraph is short, and a novel's paragraph of 3,000 words need
// not be counted to the end to say it is not.
int wordCount(const QString &text, int atMost)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        words += letter && !inWord;
        if (words > atMost)
            return words;
        inWord = letter;
    }
    return words;
}

// The white space of a pattern without Unicode properties: ASCII only.
bool isAsciiSpace(QChar c)
{
    return c == QLatin1Char(' ') || (c >= QLatin1Char('\t') && c <= QLatin1Char('\r'));
}

bool isClosingMark(QChar c)
{
    switch (c.unicode()) {
    case '"': case '\'': case u'\u201D': case u'\u2019': case u'\u00BB': case ')': case ']':
        return true;
    default:
        return false;
    }
}

// Whether `text` ends in one of `terminators`, then closing quotes and
// brackets, then white space: what "[terminators]["'”’»)\]]*\s*$" asks,
// read from the end instead of tried at every character of the paragraph.
bool endsWithTerminator(QStringView text, QStringView terminators)
{
    qsizetype end = text.size();
    while (end > 0 && isAsciiSpace(text[end - 1]))
        --end;
    while (end > 0 && isClosingMark(text[end - 1]))
        --end;
    return end > 0 && terminators.contains(text[end - 1]);
}

bool endsLikeSentence(QStringView text)
{
    return endsWithTerminator(text, u".!?\u2026\u3002\uFF01\uFF1F");
}

// What rules 1-4 ask of a paragraph, worked out once for all of them: the
// text trimmed, its words counted up to one more than any of those rules
// allows, and whether the trimmed text ends like a sentence. A body
// paragraph of a novel is then turned down by every rule at the price of
// one count over its first 61 words.
struct Shape
{
    explicit Shape(const QString &text)
        : trimmed(text.trimmed())
        , words(wordCount(trimmed, maxRuleWords))
        , sentence(endsLikeSentence(trimmed))
    {
    }

    QString trimmed;
    int words; // at most maxRuleWords + 1
    bool sentence;
};

QRegularExpression caseless(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
}

// "January 29, 2023", "Jan. 29 2023", "29 January 2023".
const QRegularExpression &monthDatePattern()
{
    static const QString month = QStringLiteral(
        "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
        "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?");
    static const QRegularExpression pattern = caseless(
        QStringLiteral("\\b(?:%1\\s+\\d{1,2}(?:st|nd|rd|th)?,?|\\d{1,2}(?:st|nd|rd|th)?\\s+%1,?)\\s+\\d{4}\\b")
            .arg(month));
    return pattern;
}

// What the pattern "[\])]\.?\s*$" asks of a text with no white space at its end.
bool endsWithClosingBracket(QStringView text)
{
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text.endsWith(QLatin1Char(')')) || text.endsWith(QLatin1Char(']'));
}

// Whether at most 60 characters follow the last colon and the white space
// after it, as the trailing credit's ":\s*[^.:]{1,60}$" needs (QChar's white
// space includes the pattern's).
bool creditFitsAfterLastColon(QStringView text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    qsizetype start = colon + 1;
    while (start < text.size() && text[start].isSpace())
        ++start;
    return text.size() - start <= 60;
}

// What the pattern "\d{4}\.?\s*$" (ASCII digits) asks of a text with no
// white space at its end.
bool endsWithYear(QStringView text)
{
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (text.size() < 4)
        return false;
    return std::all_of(text.end() - 4, text.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

// Capitalised words with one or two commas, as "Seoul, South Korea" (the
// caller keeps it to five words). A Title Case headline can have the same
// shape ("Storm Hits Coast, Thousands Flee"): chooseHeadline() tells them
// apart by place in the article.
bool isPlaceLine(const QString &trimmed)
{
    static const QRegularExpression place(QStringLiteral(
        "^\\p{Lu}[\\p{L}.'\\-]+(?:\\s\\p{Lu}[\\p{L}.'\\-]+)*(?:,\\s\\p{Lu}[\\p{L}.'\\-]+(?:\\s\\p{Lu}[\\p{L}.'\\-]+)*){1,2}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return place.match(trimmed).hasMatch();
}

bool endsAsQuestionOrExclamation(QStringView text)
{
    return endsWithTerminator(text, u"!?\uFF01\uFF1F");
}

bool isHeadlineLike(const QString &text)
{
    const int words = wordCount(text, maxHeadlineWords);
    if (words == 0 || words > maxHeadlineWords)
        return false;
    return !endsLikeSentence(text) || (words <= maxQuestionHeadlineWords && endsAsQuestionOrExclamation(text));
}

bool isShortLabel(const QString &text)
{
    const int words = wordCount(text, maxLabelWords);
    return words > 0 && words <= maxLabelWords && !endsLikeSentence(text);
}

// Every word capitalised, as names are: "Reuters", "Getty Images", "AFP".
bool isName(const QString &text)
{
    static const QRegularExpression lowerInitial(QStringLiteral("(?:^|[\\s/])\\p{Ll}"),
                                                 QRegularExpression::UseUnicodePropertiesOption);
    return !lowerInitial.match(text).hasMatch();
}

bool isProse(const QString &text)
{
    return endsLikeSentence(text) && wordCount(text, 12) >= 12;
}

bool isSiteFurniture(const QString &text)
{
    static const QRegularExpression furniture = caseless(QStringLiteral(
        "^(?:advertisement|advertising|sponsored(?: content)?|back to top(?: button)?|"
        "skip to (?:main )?(?:content|navigation)|read (?:more|next|also)(?::.{0,100})?|see also(?::.{0,100})?|"
        "more on this(?: story)?|related(?: articles?| stories| content| coverage| topics| news)?|"
        "most (?:read|popular|viewed)|recommended(?: for you)?|you may also like|"
        "share(?: this(?: article| story| page)?| on \\w+)?|follow us(?: on \\w+)?|"
        "sign up (?:for|to) .{0,60}|subscribe(?: to .{0,60})?|newsletter|click here.{0,60}|"
        "(?:tags|topics|filed under|categories)\\s*:.{0,120}|print|email|comments?|menu|home|search|"
        "exit mobile version|loading)[\\s.:!\u203A\u00BB>\u2192]*$"));
    return furniture.match(text).hasMatch();
}

// RoleClassifier::isStoryCredit() for a text of `words` words (counted past 25).
bool startsWithStoryCredit(const QString &text, int words)
{
    static const QRegularExpression credit = caseless(QStringLiteral(
        "^\\(?\\s*(?:sources?\\s*(?::|by\\b)|editor\\s*:|editing by\\b|writing by\\b|"
        "(?:additional )?reporting by\\b|compiled by\\b)"));
    return words <= 25 && credit.match(text).hasMatch();
}

bool isCreditLine(const Shape &shape)
{
    static const QRegularExpression imageCredit = caseless(QStringLiteral("^(?:photo )?credits?\\s*:"));
    return startsWithStoryCredit(shape.trimmed, shape.words)
        || (shape.words <= 25 && imageCredit.match(shape.trimmed).hasMatch());
}

bool isRightsLine(const Shape &shape)
{
    static const QRegularExpression rights = caseless(
        QStringLiteral("(?:all rights reserved|\u00A9\\s*\\d{4}|\\(c\\)\\s*\\d{4}|copyright\\s*(?:\u00A9\\s*)?\\d{4})"));
    return shape.words <= 25 && rights.match(shape.trimmed).hasMatch();
}

// Rule 1. A line of rules and dashes has no words: a letter or a digit
// (what wordCount() counts) is neither white space, punctuation nor a
// symbol, so the pattern is tried only on lines without one.
bool boilerplateRule(const Shape &shape)
{
    static const QRegularExpression ruleLine(QStringLiteral("^[\\s\\p{P}\\p{S}]*$"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    return (shape.words == 0 && ruleLine.match(shape.trimmed).hasMatch()) || isSiteFurniture(shape.trimmed)
        || isCreditLine(shape) || isRightsLine(shape) || EditorsNote::isWhole(shape.trimmed);
}

// Rule 2.
bool bylineRule(const Shape &shape)
{
    static const QRegularExpression deskCredit = caseless(QStringLiteral(
        "(?:[,|]\\s*(?:PA|AP|AFP|Reuters|Bloomberg|dpa|Xinhua|Yonhap|Kyodo|ANSA|EFE|UPI)(?:\\s+(?:News|Media))?"
        "|,\\s*(?:[\\p{L}\\-]+\\s+){0,3}(?:correspondent|editor|reporter|writer)"
        "|^(?:staff|senior|chief)\\s+(?:writer|reporter|correspondent)"
        "|^(?:staff\\s+and\\s+)?(?:agencies|wire services|news agencies))$"));
    // "Von Anna Müller" translated word for word reads "Of Anna Müller".
    // "Of" begins headlines too ("Of mice and men"), so it counts only
    // before a bare name of two or three capitalised words.
    static const QRegularExpression translatedBy(
        QStringLiteral("^(?:Of|OF)\\s+\\p{Lu}[\\p{L}'\\-]+(?:\\s+\\p{Lu}[\\p{L}'\\-]+){1,2}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression ownCorrespondent =
        caseless(QStringLiteral("^from\\s+(?:our|a)\\s+(?:own\\s+)?(?:correspondent|staff reporter)\\b"));
    const QString &trimmed = shape.trimmed;
    if (shape.words == 0 || shape.words > 14 || shape.sentence)
        return false;
    // A marker and a name ("By Jane Doe", "Від Марти Ліндквіст", "홍길동 기자"):
    // BylineRecognizer, where case tells "By Jane Doe" from "By noon".
    return BylineRecognizer::isMarkedByline(trimmed) || deskCredit.match(trimmed).hasMatch()
        || translatedBy.match(trimmed).hasMatch() || ownCorrespondent.match(trimmed).hasMatch();
}

// Rule 3.
bool datelineRule(const Shape &shape)
{
    static const QRegularExpression isoDate(QStringLiteral("\\b\\d{4}-\\d{2}-\\d{2}\\b"));
    static const QRegularExpression numericDate(QStringLiteral("\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b"));
    static const QRegularExpression clock(QStringLiteral("\\b\\d{1,2}:\\d{2}\\b"));
    // The label must lead to a date: a colon, or a digit, a weekday or a
    // relative day further on ("Posted: …", "Updated 3 hours ago",
    // "Published Monday"). "Posted Letters Go Missing" is a headline.
    static const QRegularExpression dateLabel = caseless(QStringLiteral(
        "^(?:date|dated|updated|last updated|published|posted)"
        "(?:\\s*[:\\-\u2013\u2014]|\\b(?=.*(?:\\d|\\b(?:today|yesterday|ago|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b)))"));
    static const QRegularExpression timestamp(
        QStringLiteral("^(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})[ T]\\d{1,2}:\\d{2}"));
    // A wire place line: the place in capitals, perhaps a day or date after
    // a comma, then the agency in brackets or the dash that leads into the
    // story ("HALDEN (Reuters) –", "HALDEN, Monday –", "HALDEN —"); a
    // colon alone after capitals is a kicker ("EXCLUSIVE:"), not a place.
    static const QRegularExpression wirePlace(
        QStringLiteral("^\\p{Lu}[\\p{Lu}\\s.'\\-]+(?:,\\s*[\\p{L}\\d\\s.]+)?\\s*"
                       "(?:\\([^()]{1,20}\\)\\s*[\\-\u2013\u2014:]*|[\\-\u2013\u2014]+)$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QString &trimmed = shape.trimmed;
    const int words = shape.words;
    if (words == 0 || words > 20 || shape.sentence)
        return false;
    if (timestamp.match(trimmed).hasMatch())
        return true;
    if (words > 10)
        return false;
    if (isoDate.match(trimmed).hasMatch() || numericDate.match(trimmed).hasMatch()
        || clock.match(trimmed).hasMatch() || dateLabel.match(trimmed).hasMatch()
        || monthDatePattern().match(trimmed).hasMatch()) {
        return true;
    }
    return words <= 5 && (isPlaceLine(trimmed) || wirePlace.match(trimmed).hasMatch());
}

// Rule 4.
bool captionRule(const Shape &shape)
{
    static const QRegularExpression bracketCredit(
        QStringLiteral("[\\[(]([^\\[\\]()/]{1,60})/\\s*([^\\[\\]()/]{1,40})[\\])]\\.?\\s*$"));
    static const QRegularExpression trailingCredit =
        caseless(QStringLiteral("\\b(?:photograph|photo|picture|image|foto)\\s*:\\s*[^.:]{1,60}$"));
    static const QRegularExpression photoPrefix = caseless(
        QStringLiteral("^(?:photo|image|picture|pictured|caption|file photo|foto)\\b\\s*[:\\-\u2013]"));
    static const QRegularExpression letter(QStringLiteral("\\p{L}"), QRegularExpression::UseUnicodePropertiesOption);
    const QString &trimmed = shape.trimmed;
    const int words = shape.words;
    if (words == 0 || words > 60)
        return false;
    // Each pattern below is tried only where the end of the text allows it
    // (most paragraphs are body text and most of these searches scan all of
    // it): `trimmed` ends in no white space, so a credit in brackets needs a
    // closing bracket at the very end, a trailing "Photo: …" credit a last
    // colon at most 60 characters (and white space) from the end, a caption's date four
    // digits there.
    if (endsWithClosingBracket(trimmed)) {
        const QRegularExpressionMatch credit = bracketCredit.match(trimmed);
        // "(AP Photo/Jane Doe)" names someone on both sides of the slash; "(1/2)" does not.
        if (credit.hasMatch() && credit.captured(1).contains(letter) && credit.captured(2).contains(letter))
            return true;
    }
    if (creditFitsAfterLastColon(trimmed) && trailingCredit.match(trimmed).hasMatch())
        return true;
    if (photoPrefix.match(trimmed).hasMatch())
        return true;
    // News-photo captions end with the date the picture was taken:
    // "… in Seoul, South Korea January 29, 2023."
    if (words > 45 || !endsWithYear(trimmed))
        return false;
    const QRegularExpressionMatch date = monthDatePattern().match(trimmed);
    return date.hasMatch() && date.capturedEnd() >= trimmed.size() - 2;
}

// The paragraph's role from its own text: rules 1-4.
ParagraphRole intrinsicRole(const QString &text)
{
    const Shape shape(text);
    if (boilerplateRule(shape))
        return ParagraphRole::Boilerplate;
    if (bylineRule(shape))
        return ParagraphRole::Byline;
    if (datelineRule(shape))
        return ParagraphRole::Dateline;
    if (captionRule(shape))
        return ParagraphRole::Caption;
    return ParagraphRole::Body;
}

// The paragraphs a pass may change: those the format left undecided.
using Undecided = std::vector<bool>;

// Rule 5. Runs right after rules 1-4, when every paragraph still marked Body
// is undecided.
void chooseHeadline(std::vector<Paragraph> &paragraphs)
{
    std::vector<size_t> candidates;
    // A dateline follows the headline. A place-shaped line above everything
    // else, in an article where no other line can be the headline, is a
    // Title Case headline with a comma.
    std::optional<size_t> leadingPlace;
    bool atTop = true; // only boilerplate so far
    for (size_t i = 0; i < paragraphs.size() && candidates.size() < 2; ++i) {
        const Paragraph &paragraph = paragraphs[i];
        if (atTop && paragraph.role == ParagraphRole::Dateline && isPlaceLine(paragraph.text.trimmed()))
            leadingPlace = i;
        atTop = atTop && paragraph.role == ParagraphRole::Boilerplate;
        if (paragraph.role != ParagraphRole::Body)
            continue;
        if (!isHeadlineLike(paragraph.text))
            break;
        candidates.push_back(i);
    }
    if (candidates.empty() && leadingPlace)
        paragraphs[*leadingPlace].role = ParagraphRole::Headline;
    if (candidates.empty())
        return;
    const size_t first = candidates.front();
    const bool sectionLabel = candidates.size() == 2 && isShortLabel(paragraphs[first].text)
        && wordCount(paragraphs[candidates[1]].text, maxHeadlineWords) > wordCount(paragraphs[first].text, maxHeadlineWords);
    if (sectionLabel)
        paragraphs[first].role = ParagraphRole::Boilerplate;
    paragraphs[sectionLabel ? candidates[1] : first].role = ParagraphRole::Headline;
}

// Rule 6. Runs after rule 5 has chosen the headline and before rule 7,
// which would take a name of two or three words under it for a label
// outside the story's flow ("Марта Ліндквіст" was boilerplate). Only the
// head is searched: from the headline to the first paragraph of the story,
// so "Getty Images" beside a caption or a site name at the end stays a label.
void markBareNames(std::vector<Paragraph> &paragraphs, const Undecided &undecided)
{
    const auto headline = std::find_if(paragraphs.cbegin(), paragraphs.cend(), [](const Paragraph &p) {
        return p.role == ParagraphRole::Headline;
    });
    for (size_t i = size_t(headline - paragraphs.cbegin()) + 1; i < paragraphs.size(); ++i) {
        Paragraph &paragraph = paragraphs[i];
        if (paragraph.role != ParagraphRole::Body)
            continue; // a dateline, a byline, boilerplate: still the head
        if (undecided[i] && BylineRecognizer::isBareName(paragraph.text.trimmed()))
            paragraph.role = ParagraphRole::Byline;
        else if (!isShortLabel(paragraph.text))
            return; // the story has begun
    }
}

bool isBodyText(const Paragraph &paragraph)
{
    return paragraph.role == ParagraphRole::Body && !isShortLabel(paragraph.text);
}

// Rule 7.
void markLabels(std::vector<Paragraph> &paragraphs, const Undecided &undecided)
{
    const auto firstBody = std::find_if(paragraphs.cbegin(), paragraphs.cend(), isBodyText);
    const auto lastBody = std::find_if(paragraphs.crbegin(), paragraphs.crend(), isBodyText);
    const size_t begin = size_t(firstBody - paragraphs.cbegin());
    const size_t end = size_t(paragraphs.crend() - lastBody); // one past the last body paragraph
    const auto isCaptionAt = [&paragraphs](size_t i) {
        return i < paragraphs.size() && paragraphs[i].role == ParagraphRole::Caption;
    };
    for (size_t i = 0; i < paragraphs.size(); ++i) {
        Paragraph &paragraph = paragraphs[i];
        if (!undecided[i] || paragraph.role != ParagraphRole::Body || !isShortLabel(paragraph.text))
            continue;
        const bool photoCredit = isName(paragraph.text) && (isCaptionAt(i + 1) || (i > 0 && isCaptionAt(i - 1)));
        if (i < begin || i >= end || photoCredit)
            paragraph.role = ParagraphRole::Boilerplate;
    }
}

// Rule 8.
void closeAfterCredit(std::vector<Paragraph> &paragraphs, const Undecided &undecided)
{
    qsizetype total = 0;
    for (const Paragraph &paragraph : paragraphs)
        total += paragraph.text.size();
    qsizetype offset = 0;
    size_t credit = 0;
    for (; credit < paragraphs.size(); offset += paragraphs[credit++].text.size()) {
        if (offset * 3 >= total * 2 && RoleClassifier::isStoryCredit(paragraphs[credit].text))
            break;
    }
    if (credit >= paragraphs.size())
        return;
    const auto tail = paragraphs.begin() + qsizetype(credit) + 1;
    const auto prose = std::count_if(tail, paragraphs.end(), [](const Paragraph &p) { return isProse(p.text); });
    if (prose >= 2)
        return;
    for (size_t i = credit + 1; i < paragraphs.size(); ++i) {
        if (undecided[i])
            paragraphs[i].role = ParagraphRole::Boilerplate;
    }
}

// Rule 9.
void markAltText(std::vector<Paragraph> &paragraphs, const Undecided &undecided)
{
    for (size_t i = 0; i + 1 < paragraphs.size(); ++i) {
        Paragraph &alt = paragraphs[i];
        const Paragraph &caption = paragraphs[i + 1];
        if (!undecided[i] || alt.role != ParagraphRole::Body || caption.role != ParagraphRole::Caption)
            continue;
        static const QRegularExpression wordSeparator(QStringLiteral("[^\\w]+"),
                                                      QRegularExpression::UseUnicodePropertiesOption);
        const QStringList words = alt.text.split(wordSeparator, Qt::SkipEmptyParts);
        const QStringList captionWords = caption.text.split(wordSeparator, Qt::SkipEmptyParts);
        const auto shared = std::count_if(words.cbegin(), words.cend(),
                                          [&](const QString &word) { return captionWords.contains(word); });
        if (!words.isEmpty() && shared * 10 >= words.size() * 8)
            alt.role = ParagraphRole::Caption;
    }
}

} // namespace

bool RoleClassifier::isStoryCredit(const QString &text)
{
    return startsWithStoryCredit(text, wordCount(text, 25));
}

bool RoleClassifier::isHeadlineLike(const QString &text)
{
    return WireDiff::isHeadlineLike(text);
}

bool RoleClassifier::isBoilerplate(const QString &text)
{
    return boilerplateRule(Shape(text));
}

bool RoleClassifier::isDateline(const QString &text)
{
    return datelineRule(Shape(text));
}

bool RoleClassifier::isByline(const QString &text)
{
    return bylineRule(Shape(text));
}

bool RoleClassifier::isCaption(const QString &text)
{
    return captionRule(Shape(text));
}

ParagraphRole RoleClassifier::roleOf(const Paragraph &paragraph, bool isFirstCandidate)
{
    const ParagraphRole role = intrinsicRole(paragraph.text);
    if (role != ParagraphRole::Body)
        return role;
    if (isFirstCandidate && isHeadlineLike(paragraph.text))
        return ParagraphRole::Headline;
    if (!isFirstCandidate && isShortLabel(paragraph.text))
        return ParagraphRole::Boilerplate;
    return ParagraphRole::Body;
}

void RoleClassifier::classify(std::vector<Paragraph> &paragraphs)
{
    for (Paragraph &paragraph : paragraphs)
        paragraph.role = ParagraphRole::Body;
    classifyRemaining(paragraphs);
}

void RoleClassifier::classifyRemaining(std::vector<Paragraph> &paragraphs)
{
    Undecided undecided(paragraphs.size());
    for (size_t i = 0; i < paragraphs.size(); ++i) {
        undecided[i] = paragraphs[i].role == ParagraphRole::Body;
        if (undecided[i])
            paragraphs[i].role = intrinsicRole(paragraphs[i].text);
    }
    const bool hasHeadline = std::any_of(paragraphs.cbegin(), paragraphs.cend(), [](const Paragraph &p) {
        return p.role == ParagraphRole::Headline;
    });
    if (!hasHeadline)
        chooseHeadline(paragraphs);
    markBareNames(paragraphs, undecided);
    markLabels(paragraphs, undecided);
    closeAfterCredit(paragraphs, undecided);
    markAltText(paragraphs, undecided);
}

} // namespace WireDiff
