#pragma once

#include <QString>
#include <QStringView>

namespace WireDiff {

// Decodes HTML character references: named ones (the complete HTML 4 set and
// the HTML 5 names news pages use), decimal and hexadecimal ones. Follows
// HTML 5 where it changes the text: invalid code points become U+FFFD, the C1
// range reads as windows-1252, and only a few legacy names may omit the ';'.
// Anything that is not a reference stays as written.
class HtmlEntities
{
public:
    enum class Context { Text, Attribute };

    static QString decode(QStringView text, Context context = Context::Text);
};

} // namespace WireDiff
