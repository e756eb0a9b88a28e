#include "roleclassifier.h"

#include <QRegularExpression>

namespace WireDiff {

namespace {

int wordCount(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        words += letter && !inWord;
        inWord = letter;
    }
    return words;
}

bool endsLikeSentence(const QString &text)
{
    static const QRegularExpression sentenceEnd(
        QStringLiteral("[.!?\u3002\uFF01\uFF1F][\"'\u201D\u2019\u00BB)\\]]*$"));
    return sentenceEnd.match(text).hasMatch();
}

const QRegularExpression &monthDatePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
                       "Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
                       "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

bool RoleClassifier::isBoilerplate(const QString &text)
{
    static const QRegularExpression chrome(
        QStringLiteral("^(?:source|sources|credit|credits|copyright|\u00A9|\\(c\\)|all rights reserved|"
                       "back to top|advertisement|advertising|sponsored|read more|read next|"
                       "related|related articles|more on this|see also|share|share this|"
                       "subscribe|sign up|follow us|click here|tags?|filed under|"
                       "skip to|menu|home|newsletter|most read|recommended|comments?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ruleLine(QStringLiteral("^[\\s\\-\u2013\u2014_=*~\u2022\u00B7|]*$"));
    static const QRegularExpression rightsLine(
        QStringLiteral("(?:all rights reserved|\u00A9\\s*\\d{4}|copyright\\s+\\d{4})"),
        QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || ruleLine.match(trimmed).hasMatch())
        return true;
    const int words = wordCount(trimmed);
    if (words <= 14 && chrome.match(trimmed).hasMatch())
        return true;
    if (words <= 25 && rightsLine.match(trimmed).hasMatch())
        return true;
    return false;
}

bool RoleClassifier::isDateline(const QString &text)
{
    static const QRegularExpression isoDate(QStringLiteral("\\b\\d{4}-\\d{2}-\\d{2}\\b"));
    static const QRegularExpression clock(QStringLiteral("\\b\\d{1,2}:\\d{2}\\b"));
    static const QRegularExpression metaDate(QStringLiteral("^(?:date|dated|updated|published)\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression placeLine(
        QStringLiteral("^[\\p{Lu}][\\p{L}.'\\-]+(?:\\s[\\p{Lu}][\\p{L}.'\\-]+)*"
                       "(?:,\\s[\\p{Lu}][\\p{L}.'\\-]+(?:\\s[\\p{Lu}][\\p{L}.'\\-]+)*){1,2}$"));
    const QString trimmed = text.trimmed();
    const int words = wordCount(trimmed);
    if (words == 0 || words > 10 || endsLikeSentence(trimmed))
        return false;
    if (isoDate.match(trimmed).hasMatch() || clock.match(trimmed).hasMatch()
        || metaDate.match(trimmed).hasMatch() || monthDatePattern().match(trimmed).hasMatch()) {
        return true;
    }
    return words <= 5 && placeLine.match(trimmed).hasMatch();
}

bool RoleClassifier::isByline(const QString &text)
{
    static const QRegularExpression byPrefix(
        QStringLiteral("^(?:by|von|par|por|di|door|av|przez)\\s+\\p{Lu}"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression deskSuffix(
        QStringLiteral("(?:,\\s*(?:PA|AP|AFP|Reuters)(?:\\s+News)?|staff (?:writer|reporter)|"
                       "correspondent)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    const int words = wordCount(trimmed);
    if (words == 0 || words > 14)
        return false;
    return byPrefix.match(trimmed).hasMatch() || deskSuffix.match(trimmed).hasMatch();
}

bool RoleClassifier::isCaption(const QString &text)
{
    static const QRegularExpression bracketCredit(
        QStringLiteral("[\\[(][^\\[\\]()]{0,60}/\\s*[^\\[\\]()]{1,40}[\\])]\\s*$"));
    static const QRegularExpression photoPrefix(
        QStringLiteral("^(?:photo|image|picture|pictured|caption|file photo|foto)\\b\\s*[:\\-\u2013]"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression endsWithDate(
        QStringLiteral(",?\\s*\\d{4}\\.?\\s*$"));
    const QString trimmed = text.trimmed();
    const int words = wordCount(trimmed);
    if (words == 0 || words > 60)
        return false;
    if (bracketCredit.match(trimmed).hasMatch() || photoPrefix.match(trimmed).hasMatch())
        return true;
    // News-photo captions are written in the present tense and end with the
    // date the picture was taken: "… in Seoul, South Korea January 29, 2023."
    const QRegularExpressionMatch date = monthDatePattern().match(trimmed);
    return words <= 45 && date.hasMatch() && date.capturedEnd() >= trimmed.size() - 2
        && endsWithDate.match(trimmed).hasMatch();
}

ParagraphRole RoleClassifier::roleOf(const Paragraph &paragraph, bool isFirstCandidate)
{
    const QString &text = paragraph.text;
    if (isBoilerplate(text))
        return ParagraphRole::Boilerplate;
    if (isDateline(text))
        return ParagraphRole::Dateline;
    if (isByline(text))
        return ParagraphRole::Byline;
    if (isCaption(text))
        return ParagraphRole::Caption;
    const int words = wordCount(text);
    if (isFirstCandidate && words <= 30 && !endsLikeSentence(text))
        return ParagraphRole::Headline;
    // A lone name without a sentence ("Reuters", "CNN", "News"): a credit or
    // a section label, not a claim.
    if (!isFirstCandidate && words <= 3 && !endsLikeSentence(text))
        return ParagraphRole::Boilerplate;
    return ParagraphRole::Body;
}

void RoleClassifier::classify(std::vector<Paragraph> &paragraphs)
{
    bool headlineSeen = false;
    for (Paragraph &paragraph : paragraphs) {
        const bool isFirstCandidate = !headlineSeen;
        // A lone leading label such as "News" is not the headline candidate.
        paragraph.role = roleOf(paragraph, isFirstCandidate && wordCount(paragraph.text) > 3);
        if (paragraph.role == ParagraphRole::Headline || paragraph.role == ParagraphRole::Body)
            headlineSeen = true;
        if (isFirstCandidate && paragraph.role == ParagraphRole::Boilerplate
            && wordCount(paragraph.text) > 3) {
            headlineSeen = true;
        }
    }
    // An image's alt text repeats the caption that follows it.
    for (size_t i = 0; i + 1 < paragraphs.size(); ++i) {
        Paragraph &first = paragraphs[i];
        const Paragraph &next = paragraphs[i + 1];
        if (first.role != ParagraphRole::Body || next.role != ParagraphRole::Caption)
            continue;
        const QString stem = first.text.trimmed().chopped(first.text.trimmed().endsWith(QLatin1Char('.')) ? 1 : 0);
        const QStringList words = stem.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        int shared = 0;
        for (const QString &word : words)
            shared += next.text.contains(word);
        if (!words.isEmpty() && shared * 10 >= words.size() * 8)
            first.role = ParagraphRole::Caption;
    }
}

} // namespace WireDiff
