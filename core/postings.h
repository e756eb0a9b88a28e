#pragma once

#include <QtGlobal>

#include <vector>

namespace WireDiff {

// Positions grouped by an integer key (counting sort): the occurrences of
// key k are items[start[k] .. start[k + 1]).
struct Postings
{
    std::vector<qint32> start;
    std::vector<qint32> items;

    Postings(qsizetype keyCount, const std::vector<qint32> &keyOfItem)
        : start(size_t(keyCount) + 1, 0)
        , items(keyOfItem.size())
    {
        for (const qint32 key : keyOfItem)
            ++start[size_t(key) + 1];
        for (size_t k = 1; k < start.size(); ++k)
            start[k] += start[k - 1];
        std::vector<qint32> fill(start.begin(), start.end() - 1);
        for (size_t i = 0; i < keyOfItem.size(); ++i)
            items[size_t(fill[size_t(keyOfItem[i])]++)] = qint32(i);
    }

    qint32 count(qint32 key) const { return start[size_t(key) + 1] - start[size_t(key)]; }
    const qint32 *begin(qint32 key) const { return items.data() + start[size_t(key)]; }
    const qint32 *end(qint32 key) const { return items.data() + start[size_t(key) + 1]; }
};

} // namespace WireDiff
