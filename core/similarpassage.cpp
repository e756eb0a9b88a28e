#include "similarpassage.h"

#include <QHash>
#include <QTextBoundaryFinder>

#include <cstdlib>
#include <vector>

namespace WireDiff {

namespace {

struct Word
{
    qint32 start = 0; // UTF-16
    qint32 end = 0;
    QString key;      // case-folded, apostrophes straightened
};

bool isWordSegment(QStringView segment)
{
    for (const QChar c : segment) {
        if (c.isLetterOrNumber() || c.isHighSurrogate())
            return true;
    }
    return false;
}

// Word segments by Unicode's word boundaries (UAX #29: "don't", "3.5" and
// "U.S." stay whole; ideographs are a word each), without punctuation and
// white space.
std::vector<Word> splitWords(const QString &text)
{
    std::vector<Word> words;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qint32 from = 0;
    for (qsizetype to = finder.toNextBoundary(); to >= 0; to = finder.toNextBoundary()) {
        const QStringView segment = QStringView(text).mid(from, to - from);
        if (isWordSegment(segment)) {
            QString key = segment.toString().toCaseFolded();
            key.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x2018), QLatin1Char('\''));
            words.push_back({ from, qint32(to), key });
        }
        from = qint32(to);
    }
    return words;
}

// Punctuation marks directly before (`leading`) or after the quote's words.
qint32 edgePunctuation(const QString &quote, const std::vector<Word> &words, bool leading)
{
    qint32 count = 0;
    if (leading) {
        for (qint32 i = words.front().start - 1; i >= 0 && quote.at(i).isPunct(); --i)
            ++count;
    } else {
        for (qint32 i = words.back().end; i < quote.size() && quote.at(i).isPunct(); ++i)
            ++count;
    }
    return count;
}

} // namespace

QStringList SimilarPassage::words(const QString &text)
{
    QStringList result;
    for (const Word &word : splitWords(text))
        result.append(word.key);
    return result;
}

std::optional<SimilarPassage::Match> SimilarPassage::find(const QString &quote, const QString &text, qint32 near)
{
    const std::vector<Word> quoteWords = splitWords(quote);
    const auto m = qint32(quoteWords.size());
    if (m < minimumWords)
        return std::nullopt;
    const std::vector<Word> textWords = splitWords(text);
    const auto n = qint32(textWords.size());
    if (n == 0 || qint64(m) * n > maximumComparisons)
        return std::nullopt;
    const qint32 allowed = allowedChanges(m);

    // Words as small integers; a text word the quote lacks is -1, never equal to a quote word.
    QHash<QString, qint32> ids;
    std::vector<qint32> q(static_cast<size_t>(m));
    for (qint32 i = 0; i < m; ++i) {
        auto it = ids.constFind(quoteWords[size_t(i)].key);
        if (it == ids.cend())
            it = ids.insert(quoteWords[size_t(i)].key, qint32(ids.size()));
        q[size_t(i)] = *it;
    }
    std::vector<qint32> t(static_cast<size_t>(n));
    std::vector<qint32> unmatched(size_t(ids.size()), 0);
    for (const qint32 id : q)
        ++unmatched[size_t(id)];
    qint32 shared = 0;
    for (qint32 j = 0; j < n; ++j) {
        const qint32 id = ids.value(textWords[size_t(j)].key, -1);
        t[size_t(j)] = id;
        if (id >= 0 && unmatched[size_t(id)] > 0) {
            --unmatched[size_t(id)];
            ++shared;
        }
    }
    // Every quote word without an equal word in the text is a change, wherever the passage is.
    if (m - shared > allowed)
        return std::nullopt;

    // Approximate matching (Sellers): for the first i quote words turned
    // into text words ending at the current one (the passage starting
    // anywhere), cost[i] is the fewest changes, same[i] the most words kept
    // as they were at that cost, from[i] the text word the passage starts
    // at. Keeping more words breaks ties, so "A B C D" in "A B C X D" takes
    // in the D rather than stopping before the X.
    struct Cell
    {
        qint32 cost = 0;
        qint32 same = 0;
        qint32 from = 0;
        bool betterThan(const Cell &other) const { return cost < other.cost || (cost == other.cost && same > other.same); }
    };
    std::vector<Cell> column(size_t(m) + 1);
    for (qint32 i = 0; i <= m; ++i)
        column[size_t(i)] = { i, 0, 0 };
    std::vector<Cell> next(column.size());
    std::optional<Match> best;
    qint32 bestSame = 0;
    for (qint32 j = 1; j <= n; ++j) {
        next[0] = { 0, 0, j };
        for (qint32 i = 1; i <= m; ++i) {
            const Cell &diagonal = column[size_t(i - 1)];
            const bool equal = q[size_t(i - 1)] == t[size_t(j - 1)];
            // Ties keep the word-for-word pairing, then a dropped quote word,
            // then an added text word.
            Cell cell { diagonal.cost + (equal ? 0 : 1), diagonal.same + (equal ? 1 : 0), diagonal.from };
            const Cell dropped { next[size_t(i - 1)].cost + 1, next[size_t(i - 1)].same, next[size_t(i - 1)].from };
            if (dropped.betterThan(cell))
                cell = dropped;
            const Cell added { column[size_t(i)].cost + 1, column[size_t(i)].same, column[size_t(i)].from };
            if (added.betterThan(cell))
                cell = added;
            next[size_t(i)] = cell;
        }
        std::swap(column, next);
        const Cell &end = column[size_t(m)];
        if (end.cost > allowed || end.from >= j)
            continue;
        const qint32 offset = textWords[size_t(end.from)].start;
        const bool better = !best || end.cost < best->changedWords
            || (end.cost == best->changedWords
                && (end.same > bestSame || (end.same == bestSame && std::abs(offset - near) < std::abs(best->start - near))));
        if (better) {
            best = Match { offset, textWords[size_t(j - 1)].end, end.cost, m };
            bestSame = end.same;
        }
    }
    if (!best)
        return best;
    for (qint32 k = edgePunctuation(quote, quoteWords, true); k > 0 && best->start > 0 && text.at(best->start - 1).isPunct(); --k)
        --best->start;
    for (qint32 k = edgePunctuation(quote, quoteWords, false); k > 0 && best->end < text.size() && text.at(best->end).isPunct(); --k)
        ++best->end;
    return best;
}

} // namespace WireDiff
