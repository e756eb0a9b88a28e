#include "paragraphorder.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <numeric>
#include <tuple>
#include <utility>

namespace WireDiff {

namespace {

// What a chain keeps: compared by weight, then by how many items, then by
// how far they sit from their places (less is better).
struct ChainScore
{
    double weight = 0;
    qint64 count = 0;
    qint64 displacement = 0;

    ChainScore operator+(const ChainScore &other) const
    {
        return ChainScore { weight + other.weight, count + other.count, displacement + other.displacement };
    }
    bool operator<(const ChainScore &other) const
    {
        return std::make_tuple(weight, count, -displacement) < std::make_tuple(other.weight, other.count, -other.displacement);
    }
};

} // namespace

// A Fenwick tree over the places keeps, for each prefix of places, the best
// chain ending there.
std::vector<bool> ParagraphOrder::onHeaviestChain(const std::vector<Item> &items)
{
    std::vector<qint32> places;
    for (const Item &item : items)
        places.push_back(item.place);
    std::sort(places.begin(), places.end());
    places.erase(std::unique(places.begin(), places.end()), places.end());
    using Best = std::pair<ChainScore, qint32>; // a chain's score, the item ending it (-1: none)
    const auto better = [](const Best &x, const Best &y) {
        return y.second < 0 || y.first < x.first || (!(x.first < y.first) && x.second < y.second);
    };
    std::vector<Best> tree(places.size() + 1, Best { ChainScore {}, -1 });
    std::vector<qint32> previous(items.size(), -1);
    Best overall { ChainScore {}, -1 };
    for (size_t k = 0; k < items.size(); ++k) {
        const auto slot = size_t(std::lower_bound(places.begin(), places.end(), items[k].place) - places.begin()) + 1;
        Best before { ChainScore {}, -1 };
        for (size_t i = slot; i > 0; i -= i & (~i + 1)) {
            if (tree[i].second >= 0 && better(tree[i], before))
                before = tree[i];
        }
        previous[k] = before.second;
        const Best ending { before.first + ChainScore { items[k].weight, 1, items[k].displacement }, qint32(k) };
        for (size_t i = slot; i < tree.size(); i += i & (~i + 1)) {
            if (better(ending, tree[i]))
                tree[i] = ending;
        }
        if (better(ending, overall))
            overall = ending;
    }
    std::vector<bool> on(items.size(), false);
    for (qint32 k = overall.second; k >= 0; k = previous[size_t(k)])
        on[size_t(k)] = true;
    return on;
}

// Links come in groups by `from`. A link continues a chain ending at a link
// of an earlier group that reaches a lower `to` (the Fenwick tree holds the
// earlier groups), or one reaching the same `to` from the paragraph just
// before, or one of its own group reaching the paragraph just before.
std::vector<bool> ParagraphOrder::onHeaviestLinkChain(const std::vector<Link> &links)
{
    std::vector<qint32> places;
    for (const Link &link : links)
        places.push_back(link.to);
    std::sort(places.begin(), places.end());
    places.erase(std::unique(places.begin(), places.end()), places.end());
    using Best = std::pair<ChainScore, qint32>; // a chain's score, the link ending it (-1: none)
    const auto better = [](const Best &x, const Best &y) {
        return y.second < 0 || y.first < x.first || (!(x.first < y.first) && x.second < y.second);
    };
    std::vector<Best> tree(places.size() + 1, Best { ChainScore {}, -1 });
    std::map<std::pair<qint32, qint32>, Best> ending; // (from, to) -> the best chain ending with that link
    std::vector<qint32> previous(links.size(), -1);
    Best overall { ChainScore {}, -1 };
    for (size_t first = 0; first < links.size();) {
        size_t last = first;
        while (last < links.size() && links[last].from == links[first].from)
            ++last;
        std::vector<Best> group;
        for (size_t k = first; k < last; ++k) {
            // Earlier groups, lower `to`: the tree's prefix below this link's slot.
            const auto slot = size_t(std::lower_bound(places.begin(), places.end(), links[k].to) - places.begin());
            Best before { ChainScore {}, -1 };
            for (size_t i = slot; i > 0; i -= i & (~i + 1)) {
                if (tree[i].second >= 0 && better(tree[i], before))
                    before = tree[i];
            }
            for (const std::pair<qint32, qint32> &adjacent : { std::make_pair(links[k].from - 1, links[k].to),
                                                               std::make_pair(links[k].from, links[k].to - 1) }) {
                const auto it = ending.find(adjacent);
                if (it != ending.end() && better(it->second, before))
                    before = it->second;
            }
            previous[k] = before.second;
            const Best chain { before.first + ChainScore { links[k].weight, 1, 0 }, qint32(k) };
            ending[{ links[k].from, links[k].to }] = chain;
            group.push_back(chain);
            if (better(chain, overall))
                overall = chain;
        }
        for (size_t k = first; k < last; ++k) {
            const auto slot = size_t(std::lower_bound(places.begin(), places.end(), links[k].to) - places.begin()) + 1;
            for (size_t i = slot; i < tree.size(); i += i & (~i + 1)) {
                if (better(group[k - first], tree[i]))
                    tree[i] = group[k - first];
            }
        }
        first = last;
    }
    std::vector<bool> on(links.size(), false);
    for (qint32 k = overall.second; k >= 0; k = previous[size_t(k)])
        on[size_t(k)] = true;
    return on;
}

// The paragraphs that share their row with another article keep their
// order when they are on the heaviest chain whose rows never decrease,
// weighed by their words, so a long paragraph that kept its place is not
// called moved because two short ones around it moved. Between chains of as
// many words and paragraphs, the one whose paragraphs sit nearest their
// places wins: when two paragraphs swap around a third, the third, which
// sits where it sat, stays in order and the two that swapped are moved, as
// the word comparison says.
// A paragraph alone in its row says nothing of the order: its row was
// placed after the paragraph before it, so it is in order exactly when that
// paragraph is (a caption travels with the paragraph it follows). A
// paragraph that then sits in a row above such a paragraph, which comes
// before it, is out of order too (an article's second copy of its lead, in
// the lead's row, after a caption of its own). A paragraph ordered by a
// place other than its own row (the moved half of a split paragraph, which
// stands in a row of its own where the article has it) carries nothing
// along: the paragraphs alone after it stand where the article put them, so
// a copy's own ending after a restated lead is not "moved" paragraph by
// paragraph.
std::vector<bool> ParagraphOrder::keepOrder(const std::vector<qint32> &rows, const std::vector<double> &words,
                                            const std::vector<bool> &alone, const std::vector<bool> &placedAway)
{
    std::vector<qint32> placed; // the paragraphs that share their row, in article order
    for (size_t p = 0; p < rows.size(); ++p) {
        if (!alone[p])
            placed.push_back(qint32(p));
    }
    // A paragraph's nearness: its rank among the placed paragraphs' rows
    // (ties in article order) against its rank in article order.
    std::vector<qint32> byRow(placed.size());
    std::iota(byRow.begin(), byRow.end(), 0);
    std::stable_sort(byRow.begin(), byRow.end(),
                     [&](qint32 x, qint32 y) { return rows[size_t(placed[size_t(x)])] < rows[size_t(placed[size_t(y)])]; });
    std::vector<qint64> displacement(placed.size());
    for (size_t rank = 0; rank < byRow.size(); ++rank)
        displacement[size_t(byRow[rank])] = std::abs(qint64(rank) - byRow[rank]);
    std::vector<Item> items;
    for (size_t k = 0; k < placed.size(); ++k)
        items.push_back(Item { rows[size_t(placed[k])], words[size_t(placed[k])], displacement[k] });
    const std::vector<bool> onChain = onHeaviestChain(items);
    std::vector<bool> inOrder(rows.size(), true);
    qint32 reached = -1; // the lowest row a paragraph in order may still take
    for (size_t k = 0, p = 0; p < rows.size(); ++p) {
        inOrder[p] = alone[p] ? p == 0 || inOrder[p - 1] || placedAway[p - 1] : onChain[k++] && rows[p] >= reached;
        if (inOrder[p])
            reached = std::max(reached, rows[p]);
    }
    return inOrder;
}

} // namespace WireDiff
