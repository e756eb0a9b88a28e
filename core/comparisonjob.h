#pragma once

#include "cancellation.h"
#include "comparator.h"
#include "loadoptions.h"
#include "loadresult.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace WireDiff {

class SynonymDictionary;

// What the user asked to compare: one folder, or a list of files.
struct ComparisonRequest
{
    QStringList paths;
    LoadOptions loadOptions;
    ComparisonOptions comparisonOptions;
    // Also honour the paragraph links and unlinks kept in the folder's
    // sidecar (read afresh on every run, so a link the editor just saved
    // applies on the next comparison).
    bool applySidecarLinks = false;
    // Compare the consensus text too, as a virtual article appended last
    // (see ConsensusArticle); costs a second comparison.
    bool includeConsensus = false;

    bool isFolder() const;
};

struct ComparisonJobResult
{
    std::vector<SkippedFile> skipped;
    ComparisonOutcome outcome;
    // The error names the folder opened (an empty folder, or one whose
    // files were all skipped), so a caller need not put its name before it.
    bool errorNamesFolder = false;

    bool succeeded() const { return outcome.comparison.has_value(); }
};

// Loading and comparing as one unit of work, the same for the window (on a
// worker thread) and the command line. Progress: loading is the first 20 %.
class ComparisonJob
{
public:
    static ComparisonJobResult run(const ComparisonRequest &request,
                                   std::shared_ptr<const SynonymDictionary> synonyms,
                                   const Cancellation &cancel = {});
};

} // namespace WireDiff
