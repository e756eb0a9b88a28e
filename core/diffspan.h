#pragma once

#include "changeclass.h"

#include <QtGlobal>

namespace WireDiff {

// A stretch of one paragraph with one class, in UTF-16 offsets into
// Paragraph::text. For Same, Moved and Paraphrased spans the link names the
// corresponding stretch in the other article of the comparison (for a
// paraphrase: the sentence it rewords), so views can say "reworded from: …"
// or jump to where moved text came from. Spans of one paragraph are sorted,
// do not overlap and cover every token; white space between two tokens of
// different classes belongs to neither.
struct DiffSpan
{
    qint32 paragraph = 0;
    qint32 start = 0;
    qint32 end = 0;
    ChangeClass changeClass = ChangeClass::Same;
    qint32 linkParagraph = -1; // -1: no counterpart
    qint32 linkStart = 0;
    qint32 linkEnd = 0;
    // Same or moved words the other article spells otherwise, paired by
    // SpellingVariants ("long-standing" / "longstanding", "$40 million" /
    // "40 million dollars"): they form spans of their own, and the link
    // names the other article's whole spelling.
    bool respelled = false;

    bool hasLink() const { return linkParagraph >= 0; }
    friend bool operator==(const DiffSpan &, const DiffSpan &) = default;
};

} // namespace WireDiff
