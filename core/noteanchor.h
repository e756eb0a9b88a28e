#pragma once

#include "article.h"
#include "note.h"

#include <QSet>
#include <QString>

#include <vector>

namespace WireDiff {

// Puts notes back on their passages after the folder was reloaded and the
// articles may have changed. Pure functions, no state:
//   1. the paragraph at the stored index still holds the quote at the
//      stored offsets: kept as it is;
//   2. else, for a note whose passage had been reworded (originalQuote),
//      the wording it was written on is searched as in 3; found, the note
//      goes there and is no longer marked reworded;
//   3. else the quote is searched in the whole article, exactly, then
//      ignoring differences of white space, case and quote style; of several
//      matches the one in the paragraph nearest the stored one wins, then the
//      one whose surroundings match the stored context best, then the one
//      nearest the stored offset;
//   4. else the passage may have been reworded: SimilarPassage looks in the
//      stored paragraph and the nearbyParagraphs on either side of it for
//      the words of the quote with at most a quarter of them changed (a
//      quote of fewer than four words never: too many passages are that
//      close to it); the fewest changes win, then as in 3. The note goes on
//      the new wording and keeps the one it was written on in
//      originalQuote (the first wording, however often it is reworded; each
//      rewording is measured against the wording last seen, so a passage
//      edited a little on every update is followed);
//   5. else the note is kept, flagged detached, with its old position.
// A note whose article is gone (its file renamed: "04-wire.txt" became
// "04-wire-update.txt") is looked for, by 3, in the articles no note is on;
// when exactly one holds its quote, or one holds it verbatim and the others
// only loosely, or one's surroundings match the stored context better than
// the others', the note moves to that article. A tie leaves it detached
// rather than guessing. A quote of fewer than four words follows only with
// half its stored context. A detached note is tried again on every reload
// and reattaches when its passage reappears. Notes are never dropped.
class NoteAnchor
{
public:
    enum class Outcome : quint8 {
        Kept,      // found where it was
        Moved,     // found verbatim elsewhere
        Fuzzy,     // found once white space, case or quote style are ignored
        Detached,  // not found; kept with its old position
        Changed,   // found reworded nearby; originalQuote keeps the first wording
        Restored,  // a reworded passage reads as it did when the note was written
        Renamed,   // found in another article: its article's file was renamed
    };

    static constexpr qint32 nearbyParagraphs = 3;

    struct Result
    {
        Note note;
        Outcome outcome = Outcome::Kept;
    };

    static Result reanchor(const Note &note, const Article *article);
    // Each note against the article with its id. A note whose article is
    // not among `articles` follows its quote to another one (see above),
    // unless its article's id is in `notLoaded`: articles whose files are
    // still there, only not compared now (some of a folder's files were
    // opened); such a note stays detached and waits for its own article.
    static std::vector<Result> reanchorAll(const Notes &notes, const std::vector<Article> &articles,
                                           const QSet<QString> &notLoaded);
    static Notes notesOf(const std::vector<Result> &results);
};

} // namespace WireDiff
