#include "bylinerecognizer.h"

#include <QList>
#include <QString>

#include <unicode/uchar.h>

#include <algorithm>
#include <initializer_list>

namespace WireDiff {

namespace {

// One marker word, as the line's first word. A marker matches in lower
// case, with a capital or in capitals ("By", "by", "BY"), except where a
// capital would make it a surname: "Di Maio" and "Di Caprio" are names, so
// the Italian "di" counts only in lower case.
struct PrefixMarker
{
    QStringView word; // lower case
    bool lowerOnly;
};

constexpr PrefixMarker prefixMarkers[] = {
    { u"by", false },      // English
    { u"von", false },     // German
    { u"par", false },     // French
    { u"por", false },     // Spanish, Portuguese
    { u"di", true },       // Italian
    { u"door", false },    // Dutch
    { u"av", false },      // Norwegian, Swedish
    { u"przez", false },   // Polish
    { u"autor", false },   // Polish, German, Spanish, Portuguese
    { u"autorka", false }, // Polish, a woman writing
    { u"від", false },     // Ukrainian
    { u"автор", false },   // Ukrainian, Russian
    { u"от", false },      // Russian
    { u"מאת", false },     // Hebrew
    { u"بقلم", false },    // Arabic, "by the pen of"
};

// Lower-case words inside a name: "Ursula von der Leyen", "Vincent van
// Gogh", "Ana de la Cruz". Each must have a capitalised word after it.
constexpr QStringView nameParticles[] = {
    u"von", u"van", u"der", u"den", u"de", u"del", u"della", u"di", u"da", u"do", u"dos",
    u"das", u"du", u"la", u"le", u"ten", u"ter", u"zu", u"bin", u"ibn", u"al", u"el",
};

// Lower-case words that join two names or a name and the place it was
// filed from ("Jane Roe and John Doe", "Anna Müller aus Berlin",
// "Марта Ліндквіст у Києві"). A capitalised word must follow.
constexpr QStringView connectors[] = {
    u"and", u"in", u"at", u"from", u"for",             // English
    u"und", u"aus",                                     // German
    u"et", u"à", u"depuis",                             // French
    u"y", u"e", u"en", u"desde", u"em",                 // Spanish, Italian, Portuguese
    u"uit",                                             // Dutch
    u"og", u"och", u"i", u"fra", u"från",               // Norwegian, Swedish, Polish "i"
    u"oraz", u"z", u"w",                                // Polish
    u"і", u"й", u"та", u"з", u"із", u"у", u"в",         // Ukrainian
    u"и", u"из",                                        // Russian
};

template <size_t N>
bool isOneOf(QStringView word, const QStringView (&list)[N])
{
    return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// Punctuation that may stand inside one word of a name: "Müller-Lüdenscheidt",
// "O'Neill", "J.R.", "马尔塔·林德奎斯特".
bool isInnerMark(char32_t c)
{
    return QChar::category(c) == QChar::Punctuation_Dash || c == U'\'' || c == U'\u2019' || c == U'.'
        || c == U'\u00B7' || c == U'\u30FB';
}

bool isClauseEnd(char32_t c)
{
    // , ; : and their CJK and Arabic forms: what follows is not the name.
    switch (c) {
    case U',': case U';': case U':': case U'\uFF0C': case U'\u3001': case U'\uFF1B': case U'\uFF1A':
    case U'\u060C': case U'\u061B':
        return true;
    default:
        return false;
    }
}

bool isOpeningBracket(char32_t c)
{
    return c == U'(' || c == U'[' || c == U'\uFF08' || c == U'\u3010';
}

enum class WordKind {
    Capitalised, // first letter upper or title case, in a script with case
    Lower,       // first letter lower case
    Uncased,     // a script without case: Hebrew, Arabic, Han, Hangul, ...
    Other,       // digits, symbols: not a name
};

struct Token
{
    QStringView text;          // as written between white space
    QStringView word;          // without the punctuation around it
    WordKind kind = WordKind::Other;
    bool mixedCase = false;    // a capital, then lower case: "Jane", "McDonald"
    bool opensBracket = false; // "(Reuters)": an agency, not the name
    bool endsClause = false;   // "Roe," - the name ends here
    bool bare = true;          // no punctuation around it (an initial's full stop aside)
};

WordKind kindOf(const QList<uint> &codePoints)
{
    const char32_t first = codePoints.front();
    if (!QChar::isLetter(first))
        return WordKind::Other;
    for (const uint c : codePoints) {
        if (!QChar::isLetter(c) && !QChar::isMark(c) && !isInnerMark(c))
            return WordKind::Other;
    }
    if (!u_hasBinaryProperty(UChar32(first), UCHAR_CASED))
        return WordKind::Uncased;
    if (QChar::isUpper(first) || QChar::isTitleCase(first))
        return WordKind::Capitalised;
    return QChar::isLower(first) ? WordKind::Lower : WordKind::Other;
}

Token tokenOf(QStringView text)
{
    Token token;
    token.text = text;
    qsizetype begin = 0;
    qsizetype end = text.size();
    // Punctuation is in the Basic Multilingual Plane: stripping it one
    // UTF-16 unit at a time never splits a surrogate pair.
    while (begin < end && (text[begin].isPunct() || text[begin].isSymbol())) {
        token.opensBracket = token.opensBracket || isOpeningBracket(text[begin].unicode());
        ++begin;
    }
    while (end > begin && (text[end - 1].isPunct() || text[end - 1].isSymbol())) {
        token.endsClause = token.endsClause || isClauseEnd(text[end - 1].unicode());
        --end;
    }
    token.word = text.sliced(begin, end - begin);
    const bool initial = end - begin == 1 && end + 1 == text.size() && text[end] == QLatin1Char('.');
    token.bare = begin == 0 && (end == text.size() || initial);
    if (token.word.isEmpty())
        return token;
    const QList<uint> codePoints = token.word.toUcs4();
    token.kind = kindOf(codePoints);
    const bool lower = std::any_of(codePoints.cbegin(), codePoints.cend(), [](uint c) { return QChar::isLower(c); });
    token.mixedCase = token.kind == WordKind::Capitalised && lower;
    return token;
}

QList<Token> tokensOf(QStringView text)
{
    QList<Token> tokens;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool space = i == text.size() || text[i].isSpace();
        if (!space && start < 0)
            start = i;
        if (space && start >= 0) {
            tokens.append(tokenOf(text.sliced(start, i - start)));
            start = -1;
        }
    }
    return tokens;
}

bool isNameWord(const Token &token)
{
    return token.kind == WordKind::Capitalised || token.kind == WordKind::Uncased;
}

// Whether tokens[from...] are a name, or names joined by connectors, with
// perhaps a desk or an agency after a comma, a dash or in brackets.
bool namesFollow(const QList<Token> &tokens, qsizetype from)
{
    // Counted per name; particles are not counted. Without case a particle
    // ("bin", "al-") cannot be told from a name and counts, hence five.
    constexpr int maxCasedWords = 4;
    constexpr int maxUncasedWords = 5;
    int words = 0;
    bool needName = true; // at the start, and after a particle or a connector
    for (qsizetype i = from; i < tokens.size(); ++i) {
        const Token &token = tokens[i];
        if (token.text == u"&" && words > 0 && !needName) {
            words = 0;
            needName = true;
            continue;
        }
        // "(Reuters)", "| Reuters", "– Halden": a credit after the name.
        if (token.opensBracket || token.word.isEmpty())
            return words > 0 && !needName;
        if (isNameWord(token)) {
            const int limit = token.kind == WordKind::Uncased ? maxUncasedWords : maxCasedWords;
            if (++words > limit)
                return false;
            needName = false;
        } else if (token.kind == WordKind::Lower && words > 0 && !needName && isOneOf(token.word, connectors)) {
            words = 0;
            needName = true;
        } else if (token.kind == WordKind::Lower && words > 0 && isOneOf(token.word, nameParticles)) {
            needName = true;
        } else {
            return false;
        }
        if (token.endsClause)
            return !needName;
    }
    return !needName;
}

bool matchesMarker(QStringView word, const PrefixMarker &marker)
{
    if (word == marker.word)
        return true;
    if (marker.lowerOnly || word.size() != marker.word.size())
        return false;
    const QString upper = marker.word.toString().toUpper();
    if (word == upper)
        return true;
    return word.front() == upper.front() && word.sliced(1) == marker.word.sliced(1);
}

// "Von Anna Müller", "Автор: Марта Ліндквіст", "מאת מרתה לינדקוויסט".
bool isPrefixedByline(const QList<Token> &tokens)
{
    if (tokens.size() < 2)
        return false;
    const Token &first = tokens.front();
    const bool isMarker = std::any_of(std::begin(prefixMarkers), std::end(prefixMarkers),
                                      [&](const PrefixMarker &marker) { return matchesMarker(first.word, marker); });
    if (!isMarker || first.opensBracket)
        return false;
    // "Автор : Марта" sets the colon apart.
    const qsizetype name = tokens[1].word.isEmpty() && tokens[1].endsClause ? 2 : 1;
    // namesFollow() wants a name word first, so where the script has case
    // the name starts with a capital: "Von der Leyen warns" and "By noon"
    // are no bylines.
    return name < tokens.size() && namesFollow(tokens, name);
}

// Letters of a name in a script written without spaces; a middle dot
// separates the parts of a transliterated foreign name ("马尔塔·林德奎斯特"),
// which may then be longer.
bool isUnspacedName(QStringView chunk)
{
    const QList<uint> codePoints = chunk.toUcs4();
    int letters = 0;
    bool dotted = false;
    for (const uint c : codePoints) {
        if (c == U'\u00B7' || c == U'\u30FB') {
            dotted = true;
            continue;
        }
        if (!QChar::isLetter(c) || u_hasBinaryProperty(UChar32(c), UCHAR_CASED))
            return false;
        ++letters;
    }
    // Chinese names are two to four characters, Japanese ones up to six
    // ("佐々木健太郎").
    return letters >= 2 && letters <= (dotted ? 16 : 6);
}

// "记者 张三", "本报记者 张三 李四", "（记者张三）", "山田太郎記者". A headline
// with the word inside ("中国记者节举行", Journalists' Day) has no space
// after it and other words before it, and is turned down.
bool isHanReporterLine(QStringView text)
{
    while (!text.isEmpty() && (text.front().isPunct() || text.front().isSpace()))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back().isPunct() || text.back().isSpace()))
        text.chop(1);
    for (const QStringView marker : { QStringView(u"记者"), QStringView(u"記者") }) {
        const qsizetype at = text.indexOf(marker);
        if (at < 0)
            continue;
        const QStringView before = text.first(at).trimmed();
        const QStringView after = text.sliced(at + marker.size());
        if (after.trimmed().isEmpty())
            return isUnspacedName(before);
        if (!before.isEmpty() && !after.front().isSpace())
            return false;
        // Before the word, the outlet: "本报", "新华社".
        const auto isLetter = [](QChar c) { return c.isLetter(); };
        if (!before.isEmpty() && (before.size() > 6 || !std::all_of(before.begin(), before.end(), isLetter)))
            return false;
        int names = 0;
        qsizetype start = 0;
        const QStringView rest = after.trimmed();
        for (qsizetype i = 0; i <= rest.size(); ++i) {
            if (i < rest.size() && !rest[i].isSpace() && !isClauseEnd(rest[i].unicode()))
                continue;
            if (i > start) {
                if (!isUnspacedName(rest.sliced(start, i - start)) || ++names > 4)
                    return false;
            }
            start = i + 1;
        }
        return names > 0;
    }
    return false;
}

