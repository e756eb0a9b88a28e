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

std::pair<qint32, qint32> ParagraphLink::resolve(const End &end, const std::vector<Article> &articles)
{
    for (qint32 a = 0; a < qint32(articles.size()); ++a) {
        if (articles[size_t(a)].id != end.article)
            continue;
        const std::vector<Paragraph> &paragraphs = articles[size_t(a)].paragraphs;
        const auto opensWithQuote = [&](qint32 p) {
            return p >= 0 && p < qint32(paragraphs.size()) && !end.quote.isEmpty()
                && paragraphs[size_t(p)].text.startsWith(end.quote);
        };
        if (opensWithQuote(end.paragraph) || (end.quote.isEmpty() && end.paragraph >= 0
                                              && end.paragraph < qint32(paragraphs.size()))) {
            return { a, end.paragraph };
        }
        for (qint32 distance = 1; distance < qint32(paragraphs.size()) + qint32(std::abs(end.paragraph)); ++distance) {
            if (opensWithQuote(end.paragraph - distance))
                return { a, end.paragraph - distance };
            if (opensWithQuote(end.paragraph + distance))
                return { a, end.paragraph + distance };
        }
        return { -1, -1 };
    }
    return { -1, -1 };
}

} // namespace WireDiff
