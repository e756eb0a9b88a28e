#include "agencycredit.h"

#include "article.h"

#include <QRegularExpression>

namespace WireDiff {

namespace {

// The wire services whose names appear in datelines and credit lines, with
// their canonical keys. Spelled out names first, so that "Associated Press"
// is not read as an unrelated "AP".
struct Agency
{
    const char *pattern;
    const char *key;
};
constexpr Agency agencies[] = {
    { "agence france[- ]presse|afp", "afp" },
    { "associated press|ap", "ap" },
    { "reuters", "reuters" },
    { "press association|pa media|pa", "pa" },
    { "deutsche presse-agentur|dpa", "dpa" },
    { "xinhua", "xinhua" },
    { "yonhap", "yonhap" },
    { "kyodo", "kyodo" },
    { "ansa", "ansa" },
    { "efe", "efe" },
    { "upi|united press international", "upi" },
    { "bloomberg", "bloomberg" },
    { "anadolu", "anadolu" },
    { "interfax", "interfax" },
    { "tass", "tass" },
    { "ukrinform", "ukrinform" },
    { "aap|australian associated press", "aap" },
    { "canadian press", "cp" },
    { "pti|press trust of india", "pti" },
};

QString alternation()
{
    QStringList names;
    for (const Agency &agency : agencies)
        names << QString::fromLatin1(agency.pattern);
    return names.join(u'|');
}

QString keyOf(const QString &name)
{
    const QString lower = name.toLower();
    for (const Agency &agency : agencies) {
        const QRegularExpression whole(QStringLiteral("^(?:%1)$").arg(QString::fromLatin1(agency.pattern)));
        if (whole.match(lower).hasMatch())
            return QString::fromLatin1(agency.key);
    }
    return lower;
}

QRegularExpression caseless(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
}

// A dateline counts among the first paragraphs only: further down, "(AFP)"
// opens a quoted or pasted passage, not the story.
constexpr int datelineParagraphs = 4;
// A credit line is short; a sentence naming an agency is reporting.
constexpr int creditWords = 25;

// Whether the text has at most `limit` words (runs of characters between
// spaces), without splitting it: most paragraphs are far longer.
bool wordsAtMost(const QString &text, int limit)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool space = c == u' ';
        if (!space && !inWord && ++words > limit)
            return false;
        inWord = !space;
    }
    return true;
}

} // namespace

AgencyCredit AgencyCredit::ofParagraph(const QString &text, bool nearTheTop)
{
    // A place (capitalised words, maybe a date after a comma), the agency in
    // brackets, then the dash or colon that leads into the story.
    static const QRegularExpression dateline(
        QStringLiteral("^\\s*\\p{Lu}[\\p{L}.'’ -]{1,40}(?:,[^()\\n]{1,30})?\\s*\\(\\s*(%1)\\s*\\)\\s*(?:[-–—]+|:)")
            .arg(alternation()),
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption);
    // "Source: AFP", "Sources: Reuters, AFP", "Credit: Reuters"; "By
    // Associated Press"; "Jane Doe, Reuters", "Jane Doe | AFP".
    static const QRegularExpression credit = caseless(
        QStringLiteral("^\\s*\\(?\\s*(?:(?:sources?|credits?|via)\\s*:\\s*(?:[^.:]{0,30}?[,;/&]\\s*)?(%1)\\b"
                       "|by\\s+(%1)\\s*$"
                       "|[\\p{L} .'’-]{2,40}[,|]\\s*(%1)(?:\\s+(?:news|media))?\\s*$)")
            .arg(alternation()));
    if (nearTheTop) {
        const QRegularExpressionMatch match = dateline.match(text);
        if (match.hasMatch())
            return { Kind::OwnWire, keyOf(match.captured(1)) };
    }
    if (wordsAtMost(text, creditWords)) {
        const QRegularExpressionMatch match = credit.match(text);
        if (match.hasMatch())
            return { Kind::Credited, keyOf(match.captured(match.lastCapturedIndex())) };
    }
    return {};
}

AgencyCredit AgencyCredit::of(const Article &article)
{
    AgencyCredit found;
    int index = 0;
    for (const Paragraph &paragraph : article.paragraphs) {
        const AgencyCredit here = ofParagraph(paragraph.text, index++ < datelineParagraphs);
        if (here.kind > found.kind)
            found = here;
        if (found.kind == Kind::OwnWire)
            break;
    }
    return found;
}

} // namespace WireDiff
