#pragma once

#include <QString>

namespace WireDiff {

// A file path as shown in a one-line message (stderr, the window's notice):
// native separators, and every character that could break the line, move
// the terminal's cursor or reorder the text shown (C0 and C1 controls,
// DEL, line and paragraph separators, bidirectional embeddings, overrides
// and isolates) written as an escape such as \n or \u{202E}. A file named
// "report\u202Etxt.exe" then reads as what it is.
QString printablePath(const QString &path);

} // namespace WireDiff
