#include "paircomparer.h"

#include "diffcleanup.h"
#include "flatdocument.h"
#include "lexicon.h"
#include "movedetector.h"
#include "sequencediff.h"
#include "spellingvariants.h"

namespace WireDiff {

namespace {

void applyScript(const EditScript &script, PairAlignment *alignment)
{
    for (const EditRun &run : script.runs) {
        if (run.op != EditOp::Equal)
            continue; // Removed / Added are the initial labels
        for (qint32 k = 0; k < run.length; ++k) {
            const qint32 i = run.aStart + k;
            const qint32 j = run.bStart + k;
            alignment->a.set(i, ChangeClass::Same, j);
            alignment->b.set(j, ChangeClass::Same, i);
        }
    }
}

} // namespace

PairComparer::PairComparer(const Lexicon &lexicon, const TermWeights &weights, const ParaphraseScorer &scorer,
                           const ComparisonOptions &options, Cancellation cancel)
    : m_lexicon(lexicon)
    , m_weights(weights)
    , m_scorer(scorer)
    , m_scorers { &scorer }
    , m_options(options)
    , m_cancel(std::move(cancel))
{
}

PairComparer::PairComparer(const Lexicon &lexicon, const TermWeights &weights,
                           std::span<const ParaphraseScorer *const> scorers, const ComparisonOptions &options,
                           Cancellation cancel)
    : m_lexicon(lexicon)
    , m_weights(weights)
    , m_scorer(*scorers.front())
    , m_scorers(scorers.begin(), scorers.end())
    , m_options(options)
    , m_cancel(std::move(cancel))
{
}

// The edit scripts live only as long as it takes to label the alignment
// from them: the classifier that runs next holds a pair's largest state.
void PairComparer::applyDiff(const FlatDocument &base, const FlatDocument &other, PairAlignment *alignment,
                             std::vector<SpellingVariants::Match> *variants) const
{
    const EditScript raw = SequenceDiff::diff(base.keySpan(), other.keySpan(),
                                              SequenceDiff::Limits { m_options.maxExactDiffCells, m_cancel });
    if (m_cancel.isCancelled())
        return;
    alignment->coarse = raw.coarse;
    alignment->rawEditCount = raw.editCount();
    const EditScript cleaned = DiffCleanup::cleanup(raw, base.keySpan(), other.keySpan(), m_lexicon);
    applyScript(cleaned, alignment);
    *variants = SpellingVariants(m_lexicon, m_options).apply(cleaned, base, other, alignment);
}

PairAlignment PairComparer::compare(const FlatDocument &base, const FlatDocument &other,
                                    const std::vector<bool> &otherCapitalized,
                                    WordClassifier::Evidence *evidence) const
{
    PairAlignment alignment;
    alignment.a.reset(base.size(), ChangeClass::Removed);
    alignment.b.reset(other.size(), ChangeClass::Added);

    std::vector<SpellingVariants::Match> variants;
    applyDiff(base, other, &alignment, &variants);
    if (m_cancel.isCancelled())
        return alignment;

    MoveDetector::detect(base.keySpan(), other.keySpan(), m_lexicon, &alignment, 4, m_cancel);

    // A large pair is classified on as many threads as there are scorers.
    const std::span<const ParaphraseScorer *const> scorers =
        std::span<const ParaphraseScorer *const>(m_scorers).first(other.size() >= minParallelTokens ? m_scorers.size() : 1);
    const WordClassifier classifier(m_lexicon, m_weights, scorers, m_options.paraphraseSensitivity, m_cancel);
    // Features are kept only for a caller that reads them (the evaluation).
    WordClassifier::Evidence gathered = classifier.gather(
        base, other, alignment, otherCapitalized,
        evidence ? WordClassifier::FeatureRows::Keep : WordClassifier::FeatureRows::Drop);
    if (m_cancel.isCancelled())
        return alignment;
    classifier.apply(base, other, gathered, classifier.decide(gathered, other), &alignment);
    SpellingVariants(m_lexicon, m_options).restore(variants, base, other, &alignment);
    if (evidence)
        *evidence = std::move(gathered);
    return alignment;
}

} // namespace WireDiff
