#pragma once

#include "paragraph.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace WireDiff {

// What a format parser extracts from one decoded file, before the loader
// turns it into an Article. Parsers set roles they know from the markup
// (an <h1> is a headline, a <figcaption> a caption); paragraphs they cannot
// tell apart stay Body and RoleClassifier decides later.
struct ParsedDocument
{
    QString title;
    QString outlet;
    QString language;
    QDateTime published;
    bool publishedFromHeader = false; // `published` is a wire header's filing time, not metadata
    std::vector<Paragraph> paragraphs;
    QStringList warnings;     // translated, one line each
    bool rolesFromMarkup = false; // true when the parser set roles itself
};

} // namespace WireDiff
