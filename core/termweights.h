#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace WireDiff {

// Inverse document frequency per stem id, counted over "documents" chosen
// by the caller (sentences of all articles of a comparison, or of a corpus).
// Rare stems weigh more in similarity: sharing "Stoltenberg" says more than
// sharing "said".
class TermWeights
{
public:
    TermWeights() = default;
    explicit TermWeights(qint32 stemCount);

    // Counts each distinct stem of one document once.
    void addDocument(std::span<const qint32> stems);
    double weight(qint32 stem) const;
    qint64 documentCount() const { return m_documents; }

private:
    std::vector<qint32> m_frequency;
    std::vector<qint64> m_lastSeen; // document index that last counted each stem
    qint64 m_documents = 0;
    double m_logDocuments = 0; // log(documents + 1)
};

} // namespace WireDiff
