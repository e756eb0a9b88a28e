#include "paragraphaligner.h"

#include "paragraphorder.h"
#include "uniqueparagraphs.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

namespace WireDiff {

namespace {

class DisjointSets
{
public:
    explicit DisjointSets(qint32 size)
        : m_parent(size_t(size))
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }

    qint32 find(qint32 x)
    {
        while (m_parent[size_t(x)] != x) {
            m_parent[size_t(x)] = m_parent[size_t(m_parent[size_t(x)])];
            x = m_parent[size_t(x)];
        }
        return x;
    }

    void unite(qint32 a, qint32 b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[size_t(std::max(a, b))] = std::min(a, b);
    }

private:
    std::vector<qint32> m_parent;
};

// Which paragraphs may share a row: headlines, captions and boilerplate
// only with their own kind; bylines and datelines with each other, as both
// are the lines that credit and place a story and what one outlet's layout
// leaves as a dateline ("Jane Doe, Northwire") another gives as a byline;
// body paragraphs with body paragraphs.
int alignmentKind(ParagraphRole role)
{
    switch (role) {
    case ParagraphRole::Body: return 0;
    case ParagraphRole::Headline: return 1;
    case ParagraphRole::Byline:
    case ParagraphRole::Dateline: return 2;
    case ParagraphRole::Caption: return 3;
    case ParagraphRole::Boilerplate: return 4;
    }
    return 0;
}

bool rolesCompatible(ParagraphRole a, ParagraphRole b)
{
    return alignmentKind(a) == alignmentKind(b);
}

// The one paragraph of `role` in each article, or -1 where it has none or several.
std::vector<qint32> slotFillers(const std::vector<std::vector<ParagraphShape>> &articles, ParagraphRole role)
{
    std::vector<qint32> fillers(articles.size(), -1);
    for (size_t a = 0; a < articles.size(); ++a) {
        qint32 found = 0;
        for (qint32 p = 0; p < qint32(articles[a].size()); ++p) {
            if (articles[a][size_t(p)].role == role && found++ == 0)
                fillers[a] = p;
        }
        if (found > 1)
            fillers[a] = -1;
    }
    return fillers;
}

// Links for the slots at the head of a story: one headline, one byline,
// one dateline. A rewritten headline is still the headline, so where two
// articles fill a slot with one paragraph each, the two share a row
// whatever their words, unless word evidence already places either of them
// with the other article. Each article's paragraph is tied to the base's,
// or, where the base leaves the slot empty, to the first article's that
// fills it. A slot link is just strong enough to count: any word evidence
// of the paragraph outweighs it.
std::vector<ParagraphEvidence> slotLinks(const std::vector<std::vector<ParagraphShape>> &articles, qint32 base,
                                         const std::vector<ParagraphEvidence> &evidence)
{
    std::set<std::tuple<qint32, qint32, qint32>> placed; // (article, paragraph, other article)
    for (const ParagraphEvidence &link : evidence) {
        if (!ParagraphAligner::isSignificant(link, articles[size_t(link.article)][size_t(link.paragraph)],
                                             articles[size_t(link.otherArticle)][size_t(link.otherParagraph)]))
            continue;
        placed.emplace(link.article, link.paragraph, link.otherArticle);
        placed.emplace(link.otherArticle, link.otherParagraph, link.article);
    }
    std::vector<ParagraphEvidence> links;
    for (const ParagraphRole role : { ParagraphRole::Headline, ParagraphRole::Byline, ParagraphRole::Dateline }) {
        const std::vector<qint32> fillers = slotFillers(articles, role);
        auto anchor = qint32(std::find_if(fillers.begin(), fillers.end(), [](qint32 p) { return p >= 0; }) - fillers.begin());
        if (fillers[size_t(base)] >= 0)
            anchor = base;
        for (qint32 a = 0; a < qint32(fillers.size()) && anchor < qint32(fillers.size()); ++a) {
            const qint32 p = fillers[size_t(a)];
            const qint32 q = fillers[size_t(anchor)];
            if (a == anchor || p < 0 || placed.count({ a, p, anchor }) || placed.count({ anchor, q, a }))
                continue;
            const qint32 shorter = std::min(articles[size_t(a)][size_t(p)].words, articles[size_t(anchor)][size_t(q)].words);
            if (shorter > 0)
                links.push_back(ParagraphEvidence { a, p, anchor, q, std::max(1.0, ParagraphAligner::minCoverage * shorter) });
        }
    }
    return links;
}

// Of a paragraph's links to paragraphs of one other article, keeps one
// contiguous run (by paragraph index): the one with the editor's link, else
// the one `inOrder` says keeps the two articles' order when it is a part of
// the paragraph, else the one with the strongest link. So a paragraph split
// in two whose longer half moved away keeps the half that stayed in place,
// and the moved half gets a row of its own (by words alone the paragraph
// went with the moved half and left the half in place without its
// counterpart); a fragment in place, a few words of a paragraph moved
// whole, does not hold it back from its counterpart.
//
// A run is a part of the paragraph when it holds at least minCoverage of
// the paragraph's `words`, or when at least minCoverage of its words are
// words the other runs leave over (a link's weight counts each of the
// paragraph's words once, so the runs' weights add up to at most `words`
// when they are disjoint parts). The second keeps a short half in place
// ("Mayor Smith said the wall was old." of a paragraph whose quote moved
// to the end) in the row; a fragment beside a copy of the whole paragraph
// brings only words that copy has, and is no part.
template<typename InOrder>
std::vector<ParagraphEvidence> contiguousRunToKeep(std::vector<ParagraphEvidence> links, qint32 words,
                                                         const InOrder &inOrder)
{
    if (links.size() <= 1)
        return links;
    std::sort(links.begin(), links.end(),
              [](const ParagraphEvidence &x, const ParagraphEvidence &y) { return x.otherParagraph < y.otherParagraph; });
    using Run = std::pair<size_t, size_t>; // [first, last) in links
    std::vector<Run> runs;
    for (size_t k = 0; k < links.size(); ++k) {
        if (runs.empty() || links[k - 1].otherParagraph + 1 != links[k].otherParagraph)
            runs.emplace_back(k, k);
        runs.back().second = k + 1;
    }
    double allRuns = 0;
    for (const ParagraphEvidence &link : links)
        allRuns += link.weight;
    const auto rank = [&](const Run &run) {
        bool manual = false;
        bool ordered = false;
        double strongest = 0;
        double total = 0;
        for (size_t k = run.first; k < run.second; ++k) {
            manual = manual || links[k].manual;
            ordered = ordered || inOrder(links[k]);
            strongest = std::max(strongest, links[k].weight);
            total += links[k].weight;
        }
        const double leftOver = words - (allRuns - total);
        const bool part = total >= ParagraphAligner::minCoverage * words || leftOver >= ParagraphAligner::minCoverage * total;
        return std::make_tuple(manual, ordered && part, strongest);
    };
    const auto best = std::max_element(runs.begin(), runs.end(), [&rank](const Run &x, const Run &y) { return rank(x) < rank(y); });
    return std::vector<ParagraphEvidence>(links.begin() + qint64(best->first), links.begin() + qint64(best->second));
}

// The links with the base that keep each article's order: per article, the
// heaviest chain of links (by words) along which the base's paragraphs and
// the article's never decrease (ParagraphOrder::onHeaviestLinkChain).
// Keys: (article, its paragraph, base paragraph).
// `byOtherParagraph` holds the links oriented (article, paragraph) -> base paragraph.
std::set<std::tuple<qint32, qint32, qint32>>
linksInOrder(const std::map<std::pair<qint32, qint32>, std::vector<ParagraphEvidence>> &byOtherParagraph)
{
    std::map<qint32, std::vector<const ParagraphEvidence *>> byArticle;
    for (const auto &[key, group] : byOtherParagraph) {
        for (const ParagraphEvidence &link : group)
            byArticle[link.article].push_back(&link);
    }
    std::set<std::tuple<qint32, qint32, qint32>> inOrder;
    for (auto &[article, links] : byArticle) {
        std::sort(links.begin(), links.end(), [](const ParagraphEvidence *x, const ParagraphEvidence *y) {
            return std::tie(x->otherParagraph, x->paragraph) < std::tie(y->otherParagraph, y->paragraph);
        });
        std::vector<ParagraphOrder::Link> chain;
        for (const ParagraphEvidence *link : links)
            chain.push_back(ParagraphOrder::Link { link->otherParagraph, link->paragraph, link->weight });
        const std::vector<bool> onChain = ParagraphOrder::onHeaviestLinkChain(chain);
        for (size_t k = 0; k < links.size(); ++k) {
            if (onChain[k])
                inOrder.emplace(article, links[k]->paragraph, links[k]->otherParagraph);
        }
    }
    return inOrder;
}

// A row's place: (base paragraph it follows, 0 for a base row or 1, then
// an order among the rows after the same base paragraph).
using SortKey = std::tuple<qint32, int, qint32, qint32>;

// Rows without a base paragraph after the same base row come in an order
// every article agrees with where they can: a topological order of the
// groups under `follows` (each article's paragraphs in order), the groups'
// keys (the first article that has one, its paragraph) deciding between
// groups no article orders, and breaking cycles (articles that disagree).
// Before, the first article's order alone decided, and a later article's
// paragraphs could come out of their own order and be called moved.
void orderAmongNeighbours(std::map<qint32, SortKey> *keyOfGroup, const std::vector<std::pair<qint32, qint32>> &follows)
{
    if (follows.empty())
        return;
    std::map<qint32, std::vector<qint32>> after;
    std::map<qint32, qint32> before; // group -> how many edges lead to it
    for (const auto &[from, to] : follows) {
        after[from].push_back(to);
        ++before[to];
    }
    std::set<std::pair<SortKey, qint32>> remaining;
    std::set<std::pair<SortKey, qint32>> ready;
    for (const auto &[root, key] : *keyOfGroup) {
        if (std::get<1>(key) != 1)
            continue;
        remaining.emplace(key, root);
        if (!before.count(root))
            ready.emplace(key, root);
    }
    qint32 rank = 0;
    std::map<qint32, SortKey> ordered;
    while (!remaining.empty()) {
        // A cycle leaves nothing ready: its group with the smallest key goes first.
        const std::pair<SortKey, qint32> next = ready.empty() ? *remaining.begin() : *ready.begin();
        ready.erase(next);
        remaining.erase(next);
        ordered[next.second] = SortKey { std::get<0>(next.first), 1, rank++, 0 };
        for (const qint32 to : after[next.second]) {
            if (--before[to] == 0 && remaining.count({ keyOfGroup->at(to), to }))
                ready.emplace(keyOfGroup->at(to), to);
        }
    }
    for (const auto &[root, key] : ordered)
        (*keyOfGroup)[root] = key;
}

} // namespace