// "마르타 린드크비스트 기자", "(서울=연합뉴스) 홍길동 기자 hong@yna.co.kr".
bool isKoreanReporterLine(QList<Token> tokens)
{
    // An e-mail address after the title, an "=" leading into the story.
    while (!tokens.isEmpty() && (tokens.back().word.isEmpty() || tokens.back().word.contains(QLatin1Char('@'))))
        tokens.removeLast();
    // The place and agency in brackets before the name.
    if (!tokens.isEmpty() && tokens.front().opensBracket) {
        const auto close = std::find_if(tokens.cbegin(), tokens.cend(), [](const Token &token) {
            return token.text.endsWith(QLatin1Char(')')) || token.text.endsWith(QLatin1Char(']'));
        });
        if (close == tokens.cend())
            return false;
        tokens.erase(tokens.cbegin(), close + 1);
    }
    if (tokens.size() < 2 || tokens.size() > 4 || tokens.back().word != u"기자")
        return false;
    // Up to three words of a name ("홍길동", "마르타 린드크비스트",
    // "홍길동·김철수" for two writers).
    return std::all_of(tokens.cbegin(), tokens.cend() - 1, [](const Token &token) {
        return token.bare && token.kind == WordKind::Uncased && token.word.size() <= 16;
    });
}

} // namespace

bool BylineRecognizer::isMarkedByline(QStringView trimmed)
{
    const QList<Token> tokens = tokensOf(trimmed);
    return isPrefixedByline(tokens) || isKoreanReporterLine(tokens) || isHanReporterLine(trimmed);
}

bool BylineRecognizer::isBareName(QStringView trimmed)
{
    const QList<Token> tokens = tokensOf(trimmed);
    if (tokens.size() < 2 || tokens.size() > 7)
        return false;
    int capitalised = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens[i];
        const bool last = i + 1 == tokens.size();
        // An initial ("R.") stands inside a name, never at its end, where
        // it is a numeral ("CHAPTER I.").
        const bool initial = token.kind == WordKind::Capitalised && token.word.size() == 1 && !last;
        if (!token.bare)
            return false;
        if (token.kind == WordKind::Capitalised && (token.mixedCase || initial))
            ++capitalised;
        else if (!(i > 0 && !last && token.kind == WordKind::Lower && isOneOf(token.word, nameParticles)))
            return false;
    }
    return capitalised >= 2 && capitalised <= 4;
}

} // namespace WireDiff
