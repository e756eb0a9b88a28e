#pragma once

#include "changeclass.h"
#include "comparison.h"
#include "exportoptions.h"
#include "note.h"

#include <QString>

#include <vector>

namespace WireDiff {

// What every export draws, computed once from the comparison so the PDF,
// print and HTML show the same thing: which rows, which classes in which
// paragraph, where base text went missing, and the notes, numbered.
// Offsets are UTF-16 into Paragraph::text.
class ExportMarkup
{
public:
    struct Range
    {
        qint32 start = 0;
        qint32 end = 0;
        ChangeClass changeClass = ChangeClass::Same;
    };

    struct Caret // base text missing at this point of another article
    {
        qint32 position = 0;
        QString missingText;
    };

    struct ParagraphMarks
    {
        std::vector<Range> ranges; // classes other than Same, sorted
        std::vector<Caret> carets; // sorted by position
        bool unique = false;       // found in no other source
    };

    struct ShownRow
    {
        qint32 row = 0;
        qint32 skippedBefore = 0; // unchanged rows left out just before this one
    };

    // A note's number is the one it was given when it was made (Note::number,
    // never reused after a delete), as the window's Notes panel and markers
    // show it. It never depends on the pages, the columns shown or which
    // notes lost their passage, so "note 3" is the same note in the window,
    // the PDF, the HTML and on paper.
    struct NoteMark
    {
        qint32 number = 0;
        Note note;
        qint32 article = -1; // -1 for a detached note whose article is gone
        qint32 start = 0;  // UTF-16 into the paragraph
        qint32 end = 0;
    };

    ExportMarkup(const Comparison &comparison, const Notes &notes, const ExportOptions &options);

    const Comparison &comparison() const { return m_comparison; }
    const std::vector<qint32> &articles() const { return m_articles; } // shown; the base first
    const QString &title() const { return m_title; } // ExportOptions::title
    const QString &optionsLine() const { return m_optionsLine; } // ExportOptions::optionsLine()

    // The rows to draw for `columns` (article indices), and the count of
    // unchanged rows left out after the last one.
    std::vector<ShownRow> rows(const std::vector<qint32> &columns, qint32 *skippedAtEnd = nullptr) const;
    bool isUnchanged(qint32 row, const std::vector<qint32> &columns) const;

    // Marks of `paragraph` of `article`. Another article shows its classes
    // against the base and carets where base words are missing; the base
    // shows as removed what every other article of `columns` dropped.
    ParagraphMarks marks(qint32 article, qint32 paragraph, const std::vector<qint32> &columns) const;

    // The notes placed on a shown article, by number.
    const std::vector<NoteMark> &notes() const { return m_notes; }
    qint32 maxPrintedRows() const { return m_maxPrintedRows; }
    // The notes on a paragraph, in the order of their passages.
    std::vector<const NoteMark *> notesOn(qint32 article, qint32 paragraph) const;
    // Passage not found, or article gone; by number.
    const std::vector<NoteMark> &detachedNotes() const { return m_detached; }

    // A paragraph found in no other source, or a sentence of one that is
    // not (UniqueSentence): `start` and `end` are its UTF-16 offsets, -1
    // for a whole paragraph.
    struct UniqueParagraph
    {
        qint32 article = 0;
        qint32 paragraph = 0;
        qint32 start = -1;
        qint32 end = -1;

        bool isSentence() const { return start >= 0; }
        // The text to quote: the paragraph's, or the sentence's.
        QString text(const Comparison &comparison) const;
    };
    // Shown articles, counted text only, in article then reading order.
    std::vector<UniqueParagraph> uniqueParagraphs() const;

private:
    std::vector<Range> removedInBase(qint32 paragraph, qint32 other) const;
    void placeCarets(qint32 article);

    const Comparison &m_comparison;
    bool m_includeUnchanged = true;
    qint32 m_maxPrintedRows = 0;
    QString m_title;
    QString m_optionsLine;
    std::vector<qint32> m_articles;
    std::vector<NoteMark> m_notes;
    std::vector<NoteMark> m_detached;
    std::vector<std::vector<std::vector<Caret>>> m_carets; // [article][paragraph]
};

} // namespace WireDiff
