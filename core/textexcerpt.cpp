#include "textexcerpt.h"

#include "codepoints.h"

#include <QTextBoundaryFinder>

namespace WireDiff {

namespace {

// Left at the end of a cut, these would read as if the passage went on
// with something the reader is not shown.
bool dangles(QChar c)
{
    return c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char(':') || c == QLatin1Char('-')
        || c == QChar(0x2013) || c == QChar(0x2014);
}

} // namespace

QString TextExcerpt::elided(const QString &text, qsizetype maxLength)
{
    const QString folded = text.simplified();
    if (folded.size() <= maxLength)
        return folded;
    if (maxLength <= 1)
        return maxLength == 1 ? QStringLiteral("\u2026") : QString();
    const qsizetype room = maxLength - 1; // the ellipsis takes one unit
    // The last word end within the room: a boundary with a word before it
    // (in scripts without spaces every ideograph is a word of its own).
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, folded);
    words.setPosition(room);
    qsizetype cut = -1;
    for (qsizetype at = words.isAtBoundary() ? words.position() : words.toPreviousBoundary(); at > 0;
         at = words.toPreviousBoundary()) {
        if (words.boundaryReasons() & QTextBoundaryFinder::EndOfItem) {
            cut = at;
            break;
        }
    }
    if (cut < room / 2)
        cut = CodePoints::snapToBoundary(folded, qint32(room));
    while (cut > 0 && dangles(folded[cut - 1]))
        --cut;
    return folded.left(cut) + QStringLiteral("\u2026");
}

} // namespace WireDiff
