#include "copyruns.h"

#include "flatdocument.h"
#include "lexicon.h"
#include "postings.h"

#include <algorithm>

namespace WireDiff {

namespace {

// A word with more occurrences in the base than this never starts a shared
// run search ("the", "said"): runs through it are found from their rarer words.
constexpr qint32 maxSeedOccurrences = 48;

bool isCopied(ChangeClass changeClass)
{
    return changeClass == ChangeClass::Same || changeClass == ChangeClass::Moved;
}

} // namespace

CopyRuns CopyRuns::find(const FlatDocument &base, const FlatDocument &other, const PairAlignment &alignment,
                        const Lexicon &lexicon, qint32 longRun)
{
    CopyRuns runs;
    std::vector<qint32> &baseWords = runs.baseWords;
    std::vector<qint32> &otherWords = runs.otherWords;
    std::vector<qint32> &baseKeys = runs.baseKeys;
    std::vector<qint32> &otherKeys = runs.otherKeys;
    const auto wordsOf = [&lexicon](const FlatDocument &flat) {
        return size_t(std::count_if(flat.keys.begin(), flat.keys.end(),
                                    [&lexicon](qint32 key) { return !lexicon.isPunctuation(key); }));
    };
    // Sized exactly: these lists live as long as the pair's evidence is gathered.
    baseWords.reserve(wordsOf(base));
    baseKeys.reserve(baseWords.capacity());
    otherWords.reserve(wordsOf(other));
    otherKeys.reserve(otherWords.capacity());
    std::vector<qint32> wordOfBaseFlat(size_t(base.size()), -1);
    for (qint32 i = 0; i < base.size(); ++i) {
        if (!lexicon.isPunctuation(base.keys[size_t(i)])) {
            wordOfBaseFlat[size_t(i)] = qint32(baseWords.size());
            baseWords.push_back(i);
            baseKeys.push_back(base.keys[size_t(i)]);
        }
    }
    for (qint32 j = 0; j < other.size(); ++j) {
        if (lexicon.isPunctuation(other.keys[size_t(j)]))
            continue;
        otherWords.push_back(j);
        otherKeys.push_back(other.keys[size_t(j)]);
    }
    const auto n = qint32(baseWords.size());
    const auto m = qint32(otherWords.size());

    // The diff's runs: consecutive words copied from consecutive base words.
    std::vector<quint8> &diffRun = runs.diffRun;
    diffRun.assign(size_t(m), 0);
    for (qint32 q = 0; q < m;) {
        const qint32 j = otherWords[size_t(q)];
        if (!isCopied(alignment.b.classes[size_t(j)])) {
            ++q;
            continue;
        }
        qint32 end = q + 1;
        while (end < m) {
            const qint32 current = otherWords[size_t(end)];
            const qint32 previous = otherWords[size_t(end - 1)];
            if (!isCopied(alignment.b.classes[size_t(current)]))
                break;
            const qint32 from = wordOfBaseFlat[size_t(alignment.b.counterpart(previous))];
            const qint32 to = wordOfBaseFlat[size_t(alignment.b.counterpart(current))];
            if (from < 0 || to != from + 1)
                break;
            ++end;
        }
        for (qint32 k = q; k < end; ++k)
            diffRun[size_t(k)] = quint8(std::min(end - q, maxCount));
        q = end;
    }

    // Pure insertions: words the diff added between two copied words whose
    // base counterparts are neighbours (nothing of the base was replaced
    // there, only something put in).
    std::vector<bool> &pureInsertion = runs.pureInsertion;
    pureInsertion.assign(size_t(m), false);
    for (qint32 q = 0; q < m;) {
        if (isCopied(alignment.b.classes[size_t(otherWords[size_t(q)])])) {
            ++q;
            continue;
        }
        qint32 end = q;
        while (end < m && !isCopied(alignment.b.classes[size_t(otherWords[size_t(end)])]))
            ++end;
        if (q > 0 && end < m) {
            const qint32 before = wordOfBaseFlat[size_t(alignment.b.counterpart(otherWords[size_t(q - 1)]))];
            const qint32 after = wordOfBaseFlat[size_t(alignment.b.counterpart(otherWords[size_t(end)]))];
            if (before >= 0 && after == before + 1) {
                for (qint32 k = q; k < end; ++k)
                    pureInsertion[size_t(k)] = true;
            }
        }
        q = end;
    }
    // Gone before the postings and the shared runs are allocated: the
    // evidence of a pair peaks here while it is gathered.
    wordOfBaseFlat = std::vector<qint32>();

    // Shared runs anywhere in the base (matching statistics), seeded from
    // words the base uses rarely enough; each diagonal run is walked once.
    const Postings occurrences(lexicon.size(), baseKeys);
    std::vector<qint32> &sharedRun = runs.sharedRun;
    std::vector<qint32> &sourceWord = runs.sourceWord;
    sharedRun.assign(size_t(m), 0);
    sourceWord.assign(size_t(m), -1);
    runs.baseCount.assign(size_t(m), 0);
    for (qint32 q = 0; q < m; ++q) {
        const qint32 key = otherKeys[size_t(q)];
        const qint32 count = occurrences.count(key);
        runs.baseCount[size_t(q)] = quint8(std::min(count, maxCount));
        if (count > 0 && sharedRun[size_t(q)] == 0)
            sharedRun[size_t(q)] = 1;
        if (count == 0 || count > maxSeedOccurrences || diffRun[size_t(q)] >= longRun)
            continue;
        for (const qint32 *it = occurrences.begin(key); it != occurrences.end(key); ++it) {
            const qint32 p = *it;
            if (q > 0 && p > 0 && otherKeys[size_t(q - 1)] == baseKeys[size_t(p - 1)]
                && occurrences.count(otherKeys[size_t(q - 1)]) <= maxSeedOccurrences
                && diffRun[size_t(q - 1)] < longRun) {
                continue; // the same diagonal run, seeded one word earlier
            }
            qint32 left = 0;
            while (q - left > 0 && p - left > 0 && otherKeys[size_t(q - left - 1)] == baseKeys[size_t(p - left - 1)])
                ++left;
            qint32 right = 1;
            while (q + right < m && p + right < n && otherKeys[size_t(q + right)] == baseKeys[size_t(p + right)])
                ++right;
            const qint32 length = left + right;
            for (qint32 k = q - left; k < q + right; ++k) {
                if (length > sharedRun[size_t(k)] || sourceWord[size_t(k)] < 0) {
                    sharedRun[size_t(k)] = std::max(sharedRun[size_t(k)], length);
                    sourceWord[size_t(k)] = p - q + k;
                }
            }
        }
    }
    return runs;
}

} // namespace WireDiff
