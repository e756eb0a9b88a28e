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
    struct Evidence
    {
        double childInParent = 0;   // share of the child's words found in the parent (verbatim + reworded)
        double parentInChild = 0;
        qint32 sharedPeculiar = 0;  // 3-word runs only these two articles have
        bool orderedByTime = false; // the parent's publication time precedes the child's
        double score = 0;
    };

    std::vector<qint32> parent;     // [article] -> parent article, or -1 for a root
    std::vector<Evidence> evidence; // [article]: why its parent was chosen
    std::vector<qint32> order;      // articles from the oldest generation on

    bool isEmpty() const { return parent.empty(); }
    QString describe(qint32 article, const std::vector<Article> &articles) const; // translated
};

// Builds the tree from shared and peculiar wording. Articles are put in an
// order of generations: by publication time where the metadata gives one
// for both, otherwise by distance from the consensus (copies of copies
// accumulate changes, so the further an article is from what all share,
// the later it likely is). Each article then takes as parent the earlier
// article it shares most with: containment of the child in the candidate,
// plus a bonus for wording peculiar to the two (shared additions and
// errors are the strongest sign of copying). An article that shares too
// little with every earlier one (below `minScore`) is a root.
class FamilyTreeBuilder
{
public:
    static constexpr double minScore = 0.3;

    static FamilyTree build(const std::vector<Article> &articles, const std::vector<ArticleText> &texts,
                            const ContainmentMatrix &containment, const std::vector<double> &consensusDistance,
                            const Lexicon &lexicon);

    // [a][b]: word 3-grams found in a and b and in no other article.
    static std::vector<std::vector<qint32>> peculiarSharing(const std::vector<ArticleText> &texts,
                                                            const Lexicon &lexicon);
};

} // namespace WireDiff
