#pragma once

#include <QTextStream>

namespace WireDiff {

struct CommandLine;

// Runs a command-line export without any window: load, compare, write the
// requested files, report skipped files on stderr. Returns the process exit
// code: 0 all good, 1 some files were skipped, 2 nothing could be compared
// or an output could not be written.
class HeadlessExport
{
public:
    static int run(const CommandLine &commandLine, QTextStream &err);
};

} // namespace WireDiff
