#pragma once

#include <QString>

namespace WireDiff {

// An action's text as a tool button or a list shows it: without the
// accelerator mark, whether written "&Open" or, as CJK translations do,
// "열기(&O)", and without the trailing ellipsis of a menu item that opens
// a dialog. Qt's own stripping leaves "(O)" behind.
struct ActionText
{
    static QString plain(const QString &text);
};

} // namespace WireDiff
