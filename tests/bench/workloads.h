#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace WireDiff::Bench {

enum class WorkloadKind { Pair, Folder, Corpus };

// Files to compare, written by the benchmark or read from the corpora.
struct Workload
{
    QString name;                 // "pair 10k", "folder 100", "frankenstein"
    WorkloadKind kind = WorkloadKind::Pair;
    QStringList files;
    QString folder;               // for folders: where the files are (the GUI opens it)
    qint64 wordsPerSide = 0;      // pairs: the size asked of the generator
    qint64 generatedEdits = -1;   // pairs: token edits the generator made (upper bound)
    double targetMilliseconds = 0; // absolute time target, 0 when the target is relative
    qint64 bytes = 0;             // input size on disk
    bool peers = false;           // run git, wdiff, dwdiff on it (two files)
};

struct WorkloadPlan
{
    bool quick = false;
    QString workDir;     // where generated workloads are written
    QString samplesDir;  // resources/samples
    QString corporaDir;  // ../shared/corpora
    QString seedsDir;    // ../shared/seeds (real articles, for the window start-up)
    QString only;        // run only workloads whose name contains this
};

// A window measurement: start-up (the real program opening a folder, up
// to its first painted comparison) or scrolling a view of many panes.
struct WindowWorkload
{
    enum class Kind { Startup, Scroll };
    QString name;
    Kind kind = Kind::Startup;
    QString folder;              // startup: what is opened
    QStringList files;           // scroll: what is compared and shown
    double targetMilliseconds = 0; // startup: time to first paint; scroll: per repaint
};

// Generates (deterministically, fixed seeds) and writes the pair and
// folder workloads, and adds the corpora found. Quick: the CI-sized set.
std::vector<Workload> buildWorkloads(const WorkloadPlan &plan, QString *error);

// The window workloads: start-up on the seeds (when present) and on the
// largest generated folder, and scrolling 2 panes of a short article and
// 20 panes of a long text (generated here, book-length in the full run).
std::vector<WindowWorkload> buildWindowWorkloads(const WorkloadPlan &plan, const std::vector<Workload> &workloads,
                                                 QString *error);

} // namespace WireDiff::Bench
