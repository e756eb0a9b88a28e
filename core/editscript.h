#pragma once

#include <QtGlobal>

#include <vector>

namespace WireDiff {

enum class EditOp : quint8 {
    Equal,
    Delete, // only in sequence a
    Insert, // only in sequence b
};

// A run of one operation. Invariant of an EditScript: runs cover both
// sequences in order without overlap; within one change region every Delete
// comes before the Insert; aStart/bStart always give the current position in
// both sequences, also for runs that consume only one of them.
struct EditRun
{
    EditOp op = EditOp::Equal;
    qint32 aStart = 0;
    qint32 bStart = 0;
    qint32 length = 0;

    qint32 aEnd() const { return op == EditOp::Insert ? aStart : aStart + length; }
    qint32 bEnd() const { return op == EditOp::Delete ? bStart : bStart + length; }
    friend bool operator==(const EditRun &, const EditRun &) = default;
};

struct EditScript
{
    std::vector<EditRun> runs;
    bool coarse = false; // some region was too costly to diff exactly

    qint64 editCount() const;
    // Appends a run, merging it into the previous one when possible.
    void append(EditOp op, qint32 aStart, qint32 bStart, qint32 length);
};

} // namespace WireDiff
