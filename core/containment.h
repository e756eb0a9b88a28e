#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cstring>
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
    //
    // A set is read as `wordsPerSet` 64-bit words (bit b of word k: article
    // 64k + b) but stored in as few bytes as the articles need: 1, 2 or 4
    // for up to 8, 16 or 32 articles, else 8 per 64-bit word. A pair of
    // million-word texts kept 16 MB of sets where 2 MB hold them.
    class Coverage
    {
    public:
        qint32 articleCount = 0;
        qint32 wordsPerSet = 0; // 64-bit words per set

        // Empty sets for `wordCounts[a]` words of each article.
        Coverage(qint32 articles, const std::vector<size_t> &wordCounts);
        Coverage() = default;

        qint64 wordCount(qint32 article) const { return qint64(m_sets[size_t(article)].size() / m_setBytes); }

        // The 64-bit word k of the set of `article`'s word `word`.
        quint64 setWord(qint32 article, qint64 word, qint32 k) const
        {
            const unsigned char *at = m_sets[size_t(article)].data() + size_t(word) * m_setBytes + size_t(k) * 8;
            switch (m_setBytes) {
            case 1:
                return *at;
            case 2:
                return load<quint16>(at);
            case 4:
                return load<quint32>(at);
            default:
                return load<quint64>(at);
            }
        }
        void addToSetWord(qint32 article, qint64 word, qint32 k, quint64 articles)
        {
            unsigned char *at = m_sets[size_t(article)].data() + size_t(word) * m_setBytes + size_t(k) * 8;
            const quint64 merged = setWord(article, word, k) | articles;
            switch (m_setBytes) {
            case 1:
                *at = static_cast<unsigned char>(merged);
                break;
            case 2:
                store<quint16>(at, merged);
                break;
            case 4:
                store<quint32>(at, merged);
                break;
            default:
                store<quint64>(at, merged);
            }
        }
        bool covers(qint32 article, qint32 word, qint32 other) const
        {
            return setWord(article, word, other / 64) & (quint64(1) << (other % 64));
        }

    private:
        template<typename T>
        static quint64 load(const unsigned char *at)
        {
            T value;
            std::memcpy(&value, at, sizeof value);
            return value;
        }
        template<typename T>
        static void store(unsigned char *at, quint64 bits)
        {
            const auto value = static_cast<T>(bits); // a narrow set has no bits above its width
            std::memcpy(at, &value, sizeof value);
        }

        size_t m_setBytes = 8;
        std::vector<std::vector<unsigned char>> m_sets; // [a][word * m_setBytes + byte]
    };

    static constexpr qint32 runLength = 3;

    // With `threads` above one and enough words, the 3-grams are cut by
    // hash into that many parts, each interned by a thread of its own, and
    // the articles' sets are then filled side by side: the same coverage
    // as on one thread.
    static Coverage coverage(const std::vector<std::vector<qint32>> &words, int threads = 1);
    // Below this many 3-grams in all, coverage() takes one thread: two
    // cost what they save.
    static constexpr size_t minParallelGrams = 1 << 16;
    // verbatimShares() and ownShares() count article by article, on up to
    // `threads` threads (each article's counts are its own): the same
    // shares on any number.
    static ContainmentMatrix verbatimShares(const Coverage &coverage, int threads = 1);
    // [a]: share of a's counted words that no 3-word run of any other
    // article covers: what a alone has (the family tree's "others added").
    static std::vector<double> ownShares(const Coverage &coverage, int threads = 1);
    // For each of `paragraphs` paragraphs of `article`: whether at least half
    // of its counted words (word w in paragraph paragraphOfWord[w]) are
    // covered by another article.
    static std::vector<bool> mostlyFoundElsewhere(const Coverage &coverage, qint32 article,
                                                  const std::vector<qint32> &paragraphOfWord, size_t paragraphs);
};

} // namespace WireDiff
