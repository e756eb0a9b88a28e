#include "editscript.h"

namespace WireDiff {

qint64 EditScript::editCount() const
{
    qint64 count = 0;
    for (const EditRun &run : runs)
        count += run.op == EditOp::Equal ? 0 : run.length;
    return count;
}

void EditScript::append(EditOp op, qint32 aStart, qint32 bStart, qint32 length)
{
    if (length <= 0)
        return;
    if (!runs.empty()) {
        EditRun &last = runs.back();
        if (last.op == op && last.aEnd() == aStart && last.bEnd() == bStart) {
            last.length += length;
            return;
        }
        // Keep deletes before inserts inside a change region.
        if (op == EditOp::Delete && last.op == EditOp::Insert) {
            EditRun insert = last;
            runs.pop_back();
            append(EditOp::Delete, insert.aStart, insert.bStart, length);
            runs.push_back(EditRun { EditOp::Insert, insert.aStart + length, insert.bStart, insert.length });
            return;
        }
    }
    runs.push_back(EditRun { op, aStart, bStart, length });
}

} // namespace WireDiff
