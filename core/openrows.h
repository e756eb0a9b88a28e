#pragma once

#include <QtGlobal>

#include <bit>
#include <vector>

namespace WireDiff {

// The rows of the open words of a pair's evidence (see
// WordClassifier::Evidence): the k-th open token, in flat order, has row k.
// Told from a bit per token and the open tokens before every 64th, not
// from a row per token: that took 4 bytes a token, 0.46 MB of a pair of
// 100k-word texts for as long as its evidence is held, where the word diff
// peaks.
class OpenRows
{
public:
    OpenRows() = default;
    // The open tokens are those whose `fixedClass` is `open`.
    template<typename T>
    OpenRows(const std::vector<T> &fixedClass, T open)
        : m_open((fixedClass.size() + 63) / 64, 0)
        , m_before(m_open.size(), 0)
    {
        for (size_t j = 0; j < fixedClass.size(); ++j) {
            if (j % 64 == 0)
                m_before[j / 64] = m_count;
            if (fixedClass[j] == open) {
                m_open[j / 64] |= quint64(1) << (j % 64);
                ++m_count;
            }
        }
    }

    qint32 count() const { return m_count; }
    // The row of token j, or -1 when it is not open.
    qint32 rowOf(qint32 j) const
    {
        const quint64 word = m_open[size_t(j) / 64];
        const quint64 bit = quint64(1) << (size_t(j) % 64);
        return word & bit ? m_before[size_t(j) / 64] + std::popcount(word & (bit - 1)) : -1;
    }

private:
    std::vector<quint64> m_open;   // a bit per token, set where it is open
    std::vector<qint32> m_before;  // open tokens before each 64th
    qint32 m_count = 0;
};

} // namespace WireDiff
