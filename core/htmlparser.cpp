#include "htmlparser.h"

namespace WireDiff {

ParsedDocument HtmlParser::parse(QStringView html)
{
    Q_UNUSED(html);
    return {};
}

} // namespace WireDiff
