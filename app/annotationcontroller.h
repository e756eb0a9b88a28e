#pragma once

#include "appsettings.h"
#include "paragraphlink.h"

#include <QObject>
#include <QString>

#include <optional>
#include <vector>

class QDockWidget;
class QMenu;

namespace WireDiff {

class MainWindow;
class NoteDecorator;
class NoteListModel;
class NotesPanel;
struct Comparison;

// What the editor adds to a folder, kept in its sidecar file: notes on
// passages (Ctrl+M, the context menu, the notes panel, margin markers) and
// manual paragraph links and unlinks (the context menu; the comparison is
// run again to honour them). Wiring only: NoteListModel keeps and saves,
// NoteDecorator draws, the aligner honours the links. New notes are signed
// with the name in AppSettings::noteAuthor, which the note dialog's name
// and Edit ▸ Your Name for Notes change.
class AnnotationController : public QObject
{
    Q_OBJECT

public:
    explicit AnnotationController(MainWindow *window);

    NoteListModel *notes() const { return m_notes; }
    NotesPanel *panel() const { return m_panel; }
    const NoteDecorator *decorator() const { return m_decorator; }
    const QString &folder() const { return m_folder; }

    // After every comparison shown: opens the folder's sidecar, or
    // re-anchors the notes on the changed text of the same folder.
    void comparisonShown(const Comparison &comparison, bool sameSet);
    void jumpToNote(const QString &noteId);
    // Ctrl+M: a note on the selection, else on the current paragraph.
    void addNoteHere();

    enum class Leaving { Closing, OpeningAnother };
    // Whether the window may close or open another set: notes an edit could
    // not save are saved again, and if they still cannot be, the editor
    // chooses between staying and losing them.
    bool mayLeaveNotes(Leaving leaving);

private:
    struct Passage
    {
        qint32 article = -1;
        qint32 paragraph = -1;
        qint32 start = 0; // UTF-16 offsets into the paragraph
        qint32 end = 0;
    };

    std::optional<Passage> selectedPassage() const;
    std::optional<Passage> currentParagraph() const;
    void addNote(const Passage &passage);
    void populateMenu(QMenu *menu, qint32 row, qint32 article, qint32 paragraph, qint32 offset);
    void markForLink(qint32 article, qint32 paragraph);
    void linkToMarked(qint32 article, qint32 paragraph);
    void unlinkFromRow(qint32 row, qint32 article, qint32 paragraph);
    void forgetLinks(qint32 article, qint32 paragraph);
    bool saveLinksAndCompare(const std::vector<ParagraphLink> &links, const QString &done);
    bool refuseVirtual(qint32 article) const;
    // Notes and links can be changed: the files share a folder and its
    // notes file is readable (or not there yet).
    bool canChangeNotes() const;
    QString severalFoldersReason() const;
    void updateNoteActions();
    void setAsideNotesFile();
    void describeNotesLocation();

    void rememberAuthor(const QString &name);

    MainWindow *m_window;
    AppSettings m_settings;
    NoteListModel *m_notes;
    NotesPanel *m_panel;
    QDockWidget *m_dock = nullptr;
    NoteDecorator *m_decorator;
    QString m_folder;
    QString m_markedArticle; // the paragraph marked for linking, by article id
    qint32 m_markedParagraph = -1;
    quint64 m_comparisonsShown = 0; // tells a dialog's caller that the comparison changed meanwhile
};

} // namespace WireDiff
