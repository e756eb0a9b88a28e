#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace WireDiff {

// Writes or edits a note's text. Says which article and paragraph the note
// is on (the same dateline can be in four outlets) and quotes the passage,
// and for a passage reworded since the note was written the wording it had
// (saving confirms the note on the new one, see NoteBook::setText); the
// text wraps, and Ctrl+Return accepts as OK does. Editing a note, it says
// which one ("Edit note 1 on 01-agency, ¶4").
class NoteDialog : public QDialog
{
    Q_OBJECT

public:
    // `articleId` and `paragraph` (from 0) name the place as the PDF's
    // footnotes do ("02-light-edit, ¶4"); `number` is the edited note's
    // number, 0 for a new note.
    NoteDialog(const QString &articleId, qint32 paragraph, const QString &quote, const QString &text, QWidget *parent = nullptr,
               const QString &originalQuote = {}, int number = 0);

    QString text() const;
    QPlainTextEdit *editor() const { return m_editor; }

    // Runs the dialog; false when cancelled, else `text` holds the new text.
    static bool edit(QWidget *parent, const QString &articleId, qint32 paragraph, const QString &quote, QString *text,
                     const QString &originalQuote = {}, int number = 0);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_editor;
};

} // namespace WireDiff
