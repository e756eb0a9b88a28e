#pragma once

#include "comparison.h"

#include <QStringList>

#include <vector>

namespace WireDiff {

// Whether the compared articles read as versions of one story. A wrong
// folder (a day's court reports, one file per story) or a set of
// translations compares without error into hundreds of one-cell rows and
// "new" everywhere; the editor should be told why, once, in words.
// Judged on the containment matrix the comparison already holds.
class StoryCoherence
{
public:
    // Shorter articles are not judged: a two-line brief may share little
    // with a full report and still be the same story.
    static constexpr qsizetype minimumWords = 40;
    // Under this share of its words found in any other article, and of any
    // other's words found in it, an article is a stranger to the set.
    static constexpr double strangerShare = 0.10;

    struct Stranger
    {
        qint32 article = -1;
        double closestShare = 0; // the most it shares with another article, either way
    };
    struct Verdict
    {
        std::vector<Stranger> strangers;
        qint32 judged = 0;          // articles long enough to judge
        double mostSharedByTwo = 0; // the highest share of any pair, either way
        // Half or more of three or more judged articles are strangers: the
        // set, not one article, is the odd thing.
        bool isUnrelatedSet() const { return judged >= 3 && 2 * qint32(strangers.size()) >= judged; }
    };

    // `words[a]` is article a's length in words; a negative length marks
    // an article not to judge (WireDiff's own consensus).
    static Verdict judge(const ContainmentMatrix &containment, const std::vector<qsizetype> &words);
    // The translated notices for a comparison: one for an unrelated set, or
    // one per stranger.
    static QStringList notices(const Comparison &comparison);
};

} // namespace WireDiff
