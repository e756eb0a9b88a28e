#pragma once

#include "diffspan.h"

#include <QString>

#include <span>

namespace WireDiff {

// The words a reworded span stands for. A Paraphrased span links the whole
// stretch of the other article it was matched with (often the sentence,
// which the derivation figures count as used); a reader wants the words it
// rewords: those of the linked stretch between the counterparts of its
// neighbouring Same or Moved spans, the anchors the diff kept on either side
// ("driving" between "and" and "more" stands for "forcing", not for the
// whole sentence).
class RewordedWords
{
public:
    // The span at `index` of `spans` (one side's spans, sorted) with its
    // link narrowed to those words, white space and punctuation trimmed from
    // their edges; `linkedText` is the linked paragraph's text. The span
    // unchanged when it is no linked paraphrase, when neither neighbour
    // anchors inside its link, or when the anchors leave no word between
    // them.
    static DiffSpan narrowed(std::span<const DiffSpan> spans, size_t index, const QString &linkedText);
};

} // namespace WireDiff
