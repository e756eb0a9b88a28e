#pragma once

#include "cancellation.h"
#include "fact.h"
#include "factextractor.h"
#include "factstore.h"
#include "pairalignment.h"

#include <vector>

namespace WireDiff {

class AntonymDictionary;
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

// Compares the facts of each sentence of the other article with those of
// its counterpart base sentences (ClaimCounterparts). A fact differs when
// the other article states a value the base sentences do not, while they
// state one of the same kind and role that it does not, so an added detail
// is not mistaken for a contradiction. Numbers pair only with numbers of
// the same role (FactRoles) — where the neighbouring word agrees, or as the
// one of their role left on each side in sentences that plainly make the
// same statement; a sum in another currency or a measure in another unit
// differs even with the same number. Weekdays and dates pair in order,
// stances where the neighbouring word agrees, names where the words right
// beside them agree and they may name the same thing (FactNames: one name
// written two ways, "Met" and "Metropolitan Police", is no difference).
// Quotes and their speakers are compared by QuoteComparer, and statements
// reversed by an antonym or a negation found by PolarityCheck (antonyms
// from `antonyms`, when given). The tokens
// involved on both sides become FactChanged, linked to each other. Once
// `cancel` is set, it stops before the next sentence.
class FactDetector
{
public:
    // `baseFacts`, when given, holds extractAll(base): a caller comparing
    // many articles with one base extracts the base's facts once for all.
    // Otherwise the paragraphs of both articles that the claims read are
    // extracted once each (FactStore) before the claims are compared. On up
    // to `threads` threads, with the same result as on one.
    static std::vector<FactDifference> detect(const FactExtractor::Source &base,
                                              const FactExtractor::Source &other,
                                              PairAlignment *alignment, const Cancellation &cancel = {},
                                              const FactStore *baseFacts = nullptr, int threads = 1,
                                              const AntonymDictionary *antonyms = nullptr);
    static FactStore extractAll(const FactExtractor::Source &source, int threads = 1);

    // The differences as the report and the window show them: paragraph,
    // UTF-16 offsets and text on both sides (a range that runs into the
    // next paragraph is cut at its first paragraph's end), in the other
    // article's reading order.
    static std::vector<FactChange> changes(const std::vector<FactDifference> &differences, const ArticleText &base,
                                           const ArticleText &other);
};

} // namespace WireDiff
