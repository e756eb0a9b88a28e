#pragma once

#include "parseddocument.h"

#include <QStringView>

namespace WireDiff {

// Extracts the article from an HTML page: text of block elements becomes
// paragraphs; scripts, styles, navigation, forms, iframes and other chrome
// are dropped; character entities are decoded. Tolerates broken nesting and
// arbitrarily deep nesting without recursion. Never fetches anything.
//
// Where the page has an <article> or <main> holding at least a quarter of
// its text, only that container is read (the one holding most text among
// sibling articles), else the whole body. Roles come from the markup where
// it is explicit: the first <h1> (or a heading before any body text) is the
// headline; byline/author classes, itemprop and rel mark bylines; figcaption
// and caption classes mark captions; <time> and dateline classes mark
// datelines; a short paragraph naming <meta name="author"> is the byline.
// The rest stays Body and rolesFromMarkup stays false, so RoleClassifier
// still finds credits and furniture among the plain paragraphs.
class HtmlParser
{
public:
    static ParsedDocument parse(QStringView html);
};

} // namespace WireDiff
