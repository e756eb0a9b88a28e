#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QToolButton;

namespace WireDiff {

class NoteListModel;

// The side panel listing the folder's notes by their numbers (kept after a
// delete, so a gap shows where a note was): a click (or Enter) jumps to the
// passage, Edit and Delete act on the selected note. Detached notes, whose
// passage was not found when the folder was loaded, stay listed and marked,
// never dropped; so do notes whose passage was reworded ("[changed]").
// Each line ends with who signed the note, and its tooltip says when it
// was written and changed. The button at the bottom left says whose name
// new notes are signed with and changes it (changeAuthor()); the window
// keeps the name (authorChanged()).
class NotesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NotesPanel(NoteListModel *notes, QWidget *parent = nullptr);

    QListView *listView() const { return m_list; }
    QString currentNoteId() const;
    void selectNote(const QString &noteId);
    // The name new notes are signed with, as the button shows it.
    QString author() const { return m_authorName; }
    void setAuthor(const QString &name);
    QToolButton *authorButton() const { return m_author; }
    // Why notes cannot be read or made for the comparison on show (files
    // from several folders), said where the list would be; empty: they can.
    void setUnavailableReason(const QString &reason);
    QString emptyText() const;

signals:
    void noteActivated(const QString &noteId);
    // The editor gave a new name to sign notes with (empty: none).
    void authorChanged(const QString &name);

public slots:
    void editCurrentNote();
    void deleteCurrentNote();
    // Asks for the name to sign new notes with.
    void changeAuthor();

private:
    void updateState();

    NoteListModel *m_notes;
    QListView *m_list;
    QLabel *m_empty;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QToolButton *m_author;
    QString m_authorName;
    QString m_selectedBeforeReset;
};

} // namespace WireDiff
