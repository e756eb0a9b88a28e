#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace WireDiff::Bench {

// Another program run on the same files: git's word diff, GNU wdiff,
// dwdiff, or WireDiff's own command line.
struct PeerTool
{
    QString name;
    QString program;             // absolute path
    QStringList leadingArguments; // before the two files
};

// The peers found on PATH, in a fixed order.
std::vector<PeerTool> installedPeers();

struct ProcessRun
{
    bool started = false;
    int exitCode = -1;
    double milliseconds = 0;
    qint64 peakBytes = 0; // the child's peak resident memory
};

// Runs a program with its input and output on /dev/null and waits for it,
// measuring wall time from fork to exit and its peak memory, through the
// small wirediff-bench-spawn helper.
ProcessRun runProcess(const QString &program, const QStringList &arguments);

} // namespace WireDiff::Bench
