#pragma once

#include "article.h"
#include "noteanchor.h"
#include "sidecar.h"

#include <QString>

#include <vector>

namespace WireDiff {

// The notes and paragraph links of one folder, as the window edits them:
// loaded from the sidecar and re-anchored on the current articles, changed
// one note at a time, saved back atomically. Plain C++ (the widgets wrap it
// in a model). When the sidecar on disk cannot be read it is never
// overwritten: canSave() is false and message() says why until the caller
// chooses setAside().
//
// Each note gets the next number when it is made (Note::number,
// SidecarContent::lastNoteNumber); deleting a note never renumbers the
// others and its number is not given again. Saving a note's text (the
// editor has seen the passage, in the note dialog) confirms a reworded
// passage: the note's originalQuote is dropped.
class NoteBook
{
public:
    NoteBook() = default;

    // Reads `folder`'s sidecar and anchors its notes on `articles`.
    void open(const QString &folder, const std::vector<Article> &articles);
    // Re-anchors the notes on changed articles (after a reload).
    void reanchor(const std::vector<Article> &articles);
    // After a reload: a notes file another program changed since it was
    // read is read again, and the notes and links made here meanwhile
    // (which could not be saved over it) are kept beside its own (a note
    // both have keeps the file's text); then all are anchored on
    // `articles`. Returns whether notes or links of this side were added
    // to the file's, which then wait to be saved.
    bool refresh(const std::vector<Article> &articles);

    const QString &folder() const { return m_folder; }
    Sidecar::Status status() const { return m_status; }
    const QString &message() const { return m_message; } // translated; empty when all is well
    bool canSave() const { return !m_folder.isEmpty() && (m_status == Sidecar::Status::Missing || m_status == Sidecar::Status::Loaded); }
    bool isModified() const { return m_modified; }

    const Notes &notes() const { return m_content.notes; }
    const Note *find(const QString &id) const;
    Notes notesOn(const QString &articleId, qint32 paragraph) const;
    const std::vector<NoteAnchor::Result> &lastAnchoring() const { return m_anchoring; }
    // `notes` anchored on `articles` (NoteAnchor::reanchorAll); a note on
    // an article of `folder` whose file is still there, only not compared
    // now, waits for it instead of following its quote to another article.
    static std::vector<NoteAnchor::Result> anchor(const QString &folder, const Notes &notes,
                                                  const std::vector<Article> &articles);

    // Adds a note on [utf16Start, utf16End) of a paragraph, with the next
    // number; returns its id.
    QString add(const QString &articleId, qint32 paragraph, const QString &paragraphText,
                qint32 utf16Start, qint32 utf16End, const QString &text, const QString &author = {});
    // Also confirms a reworded passage (clears originalQuote).
    bool setText(const QString &id, const QString &text);
    // Who signs the note (empty: nobody); a change is a modification.
    bool setAuthor(const QString &id, const QString &author);
    bool remove(const QString &id);

    // The editor's paragraph links, kept for the aligner; not interpreted here.
    const std::vector<ParagraphLink> &links() const { return m_content.links; }
    void setLinks(const std::vector<ParagraphLink> &links);
    // Replaces the links and saves at once; returns an empty string or a
    // translated reason. Links act only through the notes file (each
    // comparison reads them from it), so a change that cannot be saved is
    // not kept: held in memory, it would not show, and a later merge with
    // the file on disk would bring back a link the editor removed.
    QString saveLinks(const std::vector<ParagraphLink> &links);

    // Writes the sidecar; returns an empty string or a translated reason.
    QString save();
    // Renames an unreadable sidecar aside (it is kept) so saving can start a
    // new one; returns an empty string or a translated reason.
    QString setAside();

private:
    // find() for changing the note; nullptr when no note has that id.
    Note *editable(const QString &id);

    QString m_folder;
    Sidecar::Status m_status = Sidecar::Status::Missing;
    QString m_message;
    QByteArray m_fingerprint;
    SidecarContent m_content;
    std::vector<NoteAnchor::Result> m_anchoring;
    bool m_modified = false;
};

} // namespace WireDiff
