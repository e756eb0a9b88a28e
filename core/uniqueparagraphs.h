#pragma once

#include "alignedrow.h"
#include "paragraphaligner.h"

#include <vector>

namespace WireDiff {

// Which paragraphs are "found in no other source": a claim only this
// article makes. A paragraph is when its row holds no other article, it is
// counted text and says what happened (body or headline: a dateline or a
// time stamp says where or when, and is never listed; review 13, finding
// 8), and its words are not mostly found elsewhere: neither in 3-word runs
// another article has (ParagraphShape::foundElsewhere) nor, by the word
// evidence, in the base's paragraphs (a paragraph the copy built from the
// base's sentences, boxed there as moved or reworded, sits alone in its row
// when no base paragraph holds enough of it). With one article there is no
// other source: nothing is unique.
class UniqueParagraphs
{
public:
    // At least this share of a paragraph's words linked to the base's
    // paragraphs: it is not unique.
    static constexpr double mostlyFromBase = 0.5;

    // [article][paragraph]. `evidence`: the word evidence the rows were
    // aligned on (ParagraphAligner::align's, without the editor's links).
    static std::vector<std::vector<bool>> flags(const std::vector<std::vector<ParagraphShape>> &articles, qint32 base,
                                                const std::vector<ParagraphEvidence> &evidence,
                                                const std::vector<AlignedRow> &rows,
                                                const std::vector<std::vector<qint32>> &rowOf);
};

} // namespace WireDiff
