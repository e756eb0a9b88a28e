#pragma once

#include <QtGlobal>

namespace WireDiff {

// A sentence found in no other source inside a paragraph that is not
// itself unique: a claim only `article` makes. UTF-16 offsets into
// Paragraph::text, like DiffSpan; `end` is one past the sentence's last
// token (its full stop included).
struct UniqueSentence
{
    qint32 article = 0;
    qint32 paragraph = 0;
    qint32 start = 0;
    qint32 end = 0;

    friend bool operator==(const UniqueSentence &, const UniqueSentence &) = default;
};

} // namespace WireDiff
