#pragma once

#include <QString>
#include <QStringView>

namespace WireDiff {

// Titles, ranks and honorifics that stand before a name without being part
// of who it names: "Sergeant Mark Workman", "Sgt Mark Workman" and "Mark
// Workman" are one man, "Miss Ferrier" and "Ms Ferrier" one woman. English
// is the main case (courtesy titles, police and military ranks, academic,
// clerical, judicial and noble titles, with the abbreviations British and
// American copy use); a few German, French and Spanish courtesy titles are
// there too. The list is data, in nametitles.cpp, and nowhere else.
// Keys are comparison keys: lower case, without a trailing full stop.
class NameTitles
{
public:
    static bool isTitle(QStringView key);
    // The title written out ("sgt" -> "sergeant", "det" -> "detective"),
    // the key itself for a title written out, empty for any other word.
    static QString fullForm(QStringView key);
};

} // namespace WireDiff
