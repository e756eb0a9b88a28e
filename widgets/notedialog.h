#pragma once

#include "note.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace WireDiff {

// Writes or edits a note's text and who signs it. Says which article and
// paragraph the note is on (the same dateline can be in four outlets) and
// quotes the passage, and for a passage reworded since the note was
// written the wording it had (saving confirms the note on the new one, see
// NoteBook::setText); the text wraps, and Ctrl+Return accepts as OK does,
// in the text and in the name. Editing a note, it says which one ("Edit
// note 1 on 01-agency, ¶4") and when it was written and last changed, in
// local time; its author is kept unless the editor changes the name.
class NoteDialog : public QDialog
{
    Q_OBJECT

public:
    // What `note` says is shown: the place (articleId, paragraph, quote,
    // originalQuote), the number (0 for a new note), the text and the
    // author to start from and, for a numbered note, its dates.
    explicit NoteDialog(const Note &note, QWidget *parent = nullptr);

    QString text() const;
    // The name as typed, white space folded; empty: the note is not signed.
    QString author() const;
    QPlainTextEdit *editor() const { return m_editor; }
    QLineEdit *authorEdit() const { return m_author; }
    // "Written on …. Changed on …."; empty for a new note.
    QLabel *datesLabel() const { return m_dates; }

    // Runs the dialog; false when cancelled, else `note`'s text and author
    // hold the answer.
    static bool edit(QWidget *parent, Note *note);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_editor;
    QLineEdit *m_author;
    QLabel *m_dates = nullptr;
};

} // namespace WireDiff
