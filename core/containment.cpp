#include "containment.h"

#include <QHash>

#include <algorithm>
#include <bit>

namespace WireDiff {

namespace {

quint64 gramHash(const std::vector<qint32> &words, size_t at, size_t length)
{
    quint64 hash = 1469598103934665603ull;
    for (size_t k = 0; k < length; ++k) {
        hash ^= quint64(quint32(words[at + k])) + 0x9E3779B97F4A7C15ull;
        hash *= 1099511628211ull;
    }
    return hash;
}

} // namespace

Containment::Coverage Containment::coverage(const std::vector<std::vector<qint32>> &words)
{
    Coverage result;
    result.articleCount = qint32(words.size());
    result.wordsPerSet = std::max<qint32>(1, (result.articleCount + 63) / 64);
    const auto perSet = size_t(result.wordsPerSet);

    // 3-gram -> offset of its article bitset in `sets`. Articles shorter than
    // a run contribute their whole text as one gram.
    QHash<quint64, qint32> setOf;
    std::vector<quint64> sets;
    for (qint32 a = 0; a < result.articleCount; ++a) {
        const std::vector<qint32> &w = words[size_t(a)];
        const size_t length = std::min<size_t>(size_t(runLength), w.size());
        if (length == 0)
            continue;
        for (size_t i = 0; i + length <= w.size(); ++i) {
            const quint64 hash = gramHash(w, i, length);
            auto it = setOf.find(hash);
            if (it == setOf.end()) {
                it = setOf.insert(hash, qint32(sets.size() / perSet));
                sets.resize(sets.size() + perSet, 0);
            }
            sets[size_t(*it) * perSet + size_t(a / 64)] |= quint64(1) << (a % 64);
        }
    }

    result.bits.resize(words.size());
    for (qint32 a = 0; a < result.articleCount; ++a) {
        const std::vector<qint32> &w = words[size_t(a)];
        std::vector<quint64> &bits = result.bits[size_t(a)];
        bits.assign(w.size() * perSet, 0);
        const size_t length = std::min<size_t>(size_t(runLength), w.size());
        if (length == 0)
            continue;
        for (size_t i = 0; i + length <= w.size(); ++i) {
            const quint64 *set = &sets[size_t(setOf.value(gramHash(w, i, length))) * perSet];
            for (size_t k = i; k < i + length; ++k) {
                for (size_t s = 0; s < perSet; ++s)
                    bits[k * perSet + s] |= set[s];
            }
        }
    }
    return result;
}

ContainmentMatrix Containment::verbatimShares(const Coverage &coverage)
{
    const auto n = size_t(coverage.articleCount);
    const auto perSet = size_t(coverage.wordsPerSet);
    ContainmentMatrix matrix(n, std::vector<ContainmentShare>(n));
    for (size_t a = 0; a < n; ++a) {
        const std::vector<quint64> &bits = coverage.bits[a];
        const size_t wordCount = bits.size() / perSet;
        std::vector<qint64> counts(n, 0);
        for (size_t word = 0; word < wordCount; ++word) {
            for (size_t s = 0; s < perSet; ++s) {
                quint64 set = bits[word * perSet + s];
                while (set) {
                    const int bit = std::countr_zero(set);
                    ++counts[s * 64 + size_t(bit)];
                    set &= set - 1;
                }
            }
        }
        for (size_t b = 0; b < n; ++b)
            matrix[a][b].verbatim = wordCount == 0 ? 0.0 : double(counts[b]) / double(wordCount);
    }
    return matrix;
}

} // namespace WireDiff
