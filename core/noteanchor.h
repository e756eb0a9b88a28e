#pragma once

#include "article.h"
#include "note.h"

#include <vector>

namespace WireDiff {

// Puts notes back on their passages after the folder was reloaded and the
// articles may have changed. Pure functions, no state:
//   1. the paragraph at the stored index still holds the quote at the
//      stored offsets: kept as it is;
//   2. else the quote is searched in the whole article, exactly, then
//      ignoring differences of white space, case and quote style; of several
//      matches the one in the paragraph nearest the stored one wins, then the
//      one whose surroundings match the stored context best, then the one
//      nearest the stored offset;
//   3. else the note is kept, flagged detached, with its old position.
// A detached note is tried again on every reload and reattaches when its
// passage reappears. Notes are never dropped.
class NoteAnchor
{
public:
    enum class Outcome : quint8 {
        Kept,      // found where it was
        Moved,     // found verbatim elsewhere
        Fuzzy,     // found once white space, case or quote style are ignored
        Detached,  // not found; kept with its old position
    };

    struct Result
    {
        Note note;
        Outcome outcome = Outcome::Kept;
    };

    static Result reanchor(const Note &note, const Article *article);
    // Each note against the article with its id (missing article: detached).
    static std::vector<Result> reanchorAll(const Notes &notes, const std::vector<Article> &articles);
    static Notes notesOf(const std::vector<Result> &results);
};

} // namespace WireDiff
