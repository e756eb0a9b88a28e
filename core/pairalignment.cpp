#include "pairalignment.h"

namespace WireDiff {

void TokenLabels::reset(qint32 size, ChangeClass initial)
{
    classes.assign(size_t(size), initial);
    m_links.assign(size_t(size), -1);
}

void TokenLabels::set(qint32 i, ChangeClass changeClass, qint32 link)
{
    classes[size_t(i)] = changeClass;
    m_links[size_t(i)] = isPaired(changeClass) || isGrouped(changeClass) ? link : -1;
}

} // namespace WireDiff
