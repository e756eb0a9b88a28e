#include "codepoints.h"

#include <algorithm>

namespace WireDiff {

qint32 CodePoints::fromUtf16(const QString &text, qint32 utf16Offset)
{
    const qint32 end = std::clamp(utf16Offset, 0, qint32(text.size()));
    qint32 count = 0;
    for (qint32 i = 0; i < end; ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

qint32 CodePoints::toUtf16(const QString &text, qint32 codePointOffset)
{
    qint32 i = 0;
    for (qint32 seen = 0; seen < codePointOffset && i < text.size(); ++seen) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            i += 2;
        else
            ++i;
    }
    return i;
}

qint32 CodePoints::length(const QString &text)
{
    return fromUtf16(text, qint32(text.size()));
}

qint32 CodePoints::snapToBoundary(const QString &text, qint32 utf16Offset)
{
    const qint32 offset = std::clamp(utf16Offset, 0, qint32(text.size()));
    if (offset > 0 && offset < text.size() && text.at(offset).isLowSurrogate()
        && text.at(offset - 1).isHighSurrogate()) {
        return offset - 1;
    }
    return offset;
}

} // namespace WireDiff
