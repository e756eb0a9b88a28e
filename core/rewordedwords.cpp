#include "rewordedwords.h"

namespace WireDiff {

namespace {

bool isAnchor(const DiffSpan &neighbour, const DiffSpan &span)
{
    return neighbour.paragraph == span.paragraph && neighbour.linkParagraph == span.linkParagraph
        && (neighbour.changeClass == ChangeClass::Same || neighbour.changeClass == ChangeClass::Moved);
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace

DiffSpan RewordedWords::narrowed(std::span<const DiffSpan> spans, size_t index, const QString &linkedText)
{
    DiffSpan span = spans[index];
    if (span.changeClass != ChangeClass::Paraphrased || !span.hasLink() || span.linkEnd <= span.linkStart
        || span.linkEnd > linkedText.size())
        return span;
    qint32 from = span.linkStart;
    qint32 to = span.linkEnd;
    bool anchored = false;
    if (index > 0 && isAnchor(spans[index - 1], span)) {
        const qint32 after = spans[index - 1].linkEnd;
        if (after >= from && after < to) {
            from = after;
            anchored = true;
        }
    }
    if (index + 1 < spans.size() && isAnchor(spans[index + 1], span)) {
        const qint32 before = spans[index + 1].linkStart;
        if (before > from && before <= to) {
            to = before;
            anchored = true;
        }
    }
    while (from < to && !isWordCharacter(linkedText.at(from)))
        ++from;
    while (to > from && !isWordCharacter(linkedText.at(to - 1)))
        --to;
    if (!anchored || from >= to)
        return span;
    span.linkStart = from;
    span.linkEnd = to;
    return span;
}

} // namespace WireDiff
