#include "termweights.h"

#include <cmath>

namespace WireDiff {

TermWeights::TermWeights(qint32 stemCount)
    : m_frequency(size_t(stemCount), 0)
    , m_lastSeen(size_t(stemCount), -1)
{
}

void TermWeights::addDocument(std::span<const qint32> stems)
{
    for (const qint32 stem : stems) {
        if (stem < 0 || size_t(stem) >= m_frequency.size())
            continue;
        if (m_lastSeen[size_t(stem)] != m_documents) {
            m_lastSeen[size_t(stem)] = m_documents;
            ++m_frequency[size_t(stem)];
        }
    }
    ++m_documents;
}

double TermWeights::weight(qint32 stem) const
{
    const qint64 frequency = stem >= 0 && size_t(stem) < m_frequency.size() ? m_frequency[size_t(stem)] : 0;
    // Smoothed so unseen stems get the highest weight and none reaches zero.
    return std::log((double(m_documents) + 1.0) / (double(frequency) + 0.5)) + 1.0;
}

} // namespace WireDiff
