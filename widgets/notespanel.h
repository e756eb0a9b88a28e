#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace WireDiff {

class NoteListModel;

// The side panel listing the folder's notes by their numbers (kept after a
// delete, so a gap shows where a note was): a click (or Enter) jumps to the
// passage, Edit and Delete act on the selected note. Detached notes, whose
// passage was not found when the folder was loaded, stay listed and marked,
// never dropped; so do notes whose passage was reworded ("[changed]").
class NotesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NotesPanel(NoteListModel *notes, QWidget *parent = nullptr);

    QListView *listView() const { return m_list; }
    QString currentNoteId() const;
    void selectNote(const QString &noteId);

signals:
    void noteActivated(const QString &noteId);

public slots:
    void editCurrentNote();
    void deleteCurrentNote();

private:
    void updateState();

    NoteListModel *m_notes;
    QListView *m_list;
    QLabel *m_empty;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QString m_selectedBeforeReset;
};

} // namespace WireDiff
