#pragma once

#include "paragraph.h"

#include <QString>

#include <vector>

namespace WireDiff {

// Guesses an article's language when the metadata does not say: the
// dominant Unicode script decides where one language uses it (Hangul, Thai,
// Hebrew, Greek, Devanagari, Georgian, ...); kana makes Han text Japanese;
// letters only one language has tell Ukrainian from Russian and Persian or
// Urdu from Arabic; Latin text is told apart by its most frequent function
// words. Returns a BCP 47 tag or an empty string.
class ScriptGuesser
{
public:
    static QString guessLanguage(const std::vector<Paragraph> &paragraphs);
    static QString guessLanguage(QStringView text);
};

} // namespace WireDiff
