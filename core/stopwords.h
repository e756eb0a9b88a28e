#pragma once

#include <QString>
#include <QStringView>

namespace WireDiff {

// Function words per language: they carry little of a sentence's meaning,
// so they weigh little in paraphrase similarity and a lone shared "the"
// between two rewritten phrases is not treated as verbatim text.
class Stopwords
{
public:
    static bool contains(const QString &language, QStringView foldedWord);
    // Words that negate a statement ("not", "never", "didn't"; "nicht",
    // "jamais"...), for the languages listed in stopwords.cpp.
    static bool isNegation(const QString &language, QStringView foldedWord);
};

} // namespace WireDiff