bool ParagraphAligner::isSignificant(const ParagraphEvidence &link, const ParagraphShape &a,
                                     const ParagraphShape &b)
{
    if (!rolesCompatible(a.role, b.role))
        return false;
    const qint32 shorter = std::min(a.words, b.words);
    if (shorter <= 0)
        return false;
    return link.weight >= std::max(1.0, minCoverage * double(shorter));
}

namespace {

// The evidence with the editor's decisions applied: a manual link is
// evidence stronger than any word count; an unlink removes the evidence
// between the two paragraphs and between the second and the first one's
// other partners, so they cannot meet in a row through a third paragraph.
std::vector<ParagraphEvidence> withConstraints(const std::vector<ParagraphEvidence> &links,
                                               const ParagraphAligner::Constraints &constraints)
{
    using Node = ParagraphAligner::Constraints::Node;
    std::set<std::pair<Node, Node>> forbidden;
    const auto forbid = [&forbidden](Node a, Node b) {
        forbidden.insert({ a, b });
        forbidden.insert({ b, a });
    };
    for (const auto &[a, b] : constraints.unlinked) {
        forbid(a, b);
        for (const ParagraphEvidence &link : links) {
            const Node from { link.article, link.paragraph };
            const Node to { link.otherArticle, link.otherParagraph };
            if (from == a && to != b)
                forbid(b, to);
            else if (to == a && from != b)
                forbid(b, from);
        }
    }
    std::vector<ParagraphEvidence> result;
    for (const auto &[a, b] : constraints.linked)
        result.push_back(ParagraphEvidence { a.first, a.second, b.first, b.second, 1e9, true });
    for (const ParagraphEvidence &link : links) {
        if (!forbidden.count({ Node { link.article, link.paragraph }, Node { link.otherArticle, link.otherParagraph } }))
            result.push_back(link);
    }
    return result;
}

} // namespace

