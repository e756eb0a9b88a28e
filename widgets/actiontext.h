#pragma once

#include <QString>

#include <functional>

namespace WireDiff {

// An action's text as a tool button or a list shows it: without the
// accelerator mark, whether written "&Open" or, as CJK translations do,
// "열기(&O)", and without the trailing ellipsis of a menu item that opens
// a dialog. Qt's own stripping leaves "(O)" behind.
struct ActionText
{
    static QString plain(const QString &text);
    // `text` on two lines for a button with its text under its icon: broken
    // at the space that makes the wider line narrowest, as measured by
    // `width`. A text of one word is returned as it is.
    static QString twoLines(const QString &text, const std::function<int(const QString &)> &width);
};

} // namespace WireDiff
