#include "newsxmlparser.h"

namespace WireDiff {

NewsXmlParser::Dialect NewsXmlParser::sniff(const QByteArray &head)
{
    if (head.contains("<nitf"))
        return Dialect::Nitf;
    if (head.contains("<newsItem"))
        return Dialect::NewsMLG2;
    return Dialect::Unknown;
}

ParsedDocument NewsXmlParser::parse(const QByteArray &xml, Dialect dialect)
{
    Q_UNUSED(xml);
    Q_UNUSED(dialect);
    return {};
}

} // namespace WireDiff
