#pragma once

#include "fact.h"
#include "factdetector.h"
#include "factextractor.h"
#include "factstore.h"
#include "quoteterms.h"

#include <QHash>

#include <span>
#include <vector>

namespace WireDiff {

// Compares the quotations of one sentence of a version with those of its
// counterpart base sentences (ClaimCounterparts), for FactDetector.
//
// Quotes are compared sentence by sentence, by their terms (QuoteTerms):
// the quoted words of the sentence against the quoted words of the
// counterpart sentences taken together. A quote the base splits around its
// attribution ("…phone," Mr Easteal said. "His pockets…") is so compared as
// one, and one a version stitched from two of the base's with both. The
// quotes are the same quote when their terms' Dice coefficient is 0.3 or
// more; the version's is changed when it has a term the base's statement
// lacks, quoted or not, in the counterpart sentences and the sentences
// either side of them (a version may quote what the base reports, and a
// quote may run over a sentence the version split or joined). A quote that
// only lost words was cut, which the removed class already shows.
//
// From 0.5 on, a quote with another speaker is a changed attribution. A
// base quote credited to "he" or "she" whose paragraph names no speaker
// before it (FactExtractor) is credited to the last speaker named in the
// three paragraphs before it; a version's only within its paragraph, as a
// version's paragraphs may be reordered.
class QuoteComparer
{
public:
    QuoteComparer(const FactExtractor::Source &base, const FactExtractor::Source &other,
                  const FactStore &baseFacts);

    void compare(qint32 sentence, std::span<const qint32> counterparts, const std::vector<Fact> &baseFacts,
                 const std::vector<Fact> &otherFacts, std::vector<FactDifference> *out);

private:
    // The base's quotes in the counterpart sentences, each with its terms
    // there, sorted, in the order of the quotes.
    using BaseQuotes = std::vector<std::pair<const Fact *, std::vector<QuoteTerms::Term>>>;

    // Whether the version's quoted words in a sentence, their new words
    // marked, only add to the quoted words of one counterpart sentence.
    bool extendsBaseQuote(const std::vector<QuoteTerms::ReadTerm> &quoted, std::span<const qint32> counterparts,
                          const BaseQuotes &baseQuotes) const;
    std::vector<QuoteTerms::Term> statementTerms(std::span<const qint32> counterparts) const;
    QString baseSpeaker(const Fact &quote);
    QString lastNamedSpeaker(qint32 paragraph);

    const FactExtractor::Source &m_base;
    const FactExtractor::Source &m_other;
    const FactStore &m_baseFacts; // a paragraph it lacks is extracted when asked
    QHash<qint32, QString> m_lastNamed; // base paragraph -> its last named speaker
};

} // namespace WireDiff
