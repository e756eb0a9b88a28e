#pragma once

#include "notebook.h"

#include <QAbstractListModel>

namespace WireDiff {

// The folder's notes as a list model for the notes side panel and the
// panes' margin markers. It owns the NoteBook; edits go through it so every
// view updates, and each edit is saved at once (the sidecar is small and
// written atomically), so a crash never loses a note. saveFailed() reports
// why a save did not happen, once per edit.
class NoteListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        NoteIdRole = Qt::UserRole + 1, // QString
        ArticleIdRole,                 // QString
        ParagraphRole,                 // int
        StartRole,                     // int, UTF-16 offset in the paragraph (resolved on the current text)
        EndRole,                       // int
        QuoteRole,                     // QString
        TextRole,                      // QString
        DetachedRole,                  // bool
        NumberRole,                    // int, the note's number as shown ("Note 3"); kept after deletes
        OriginalQuoteRole,             // QString, the wording the note was written on when its passage was reworded, else empty
        AuthorRole,                    // QString, who signed the note; empty: nobody
        CreatedRole,                   // QDateTime, UTC
        ModifiedRole,                  // QDateTime, UTC
    };

    explicit NoteListModel(QObject *parent = nullptr);

    // Opens `folder`'s sidecar and anchors its notes on `articles`; a
    // problem reading it is in noteBook().message().
    void open(const QString &folder, const std::vector<Article> &articles);
    // After the folder was reloaded and the articles changed.
    void reanchor(const std::vector<Article> &articles);
    void close();

    const NoteBook &noteBook() const { return m_book; }
    const Notes &notes() const { return m_book.notes(); }
    QModelIndex indexOf(const QString &noteId) const;
    const Note *note(const QString &noteId) const { return m_book.find(noteId); }

    // The editing API the panes and the side panel call (Ctrl+M, edit, delete).
    QString addNote(const QString &articleId, qint32 paragraph, const QString &paragraphText, qint32 utf16Start,
                    qint32 utf16End, const QString &text, const QString &author = {});
    bool setNoteText(const QString &noteId, const QString &text);
    // The note dialog's answer: the text and who signs it, saved once.
    bool setNote(const QString &noteId, const QString &text, const QString &author);
    bool removeNote(const QString &noteId);
    // The editor's paragraph links and unlinks, kept in the same sidecar;
    // saved at once. Returns false (and emits saveFailed) when not saved;
    // the change is then dropped (see NoteBook::saveLinks).
    const std::vector<ParagraphLink> &links() const { return m_book.links(); }
    bool setLinks(const std::vector<ParagraphLink> &links);
    // Renames an unreadable sidecar aside so notes can be saved again.
    QString setAsideUnreadableFile();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // What the last anchoring did besides keeping notes where they were,
    // in sentences for the status bar ("1 note's passage was reworded; the
    // note now sits on the new wording."); empty when every note was kept.
    static QString anchoringMessage(const std::vector<NoteAnchor::Result> &anchoring);
    // "Written by Ana Silva on 02/03/2026 05:15, changed on …", in local
    // time and the user's locale; for the dialog and the tooltips.
    static QString signature(const Note &note);

    // Tries again to save what an edit could not (before the window closes
    // or opens another folder); empty when everything is saved, else why not.
    QString saveAgain();

signals:
    void saveFailed(const QString &reason);

private:
    void save();

    NoteBook m_book;
    std::vector<Article> m_articles; // the text the notes are anchored on, for UTF-16 offsets
};

} // namespace WireDiff
