#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace WireDiff {

// Finds where a passage went after its wording was edited: the stretch of a
// paragraph whose words are closest to a quote's words. Words are compared
// case-folded (curly and straight apostrophes alike); a word replaced,
// added or dropped is one change, and the stretch with the fewest changes
// wins (ties: the one starting nearest a given offset). A match is accepted
// only when the quote has at least minimumWords words and at most a quarter
// of them changed (allowedChanges): "the mayor said" reworded could be
// anything, and a passage half rewritten is another passage. Pure
// functions, no state; NoteAnchor uses it after the exact and forgiving
// searches failed.
class SimilarPassage
{
public:
    struct Match
    {
        qint32 start = 0;        // UTF-16 offsets into the searched text
        qint32 end = 0;          // exclusive
        qint32 changedWords = 0; // words replaced, added or dropped from the quote
        qint32 quoteWords = 0;
    };

    static constexpr qint32 minimumWords = 4;
    // Quote and paragraph words compared are at most this many pairs; a
    // longer search is not made (the note stays detached), so a hostile
    // folder cannot make a reload crawl.
    static constexpr qint64 maximumComparisons = 4'000'000;

    static qint32 allowedChanges(qint32 quoteWords) { return quoteWords / 4; }

    // The passage of `text` most like `quote`, if it is close enough. The
    // match covers whole words, plus the punctuation the quote had at its
    // ends where the text has punctuation there too (a quote ending with a
    // full stop keeps one). `near` (UTF-16) breaks ties between equally
    // close passages.
    static std::optional<Match> find(const QString &quote, const QString &text, qint32 near = 0);

    // The words as compared (case-folded), in order.
    static QStringList words(const QString &text);
};

} // namespace WireDiff
