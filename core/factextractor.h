#pragma once

#include "fact.h"

#include <QStringView>

#include <vector>

namespace WireDiff {

struct FlatDocument;
struct TokenizedArticle;
struct Paragraph;
class FactWords;
class Lexicon;
class Vocabulary;

// Finds the checkable facts of a stretch of text: numbers (digits or words,
// thousands separators of any style normalised, "40 million" as one value),
// weekdays and month names (English, German, French, Spanish), runs of
// capitalised words (names; a lone capitalised word opening a sentence or a
// quote is not taken for one), quotations between any style of quotation
// marks, stance verbs (deny, refuse, confirm, admit …, each its own class:
// "refused" is not "denied") and attributions (the name next to a reporting
// verb such as "said" or "according to"), which also become each quote's
// speaker.
class FactExtractor
{
public:
    struct Source
    {
        const FlatDocument &flat;
        const TokenizedArticle &tokens;
        const std::vector<Paragraph> &paragraphs;
        const Vocabulary &vocabulary;
        const Lexicon &lexicon;
        const FactWords &words; // built from `vocabulary`

        QStringView text(qint32 flatIndex) const;  // the token as written
        QStringView key(qint32 flatIndex) const;   // its comparison key
    };

    static std::vector<Fact> extract(const Source &source, qint32 begin, qint32 end);

    static QString foldAccents(const QString &text);
    static QString nameWord(QStringView key);
    // The word a name's value holds after an inner possessive ("north
    // korea 's department us affair").
    static constexpr QLatin1StringView possessiveMark { "'s" };
};

} // namespace WireDiff
