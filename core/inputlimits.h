#pragma once

#include <QtGlobal>

namespace WireDiff {

// The documented limits (README, "Limits and hostile input"), in one place.
// LoadOptions and ComparisonOptions start from them; each is enforced with
// a message, never by running out of memory or time.
namespace InputLimits {

// Largest file read. A larger one is skipped before a byte of it is read.
inline constexpr qint64 maxFileBytes = 32 * 1024 * 1024;
// Most articles in one comparison; the files after them are skipped.
inline constexpr int maxArticles = 1000;
// Longest paragraph, in UTF-16 code units. A longer one is cut into pieces
// at sentence or space boundaries near the limit, and the article says so.
inline constexpr int maxParagraphChars = 20000;
// Largest n·m for which a stretch of two articles without any shared
// anchor word is diffed word by word; a larger one is compared as whole
// blocks (added and removed), and the comparison says so.
inline constexpr int maxExactDiffCells = 4'000'000;
// Most rows of one column group in a PDF or print-out (about 400 pages of
// short paragraphs). Later rows are left out, except those carrying a
// note, and the last page says how many; the HTML and JSON exports hold
// every row.
inline constexpr int maxPrintedRows = 5000;
// Most paragraphs listed under "Found in no other source" on a PDF's
// first pages; the list then says how many more there are.
inline constexpr int maxPrintedUniqueParagraphs = 1000;

} // namespace InputLimits

} // namespace WireDiff
