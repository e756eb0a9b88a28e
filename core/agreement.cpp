#include "agreement.h"

#include "alignedrow.h"
#include "articletext.h"
#include "lexicon.h"

#include <QHash>

namespace WireDiff {

namespace {

// Per row: key -> number of articles of the row whose cell holds it.
QHash<qint32, qint32> keyCounts(const AlignedRow &row, const std::vector<ArticleText> &articles,
                                const Lexicon &lexicon)
{
    QHash<qint32, qint32> counts;
    QHash<qint32, qint32> lastArticle;
    for (qint32 a = 0; a < qint32(row.cells.size()); ++a) {
        for (const qint32 paragraph : row.cells[size_t(a)].paragraphs) {
            const ArticleText &text = articles[size_t(a)];
            for (qint32 i = text.flatBegin(paragraph); i < text.flatEnd(paragraph); ++i) {
                const qint32 key = text.flat->keys[size_t(i)];
                if (lexicon.isPunctuation(key))
                    continue;
                auto last = lastArticle.find(key);
                if (last != lastArticle.end() && *last == a)
                    continue; // counted for this article already
                lastArticle.insert(key, a);
                ++counts[key];
            }
        }
    }
    return counts;
}

void appendSpan(std::vector<AgreementSpan> *spans, qint32 paragraph, const Token &token, qint32 count)
{
    if (!spans->empty()) {
        AgreementSpan &last = spans->back();
        if (last.paragraph == paragraph && last.count == count) {
            last.end = token.end;
            return;
        }
    }
    spans->push_back(AgreementSpan { paragraph, token.start, token.end, count });
}

} // namespace

std::vector<std::vector<AgreementSpan>> Agreement::compute(const std::vector<AlignedRow> &rows,
                                                           const std::vector<ArticleText> &articles,
                                                           const Lexicon &lexicon)
{
    std::vector<std::vector<AgreementSpan>> result(articles.size());
    // Spans must come in paragraph order; rows do not give that order for
    // moved paragraphs, so counts are gathered per paragraph first.
    std::vector<std::vector<QHash<qint32, qint32>>> countsOf(articles.size());
    for (size_t a = 0; a < articles.size(); ++a)
        countsOf[a].resize(articles[a].article->paragraphs.size());
    for (const AlignedRow &row : rows) {
        const QHash<qint32, qint32> counts = keyCounts(row, articles, lexicon);
        for (size_t a = 0; a < row.cells.size(); ++a) {
            for (const qint32 paragraph : row.cells[a].paragraphs)
                countsOf[a][size_t(paragraph)] = counts;
        }
    }
    for (size_t a = 0; a < articles.size(); ++a) {
        const ArticleText &text = articles[a];
        for (qint32 p = 0; p < qint32(text.tokens->paragraphs.size()); ++p) {
            const std::vector<Token> &tokens = text.tokens->paragraphs[size_t(p)].tokens;
            qint32 flat = text.flatBegin(p);
            const qint32 flatEnd = text.flatEnd(p);
            qint32 count = 1;
            for (qint32 t = 0; t < qint32(tokens.size()); ++t) {
                if (flat < flatEnd && text.flat->tokens[size_t(flat)] == t) {
                    const qint32 key = text.flat->keys[size_t(flat)];
                    if (!lexicon.isPunctuation(key))
                        count = std::max<qint32>(1, countsOf[a][size_t(p)].value(key, 1));
                    ++flat;
                }
                appendSpan(&result[a], p, tokens[size_t(t)], count);
            }
        }
    }
    return result;
}

} // namespace WireDiff
