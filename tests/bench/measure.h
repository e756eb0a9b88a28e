#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace WireDiff::Bench {

// Results as named numbers, so a child process can hand them to its parent
// as "key=value" lines.
using Figures = QMap<QString, double>;

double median(std::vector<double> values);
Figures parseFigures(const QByteArray &text);
QByteArray formatFigures(const Figures &figures);

// Current and peak resident memory of this process, in bytes.
qint64 currentResidentBytes();
qint64 peakResidentBytes();

struct MeasureRequest
{
    QStringList files;
    int repeats = 5;
    bool minimal = false; // also compute the true minimal edit count (pairs)
    bool report = true;   // also time writing the JSON report
    int threads = 0;      // 0: one per core
};

// Runs in the child process: loads and compares `files` `repeats` times and
// returns the medians of each phase, peak memory, the bare ICU segmentation
// time of the same files and, for pairs, the diff's edit counts.
Figures measureInProcess(const MeasureRequest &request);

} // namespace WireDiff::Bench
