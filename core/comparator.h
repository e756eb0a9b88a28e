#pragma once

#include "cancellation.h"
#include "comparison.h"
#include "comparisonoptions.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace WireDiff {

class AntonymDictionary;
class SynonymDictionary;

// Wall-clock milliseconds per phase of one comparison, for the benchmark.
struct PhaseTimings
{
    double tokenize = 0;
    double containment = 0;
    double diff = 0;       // word diff, cleanup, moves and paraphrase per article
    double align = 0;      // paragraph rows
    double spans = 0;      // spans and statistics
    double reworded = 0;   // reworded containment for all pairs (runs alongside diff)
    double synthesis = 0;  // agreement, consensus text and family tree
    double total = 0;
};

// The outcome of a comparison, as a value: a Comparison, or why there is none.
struct ComparisonOutcome
{
    std::optional<Comparison> comparison;
    QString error;       // translated; empty on success or cancel
    bool cancelled = false;
    PhaseTimings timings;
};

// The comparison pipeline: tokenize every article (in parallel), choose
// the base if none was given, compare each article with the base word by
// word, align all paragraphs in rows, and measure containment for every
// pair. Thread-safe: compare() can run on any thread and polls the
// cancellation between and inside phases.
class Comparator
{
public:
    explicit Comparator(ComparisonOptions options = {},
                        std::shared_ptr<const SynonymDictionary> synonyms = nullptr);

    ComparisonOutcome compare(std::vector<Article> articles, const Cancellation &cancel = {}) const;

    // Articles of fewer characters than this in all are compared on one
    // thread whatever options().threads says (with the same result): each
    // phase's threads start and stop in about what their share of such a
    // comparison takes (a pair of 1,000-word texts made a dozen of them and
    // took 3.6 ms on one thread, 11 ms on two, on a busy 2-core machine).
    static constexpr qsizetype minParallelCharacters = 32 * 1024;

    const ComparisonOptions &options() const { return m_options; }

private:
    ComparisonOptions m_options;
    std::shared_ptr<const SynonymDictionary> m_synonyms;
    std::shared_ptr<const AntonymDictionary> m_antonyms; // read from the synonyms' WordNet folder
};

} // namespace WireDiff
