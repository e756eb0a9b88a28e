#include "paragraphsplitter.h"

#include <algorithm>

namespace WireDiff {

namespace {

bool isClosingPunctuation(QChar c)
{
    static const QString closers = QStringLiteral("\"')]\u201D\u2019\u00BB\u300D\u300F\uFF09");
    return closers.contains(c);
}

// Whether a sentence ends right before position `i`: after . ! ? or … when a
// space follows, after 。！？ always (CJK text has no spaces), closing quotes
// and brackets included.
bool sentenceEndsBefore(QStringView text, qsizetype i)
{
    qsizetype end = i;
    while (end > 0 && isClosingPunctuation(text[end - 1]))
        --end;
    if (end == 0)
        return false;
    const char16_t c = text[end - 1].unicode();
    if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F)
        return true;
    const bool latinEnd = c == u'.' || c == u'!' || c == u'?' || c == 0x2026;
    return latinEnd && i < text.size() && text[i].isSpace();
}

} // namespace

qsizetype ParagraphSplitter::cutPosition(QStringView text, qsizetype maxChars)
{
    maxChars = std::max<qsizetype>(maxChars, 1); // always make progress
    if (text.size() <= maxChars)
        return text.size();
    // Look back over the last quarter of the window for a good place.
    const qsizetype floor = maxChars - maxChars / 4;
    for (qsizetype i = maxChars; i > floor; --i) {
        if (sentenceEndsBefore(text, i))
            return i;
    }
    for (qsizetype i = maxChars; i > floor; --i) {
        if (text[i].isSpace())
            return i;
    }
    // One enormous word: cut anywhere but inside a surrogate pair, even when
    // that means one character over a limit too small to hold the pair.
    if (text[maxChars].isLowSurrogate())
        return maxChars > 1 ? maxChars - 1 : maxChars + 1;
    return maxChars;
}

std::vector<Paragraph> ParagraphSplitter::limitLength(std::vector<Paragraph> paragraphs, int maxChars,
                                                      int *splitCount)
{
    int splits = 0;
    std::vector<Paragraph> out;
    out.reserve(paragraphs.size());
    for (Paragraph &paragraph : paragraphs) {
        if (maxChars <= 0 || paragraph.text.size() <= maxChars) {
            out.push_back(std::move(paragraph));
            continue;
        }
        ++splits;
        QStringView rest(paragraph.text);
        while (!rest.isEmpty()) {
            const qsizetype cut = cutPosition(rest, maxChars);
            const QString piece = rest.first(cut).trimmed().toString();
            if (!piece.isEmpty())
                out.push_back(Paragraph { piece, paragraph.role });
            rest = rest.sliced(cut);
        }
    }
    if (splitCount)
        *splitCount = splits;
    return out;
}

} // namespace WireDiff
