#pragma once

#include "containment.h"

#include <QString>

#include <vector>

namespace WireDiff {

struct Article;
struct ArticleText;
class FactAgreement;
class Lexicon;

// Which article most likely derives from which.
struct FamilyTree
{
    // What put one version before another (FamilyOrder::Terms::strongest).
    enum class Reason : quint8 {
        None,           // nothing tells them apart: the folder's order
        PublishedFirst, // publication times from the metadata
        WireCopy,       // a news agency's own copy, by its format, before a version in another format
        AgencyCredit,   // a dateline or credit line naming the agency (AgencyCredit)
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
        bool orderedByTime = false; // both have known times (metadata, wire header) and the parent's precedes
        double score = 0;
        qint64 childWords = 0;      // the words the tree compares (boilerplate aside)
        qint64 parentWords = 0;
        bool identical = false;     // the same words in the same order as the parent
        // Changed facts (FactAgreement) the child shares with the parent,
        // and those on which the two differ.
        qint32 factsShared = 0;
        qint32 factsConflicting = 0;
        // A candidate that explained the child about as well (within
        // FamilyTreeBuilder::factTieMargin) and was passed over because it
        // agrees less with the child on the changed facts; -1 when none.
        qint32 passedOver = -1;
        // A child: what put its parent first. A root of kind Source: what
        // put it before the versions related to it.
        Reason reason = Reason::None;
        Root root = Root::Alone;    // read for roots only
    };

    std::vector<qint32> parent;     // [article] -> parent article, or -1 for a root
    std::vector<Evidence> evidence; // [article]: why its parent was chosen, or why it has none
    std::vector<qint32> order;      // articles from the oldest generation on

    // How long a copy is next to its source, by their words: clearly
    // shorter at `shortenedRatio` of the source's words or fewer, clearly
    // longer at its inverse or more, else about as long.
    enum class Length : quint8 { Shorter, AboutAsLong, Longer };
    static constexpr double shortenedRatio = 0.9;
    // A copy is called cut from its source (shortened, about as long) only
    // when at least this share of its words is found there.
    static constexpr double nearlyWhole = 0.9;
    static Length lengthOf(qint64 childWords, qint64 parentWords);

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
// versions holding all of a cut copy the closer one is its parent. Of the
// candidates within `factTieMargin` of the best, the one that agrees most
// with the child on the facts some version changed wins (FactAgreement:
// shared changes less conflicting ones; then the score): the texts cannot
// tell them apart, the facts can. An article that earlier ones explain too
// little (below `minScore`) is a root.
class FamilyTreeBuilder
{
public:
    static constexpr double minScore = 0.3;
    // Weight of parentInChild in the score: enough to choose between
    // candidates that explain the child equally, too little to outweigh
    // a difference in what they explain.
    static constexpr double closenessWeight = 0.2;
    // Candidates whose scores lie this close (half a point of the child's
    // words) explain it equally well as far as the texts can tell. A copy
    // that rewords its source (a translation) is found in the source and in
    // a version that only changed some facts to exactly the same degree:
    // its sentences match both as rewordings, whatever the numbers.
    static constexpr double factTieMargin = 0.005;

    // `ownShares[a]`: what article a alone has (Containment::ownShares()).
    // `facts`: the comparison's changed facts, read per pair of articles.
    static FamilyTree build(const std::vector<Article> &articles, const std::vector<ArticleText> &texts,
                            const ContainmentMatrix &containment, const std::vector<double> &consensusDistance,
                            const std::vector<double> &ownShares, const Lexicon &lexicon,
                            const FactAgreement &facts);

    // [a][b]: word 3-grams found in a and b and in no other article.
    static std::vector<std::vector<qint32>> peculiarSharing(const std::vector<ArticleText> &texts,
                                                            const Lexicon &lexicon);
};

} // namespace WireDiff
