#include "scriptguesser.h"

#include <QHash>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <array>

namespace WireDiff {

namespace {

constexpr int maxSampledLetters = 20000;

struct FunctionWords
{
    const char *language;
    std::array<const char *, 12> words;
};

// Short, frequent and mostly language-specific words.
constexpr std::array<FunctionWords, 10> latinLanguages {{
    { "en", { "the", "and", "of", "to", "in", "is", "that", "was", "said", "with", "for", "on" } },
    { "de", { "der", "die", "und", "das", "nicht", "ist", "mit", "von", "sich", "auch", "dem", "ein" } },
    { "fr", { "le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "du", "pas" } },
    { "es", { "el", "la", "los", "las", "y", "que", "del", "por", "una", "para", "con", "se" } },
    { "it", { "il", "di", "che", "della", "per", "non", "una", "sono", "gli", "del", "con", "è" } },
    { "pt", { "o", "os", "as", "que", "não", "uma", "para", "com", "dos", "das", "foi", "em" } },
    { "nl", { "de", "het", "een", "van", "en", "niet", "dat", "zijn", "voor", "met", "op", "ook" } },
    { "pl", { "i", "w", "nie", "na", "się", "z", "że", "do", "jest", "to", "jak", "od" } },
    { "sv", { "och", "att", "det", "som", "är", "av", "för", "med", "till", "den", "inte", "har" } },
    { "tr", { "ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "daha", "gibi", "çok", "olan" } },
}};

struct ScriptLanguage
{
    UScriptCode script;
    const char *language;
};

// Scripts used by one main language each. Han alone is Chinese; with kana it
// is Japanese, which guessLanguage() decides first.
constexpr std::array<ScriptLanguage, 22> scriptLanguages {{
    { USCRIPT_HANGUL, "ko" }, { USCRIPT_HAN, "zh" }, { USCRIPT_THAI, "th" }, { USCRIPT_HEBREW, "he" },
    { USCRIPT_GREEK, "el" }, { USCRIPT_DEVANAGARI, "hi" }, { USCRIPT_BENGALI, "bn" },
    { USCRIPT_TAMIL, "ta" }, { USCRIPT_TELUGU, "te" }, { USCRIPT_KANNADA, "kn" },
    { USCRIPT_MALAYALAM, "ml" }, { USCRIPT_GUJARATI, "gu" }, { USCRIPT_GURMUKHI, "pa" },
    { USCRIPT_SINHALA, "si" }, { USCRIPT_GEORGIAN, "ka" }, { USCRIPT_ARMENIAN, "hy" },
    { USCRIPT_ETHIOPIC, "am" }, { USCRIPT_KHMER, "km" }, { USCRIPT_LAO, "lo" },
    { USCRIPT_MYANMAR, "my" }, { USCRIPT_TIBETAN, "bo" }, { USCRIPT_MONGOLIAN, "mn" },
}};

// Letters one language of a shared script has and its neighbour lacks.
struct LetterCensus
{
    int ukrainian = 0; // і ї є ґ
    int russian = 0;   // ы э ъ ё
    int persian = 0;   // پ چ ژ گ
    int urdu = 0;      // ٹ ڈ ڑ ں ے

    void count(char32_t c)
    {
        const char32_t lower = u_tolower(UChar32(c));
        ukrainian += lower == U'і' || lower == U'ї' || lower == U'є' || lower == U'ґ';
        russian += lower == U'ы' || lower == U'э' || lower == U'ъ' || lower == U'ё';
        persian += c == U'پ' || c == U'چ' || c == U'ژ' || c == U'گ';
        urdu += c == U'ٹ' || c == U'ڈ' || c == U'ڑ' || c == U'ں' || c == U'ے';
    }
};

QString guessLatin(QStringView text)
{
    // Words of up to six letters, lower-cased, are counted. A word is
    // gathered in a buffer of that size (longer ones only counted out):
    // appending letter by letter to a QString took most of the loading of a
    // folder of 100 short articles.
    constexpr qsizetype maxWordLength = 6;
    QHash<QString, int> counts;
    std::array<QChar, maxWordLength> word;
    qsizetype length = 0;
    const auto flush = [&]() {
        if (length > 0 && length <= maxWordLength)
            ++counts[QString(word.data(), length)];
        length = 0;
    };
    for (const QChar c : text.left(maxSampledLetters)) {
        if (!c.isLetter()) {
            flush();
            continue;
        }
        if (length < maxWordLength)
            word[size_t(length)] = c.toLower();
        ++length;
    }
    flush();
    QString best;
    int bestScore = 2;
    for (const FunctionWords &language : latinLanguages) {
        int score = 0;
        for (const char *w : language.words)
            score += counts.value(QString::fromUtf8(w));
        if (score > bestScore) {
            bestScore = score;
            best = QString::fromLatin1(language.language);
        }
    }
    return best;
}

QString languageOfScript(int script, const LetterCensus &letters, QStringView text)
{
    switch (script) {
    case USCRIPT_CYRILLIC:
        return letters.ukrainian > letters.russian ? QStringLiteral("uk") : QStringLiteral("ru");
    case USCRIPT_ARABIC:
        if (letters.urdu > 0 && letters.urdu >= letters.persian)
            return QStringLiteral("ur");
        return letters.persian > 0 ? QStringLiteral("fa") : QStringLiteral("ar");
    case USCRIPT_LATIN:
        return guessLatin(text);
    default:
        break;
    }
    for (const ScriptLanguage &entry : scriptLanguages) {
        if (entry.script == script)
            return QString::fromLatin1(entry.language);
    }
    return {};
}

} // namespace

QString ScriptGuesser::guessLanguage(QStringView text)
{
    QHash<int, int> scripts;
    LetterCensus letters;
    int sampled = 0;
    // ASCII letters are Latin and none of the census letters: counted
    // apart (the entry made where the first one is met, as ICU's answer
    // would have made it) without asking ICU for each.
    int asciiLetters = 0;
    for (qsizetype i = 0; i < text.size() && sampled < maxSampledLetters; ++i) {
        if (const char16_t unit = text.at(i).unicode(); unit < 0x80) {
            if ((unit | 0x20) >= u'a' && (unit | 0x20) <= u'z') {
                if (asciiLetters++ == 0)
                    scripts[int(USCRIPT_LATIN)];
                ++sampled;
            }
            continue;
        }
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (!u_isalpha(UChar32(c)))
            continue;
        ++sampled;
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(UChar32(c), &status);
        if (U_SUCCESS(status))
            ++scripts[int(script)];
        letters.count(c);
    }
    if (asciiLetters > 0)
        scripts[int(USCRIPT_LATIN)] += asciiLetters;
    if (sampled == 0)
        return {};
    const int kana = scripts.value(USCRIPT_HIRAGANA) + scripts.value(USCRIPT_KATAKANA);
    if (kana * 10 >= sampled)
        return QStringLiteral("ja");
    int dominant = USCRIPT_COMMON;
    int dominantCount = 0;
    for (auto it = scripts.cbegin(); it != scripts.cend(); ++it) {
        if (it.value() > dominantCount) {
            dominant = it.key();
            dominantCount = it.value();
        }
    }
    return languageOfScript(dominant, letters, text);
}

QString ScriptGuesser::guessLanguage(const std::vector<Paragraph> &paragraphs)
{
    QString sample;
    for (const Paragraph &paragraph : paragraphs) {
        if (paragraph.role == ParagraphRole::Boilerplate)
            continue;
        sample.append(paragraph.text);
        sample.append(QLatin1Char(' '));
        if (sample.size() > maxSampledLetters)
            break;
    }
    return guessLanguage(sample);
}

} // namespace WireDiff
