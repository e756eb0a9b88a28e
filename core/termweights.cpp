#include "termweights.h"

#include <array>
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
    m_logDocuments = std::log(double(m_documents) + 1.0);
}

double TermWeights::weight(qint32 stem) const
{
    // log(f + 0.5) for the small frequencies nearly every stem has, once.
    static const std::array<double, 4096> logFrequency = [] {
        std::array<double, 4096> table {};
        for (size_t f = 0; f < table.size(); ++f)
            table[f] = std::log(double(f) + 0.5);
        return table;
    }();
    const qint64 frequency = stem >= 0 && size_t(stem) < m_frequency.size() ? m_frequency[size_t(stem)] : 0;
    // Smoothed so unseen stems get the highest weight and none reaches zero:
    // log((documents + 1) / (frequency + 0.5)) + 1.
    const double logF = size_t(frequency) < logFrequency.size() ? logFrequency[size_t(frequency)]
                                                               : std::log(double(frequency) + 0.5);
    return m_logDocuments - logF + 1.0;
}

} // namespace WireDiff
