#pragma once

#include "parseddocument.h"

#include <QStringView>

namespace WireDiff {

// Extracts the article from an HTML page: text of block elements becomes
// paragraphs; scripts, styles, navigation, forms, iframes and other chrome
// are dropped; character entities are decoded. Tolerates broken nesting and
// arbitrarily deep nesting without recursion. Never fetches anything.
class HtmlParser
{
public:
    static ParsedDocument parse(QStringView html);
};

} // namespace WireDiff
