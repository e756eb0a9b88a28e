#pragma once

#include "note.h"
#include "paragraphlink.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace WireDiff {

// What the sidecar holds: the editor's notes and paragraph links, plus
// whatever a later WireDiff added, kept so saving never drops it.
// Invariant once loaded (Sidecar::parse) or numbered: every note has a
// number of its own, none above lastNoteNumber, which never goes down, so
// the number of a deleted note is never given again.
struct SidecarContent
{
    Notes notes;
    std::vector<ParagraphLink> links;
    QJsonArray unknownLinks; // link entries of a type this version does not know
    QJsonObject extra;       // top-level keys this version does not know
    qint32 lastNoteNumber = 0; // the highest note number ever given in the folder

    bool isEmpty() const
    {
        return notes.empty() && links.empty() && unknownLinks.isEmpty() && extra.isEmpty() && lastNoteNumber == 0;
    }
    // Numbers the notes without one (a file from before numbers, or a note
    // an older WireDiff added) after the highest given, in the order saved;
    // a number a note before it already has counts as none.
    void numberNotes();
    friend bool operator==(const SidecarContent &, const SidecarContent &) = default;
};

// The per-folder file `.wirediff.json` beside the articles (hidden, so the
// loader never takes it for an article). Articles are never written; this
// file is written only through AtomicWriter. Format, schema
// "wirediff-sidecar/1" (offsets in code points, times ISO 8601 UTC):
//
//   { "schema": "wirediff-sidecar/1",
//     "lastNoteNumber": 4,
//     "notes": [ { "id": "…", "number": 3, "article": "01-agency", "paragraph": 3,
//                  "start": 10, "end": 42, "quote": "…", "originalQuote": "…",
//                  "contextBefore": "…", "contextAfter": "…",
//                  "text": "…", "author": "…",
//                  "created": "2026-11-17T09:30:00.000Z", "modified": "…",
//                  "detached": false } ],
//     (number, lastNoteNumber and originalQuote are optional: older files
//     lack them and load numbered in their order; originalQuote is written
//     only for a note whose passage was reworded, see Note)
//     "links": [ { "type": "link" | "unlink",
//                  "a": { "article": "…", "paragraph": 2, "quote": "first 80 code points" },
//                  "b": { … } } ] }
//
// A file that cannot be read (corrupt, or from a newer WireDiff) is never
// overwritten: save() refuses until the caller sets it aside, which renames
// it and so keeps it.
class Sidecar
{
public:
    enum class Status : quint8 {
        Missing,      // no sidecar yet: nothing to load, saving creates it
        Loaded,
        Unreadable,   // exists but could not be read (permissions, too large)
        Corrupt,      // not valid JSON or not a WireDiff sidecar
        NewerVersion, // written by a newer WireDiff
    };

    struct LoadResult
    {
        Status status = Status::Missing;
        SidecarContent content;
        QString message;         // translated, one line; empty when Missing or Loaded
        QByteArray fingerprint;  // of the bytes loaded; pass to save()

        bool isUsable() const { return status == Status::Missing || status == Status::Loaded; }
    };

    static constexpr const char *schema = "wirediff-sidecar/1";
    static constexpr qint64 maximumSize = 32 * 1024 * 1024;

    // Where a folder's notes file is. Beside the articles, so the notes
    // travel with the folder; but a wire folder on a shared drive is often
    // read-only, and a note that cannot be saved is lost when the window
    // closes, so a folder WireDiff cannot write keeps its notes in the
    // user's notes folder instead (userNotesPath()). A notes file already
    // in either place stays in use, the one beside the articles first.
    enum class Location : quint8 { BesideArticles, UserNotes };
    static Location locationFor(bool besideExists, bool userExists, bool folderWritable);
    static Location location(const QString &folder);

    static QString fileName();
    // The notes file of `folder`, in the place location() chooses.
    static QString pathFor(const QString &folder);
    // `folder`'s notes file in the user's own data folder, named by a hash
    // of the folder's absolute path; empty when the user has none.
    static QString userNotesPath(const QString &folder);
    // Whether a file is one of WireDiff's own beside the articles: the notes
    // file, the copies it keeps of a damaged one, the temporary files of
    // their atomic writes. Never an article, never an export's target.
    static bool isOwnFile(const QString &fileName);
    // The folder whose sidecar belongs to a comparison of `paths`: the
    // folder compared, or the one folder all the files compared are in;
    // empty when the files come from several folders.
    static QString folderFor(const QStringList &paths);
    // The folders `paths` come from (a folder, or the folder of a file),
    // each once, in the order met.
    static QStringList foldersOf(const QStringList &paths);

    static LoadResult load(const QString &folder);
    // Parses sidecar bytes; `path` only names the file in messages.
    static LoadResult parse(const QByteArray &bytes, const QString &path = {});
    static QByteArray serialize(const SidecarContent &content);

    // Writes `content` atomically. Refuses, with a translated reason, when
    // the file on disk is not the one loaded with `loadedFingerprint` (it was
    // changed by someone else, or it cannot be read): it is kept as it is.
    // On success returns an empty string and sets `*newFingerprint`.
    static QString save(const QString &folder, const SidecarContent &content,
                        const QByteArray &loadedFingerprint, QByteArray *newFingerprint = nullptr);

    // Renames the folder's sidecar to a new hidden name beside it, so that
    // the next save starts a fresh file and the old one is kept. Returns an
    // empty string on success (and the new path in `*keptAs`).
    static QString setAside(const QString &folder, QString *keptAs = nullptr);

    static QByteArray fingerprintOf(const QByteArray &bytes);
};

} // namespace WireDiff
