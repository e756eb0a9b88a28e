#include "exportoptions.h"

#include "comparison.h"

#include <algorithm>

namespace WireDiff {

std::vector<qint32> ExportOptions::shownArticles(const Comparison &comparison) const
{
    const qint32 count = qint32(comparison.articles.size());
    std::vector<qint32> shown;
    if (comparison.base >= 0 && comparison.base < count)
        shown.push_back(comparison.base);
    for (qint32 a = 0; a < count; ++a) {
        if (a == comparison.base)
            continue;
        if (articles.empty() || std::find(articles.begin(), articles.end(), a) != articles.end())
            shown.push_back(a);
    }
    return shown;
}

} // namespace WireDiff
