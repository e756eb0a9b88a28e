#include "scriptguesser.h"

#include <QHash>
#include <QSet>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <array>

namespace WireDiff {

namespace {

struct FunctionWords
{
    const char *language;
    std::array<const char *, 12> words;
};

// Short, frequent and mostly language-specific words.
constexpr std::array<FunctionWords, 8> latinLanguages {{
    { "en", { "the", "and", "of", "to", "in", "is", "that", "was", "said", "with", "for", "on" } },
    { "de", { "der", "die", "und", "das", "nicht", "ist", "mit", "von", "sich", "auch", "dem", "ein" } },
    { "fr", { "le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "du", "pas" } },
    { "es", { "el", "la", "los", "las", "y", "que", "del", "por", "una", "para", "con", "se" } },
    { "it", { "il", "di", "che", "della", "per", "non", "una", "sono", "gli", "del", "con", "è" } },
    { "pt", { "o", "os", "as", "que", "não", "uma", "para", "com", "dos", "das", "foi", "em" } },
    { "nl", { "de", "het", "een", "van", "en", "niet", "dat", "zijn", "voor", "met", "op", "ook" } },
    { "pl", { "i", "w", "nie", "na", "się", "z", "że", "do", "jest", "to", "jak", "od" } },
}};

QString guessLatin(QStringView text)
{
    QHash<QString, int> counts;
    QString word;
    const auto flush = [&]() {
        if (!word.isEmpty() && word.size() <= 6)
            ++counts[word];
        word.clear();
    };
    for (const QChar c : text.left(20000)) {
        if (c.isLetter())
            word.append(c.toLower());
        else
            flush();
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

} // namespace

QString ScriptGuesser::guessLanguage(QStringView text)
{
    QHash<int, int> scripts;
    bool ukrainianLetters = false;
    int sampled = 0;
    for (qsizetype i = 0; i < text.size() && sampled < 20000; ++i) {
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
        ukrainianLetters = ukrainianLetters || c == U'і' || c == U'ї' || c == U'є' || c == U'ґ'
            || c == U'І' || c == U'Ї' || c == U'Є' || c == U'Ґ';
    }
    if (sampled == 0)
        return {};
    int dominant = USCRIPT_COMMON;
    int dominantCount = 0;
    for (auto it = scripts.cbegin(); it != scripts.cend(); ++it) {
        if (it.value() > dominantCount) {
            dominant = it.key();
            dominantCount = it.value();
        }
    }
    const int kana = scripts.value(USCRIPT_HIRAGANA) + scripts.value(USCRIPT_KATAKANA);
    if (kana * 10 >= sampled)
        return QStringLiteral("ja");
    switch (dominant) {
    case USCRIPT_HANGUL: return QStringLiteral("ko");
    case USCRIPT_HAN: return QStringLiteral("zh");
    case USCRIPT_THAI: return QStringLiteral("th");
    case USCRIPT_ARABIC: return QStringLiteral("ar");
    case USCRIPT_HEBREW: return QStringLiteral("he");
    case USCRIPT_GREEK: return QStringLiteral("el");
    case USCRIPT_CYRILLIC: return ukrainianLetters ? QStringLiteral("uk") : QStringLiteral("ru");
    case USCRIPT_LATIN: return guessLatin(text);
    default: return {};
    }
}

QString ScriptGuesser::guessLanguage(const std::vector<Paragraph> &paragraphs)
{
    QString sample;
    for (const Paragraph &paragraph : paragraphs) {
        if (paragraph.role == ParagraphRole::Boilerplate)
            continue;
        sample.append(paragraph.text);
        sample.append(QLatin1Char(' '));
        if (sample.size() > 20000)
            break;
    }
    return guessLanguage(sample);
}

} // namespace WireDiff
