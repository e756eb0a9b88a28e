#pragma once

#include "paragraph.h"

#include <QString>

#include <vector>

namespace WireDiff {

// Guesses an article's language when the metadata does not say: the
// dominant Unicode script decides for Hangul, kana, Han, Thai, Arabic,
// Hebrew, Greek and Cyrillic (Ukrainian letters tell "uk" from "ru"); Latin
// text is told apart by its most frequent function words. Returns a BCP 47
// tag or an empty string.
class ScriptGuesser
{
public:
    static QString guessLanguage(const std::vector<Paragraph> &paragraphs);
    static QString guessLanguage(QStringView text);
};

} // namespace WireDiff
