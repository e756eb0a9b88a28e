#pragma once

#include <QtGlobal>

#include <algorithm>

namespace WireDiff {

// What a passage of the other article, found verbatim at another place of
// the base, is called. A news story repeats its names and phrases ("to
// help Kyiv", "of Port Ellis", "NATO Secretary General"), and any two
// versions of it share such runs by chance: a move claimed from one of
// them sends the reader (Ctrl+click) to an unrelated paragraph and hides
// the real removal and addition. So:
//  - Unpaired: punctuation or function words alone, and a passage shorter
//    than clauseWords whose sentence on either side was edited in place
//    (its own counterpart lies where the diff places it): the words were
//    removed, added or reworded there, not moved from elsewhere, and their
//    base words stay free for that counterpart.
//  - Moved: the same statement at another place. A sentence copied whole
//    (half or more of its words on both sides, at least two words); or a
//    run of at least minContentWords content words weighing minWeight or
//    more, each 1 when the base has it at most commonWord times and less
//    the more often it has it ("Kyiv" in a story about Kyiv tells little);
//    below clauseWords words, a run found in several places of the base is
//    no move either (which one would it come from?).
//  - Same: words both versions hold that are too few or too common to
//    tell where they came from; they are copied, but no origin is claimed.
class MoveBar
{
public:
    enum class Verdict : quint8 { Unpaired, Same, Moved };

    struct Passage
    {
        qint32 words = 0;           // words in the run, punctuation not counted
        qint32 contentWords = 0;    // those that are not function words
        double weight = 0;          // its content words, each weightOf() its occurrences in the base
        bool wholeSentence = false; // half or more of its sentence, in the base and in the other article
        bool editedInPlace = false; // its sentence on either side has its own counterpart in place
        qint32 places = 1;          // places of the base holding its words in this order
    };

    // What a content word found `occurrences` times in the base brings.
    static double weightOf(qint32 occurrences)
    {
        return occurrences > 0 ? std::min(1.0, double(commonWord) / double(occurrences)) : 0.0;
    }
    static Verdict judge(const Passage &passage);

    static constexpr qint32 commonWord = 2;
    static constexpr qint32 minContentWords = 3;
    static constexpr double minWeight = 2.0;
    static constexpr qint32 clauseWords = 6;
};

} // namespace WireDiff
