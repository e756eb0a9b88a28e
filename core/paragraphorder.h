#pragma once

#include <QtGlobal>

#include <vector>

namespace WireDiff {

// Which paragraphs keep their order down the rows of an alignment: the
// heaviest chain of items whose places never decrease.
class ParagraphOrder
{
public:
    // One item of a chain, in the order the chain must follow: its place
    // (a row, or a paragraph of another article), what keeping it weighs,
    // and how far it sits from where it sat (less is better between chains
    // of equal weight and length).
    struct Item
    {
        qint32 place = 0;
        double weight = 0;
        qint64 displacement = 0;
    };

    // The items on the heaviest chain whose places never decrease: by
    // weight, then by how many items, then by the least displacement;
    // between equal chains the one ending earliest, so the choice depends on
    // nothing but the items. n log n.
    static std::vector<bool> onHeaviestChain(const std::vector<Item> &items);

    // A link between paragraph `from` of one article and `to` of another.
    struct Link
    {
        qint32 from = 0;
        qint32 to = 0;
        double weight = 0;
    };

    // The links, sorted by (from, to), on the heaviest chain along which
    // both ends never decrease, and where one paragraph's links on the chain
    // reach paragraphs next to each other: both halves of a paragraph split
    // in place are on it, but not two halves with the other article's next
    // paragraph between them, which would leave that paragraph out of the
    // order for the few words one half has more. By weight, then by how many
    // links; between equal chains the one ending earliest.
    static std::vector<bool> onHeaviestLinkChain(const std::vector<Link> &links);

    // Which of an article's paragraphs keep their order, from the place of
    // each (its row, or for `placedAway` paragraphs the row that orders
    // them), its words, and whether it is alone in its row (no other
    // article shares the row). All four have one entry per paragraph.
    static std::vector<bool> keepOrder(const std::vector<qint32> &rows, const std::vector<double> &words,
                                       const std::vector<bool> &alone, const std::vector<bool> &placedAway);
};

} // namespace WireDiff
