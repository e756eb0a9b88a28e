#pragma once

#include "agencycredit.h"
#include "containment.h"
#include "familytree.h"

#include <utility>
#include <vector>

namespace WireDiff {

struct Article;

// The order of generations the family tree is built in: for each pair of
// related versions, the evidence that one came before the other, and an
// order that follows the strongest of it.
//
// The evidence, strongest first:
// - Known times, where both have one: decisive. A time is known when it
//   says when the story was published or filed: from the metadata or a
//   wire header's filing time (Article::hasKnownTime()). A known time is
//   never weighed against a file's modification time, which may be a copy
//   time: between such a pair the texts decide.
// - A news agency's own copy, as its format shows (a Press Association
//   header block, NewsML-G2 as agencies send it), before a version in any
//   other format: outlets print from the wire, not the wire from them.
//   Weaker than known times, stronger than the texts together: on a desk's
//   folder the papers' files carry no time, and a paper that kept most of
//   the wire read as its source (review 10, finding 1).
// - What the texts say of their source, where neither known times nor the
//   format decide (AgencyCredit): the agency's own copy, its dateline
//   naming the agency ("SEOUL (AFP) --"), before a copy crediting that
//   agency or none; a copy naming the agency ("Source: AFP") before one
//   that names no agency. A tie-breaker: it outweighs closeness to the
//   consensus and file times, and a copy's own added paragraphs read as
//   padding, but not a clear asymmetry (review 13, finding 3: the agency
//   copy under a rewrite, the agency's own wire under a paper's copy).
// - Containment asymmetry: when y is (nearly) wholly found in x and not
//   the other way round, y reads as cut from x (outlets cut agency copy
//   far more often than they pad it). Reversed when x's surplus is found
//   in no other version while a third version carries y about as fully as
//   x does: then the shorter text is what was published and x added to it
//   (padding). With two versions nothing can corroborate, so the fuller
//   one stays first.
// - Closeness to the consensus (three versions or more): copies
//   accumulate changes. With two, the consensus is just what both share,
//   which would put every cut copy first, so it is not used.
// - File modification times, both from the file system, at least a minute
//   apart: weak, since they are as often copy or download times as
//   publication times. They outweigh a small difference in closeness to
//   the consensus (which, with three versions, only says which one sits
//   between the other two) but never a clear asymmetry or metadata times.
//
// The order is the minimax one: repeatedly the version whose strongest
// defeat by a remaining related version is weakest (ties: the most net
// evidence for it, then the folder's order). Unlike a sum of evidence, it
// keeps a chain x -> y -> z in order when x beats y narrowly and y beats z
// by far. Deterministic for given inputs.
//
// A view of FamilyTreeBuilder::build's inputs: lives no longer than they.
class FamilyOrder
{
public:
    // Evidence that x came before y, each term in shares of words (the
    // time terms in fixed weights); negative: y came before x.
    struct Terms
    {
        double published = 0;
        double containment = 0;
        bool padded = false; // `containment` is the reversed one: the fuller version added its surplus
        double consensus = 0;
        double fileTime = 0;
        double wire = 0;
        double credit = 0;

        double total() const { return published + wire + credit + containment + consensus + fileTime; }
        // The largest term in favour of x when the total is; else None.
        FamilyTree::Reason strongest() const;
    };

    // Metadata times outweigh every textual term together (at most about 1.6).
    static constexpr double publishedWeight = 2.0;
    // An agency's copy outweighs the texts' terms; it is not weighed at all
    // where known times decide.
    static constexpr double wireWeight = 1.7;
    // The agency's own copy against a copy of it or an uncredited one; half
    // as much for a credited copy against an uncredited one.
    static constexpr double creditWeight = 0.3;
    static constexpr double consensusWeight = 0.5;
    static constexpr double fileTimeWeight = 0.1;
    // Files written within a minute of each other were copied or unpacked
    // together: their order says nothing.
    static constexpr qint64 fileTimeGapSeconds = 60;
    // The asymmetry counts fully when at least `whollyContained` of the
    // shorter version is found in the fuller one, not at all at
    // `partlyContained` or less, in proportion between.
    static constexpr double whollyContained = 0.95;
    static constexpr double partlyContained = 0.75;
    // How much less of the shorter text a third version may carry and still
    // corroborate it (a few edited words break the 3-word runs around them).
    static constexpr double corroborationSlack = 0.1;

    // `explained[c][p]`: how well p explains c (FamilyTreeBuilder's score
    // without the closeness term); two versions are related when either
    // explains the other at least FamilyTreeBuilder::minScore.
    FamilyOrder(const std::vector<Article> &articles, const ContainmentMatrix &containment,
                const std::vector<double> &consensusDistance, const std::vector<double> &ownShares,
                const std::vector<std::vector<double>> &explained);

    bool related(qint32 x, qint32 y) const;
    // Both have known times (metadata, wire header), and x's is the later.
    bool publishedAfter(qint32 x, qint32 y) const;
    Terms terms(qint32 x, qint32 y) const;
    // Every article once, oldest generation first. With known times on
    // every article, in their order (equal times: as the evidence says).
    std::vector<qint32> generations() const;
    // What puts `root` before the versions related to it: the term that
    // adds up to most over those it precedes.
    FamilyTree::Reason sourceReason(qint32 root) const;

private:
    double shareIn(qint32 x, qint32 y) const; // of x's words found in y, verbatim or reworded
    // The asymmetry term for `fuller` (in which more of `shorter` is found
    // than the other way round), and whether it was reversed.
    double asymmetry(qint32 fuller, qint32 shorter, bool *padded) const;
    bool corroborated(qint32 shorter, qint32 fuller) const;
    double creditTerm(qint32 x, qint32 y) const; // the credit term of terms(x, y)

    const std::vector<Article> &m_articles;
    const ContainmentMatrix &m_containment;
    const std::vector<double> &m_consensusDistance;
    const std::vector<double> &m_ownShares;
    const std::vector<std::vector<double>> &m_explained;
    struct Time
    {
        bool metadata = false; // known: from the metadata or a wire header
        bool file = false;     // the file's modification time
        qint64 msecs = 0;      // since the epoch, UTC
    };
    std::vector<Time> m_times;
    std::vector<AgencyCredit> m_credits;
    std::vector<std::pair<qint32, qint32>> m_carriers; // [a]: the two others holding most of a, or -1
};

} // namespace WireDiff
