#include "alignedrow.h"

#include <algorithm>

namespace WireDiff {

int AlignedRow::presentCount() const
{
    return int(std::count_if(cells.begin(), cells.end(), [](const RowCell &cell) { return !cell.isGap(); }));
}

} // namespace WireDiff
