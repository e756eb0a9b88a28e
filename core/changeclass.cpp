#include "changeclass.h"

#include <array>

namespace WireDiff {

namespace {

constexpr std::array<const char *, 6> names { "same", "added", "removed", "paraphrased", "moved", "changed-fact" };

} // namespace

QString changeClassName(ChangeClass changeClass)
{
    return QString::fromLatin1(names[size_t(changeClass)]);
}

bool changeClassFromName(QStringView name, ChangeClass *changeClass)
{
    for (size_t i = 0; i < names.size(); ++i) {
        if (name == QLatin1String(names[i])) {
            *changeClass = ChangeClass(i);
            return true;
        }
    }
    return false;
}

} // namespace WireDiff
