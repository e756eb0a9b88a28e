#include "movedetector.h"

#include "lexicon.h"

#include <QHash>

#include <algorithm>

namespace WireDiff {

namespace {

constexpr qint32 kGram = 3;

quint64 gramHash(std::span<const qint32> keys, qint32 at)
{
    quint64 hash = 1469598103934665603ull;
    for (qint32 k = 0; k < kGram; ++k) {
        hash ^= quint64(quint32(keys[size_t(at + k)]));
        hash *= 1099511628211ull;
    }
    return hash;
}

bool isUnmatched(const TokenLabels &labels, qint32 index, ChangeClass unmatched)
{
    return labels.classes[size_t(index)] == unmatched;
}

} // namespace

void MoveDetector::detect(std::span<const qint32> a, std::span<const qint32> b, const Lexicon &lexicon,
                          PairAlignment *alignment, qint32 minTokens, const Cancellation &cancel)
{
    TokenLabels &labelsA = alignment->a;
    TokenLabels &labelsB = alignment->b;
    const qint32 sizeA = qint32(a.size());
    const qint32 sizeB = qint32(b.size());

    // k-grams lying wholly inside removed text of the base.
    QMultiHash<quint64, qint32> grams;
    for (qint32 i = 0; i + kGram <= sizeA; ++i) {
        if (i % 4096 == 0 && cancel.isCancelled())
            return;
        bool inside = true;
        for (qint32 k = 0; k < kGram && inside; ++k)
            inside = isUnmatched(labelsA, i + k, ChangeClass::Removed);
        if (inside)
            grams.insert(gramHash(a, i), i);
    }
    if (grams.isEmpty())
        return;

    for (qint32 j = 0, step = 0; j + kGram <= sizeB; ++step) {
        if (step % 4096 == 0 && cancel.isCancelled())
            return;
        if (!isUnmatched(labelsB, j, ChangeClass::Added)) {
            ++j;
            continue;
        }
        qint32 bestStart = -1;
        qint32 bestLength = 0;
        const quint64 hash = gramHash(b, j);
        int candidates = 0;
        for (auto it = grams.constFind(hash);
             it != grams.constEnd() && it.key() == hash && candidates < kMaxCandidates; ++it, ++candidates) {
            const qint32 i = it.value();
            qint32 length = 0;
            while (i + length < sizeA && j + length < sizeB && a[size_t(i + length)] == b[size_t(j + length)]
                   && isUnmatched(labelsA, i + length, ChangeClass::Removed)
                   && isUnmatched(labelsB, j + length, ChangeClass::Added)) {
                ++length;
            }
            if (length > bestLength) {
                bestLength = length;
                bestStart = i;
            }
        }
        const auto content = std::count_if(b.begin() + j, b.begin() + j + bestLength,
                                           [&](qint32 key) { return lexicon.isContent(key); });
        if (bestLength < minTokens || content < 2) {
            ++j;
            continue;
        }
        for (qint32 k = 0; k < bestLength; ++k) {
            labelsA.set(bestStart + k, ChangeClass::Moved, j + k);
            labelsB.set(j + k, ChangeClass::Moved, bestStart + k);
        }
        j += bestLength;
    }
}

} // namespace WireDiff