ParagraphAligner::Result ParagraphAligner::align(const std::vector<std::vector<ParagraphShape>> &articles,
                                                 qint32 base, const std::vector<ParagraphEvidence> &evidence,
                                                 const Constraints &constraints)
{
    std::vector<ParagraphEvidence> evidenceAndSlots = evidence;
    const std::vector<ParagraphEvidence> slotted = slotLinks(articles, base, evidence);
    evidenceAndSlots.insert(evidenceAndSlots.end(), slotted.begin(), slotted.end());
    const std::vector<ParagraphEvidence> links = withConstraints(evidenceAndSlots, constraints);
    const auto articleCount = qint32(articles.size());
    std::vector<qint32> offset(articles.size() + 1, 0);
    for (size_t a = 0; a < articles.size(); ++a)
        offset[a + 1] = offset[a] + qint32(articles[a].size());
    const auto node = [&offset](qint32 article, qint32 paragraph) { return offset[size_t(article)] + paragraph; };
    DisjointSets groups(offset.back());

    // Links with the base, oriented (other article, paragraph) -> base paragraph,
    // filtered for contiguity from both ends.
    std::map<std::pair<qint32, qint32>, std::vector<ParagraphEvidence>> byOtherParagraph;
    std::vector<ParagraphEvidence> crossLinks;
    for (ParagraphEvidence link : links) {
        if (link.otherArticle != base && link.article == base) {
            std::swap(link.article, link.otherArticle);
            std::swap(link.paragraph, link.otherParagraph);
        }
        const ParagraphShape &shapeA = articles[size_t(link.article)][size_t(link.paragraph)];
        const ParagraphShape &shapeB = articles[size_t(link.otherArticle)][size_t(link.otherParagraph)];
        if (!link.manual && !isSignificant(link, shapeA, shapeB))
            continue;
        if (link.otherArticle == base)
            byOtherParagraph[{ link.article, link.paragraph }].push_back(link);
        else if (link.article != base)
            crossLinks.push_back(link);
    }
    // The filter from the base's side can drop the middle of a paragraph's
    // run of base links (a1 is kept for x2, the stronger, so x0 keeps a0
    // and a2): the other side's filter runs again, until both hold. Each
    // paragraph then links to a contiguous run of the base, so every group
    // holds a contiguous run and the rows keep the base's order.
    const std::set<std::tuple<qint32, qint32, qint32>> inOrder = linksInOrder(byOtherParagraph);
    const auto fromOther = [&inOrder](const ParagraphEvidence &link) {
        return inOrder.count({ link.article, link.paragraph, link.otherParagraph }) > 0;
    };
    const auto fromBase = [&inOrder](const ParagraphEvidence &link) {
        return inOrder.count({ link.otherArticle, link.otherParagraph, link.paragraph }) > 0;
    };
    // Where a paragraph's words come from in the base: its strongest link,
    // before any is dropped (paragraph -1: none).
    std::vector<ParagraphEvidence> baseSource(size_t(offset.back()), ParagraphEvidence { 0, 0, 0, -1 });
    for (const auto &[key, group] : byOtherParagraph) {
        const auto strongest = std::max_element(group.begin(), group.end(), [](const ParagraphEvidence &x, const ParagraphEvidence &y) {
            return std::make_tuple(x.manual, x.weight) < std::make_tuple(y.manual, y.weight);
        });
        baseSource[size_t(node(key.first, key.second))] = *strongest;
    }
    std::vector<ParagraphEvidence> baseLinks;
    for (bool changed = true; changed;) {
        std::map<std::pair<qint32, qint32>, std::vector<ParagraphEvidence>> byBaseParagraph; // (article, base paragraph)
        for (auto &[key, group] : byOtherParagraph) {
            const qint32 words = articles[size_t(key.first)][size_t(key.second)].words;
            for (const ParagraphEvidence &link : contiguousRunToKeep(std::move(group), words, fromOther)) {
                ParagraphEvidence mirrored { link.otherArticle, link.otherParagraph, link.article, link.paragraph, link.weight, link.manual };
                byBaseParagraph[{ link.article, link.otherParagraph }].push_back(mirrored);
            }
        }
        baseLinks.clear();
        byOtherParagraph.clear();
        for (auto &[key, group] : byBaseParagraph) {
            const qint32 words = articles[size_t(base)][size_t(key.second)].words;
            for (const ParagraphEvidence &link : contiguousRunToKeep(std::move(group), words, fromBase)) {
                baseLinks.push_back(link);
                byOtherParagraph[{ link.otherArticle, link.otherParagraph }].push_back(
                    ParagraphEvidence { link.otherArticle, link.otherParagraph, link.article, link.paragraph, link.weight, link.manual });
            }
        }
        changed = false;
        for (const auto &[key, group] : byOtherParagraph) {
            std::vector<qint32> run;
            for (const ParagraphEvidence &link : group)
                run.push_back(link.otherParagraph);
            std::sort(run.begin(), run.end());
            changed = changed || run.back() - run.front() + 1 != qint32(run.size());
        }
    }
    std::map<std::pair<qint32, qint32>, double> keptWords; // (article, base paragraph) -> the words of its kept links
    for (const ParagraphEvidence &link : baseLinks)
        keptWords[{ link.otherArticle, link.paragraph }] += link.weight;
    std::vector<bool> hasBaseLink(size_t(offset.back()), false);
    for (const ParagraphEvidence &link : baseLinks) {
        groups.unite(node(base, link.paragraph), node(link.otherArticle, link.otherParagraph));
        hasBaseLink[size_t(node(link.otherArticle, link.otherParagraph))] = true;
    }
    // Paragraphs without a base counterpart join the paragraphs of other
    // articles that say the same: in a row of their own when the base lacks
    // it, or in the row of a paragraph that has its base counterpart (the
    // article repeated or re-worded a paragraph the diff matched elsewhere).
    // Strongest first; a group never gains a second base row, which would
    // break the base's order.
    // The run of base paragraphs each group holds, by its root; -1: none.
    std::vector<std::pair<qint32, qint32>> baseRun(size_t(offset.back()), { -1, -1 });
    for (qint32 p = 0; p < qint32(articles[size_t(base)].size()); ++p) {
        auto &[low, high] = baseRun[size_t(groups.find(node(base, p)))];
        low = low < 0 ? p : std::min(low, p);
        high = std::max(high, p);
    }
    const auto holdsBase = [&baseRun](qint32 root) { return baseRun[size_t(root)].first >= 0; };
    Result result;
    std::sort(crossLinks.begin(), crossLinks.end(), [](const ParagraphEvidence &x, const ParagraphEvidence &y) {
        return x.weight > y.weight || (x.weight == y.weight && ParagraphEvidence::byEnds(x, y));
    });
    // The editor's links join two groups that both hold base paragraphs
    // too, when the base's paragraphs then still form one run.
    for (const ParagraphEvidence &link : crossLinks) {
        const qint32 a = node(link.article, link.paragraph);
        const qint32 b = node(link.otherArticle, link.otherParagraph);
        if (!link.manual && hasBaseLink[size_t(a)] && hasBaseLink[size_t(b)])
            continue;
        const qint32 rootA = groups.find(a);
        const qint32 rootB = groups.find(b);
        if (rootA == rootB)
            continue;
        const auto [lowA, highA] = baseRun[size_t(rootA)];
        const auto [lowB, highB] = baseRun[size_t(rootB)];
        if (holdsBase(rootA) && holdsBase(rootB)) {
            const bool oneRun = std::max(lowA, lowB) <= std::min(highA, highB) + 1;
            if (!link.manual || !oneRun) {
                if (link.manual)
                    result.refusedLinks.push_back({ { link.article, link.paragraph }, { link.otherArticle, link.otherParagraph } });
                continue;
            }
        }
        std::pair<qint32, qint32> run = holdsBase(rootA) ? baseRun[size_t(rootA)] : baseRun[size_t(rootB)];
        if (holdsBase(rootA) && holdsBase(rootB))
            run = { std::min(lowA, lowB), std::max(highA, highB) };
        groups.unite(a, b);
        baseRun[size_t(groups.find(a))] = run;
    }

    // Order the groups: base rows by base paragraph, the others after the
    // row of the paragraph preceding their first member. An article's
    // paragraphs before any of its own that shares a base row go just
    // before the base row where the article starts to follow the base (the
    // first of its heaviest in-order run of base rows: a quote it moved up
    // from the base's top does not count), and an article that shares no
    // base row goes after them all. A copy's own opening, or a stranger
    // story, used to fill the top of the view with rows the base has no
    // part in, and the base's headline and lead came a screen or more down
    // (review 10, finding 7). Its paragraphs after the last that shares a
    // base row go after the base's rows as well. Either way the article's
    // order is kept.
    QHash<qint32, qint32> minBaseOfGroup;
    const auto baseCount = qint32(articles[size_t(base)].size());
    for (qint32 p = 0; p < baseCount; ++p) {
        const qint32 root = groups.find(node(base, p));
        if (!minBaseOfGroup.contains(root))
            minBaseOfGroup.insert(root, p);
    }
    const auto firstFollowedBaseRow = [&](qint32 article) {
        std::vector<ParagraphOrder::Item> reached;
        for (qint32 p = 0; p < qint32(articles[size_t(article)].size()); ++p) {
            const auto baseIt = minBaseOfGroup.constFind(groups.find(node(article, p)));
            if (baseIt != minBaseOfGroup.constEnd())
                reached.push_back({ *baseIt, double(std::max(1, articles[size_t(article)][size_t(p)].words)), 0 });
        }
        const std::vector<bool> onChain = ParagraphOrder::onHeaviestChain(reached);
        const auto first = std::find(onChain.begin(), onChain.end(), true);
        return first == onChain.end() ? baseCount : reached[size_t(first - onChain.begin())].place;
    };
    // Whether an article shares a row with a body paragraph of the base:
    // one that shares only the slots at the head (its headline and byline
    // tied to the base's whatever their words) is another story, and its
    // body goes after the base's rows, not between the base's byline and
    // lead (review 12, finding 10).
    const auto sharesBody = [&](qint32 article) {
        for (qint32 p = 0; p < qint32(articles[size_t(article)].size()); ++p) {
            const auto baseIt = minBaseOfGroup.constFind(groups.find(node(article, p)));
            if (baseIt != minBaseOfGroup.constEnd()
                && articles[size_t(base)][size_t(*baseIt)].role == ParagraphRole::Body)
                return true;
        }
        return false;
    };
    std::map<qint32, SortKey> keyOfGroup;
    std::vector<std::pair<qint32, qint32>> follows; // (group, group after it in some article), both without the base
    // An article's paragraphs after the last of its own that shares a base
    // row: its own ending, which goes after the base's last row too. Placed
    // after the base row before it, a copy's invented second half or an
    // agency's later paragraphs split the base's story with a screen of
    // rows the base has no part in (review 13, finding 7).
    const auto lastSharing = [&](qint32 article) {
        qint32 last = -1;
        for (qint32 p = 0; p < qint32(articles[size_t(article)].size()); ++p) {
            if (minBaseOfGroup.contains(groups.find(node(article, p))))
                last = p;
        }
        return last;
    };
    for (qint32 article = 0; article < articleCount; ++article) {
        const bool followsBody = article == base || sharesBody(article);
        const qint32 ownEnding = lastSharing(article) + 1;
        qint32 anchor = firstFollowedBaseRow(article) - 1;
        qint32 previous = -1; // the group of the paragraph before, if it has no base paragraph
        for (qint32 p = 0; p < qint32(articles[size_t(article)].size()); ++p) {
            const qint32 root = groups.find(node(article, p));
            const auto baseIt = minBaseOfGroup.constFind(root);
            if (baseIt != minBaseOfGroup.constEnd()) {
                anchor = *baseIt;
                keyOfGroup.emplace(root, SortKey { *baseIt, 0, 0, 0 });
                previous = -1;
            } else {
                if (!followsBody || p >= ownEnding)
                    anchor = baseCount;
                keyOfGroup.emplace(root, SortKey { anchor, 1, article, p }); // first member wins
                if (previous >= 0 && previous != root && std::get<0>(keyOfGroup.at(previous)) == anchor)
                    follows.emplace_back(previous, root);
                previous = root;
            }
        }
    }
    orderAmongNeighbours(&keyOfGroup, follows);
    std::vector<std::pair<SortKey, qint32>> ordered;
    ordered.reserve(keyOfGroup.size());
    for (const auto &[root, key] : keyOfGroup)
        ordered.emplace_back(key, root);
    std::sort(ordered.begin(), ordered.end());

    QHash<qint32, qint32> rowOfGroup;
    result.rows.resize(ordered.size());
    for (size_t r = 0; r < ordered.size(); ++r) {
        rowOfGroup.insert(ordered[r].second, qint32(r));
        result.rows[r].cells.resize(size_t(articleCount));
    }
    result.rowOf.resize(size_t(articleCount));
    for (qint32 article = 0; article < articleCount; ++article) {
        const auto count = qint32(articles[size_t(article)].size());
        result.rowOf[size_t(article)].resize(size_t(count));
        for (qint32 p = 0; p < count; ++p) {
            const qint32 row = rowOfGroup.value(groups.find(node(article, p)));
            result.rowOf[size_t(article)][size_t(p)] = row;
            result.rows[size_t(row)].cells[size_t(article)].paragraphs.push_back(p);
        }
    }
    for (qint32 article = 0; article < articleCount; ++article) {
        if (article == base)
            continue;
        // A paragraph whose words come from a base paragraph but whose row
        // holds none is the moved half of a split paragraph when at least
        // minCoverage of its words are words of that base paragraph the
        // paragraphs in its row lack (a repeat of a paragraph still in
        // place in full is no moved half). It is placed, for its order, in
        // that row, and weighs nothing: the choice of the half that keeps
        // the row weighed its words already, and it is in order only where
        // that costs no other paragraph its order (an added paragraph
        // between two halves in place).
        const std::vector<qint32> &rowOf = result.rowOf[size_t(article)];
        std::vector<qint32> places(rowOf);
        std::vector<bool> alone(rowOf.size());
        std::vector<bool> placedAway(rowOf.size());
        std::vector<double> words(rowOf.size());
        for (size_t p = 0; p < rowOf.size(); ++p) {
            const AlignedRow &row = result.rows[size_t(rowOf[p])];
            const ParagraphEvidence &source = baseSource[size_t(node(article, qint32(p)))];
            words[p] = articles[size_t(article)][p].words;
            const auto kept = keptWords.find({ article, source.otherParagraph });
            const double lacked = articles[size_t(base)][size_t(std::max(0, source.otherParagraph))].words
                - (kept == keptWords.end() ? 0.0 : kept->second);
            if (row.cells[size_t(base)].isGap() && source.otherParagraph >= 0 && lacked >= minCoverage * source.weight) {
                places[p] = result.rowOf[size_t(base)][size_t(source.otherParagraph)];
                placedAway[p] = true;
                words[p] = 0;
            } else {
                alone[p] = row.presentCount() == 1;
            }
        }
        const std::vector<bool> keeps = ParagraphOrder::keepOrder(places, words, alone, placedAway);
        for (size_t p = 0; p < rowOf.size(); ++p) {
            if (!keeps[p])
                result.rows[size_t(rowOf[p])].cells[size_t(article)].moved = true;
        }
    }
    result.unique = UniqueParagraphs::flags(articles, base, evidence, result.rows, result.rowOf);
    return result;
}

} // namespace WireDiff
