#pragma once

#include "cancellation.h"
#include "fact.h"
#include "factextractor.h"
#include "pairalignment.h"

#include <vector>

namespace WireDiff {

struct ArticleText;
struct FactChange;

// A fact of the other article that contradicts the base: flat token ranges
// on both sides ([aBegin, aEnd) in the base, [bBegin, bEnd) in the other).
struct FactDifference
{
    FactKind kind = FactKind::Number;
    qint32 aBegin = 0;
    qint32 aEnd = 0;
    qint32 bBegin = 0;
    qint32 bEnd = 0;
};

// Compares the facts of each paragraph of the other article with those of
// the base paragraphs it was aligned to (by shared or reworded words). A
// fact differs when the other article states a value the base paragraphs do
// not, while they state one of the same kind that it does not — paired in
// order, and for names only where the neighbouring word agrees, so an
// added detail is not mistaken for a contradiction. Quotes pair by shared
// words; a paired quote with changed words, or with another speaker, is a
// difference. The tokens involved on both sides become FactChanged, linked
// to each other. Once `cancel` is set, it stops before the next sentence.
class FactDetector
{
public:
    // Facts per paragraph of one article, by paragraph index.
    using ParagraphFacts = std::vector<std::vector<Fact>>;

    // `baseFacts`, when given, holds extractAll(base): a caller comparing
    // many articles with one base extracts the base's facts once for all.
    static std::vector<FactDifference> detect(const FactExtractor::Source &base,
                                              const FactExtractor::Source &other,
                                              PairAlignment *alignment, const Cancellation &cancel = {},
                                              const ParagraphFacts *baseFacts = nullptr);
    static ParagraphFacts extractAll(const FactExtractor::Source &source);

    // The differences as the report and the window show them: paragraph,
    // UTF-16 offsets and text on both sides (a range that runs into the
    // next paragraph is cut at its first paragraph's end), in the other
    // article's reading order.
    static std::vector<FactChange> changes(const std::vector<FactDifference> &differences, const ArticleText &base,
                                           const ArticleText &other);
};

} // namespace WireDiff
