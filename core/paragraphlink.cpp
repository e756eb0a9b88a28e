#include "paragraphlink.h"

#include "codepoints.h"

namespace WireDiff {

ParagraphLink::End ParagraphLink::endOf(const QString &article, qint32 paragraph, const QString &text)
{
    End end;
    end.article = article;
    end.paragraph = paragraph;
    end.quote = text.left(CodePoints::toUtf16(text, quoteLength));
    return end;
}

} // namespace WireDiff
