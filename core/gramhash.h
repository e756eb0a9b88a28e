#pragma once

#include <QtGlobal>

#include <vector>

namespace WireDiff {

// FNV-1a over the `length` word keys from `at`: the hash of a word n-gram
// that the containment's run table keys by. The family tree's own shares
// are read from that table's coverage (Containment::ownShares()).
inline quint64 gramHash(const std::vector<qint32> &words, size_t at, size_t length)
{
    quint64 hash = 1469598103934665603ull;
    for (size_t k = 0; k < length; ++k) {
        hash ^= quint64(quint32(words[at + k])) + 0x9E3779B97F4A7C15ull;
        hash *= 1099511628211ull;
    }
    return hash;
}

} // namespace WireDiff
