#pragma once

#include "article.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace WireDiff {

// Whether what was read is plausibly a version of a story. A log or data
// file dropped into a wire folder by mistake parses as text and would be
// compared as an article of hundreds of thousands of paragraphs (minutes
// of work and a gigabyte of memory for rows nobody reads); an article
// vastly longer than the rest of its folder is likely not the same story.
class ArticlePlausibility
{
public:
    // Lines sampled from a file's start to judge whether it is a log.
    static constexpr int sampledLines = 400;
    // Fewer non-empty lines than this are never called a log: a short
    // file costs nothing to compare, and a few stamped lines may be a
    // live blog's entries.
    static constexpr int minimumLogLines = 20;

    struct LogVerdict
    {
        bool isLog = false;
        int recordLines = 0;  // lines that read as machine records
        int sampled = 0;      // non-empty lines looked at
    };

    // A log or data file: most of its first lines are machine records
    // (a time stamp, date or address first, then fields rather than a
    // sentence), or JSON objects one per line.
    static LogVerdict judgeLog(QStringView text);
    static bool isMachineRecord(QStringView line);

    // An article at least `lengthFactor` times as long as the median of the
    // others, and at least `minimumOutlierWords` long, in a set of three or
    // more: its index and word count, and the others' median.
    static constexpr int lengthFactor = 20;
    static constexpr qsizetype minimumOutlierWords = 20000;
    struct LengthOutlier
    {
        int article = -1;
        qsizetype words = 0;
        qsizetype othersMedian = 0;
    };
    static std::vector<LengthOutlier> lengthOutliers(const std::vector<Article> &articles);
    // The same on word counts given, one per article; a negative count
    // (an article WireDiff built) takes no part, as article nor as other.
    static std::vector<LengthOutlier> lengthOutliers(const std::vector<qsizetype> &words);

    // A headline with no body paragraph under it: a feed item cut after its
    // headline, or a page whose story the parser did not find.
    static bool isHeadlineOnly(const Article &article);
    // The articles that are headline-only in a set where another has a body
    // (a folder of headlines alone is what it is).
    static std::vector<int> headlineOnly(const std::vector<Article> &articles);

    // Words as runs of non-space characters: cheap enough for a 30 MB file.
    static qsizetype wordCount(const Article &article);
};

} // namespace WireDiff
