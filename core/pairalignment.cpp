#include "pairalignment.h"

namespace WireDiff {

void TokenLabels::reset(qint32 size, ChangeClass initial)
{
    classes.assign(size_t(size), initial);
    counterpart.assign(size_t(size), -1);
    group.assign(size_t(size), -1);
}

} // namespace WireDiff
