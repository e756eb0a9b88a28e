#pragma once

#include "exportmarkup.h"
#include "pageflow.h"

#include <QPointF>
#include <QString>
#include <QTextLayout>

#include <map>
#include <memory>

class QPainter;

namespace WireDiff {

class PrintStyle;

// The notes' text at the foot of the PDF's and print-out's pages, one
// layout per note: the number as in the margin, where the passage is, the
// passage (italic; for a passage reworded since the note was written,
// "[changed; it read “…”]" with the wording it was written on) and what
// the editor wrote. The frame ("id, ¶N: … —
// … (author)") is laid out left to right whatever the note's script, with
// the passage, the note and the names each isolated in their own direction
// run, so a Hebrew note keeps "05-hebrew, ¶5:" at the left and its
// parentheses the right way round. A piece continued from an earlier page
// goes under a "(continued)" label beside the note's number.
class FootnoteText
{
public:
    FootnoteText(const ExportMarkup &markup, const PrintStyle &style, qreal width);

    // The height of a note's text, and the largest y <= `limit` between two
    // of its lines; what PageFlow::Footnotes asks.
    qreal height(qint32 number) const;
    qreal breakBefore(qint32 number, qreal limit) const;
    qreal continuedHeight() const { return m_continuedHeight; }
    // The note's laid-out text (its lines from the left edge of the text,
    // past the number); null for a number without a note.
    const QTextLayout *layout(qint32 number) const;

    // The piece of a note's text a page shows, its top at `at`; the number
    // goes beside the note's first line, or beside the label of a piece
    // continued from an earlier page.
    void paint(QPainter *painter, const PageFlow::FootnotePiece &piece, const QPointF &at) const;

    // The text of a note's footnote, as laid out; `whereLength` and
    // `quoteLength` are the lengths of its bold place and italic passage.
    static QString text(const ExportMarkup::NoteMark &mark, const QString &articleId, qsizetype *whereLength,
                        qsizetype *quoteLength);

private:
    void paintBadge(QPainter *painter, qint32 number, const QPointF &at) const;

    const PrintStyle &m_style;
    std::map<qint32, std::shared_ptr<QTextLayout>> m_entries;
    qreal m_indent = 0;
    qreal m_continuedHeight = 0;
};

} // namespace WireDiff
