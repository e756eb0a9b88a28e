#pragma once

#include "containment.h"

#include <QString>

#include <vector>

namespace WireDiff {

struct Article;
struct ArticleText;
class Lexicon;

// Which article most likely derives from which.
struct FamilyTree
{
    // What put one version before another (FamilyOrder::Terms::strongest).
    enum class Reason : quint8 {
        None,           // nothing tells them apart: the folder's order
        PublishedFirst, // publication times from the metadata
        Fuller,         // the later one is (nearly) wholly found in it, not the other way round: a cut copy
        OthersAdded,    // the fuller one's surplus is found in no other version: added there
        Consensus,      // closer to what most versions share
        OlderFile,      // the files' modification times, where the texts say little
    };
    // Why an article has no parent.
    enum class Root : quint8 {
        Alone,        // it shares too little with every other version
        NotFound,     // too little of it is found in any version placed before it
        Source,       // the first of the versions related to it, for `reason`
    };

    struct Evidence
    {
        double childInParent = 0;   // share of the child's words found in the parent (verbatim + reworded)
        double parentInChild = 0;
        qint32 sharedPeculiar = 0;  // 3-word runs only these two articles have
        bool orderedByTime = false; // both have metadata publication times and the parent's precedes
        double score = 0;
        // A child: what put its parent first. A root of kind Source: what
        // put it before the versions related to it.
        Reason reason = Reason::None;
        Root root = Root::Alone;    // read for roots only
    };

    std::vector<qint32> parent;     // [article] -> parent article, or -1 for a root
    std::vector<Evidence> evidence; // [article]: why its parent was chosen, or why it has none
    std::vector<qint32> order;      // articles from the oldest generation on

    bool isEmpty() const { return parent.empty(); }
    QString describe(qint32 article, const std::vector<Article> &articles) const; // translated
};

// Builds the tree from shared and peculiar wording. The articles are first
// put in an order of generations (FamilyOrder: publication times, which
// version holds more of the other, text found in no other version,
// closeness to the consensus, file times). Each article then takes as
// parent the earlier article that explains it best: the share of the child
// found in the candidate, plus a bonus for wording peculiar to the two
// (shared additions and errors are the strongest sign of copying), plus a
// little for the share of the candidate the child keeps, so that of two
// versions holding all of a cut copy the closer one is its parent. An
// article that earlier ones explain too little (below `minScore`) is a root.
class FamilyTreeBuilder
{
public:
    static constexpr double minScore = 0.3;
    // Weight of parentInChild in the score: enough to choose between
    // candidates that explain the child equally, too little to outweigh
    // a difference in what they explain.
    static constexpr double closenessWeight = 0.2;

    // `ownShares[a]`: what article a alone has (Containment::ownShares()).
    static FamilyTree build(const std::vector<Article> &articles, const std::vector<ArticleText> &texts,
                            const ContainmentMatrix &containment, const std::vector<double> &consensusDistance,
                            const std::vector<double> &ownShares, const Lexicon &lexicon);

    // [a][b]: word 3-grams found in a and b and in no other article.
    static std::vector<std::vector<qint32>> peculiarSharing(const std::vector<ArticleText> &texts,
                                                            const Lexicon &lexicon);
};

} // namespace WireDiff
