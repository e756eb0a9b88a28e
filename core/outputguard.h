#pragma once

#include "loadresult.h"

#include <QString>

#include <vector>

namespace WireDiff {

struct Comparison;

// Where an export may not be written. An export replaces the file it
// names, so it is refused over any file the comparison read: an article
// compared, a file read and skipped (a misjudged article is still the
// editor's file), and WireDiff's own notes files (".wirediff..."), which
// hold the editor's notes and must outlive any export.
class OutputGuard
{
public:
    // The translated reason `output` is refused, or empty when it may be
    // written. Paths are compared as given and, where the file exists, by
    // where they lead (a link or "a/../b" to an input is refused too).
    static QString refusal(const QString &output, const Comparison &comparison, const std::vector<SkippedFile> &skipped);

    // The file a write to `path` lands on: links and "a/../b" resolved,
    // for the file when it exists, else for its folder (a new file in a
    // linked folder); the absolute path when neither exists. Two outputs
    // with one destination overwrite each other.
    static QString destination(const QString &path);
};

} // namespace WireDiff
