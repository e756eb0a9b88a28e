#pragma once

#include <QtGlobal>

#include <utility>
#include <vector>

namespace WireDiff {

// Amounts summed per base sentence, kept in the order the sentences were
// first met; adding is constant time (a long sentence of a novel meets
// hundreds of base sentences through its rare stems).
class SentenceTally
{
public:
    explicit SentenceTally(size_t baseSentences)
        : m_slotOf(baseSentences, -1)
    {
    }

    void add(qint32 sentence, double amount)
    {
        qint32 &slot = m_slotOf[size_t(sentence)];
        if (slot < 0) {
            slot = qint32(m_entries.size());
            m_entries.emplace_back(sentence, amount);
        } else {
            m_entries[size_t(slot)].second += amount;
        }
    }

    void clear()
    {
        for (const auto &entry : m_entries)
            m_slotOf[size_t(entry.first)] = -1;
        m_entries.clear();
    }

    // Read and reorder freely; clear() needs only the set of sentences.
    std::vector<std::pair<qint32, double>> &entries() { return m_entries; }

private:
    std::vector<qint32> m_slotOf; // base sentence -> index in m_entries, or -1
    std::vector<std::pair<qint32, double>> m_entries;
};

} // namespace WireDiff
