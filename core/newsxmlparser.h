#pragma once

#include "parseddocument.h"

#include <QByteArray>

namespace WireDiff {

// Reads the two XML wire formats: NITF (<nitf>: hedline, byline, dateline,
// body.content paragraphs) and IPTC NewsML-G2 (<newsItem>: headline,
// by, dateline, inlineXML/XHTML body). External entities are never resolved
// and entity expansion is bounded; a truncated file keeps what was read and
// adds a warning. The markup states every role, so rolesFromMarkup is set.
class NewsXmlParser
{
public:
    enum class Dialect { Unknown, Nitf, NewsMLG2 };

    static Dialect sniff(const QByteArray &head);
    static ParsedDocument parse(const QByteArray &xml, Dialect dialect);
};

} // namespace WireDiff
