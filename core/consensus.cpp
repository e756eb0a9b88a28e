#include "consensus.h"

#include "alignedrow.h"
#include "articletext.h"
#include "lexicon.h"
#include "parallelrunner.h"

#include <QHash>

#include <algorithm>

namespace WireDiff {

namespace {

// A cell's words as (key, occurrences), sorted by key: bags are compared
// pairwise for every row (n^2 per row), by merging.
using Bag = std::vector<std::pair<qint32, qint32>>;

Bag bagOf(const ArticleText &text, const RowCell &cell, const Lexicon &lexicon, qint32 *words)
{
    std::vector<qint32> keys;
    for (const qint32 paragraph : cell.paragraphs) {
        for (qint32 i = text.flatBegin(paragraph); i < text.flatEnd(paragraph); ++i) {
            const qint32 key = text.flat->keys[size_t(i)];
            if (!lexicon.isPunctuation(key))
                keys.push_back(key);
        }
    }
    *words = qint32(keys.size());
    std::sort(keys.begin(), keys.end());
    Bag bag;
    for (size_t i = 0; i < keys.size();) {
        size_t j = i;
        while (j < keys.size() && keys[j] == keys[i])
            ++j;
        bag.emplace_back(keys[i], qint32(j - i));
        i = j;
    }
    return bag;
}

qint32 sharedWords(const Bag &a, const Bag &b)
{
    qint32 shared = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            shared += std::min(i->second, j->second);
            ++i;
            ++j;
        }
    }
    return shared;
}

// What one row contributes: the words of each cell, and for a row carried
// by a majority its medoid and how many words each cell shares with it.
struct RowChoice
{
    std::vector<qint32> words;          // [article]
    qint32 best = -1;                   // the medoid's article, or -1 when the row is left out
    std::vector<qint32> sharedWithBest; // [article]

    void choose(const AlignedRow &row, const std::vector<ArticleText> &articles, const Lexicon &lexicon)
    {
        const auto n = qint32(articles.size());
        std::vector<Bag> bags(static_cast<size_t>(n));
        words.assign(size_t(n), 0);
        for (qint32 a = 0; a < n; ++a)
            bags[size_t(a)] = bagOf(articles[size_t(a)], row.cells[size_t(a)], lexicon, &words[size_t(a)]);
        const int present = row.presentCount();
        if (present * 2 <= n && !(n == 1 && present == 1))
            return; // a minority's addition
        // Shared words are symmetric: each pair of non-empty cells once.
        std::vector<qint32> sharedPair(size_t(n) * size_t(n), 0);
        for (qint32 a = 0; a < n; ++a) {
            for (qint32 b = a + 1; b < n && words[size_t(a)] > 0; ++b) {
                if (words[size_t(b)] > 0) {
                    const qint32 both = sharedWords(bags[size_t(a)], bags[size_t(b)]);
                    sharedPair[size_t(a) * size_t(n) + size_t(b)] = both;
                    sharedPair[size_t(b) * size_t(n) + size_t(a)] = both;
                }
            }
        }
        double bestScore = -1;
        for (qint32 a = 0; a < n; ++a) {
            if (row.cells[size_t(a)].isGap() || words[size_t(a)] == 0)
                continue;
            double score = 0;
            for (qint32 b = 0; b < n; ++b) {
                if (b != a && words[size_t(b)] > 0)
                    score += 2.0 * sharedPair[size_t(a) * size_t(n) + size_t(b)] / double(words[size_t(a)] + words[size_t(b)]);
            }
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        if (best < 0)
            return;
        sharedWithBest.resize(size_t(n));
        for (qint32 a = 0; a < n; ++a)
            sharedWithBest[size_t(a)] = a == best ? words[size_t(a)] : sharedPair[size_t(a) * size_t(n) + size_t(best)];
    }
};

QString cellText(const ArticleText &text, const RowCell &cell)
{
    QStringList parts;
    for (const qint32 paragraph : cell.paragraphs)
        parts.append(text.article->paragraphs[size_t(paragraph)].text);
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString ConsensusText::toPlainText() const
{
    QStringList texts;
    for (const Paragraph &paragraph : paragraphs)
        texts.append(paragraph.text);
    return texts.join(QLatin1String("\n\n")) + QLatin1Char('\n');
}

ConsensusText Consensus::build(const std::vector<AlignedRow> &rows, const std::vector<ArticleText> &articles,
                               const Lexicon &lexicon, int threads)
{
    const auto n = qint32(articles.size());
    // Rows are chosen independently (n^2 merges each), on several
    // threads; their words are then added up in row order.
    std::vector<RowChoice> choices(rows.size());
    ParallelRunner::forEach(int(rows.size()), threads, [&](int r, int) {
        choices[size_t(r)].choose(rows[size_t(r)], articles, lexicon);
    });
    ConsensusText consensus;
    consensus.paragraphOfRow.assign(rows.size(), -1);
    std::vector<qint64> shared(size_t(n), 0), ownWords(size_t(n), 0);
    qint64 consensusWords = 0;
    for (qint32 r = 0; r < qint32(rows.size()); ++r) {
        const RowChoice &choice = choices[size_t(r)];
        for (qint32 a = 0; a < n; ++a)
            ownWords[size_t(a)] += choice.words[size_t(a)];
        const qint32 best = choice.best;
        if (best < 0)
            continue;
        const AlignedRow &row = rows[size_t(r)];
        consensus.paragraphOfRow[size_t(r)] = qint32(consensus.paragraphs.size());
        consensus.paragraphs.push_back(ConsensusText::Paragraph {
            r, best, row.cells[size_t(best)].paragraphs, cellText(articles[size_t(best)], row.cells[size_t(best)]),
            row.presentCount() });
        consensusWords += choice.words[size_t(best)];
        for (qint32 a = 0; a < n; ++a)
            shared[size_t(a)] += choice.sharedWithBest[size_t(a)];
    }
    consensus.distance.resize(size_t(n));
    for (qint32 a = 0; a < n; ++a) {
        const qint64 total = ownWords[size_t(a)] + consensusWords;
        consensus.distance[size_t(a)] = total == 0 ? 0.0 : 1.0 - 2.0 * double(shared[size_t(a)]) / double(total);
    }
    return consensus;
}

} // namespace WireDiff
