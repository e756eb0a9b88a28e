#pragma once

#include "viewdecorator.h"

#include <QPointer>

#include <QHash>
#include <QObject>
#include <QString>

#include <utility>
#include <vector>

namespace WireDiff {

class ComparisonView;
class NoteListModel;

// Draws the editor's notes over the comparison: the noted passage gets a
// soft wash and a dashed underline (a cue that survives greyscale), the
// cell's margin a numbered marker beside the passage's first line, and
// hovering the passage shows the note. Numbers are the notes' own
// (Note::number, given when a note is made and kept after others are
// deleted), so "note 3" means the same thing in the notes panel and in the
// PDF, HTML and print-out (ExportMarkup::NoteMark::number). Follows the
// model: any change to the notes repaints the view.
class NoteDecorator : public QObject, public ViewDecorator
{
    Q_OBJECT

public:
    NoteDecorator(NoteListModel *notes, ComparisonView *view);
    ~NoteDecorator() override;

    void addFormats(qint32 article, qint32 paragraph, QList<QTextLayout::FormatRange> *formats) const override;
    void paintParagraph(QPainter *painter, const ParagraphGeometry &geometry) const override;
    QString toolTip(qint32 article, qint32 paragraph, qint32 offset) const override;

    // The rows of the notes model (their panel order) on a paragraph.
    std::vector<int> notesOn(qint32 article, qint32 paragraph) const;
    // The note whose passage holds `offset`, or -1.
    int noteAt(qint32 article, qint32 paragraph, qint32 offset) const;

    // Rebuilds the index after the comparison shown changed.
    void refresh();

private:
    struct Passage
    {
        int row = 0;  // in the notes model
        int number = 0; // the note's, as shown
        qint32 start = 0;
        qint32 end = 0;
    };
    using Key = std::pair<qint32, qint32>; // (article index, paragraph)

    QColor washColor() const;
    QColor markerColor() const;

    NoteListModel *m_notes;
    // Guarded: the window may destroy the view before its decorators.
    QPointer<ComparisonView> m_view;
    QHash<Key, std::vector<Passage>> m_passages; // attached notes only
};

} // namespace WireDiff
