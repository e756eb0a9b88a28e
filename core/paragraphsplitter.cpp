#include "paragraphsplitter.h"

namespace WireDiff {

qsizetype ParagraphSplitter::cutPosition(QStringView text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text.size();
    // Look back over the last quarter of the window for a good place.
    const qsizetype floor = maxChars - maxChars / 4;
    for (qsizetype i = maxChars - 1; i > floor; --i) {
        const QChar c = text.at(i - 1);
        if ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')
             || c.unicode() == 0x3002)
            && text.at(i).isSpace()) {
            return i + 1;
        }
    }
    for (qsizetype i = maxChars - 1; i > floor; --i) {
        if (text.at(i).isSpace())
            return i + 1;
    }
    qsizetype cut = maxChars;
    if (text.at(cut).isLowSurrogate())
        --cut;
    return cut;
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
            const QString piece = rest.left(cut).trimmed().toString();
            if (!piece.isEmpty())
                out.push_back(Paragraph { piece, paragraph.role });
            rest = rest.mid(cut);
        }
    }
    if (splitCount)
        *splitCount = splits;
    return out;
}

} // namespace WireDiff
