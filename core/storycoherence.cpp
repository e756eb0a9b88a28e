#include "storycoherence.h"

#include "articleplausibility.h"
#include "usermessages.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace WireDiff {

namespace {

double shareOf(const ContainmentShare &share)
{
    return std::min(1.0, share.verbatim + share.reworded);
}

QString percent(double share)
{
    return QLocale().toString(qRound(100 * share));
}

} // namespace

StoryCoherence::Verdict StoryCoherence::judge(const ContainmentMatrix &containment, const std::vector<qsizetype> &words)
{
    Verdict verdict;
    const auto count = qint32(std::min(containment.size(), words.size()));
    for (qint32 a = 0; a < count; ++a) {
        if (words[size_t(a)] < minimumWords)
            continue;
        double closest = 0;
        bool withOthers = false;
        for (qint32 b = 0; b < count; ++b) {
            if (b == a || words[size_t(b)] < 0)
                continue;
            withOthers = true;
            // Either way: a brief wholly inside a long report shares all of
            // itself and little of the report, and is the same story.
            closest = std::max({ closest, shareOf(containment[size_t(a)][size_t(b)]), shareOf(containment[size_t(b)][size_t(a)]) });
        }
        // An article read alone shares nothing with no one: it is no
        // stranger (the comparison says there is nothing to compare).
        if (!withOthers)
            continue;
        ++verdict.judged;
        verdict.mostSharedByTwo = std::max(verdict.mostSharedByTwo, closest);
        if (closest < strangerShare)
            verdict.strangers.push_back({ a, closest });
    }
    return verdict;
}

QStringList StoryCoherence::notices(const Comparison &comparison)
{
    std::vector<qsizetype> words;
    words.reserve(comparison.articles.size());
    for (const Article &article : comparison.articles)
        words.push_back(article.isVirtual ? -1 : ArticlePlausibility::wordCount(article));
    const Verdict verdict = judge(comparison.containment, words);
    QStringList notices;
    if (verdict.isUnrelatedSet()) {
        notices.append(UserMessages::text(UserMessage::NotOneStory)
                           .arg(verdict.strangers.size())
                           .arg(verdict.judged)
                           .arg(percent(verdict.mostSharedByTwo)));
        return notices;
    }
    for (const Stranger &stranger : verdict.strangers) {
        notices.append(UserMessages::text(UserMessage::SharesAlmostNothing)
                           .arg(comparison.articles[size_t(stranger.article)].id, percent(stranger.closestShare)));
    }
    return notices;
}

} // namespace WireDiff
