#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace WireDiff {

class Lexicon;

// How much of article A is found in article B, for every ordered pair.
struct ContainmentShare
{
    double verbatim = 0; // share of A's counted words inside a 3-word run also found in B
    double reworded = 0; // share of A's counted words in sentences B says in other words
};

using ContainmentMatrix = std::vector<std::vector<ContainmentShare>>; // [a][b]

// Verbatim containment for all pairs at once: every word 3-gram is hashed to
// the set of articles that contain it (a bitset), and each word of A takes
// the union of the sets of the 3-grams covering it. The cost is linear in the
// total number of words times N/64.
class Containment
{
public:
    // `words[a]` holds article a's counted word keys (no punctuation) in
    // order. Returns, for each article, a per-word bitset of the articles
    // whose text contains that word's 3-gram context.
    struct Coverage
    {
        qint32 articleCount = 0;
        qint32 wordsPerSet = 0;                  // quint64 words per bitset
        std::vector<std::vector<quint64>> bits;  // [a][word * wordsPerSet + k]

        bool covers(qint32 article, qint32 word, qint32 other) const
        {
            return bits[size_t(article)][size_t(word) * size_t(wordsPerSet) + size_t(other / 64)]
                & (quint64(1) << (other % 64));
        }
    };

    static constexpr qint32 runLength = 3;

    static Coverage coverage(const std::vector<std::vector<qint32>> &words);
    static ContainmentMatrix verbatimShares(const Coverage &coverage);
};

} // namespace WireDiff
