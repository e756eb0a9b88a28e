#pragma once

#include "note.h"

#include <QtGlobal>

#include <vector>

namespace WireDiff {

struct Comparison;

// How every export numbers and places the editor's notes, so that "note 3"
// is the same note in the PDF, the HTML and the JSON report: a note never
// numbered (made in the window, not saved yet) follows the highest number
// given, in its order; a note is placed when it kept its passage and its
// article and paragraph are in the comparison, else it is detached.
class NoteNumbering
{
public:
    struct Entry
    {
        const Note *note = nullptr;
        qint32 number = 0;
        qint32 article = -1; // in the comparison, or -1
        bool placed = false;
    };

    // One entry per note, in the notes' order; holds pointers into `notes`.
    static std::vector<Entry> of(const Comparison &comparison, const Notes &notes);
};

} // namespace WireDiff
