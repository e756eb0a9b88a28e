#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace WireDiff {

// An editor's note on a passage of one paragraph. A plain value, saved in
// the folder's sidecar file (see Sidecar). The passage is remembered three
// ways so it survives edits to the article: by position (paragraph index and
// code point offsets), by its words (`quote`) and by what surrounds it
// (`contextBefore`, `contextAfter`); NoteAnchor uses all three on reload.
// When the agency reworded the passage a little, NoteAnchor puts the note on
// the new wording and keeps the words it was written on in `originalQuote`
// until the passage reads as it did again or the editor saves the note
// (which confirms it on the new wording); empty otherwise.
struct Note
{
    QString id;             // unique within the folder, never reused
    qint32 number = 0;      // as shown ("Note 3"), from 1, never reused in the folder; 0: not numbered yet
    QString articleId;      // Article::id
    qint32 paragraph = 0;   // index into Article::paragraphs
    qint32 start = 0;       // code points into the paragraph text
    qint32 end = 0;         // code points, exclusive
    QString quote;          // the passage's text when it was last anchored
    QString originalQuote;  // the wording the note was written on, when the passage was reworded since
    QString contextBefore;  // up to contextLength code points before it
    QString contextAfter;   // up to contextLength code points after it
    QString text;           // what the editor wrote
    QString author;         // optional
    QDateTime created;      // UTC
    QDateTime modified;     // UTC
    bool detached = false;  // its passage could not be found in the article
    QJsonObject extra;      // keys a later WireDiff wrote; saved back unchanged

    static constexpr qint32 contextLength = 40;

    // A new note on [utf16Start, utf16End) of `paragraphText`, with a fresh
    // id and both timestamps set to now.
    static Note onPassage(const QString &articleId, qint32 paragraph, const QString &paragraphText,
                          qint32 utf16Start, qint32 utf16End, const QString &text = {});

    // Points the note at [utf16Start, utf16End) of `paragraphText`: sets
    // the offsets, quote and context; clears `detached`.
    void anchorTo(qint32 paragraphIndex, const QString &paragraphText, qint32 utf16Start, qint32 utf16End);

    // The passage as UTF-16 offsets into `paragraphText` (clamped to it).
    qint32 utf16Start(const QString &paragraphText) const;
    qint32 utf16End(const QString &paragraphText) const;

    friend bool operator==(const Note &, const Note &) = default;
};

using Notes = std::vector<Note>;

} // namespace WireDiff
