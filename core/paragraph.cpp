#include "paragraph.h"

#include <array>

namespace WireDiff {

namespace {

struct RoleName
{
    ParagraphRole role;
    const char *name;
};

constexpr std::array<RoleName, 6> roleNames {{
    { ParagraphRole::Body, "body" },
    { ParagraphRole::Headline, "headline" },
    { ParagraphRole::Byline, "byline" },
    { ParagraphRole::Dateline, "dateline" },
    { ParagraphRole::Caption, "caption" },
    { ParagraphRole::Boilerplate, "boilerplate" },
}};

} // namespace

QString paragraphRoleName(ParagraphRole role)
{
    for (const RoleName &entry : roleNames) {
        if (entry.role == role)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("body");
}

bool paragraphRoleFromName(QStringView name, ParagraphRole *role)
{
    for (const RoleName &entry : roleNames) {
        if (name == QLatin1String(entry.name)) {
            *role = entry.role;
            return true;
        }
    }
    return false;
}

bool isCountedRole(ParagraphRole role)
{
    return role == ParagraphRole::Body || role == ParagraphRole::Headline
        || role == ParagraphRole::Dateline;
}

} // namespace WireDiff
