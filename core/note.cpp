#include "note.h"

#include "codepoints.h"

#include <QUuid>

#include <algorithm>

namespace WireDiff {

Note Note::onPassage(const QString &articleId, qint32 paragraph, const QString &paragraphText,
                     qint32 utf16Start, qint32 utf16End, const QString &text)
{
    Note note;
    note.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    note.articleId = articleId;
    note.text = text;
    // Millisecond precision: what the sidecar keeps, so a saved and
    // reloaded note compares equal to the one in memory.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    note.created = now;
    note.modified = now;
    note.anchorTo(paragraph, paragraphText, utf16Start, utf16End);
    return note;
}

void Note::anchorTo(qint32 paragraphIndex, const QString &paragraphText, qint32 utf16Start, qint32 utf16End)
{
    const qint32 from = CodePoints::snapToBoundary(paragraphText, std::min(utf16Start, utf16End));
    const qint32 to = CodePoints::snapToBoundary(paragraphText, std::max(utf16Start, utf16End));
    paragraph = paragraphIndex;
    start = CodePoints::fromUtf16(paragraphText, from);
    end = CodePoints::fromUtf16(paragraphText, to);
    quote = paragraphText.mid(from, to - from);
    const qint32 beforeStart = CodePoints::toUtf16(paragraphText, std::max(0, start - contextLength));
    contextBefore = paragraphText.mid(beforeStart, from - beforeStart);
    const qint32 afterEnd = CodePoints::toUtf16(paragraphText, end + contextLength);
    contextAfter = paragraphText.mid(to, afterEnd - to);
    detached = false;
}

qint32 Note::utf16Start(const QString &paragraphText) const
{
    return CodePoints::toUtf16(paragraphText, start);
}

qint32 Note::utf16End(const QString &paragraphText) const
{
    return CodePoints::toUtf16(paragraphText, end);
}

} // namespace WireDiff
