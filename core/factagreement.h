#pragma once

#include <QtGlobal>

#include <vector>

namespace WireDiff {

struct ArticleComparison;

// Which versions agree on the facts some version changed: read from the
// comparison of every article with the base (its FactChanges and the base
// spans), never by comparing facts again. The family tree uses it to choose
// between two sources that explain a copy equally well: a copy that keeps
// the base's "14" and "Thursday" was not taken from the version that
// changed them to "41" and "Friday".
//
// Each place in the base where some article states another fact (its
// paragraph and range) is read in every article as the base's value (the
// base, or an article whose comparison keeps the base's words there:
// same, moved or reworded), as a changed value (a FactChange at exactly
// that place, by its text, case and spacing aside), or as unknown (the
// article dropped the passage, or changed a neighbouring range).
class FactAgreement
{
public:
    FactAgreement() = default;
    // `comparisons[a]`: article a against `base` (invalid for the base).
    static FactAgreement compute(const std::vector<ArticleComparison> &comparisons, qint32 base);

    // Places where a and b both changed the base's fact to the same value.
    qint32 shared(qint32 a, qint32 b) const { return at(m_shared, a, b); }
    // Places where a and b both say something known there and it differs:
    // one keeps the base's value and the other changed it, or both changed
    // it to different values.
    qint32 conflicting(qint32 a, qint32 b) const { return at(m_conflicting, a, b); }

private:
    qint32 at(const std::vector<qint32> &matrix, qint32 a, qint32 b) const
    {
        return a >= 0 && b >= 0 && a < m_size && b < m_size ? matrix[size_t(a) * size_t(m_size) + size_t(b)] : 0;
    }

    qint32 m_size = 0;
    std::vector<qint32> m_shared;      // [a * size + b], symmetric
    std::vector<qint32> m_conflicting; // [a * size + b], symmetric
};

} // namespace WireDiff
