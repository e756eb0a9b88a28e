#pragma once

#include "alignedrow.h"
#include "paragraph.h"

#include <QtGlobal>

#include <tuple>
#include <utility>
#include <vector>

namespace WireDiff {

// Evidence that two paragraphs of different articles say the same thing
// (computed from the word comparison; the editor's own decisions are
// ParagraphLink):
// `weight` is the number of words they share verbatim, moved or reworded.
struct ParagraphEvidence
{
    qint32 article = 0;
    qint32 paragraph = 0;
    qint32 otherArticle = 0;
    qint32 otherParagraph = 0;
    double weight = 0;
    bool manual = false; // the editor's link: joins whatever the words and roles say

    // By the paragraphs it joins, for an order that does not depend on
    // hash tables: ties between equal weights are then broken the same way
    // in every run (the lower paragraph first).
    static bool byEnds(const ParagraphEvidence &x, const ParagraphEvidence &y)
    {
        return std::tie(x.article, x.paragraph, x.otherArticle, x.otherParagraph)
            < std::tie(y.article, y.paragraph, y.otherArticle, y.otherParagraph);
    }
};

struct ParagraphShape
{
    qint32 words = 0;
    ParagraphRole role = ParagraphRole::Body;
    // At least half of its counted words are in 3-word runs another article
    // has: a repeat of a paragraph the diff matched once, or a quote carried
    // elsewhere, is never unique, even in a row of its own.
    bool foundElsewhere = false;
};

// Turns pairwise paragraph links into rows across all N articles.
//
// A link counts when the shared words cover at least `minCoverage` of the
// shorter paragraph (so a shared opening phrase alone never aligns two
// paragraphs) and the roles are compatible (headlines, captions and
// boilerplate align only with their own kind, bylines and datelines with
// each other). The head of a story has slots: where two articles each have
// one headline (byline, dateline) and no evidence places it, the two share
// a row anyway, tied to the base's or, without one, to the first article's.
// Linked paragraphs are joined into groups;
// a group is one row. Each paragraph keeps only a contiguous run of base
// paragraphs (the one that keeps the two articles' order where it is a
// part of the paragraph, a fair share of it or words the other runs leave
// over, else the one with its strongest link), so
// the base reads in order down the rows. Base rows come in base order; a row without a base paragraph
// follows the row of the paragraph that precedes it in its article, and
// such rows after the same base row come in an order each article's
// paragraphs agree with where the articles allow one.
// A paragraph is `moved` when it is out of its article's order
// (ParagraphOrder::keepOrder: off the heaviest run, by words, of the
// paragraphs whose rows never decrease; one alone in its row travels with
// the paragraph before it; the moved half of a split paragraph counts as
// in the row of the base paragraph it came from); `unique` as
// UniqueParagraphs::flags() says: alone in its row and a claim of its own.
class ParagraphAligner
{
public:
    struct Result
    {
        std::vector<AlignedRow> rows;
        std::vector<std::vector<bool>> unique; // [article][paragraph]
        std::vector<std::vector<qint32>> rowOf; // [article][paragraph] -> row index
        // The editor's links that were not applied: joining their two
        // paragraphs' rows would put the base's paragraphs out of order.
        std::vector<std::pair<std::pair<qint32, qint32>, std::pair<qint32, qint32>>> refusedLinks;
    };

    static constexpr double minCoverage = 0.4;

    // The editor's decisions, as (article, paragraph) pairs: linked
    // paragraphs share a row whatever the evidence; unlinked ones never do.
    struct Constraints
    {
        using Node = std::pair<qint32, qint32>;
        std::vector<std::pair<Node, Node>> linked;
        std::vector<std::pair<Node, Node>> unlinked;
    };

    static Result align(const std::vector<std::vector<ParagraphShape>> &articles, qint32 base,
                        const std::vector<ParagraphEvidence> &links, const Constraints &constraints = {});

    static bool isSignificant(const ParagraphEvidence &link, const ParagraphShape &a, const ParagraphShape &b);
};

} // namespace WireDiff
