#pragma once

#include <QString>

namespace WireDiff {

// What a paragraph is for. Roles decide what counts in the statistics (only
// body, headline and dateline text is counted) and boilerplate never drives
// the alignment. The heuristics that assign them live in RoleClassifier.
enum class ParagraphRole : quint8 {
    Body,
    Headline,
    Byline,
    Dateline,
    Caption,
    Boilerplate,
};

struct Paragraph
{
    QString text;
    ParagraphRole role = ParagraphRole::Body;

    friend bool operator==(const Paragraph &, const Paragraph &) = default;
};

QString paragraphRoleName(ParagraphRole role);
bool paragraphRoleFromName(QStringView name, ParagraphRole *role);
bool isCountedRole(ParagraphRole role);

} // namespace WireDiff
