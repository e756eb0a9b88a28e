#pragma once

#include <QStringView>

namespace WireDiff {

// Editorial housekeeping that a wire service addresses to the editors who
// take its copy, not to readers: a note in parentheses that opens with one
// of the forms below. The forms are data, taken from agency copy (the Press
// Association's files in the METER corpus, and the forms other services
// use for the same purpose):
//   memo / mem to ...     "(Memo to CSEs: Please see separate advisory)", "(MEM TO CSEs: ...)"
//   advisory ...          "(Advisory: note references ...)", "(ADVISORY TO CSEs _ NOT FOR PUBLICATION: ...)"
//   attention ...         "(ATTENTION NEWS EDITORS AND CSEs: ...)"
//   not for publication   "(STRICTLY NOT FOR PUBLICATION ...)"
//   corrects / corrected / correcting / correction ...
//                         "(Corrected repetition, amending ...)", "(corrects Smith's age)"
//   note ...              "(Note corrected age of ...)"
//   adds / refiles / repeats / reopens / supersedes / embargoed ...
//   with pic(s) / pix / picture(s) / photo(s) / artist's impression ...
//   pix / pics / pictures later
//   see CATCHLINE         "(see SPORT Prix)": a cross-reference to another item, its catchline in capitals
// Only the opening is read: what follows it is free text. A paragraph in
// parentheses that opens otherwise ("(Reuters)", an aside in a story) is
// not a note.
class EditorsNote
{
public:
    // The length of the note `text` opens with: from its '(' (after white
    // space) to the matching ')', a full stop after it included; 0 when
    // `text` opens with no note or the note is not closed.
    static qsizetype leadingLength(QStringView text);
    // `text` is a note and nothing else (white space aside).
    static bool isWhole(QStringView text);
};

} // namespace WireDiff
