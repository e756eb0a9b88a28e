#include "containment.h"

#include "gramhash.h"
#include "parallelrunner.h"

#include <algorithm>
#include <bit>

namespace WireDiff {

namespace {

// 3-gram hash -> index of its article set: open addressing with linear
// probing over flat arrays, sized once for all grams, so interning a gram
// costs a hash, usually one probe and no allocation. A gram's home slot
// scales the hash's upper half to the table's size, which need not be a
// power of two: one and a half slots per gram keeps the load at most two
// thirds (a third for versions that share most grams) without doubling
// past that, at 12 bytes a slot the largest transient of a long pair.
class GramTable
{
public:
    explicit GramTable(size_t grams)
        : m_keys(grams + grams / 2 + 16, 0)
        , m_values(m_keys.size(), -1)
    {
    }

    // The set index of `hash`, or `next` (and it is stored) when new.
    qint32 intern(quint64 hash, qint32 next)
    {
        const quint64 mixed = hash ^ (hash >> 29);
        size_t slot = size_t(((mixed >> 32) * quint64(m_keys.size())) >> 32);
        while (m_values[slot] >= 0) {
            if (m_keys[slot] == hash)
                return m_values[slot];
            if (++slot == m_keys.size())
                slot = 0;
        }
        m_keys[slot] = hash;
        m_values[slot] = next;
        return next;
    }

private:
    std::vector<quint64> m_keys;
    std::vector<qint32> m_values;
};

} // namespace

Containment::Coverage::Coverage(qint32 articles, const std::vector<size_t> &wordCounts)
    : articleCount(articles)
    , wordsPerSet(std::max<qint32>(1, (articles + 63) / 64))
    , m_setBytes(articles <= 8 ? 1 : articles <= 16 ? 2 : articles <= 32 ? 4 : 8 * size_t(wordsPerSet))
    , m_sets(wordCounts.size())
{
    for (size_t a = 0; a < wordCounts.size(); ++a)
        m_sets[a].assign(wordCounts[a] * m_setBytes, 0);
}

Containment::Coverage Containment::coverage(const std::vector<std::vector<qint32>> &words, int threads)
{
    const auto articleCount = qint32(words.size());
    const auto perSet = size_t(std::max<qint32>(1, (articleCount + 63) / 64));

    // Each 3-gram gets an article bitset; each gram position remembers its
    // set, so the second pass needs no hashing. Articles shorter than a run
    // contribute their whole text as one gram. The grams are numbered in
    // one sequence across the articles (`gramStart`).
    std::vector<size_t> gramStart(words.size() + 1, 0);
    std::vector<std::vector<qint32>> setAt(words.size());
    for (size_t a = 0; a < words.size(); ++a) {
        const size_t length = std::min<size_t>(size_t(runLength), words[a].size());
        setAt[a].resize(length == 0 ? 0 : words[a].size() - length + 1);
        gramStart[a + 1] = gramStart[a] + setAt[a].size();
    }
    const size_t totalGrams = gramStart.back();
    const int parts = totalGrams >= minParallelGrams ? std::max(1, threads) : 1;

    // Part p interns the grams whose hash falls in it (by the low half of
    // the mixed hash; its table places them by the high half) into a table
    // and sets of its own; a position holds local * parts + p. Part p walks
    // the grams from the p-th of `parts` equal stretches on, wrapping
    // round, so that threads writing every other position do not write the
    // same stretch at once.
    std::vector<std::vector<quint64>> sets(static_cast<size_t>(parts));
    const auto partOf = [parts](quint64 hash) {
        const quint64 mixed = hash ^ (hash >> 29);
        return int(((mixed & 0xFFFFFFFFull) * quint64(parts)) >> 32);
    };
    // Calls visit(article, gram of the article, its hash) for the grams
    // from number `from` to the last and then from the first to `from`.
    const auto walk = [&](size_t from, auto &&visit) {
        const auto stretch = [&](size_t begin, size_t end) {
            auto a = size_t(std::upper_bound(gramStart.begin(), gramStart.end(), begin) - gramStart.begin()) - 1;
            for (size_t g = begin; g < end; ++a) {
                const size_t length = std::min<size_t>(size_t(runLength), words[a].size());
                for (const size_t stop = std::min(end, gramStart[a + 1]); g < stop; ++g)
                    visit(a, g - gramStart[a], gramHash(words[a], g - gramStart[a], length));
            }
        };
        stretch(from, totalGrams);
        stretch(0, from);
    };
    ParallelRunner::forEach(parts, parts, [&](int part, int) {
        const size_t from = totalGrams * size_t(part) / size_t(parts);
        size_t mine = parts == 1 ? totalGrams : 0;
        if (parts > 1)
            walk(from, [&](size_t, size_t, quint64 hash) { mine += partOf(hash) == part; });
        // The tables are gone before the coverage below is allocated.
        GramTable table(mine);
        std::vector<quint64> &partSets = sets[size_t(part)];
        qint32 setCount = 0;
        walk(from, [&](size_t a, size_t i, quint64 hash) {
            if (partOf(hash) != part)
                return;
            const qint32 set = table.intern(hash, setCount);
            if (set == setCount) {
                ++setCount;
                partSets.resize(partSets.size() + perSet, 0);
            }
            partSets[size_t(set) * perSet + a / 64] |= quint64(1) << (a % 64);
            setAt[a][i] = set * parts + part;
        });
    });

    std::vector<size_t> wordCounts;
    for (const std::vector<qint32> &w : words)
        wordCounts.push_back(w.size());
    Coverage result(articleCount, wordCounts);
    ParallelRunner::forEach(articleCount, parts, [&](int a, int) {
        const std::vector<qint32> &w = words[size_t(a)];
        const size_t length = std::min<size_t>(size_t(runLength), w.size());
        const std::vector<qint32> &positions = setAt[size_t(a)];
        for (size_t i = 0; i < positions.size(); ++i) {
            const quint64 *set = &sets[size_t(positions[i] % parts)][size_t(positions[i] / parts) * perSet];
            for (size_t k = i; k < i + length; ++k) {
                for (size_t s = 0; s < perSet; ++s)
                    result.addToSetWord(a, qint64(k), qint32(s), set[s]);
            }
        }
    });
    return result;
}

ContainmentMatrix Containment::verbatimShares(const Coverage &coverage, int threads)
{
    const auto n = size_t(coverage.articleCount);
    const auto perSet = size_t(coverage.wordsPerSet);
    ContainmentMatrix matrix(n, std::vector<ContainmentShare>(n));
    ParallelRunner::forEach(int(n), threads, [&](int article, int) {
        const auto a = size_t(article);
        const auto wordCount = size_t(coverage.wordCount(qint32(a)));
        // The words each other article lacks, counted by their clear bits:
        // versions share most words, so these are far fewer than the set
        // ones. The last word of a set holds no article past the last one.
        const quint64 lastWordMask = n % 64 == 0 ? ~quint64(0) : (quint64(1) << (n % 64)) - 1;
        std::vector<qint64> missing(n, 0);
        for (size_t word = 0; word < wordCount; ++word) {
            for (size_t s = 0; s < perSet; ++s) {
                quint64 clear = ~coverage.setWord(qint32(a), qint64(word), qint32(s));
                if (s + 1 == perSet)
                    clear &= lastWordMask;
                for (; clear; clear &= clear - 1)
                    ++missing[s * 64 + size_t(std::countr_zero(clear))];
            }
        }
        for (size_t b = 0; b < n; ++b)
            matrix[a][b].verbatim = wordCount == 0 ? 0.0 : double(qint64(wordCount) - missing[b]) / double(wordCount);
    });
    return matrix;
}

std::vector<double> Containment::ownShares(const Coverage &coverage, int threads)
{
    const qint32 n = coverage.articleCount;
    std::vector<double> own(size_t(n), 0.0);
    ParallelRunner::forEach(n, threads, [&](int a, int) {
        const qint64 wordCount = coverage.wordCount(a);
        qint64 alone = 0;
        for (qint64 word = 0; word < wordCount; ++word) {
            quint64 others = 0;
            for (qint32 k = 0; k < coverage.wordsPerSet; ++k) {
                quint64 set = coverage.setWord(a, word, k);
                if (k == a / 64)
                    set &= ~(quint64(1) << (a % 64));
                others |= set;
            }
            alone += others == 0;
        }
        if (wordCount > 0)
            own[size_t(a)] = double(alone) / double(wordCount);
    });
    return own;
}

std::vector<bool> Containment::mostlyFoundElsewhere(const Coverage &coverage, qint32 article,
                                                    const std::vector<qint32> &paragraphOfWord, size_t paragraphs)
{
    std::vector<std::pair<qint32, qint32>> counts(paragraphs, { 0, 0 }); // covered, counted
    for (size_t word = 0; word < paragraphOfWord.size(); ++word) {
        bool elsewhere = false;
        for (qint32 k = 0; k < coverage.wordsPerSet && !elsewhere; ++k) {
            quint64 set = coverage.setWord(article, qint64(word), k);
            if (k == article / 64)
                set &= ~(quint64(1) << (article % 64));
            elsewhere = set != 0;
        }
        auto &[covered, counted] = counts[size_t(paragraphOfWord[word])];
        covered += elsewhere;
        ++counted;
    }
    std::vector<bool> found(paragraphs, false);
    for (size_t p = 0; p < paragraphs; ++p)
        found[p] = counts[p].second > 0 && 2 * counts[p].first >= counts[p].second;
    return found;
}

} // namespace WireDiff
