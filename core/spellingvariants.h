#pragma once

#include "changeclass.h"
#include "comparisonoptions.h"
#include "editscript.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace WireDiff {

struct FlatDocument;
class Lexicon;
struct PairAlignment;
struct TokenLabels;

// Copied words that the word diff cannot pair because they are spelled
// differently, paired as Same so that a verbatim quote stays uncoloured:
//  - compounds written closed, hyphenated or spaced whose letters are the
//    same ("long-standing" = "longstanding", "e-mail" = "email", "Lac
//    Breval" = "Lac-Breval");
//  - words that differ only by diacritics ("Bréval" = "Breval"), when case
//    is ignored (matching case asks for the exact spelling);
//  - a currency sign and the currency's word around the same number
//    ("$40 million" = "40 million dollars" = "40-million-dollar", "US$",
//    "€", "£" and the words FactUnits knows in English, German, French,
//    Spanish and Ukrainian);
//  - times of day and abbreviated amounts ("3am" = "3 a.m." = "3 AM",
//    "€40m" = "€40 million" = "40 million euros", "£2bn" = "2 billion
//    pounds"; "m" and "k" only after a currency sign, "40m" may be metres).
// Real changes stay changes: other letters ("e-mail" / "mail"), another
// currency ("$40" / "40 euros"), another number or time ("3am" / "4am",
// "€40m" / "€41m"), capitals when case matters ("AM" / "a.m."), and the two cases where
// joining words makes another word: a hyphen after a prefix that makes
// words of its own ("re-sign" / "resign", "re-cover" / "recover") counts
// only where it separates two vowels ("co-operate", "re-elect"), and two
// words written apart join only when both are content words of three
// letters or more ("may be" / "maybe", "a part" / "apart" stay changes).
// Only tokens the diff left unpaired are paired, each with at most one
// stretch of the other side, in order within one change; the tokens of a
// compound point at the first token of the other spelling.
class SpellingVariants
{
public:
    // Two stretches, one a side, that are one spelling each of the same
    // words: flat token ranges [aBegin, aEnd) and [bBegin, bEnd). A hyphen
    // one side has alone leaves the other range empty. `aAnchor` and
    // `bAnchor` are tokens the match depends on: a hyphen's neighbours on
    // its side, a currency's number on either side (-1: none).
    struct Match
    {
        qint32 aBegin = 0;
        qint32 aEnd = 0;
        qint32 bBegin = 0;
        qint32 bEnd = 0;
        qint32 aAnchor = -1;
        qint32 bAnchor = -1;
    };

    SpellingVariants(const Lexicon &lexicon, const ComparisonOptions &options);

    // Pairs the variants in the changes of `script`, the word diff already
    // applied to `alignment` (its Same tokens are the diff's pairs), as
    // Same, and returns them.
    std::vector<Match> apply(const EditScript &script, const FlatDocument &base, const FlatDocument &other,
                             PairAlignment *alignment) const;

    // Labels the matches again once the word classifier has relabelled the
    // alignment: it pairs each base token with one token at most, and sees
    // equal keys only, so the other tokens of a compound, a lone hyphen or
    // a currency word would read as added, removed or reworded. A match
    // whose words (or anchors) the classifier kept as copied is copied again
    // wherever it left a token added, removed or paraphrased; one none of
    // whose words (or anchors) it kept stays as it decided.
    // Then pairs the variants inside copied passages the diff did not pair
    // (a moved sentence's, as moved words), and the currencies and hyphens
    // whose numbers and words are paired only now.
    void restore(const std::vector<Match> &matches, const FlatDocument &base, const FlatDocument &other,
                 PairAlignment *alignment) const;

    // The letters by which spellings are compared: the comparison key,
    // without diacritics when they are ignored.
    QString letters(QStringView key) const;

private:
    struct Region
    {
        qint32 aBegin, aEnd, bBegin, bEnd;
    };
    // Consecutive words of one side, joined by hyphens or nothing (a space).
    struct Window
    {
        qint32 begin = 0;
        qint32 end = 0;
        qint32 words = 0;
        QString letters;
    };
    // Where two words of a window meet: the letter offset of the second,
    // whether a hyphen joins them (else a space), and the two words' keys.
    struct Seam
    {
        qint32 offset;
        bool hyphen;
        qint32 before;
        qint32 after;
    };
    struct Side
    {
        const FlatDocument &flat;
        TokenLabels &labels;
    };

    bool isWord(qint32 key) const;
    static bool isJoiner(QStringView key);
    std::vector<Window> windows(const FlatDocument &flat, const TokenLabels &labels, qint32 begin,
                                qint32 end) const;
    bool sameWords(const FlatDocument &a, const Window &x, const FlatDocument &b, const Window &y) const;
    std::vector<Seam> seamsOf(const FlatDocument &flat, const Window &window) const;
    bool seamsAllowed(const std::vector<Seam> &seams, const std::vector<Seam> &other) const;
    void pairCompounds(const Region &region, Side a, Side b, ChangeClass changeClass, std::vector<Match> *matches) const;
    bool isPlainSubstitution(const Region &region, const FlatDocument &base, const FlatDocument &other) const;
    void pairCopiedGaps(Side a, Side b, std::vector<Match> *matches) const;
    void pairCurrencies(Side signs, Side words, qint32 begin, qint32 end, bool signsAreBase,
                        std::vector<Match> *matches) const;
    QString currencyAt(const FlatDocument &flat, qint32 i) const;
    qint32 numberOf(const FlatDocument &flat, qint32 currency) const;
    void pairJoiners(Side side, qint32 begin, qint32 end, bool isBase, std::vector<Match> *matches) const;
    void pairAbbreviationStops(Side side, qint32 begin, qint32 end, bool isBase, std::vector<Match> *matches) const;
    // The letters token `i` is compared by: letters(), without the stops
    // of an abbreviation ("a.m" = "am") and with an abbreviated scale
    // spelled out ("2bn" = "2billion"; "€40m" = "€40million").
    QString spelling(const FlatDocument &flat, qint32 i) const;

    // Regions with more tokens a side than this are rewrites, not copies:
    // their spellings are not compared (which also bounds the cost).
    static constexpr qint32 kMaxRegion = 256;
    static constexpr qint32 kMaxWords = 3; // words in one spelling of a compound

    const Lexicon &m_lexicon;
    bool m_foldAccents;
};

} // namespace WireDiff
