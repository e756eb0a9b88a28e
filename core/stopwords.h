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
};

} // namespace WireDiff
