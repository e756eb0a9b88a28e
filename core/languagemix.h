#pragma once

#include "article.h"

#include <QString>

#include <vector>

namespace WireDiff {

// Whether a folder's articles are written in more than one language.
// WireDiff compares words: a translation of the agency copy shares almost
// none of them, so it reads as new text in rows of its own, which is right
// about the words and misleading about the story unless the editor is told
// why, naming the articles and their languages.
class LanguageMix
{
public:
    struct Member
    {
        int article = -1;
        QString language; // two-letter code
    };
    struct Verdict
    {
        QString majority;           // the language most articles are in
        int inMajority = 0;         // articles in it
        int languages = 0;          // distinct languages among those known
        std::vector<Member> others; // articles in another language, in the given order
        bool isMixed() const { return languages > 1; }
    };

    // Articles whose language is unknown (too short to guess) are left out;
    // "en-GB" and "en" are one language. Of equally common languages the
    // first in code order is the majority, as Lexicon::majorityLanguage.
    static Verdict judge(const std::vector<Article> &articles);
    // The translated notice for a mixed set (empty otherwise); at most
    // `listed` articles are named, the rest counted.
    static QString notice(const std::vector<Article> &articles, int listed = 6);
    // The language's name in the editor's language for the wire languages,
    // else Qt's English name, else the code.
    static QString languageName(const QString &code);
};

} // namespace WireDiff
