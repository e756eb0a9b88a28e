#pragma once

#include "paragraph.h"

#include <vector>

namespace WireDiff {

// Enforces the paragraph length limit: a paragraph longer than maxChars is
// cut into pieces of at most maxChars, preferably after a sentence end (CJK
// ones included), else at a space, else (one enormous word) anywhere that
// does not split a surrogate pair. Keeps every character but the white space
// at the cuts; pieces keep the paragraph's role.
class ParagraphSplitter
{
public:
    static std::vector<Paragraph> limitLength(std::vector<Paragraph> paragraphs, int maxChars,
                                              int *splitCount = nullptr);
    static qsizetype cutPosition(QStringView text, qsizetype maxChars);
};

} // namespace WireDiff
