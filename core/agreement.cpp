#include "agreement.h"

#include "alignedrow.h"
#include "articletext.h"
#include "lexicon.h"

namespace WireDiff {

namespace {

// Per key, the number of articles of one row whose cell holds it, in tables
// as long as the vocabulary, kept from row to row and cleared after each at
// the keys the row touched (a hash per row took most of the agreement's
// time). Invariant between rows: every count 0, every lastArticle -1.
struct RowCounts
{
    std::vector<qint32> count;
    std::vector<qint32> lastArticle;
    std::vector<qint32> touched;
};

void countKeys(const AlignedRow &row, const std::vector<ArticleText> &articles, const Lexicon &lexicon,
               RowCounts *counts)
{
    for (qint32 a = 0; a < qint32(row.cells.size()); ++a) {
        for (const qint32 paragraph : row.cells[size_t(a)].paragraphs) {
            const ArticleText &text = articles[size_t(a)];
            for (qint32 i = text.flatBegin(paragraph); i < text.flatEnd(paragraph); ++i) {
                const qint32 key = text.flat->keys[size_t(i)];
                if (lexicon.isPunctuation(key) || counts->lastArticle[size_t(key)] == a)
                    continue; // counted for this article already
                if (counts->lastArticle[size_t(key)] < 0)
                    counts->touched.push_back(key);
                counts->lastArticle[size_t(key)] = a;
                ++counts->count[size_t(key)];
            }
        }
    }
}

void clearKeys(RowCounts *counts)
{
    for (const qint32 key : counts->touched) {
        counts->count[size_t(key)] = 0;
        counts->lastArticle[size_t(key)] = -1;
    }
    counts->touched.clear();
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

// The spans of paragraph p of `text`; countOf(key) is the number of
// articles of its row holding a word of it (0 outside any row).
std::vector<AgreementSpan> paragraphSpans(const ArticleText &text, qint32 p, const Lexicon &lexicon,
                                          const std::vector<qint32> &countOf)
{
    std::vector<AgreementSpan> spans;
    const std::vector<Token> &tokens = text.tokens->paragraphs[size_t(p)].tokens;
    qint32 flat = text.flatBegin(p);
    const qint32 flatEnd = text.flatEnd(p);
    qint32 count = 1;
    for (qint32 t = 0; t < qint32(tokens.size()); ++t) {
        if (flat < flatEnd && text.flat->tokens[size_t(flat)] == t) {
            const qint32 key = text.flat->keys[size_t(flat)];
            if (!lexicon.isPunctuation(key))
                count = std::max<qint32>(1, countOf[size_t(key)]);
            ++flat;
        }
        appendSpan(&spans, p, tokens[size_t(t)], count);
    }
    return spans;
}

} // namespace

std::vector<std::vector<AgreementSpan>> Agreement::compute(const std::vector<AlignedRow> &rows,
                                                           const std::vector<ArticleText> &articles,
                                                           const Lexicon &lexicon)
{
    // Spans must come in paragraph order; rows do not give that order for
    // moved paragraphs, so each paragraph's spans are made with its row
    // (the last row holding it) and joined in paragraph order. A span never
    // runs over a paragraph's end, so joining them changes none.
    std::vector<std::vector<std::vector<AgreementSpan>>> spansOf(articles.size());
    std::vector<std::vector<bool>> inRow(articles.size());
    for (size_t a = 0; a < articles.size(); ++a) {
        spansOf[a].resize(articles[a].article->paragraphs.size());
        inRow[a].assign(articles[a].article->paragraphs.size(), false);
    }
    RowCounts counts;
    counts.count.assign(size_t(lexicon.size()), 0);
    counts.lastArticle.assign(size_t(lexicon.size()), -1);
    for (const AlignedRow &row : rows) {
        countKeys(row, articles, lexicon, &counts);
        for (size_t a = 0; a < row.cells.size(); ++a) {
            for (const qint32 paragraph : row.cells[a].paragraphs) {
                spansOf[a][size_t(paragraph)] = paragraphSpans(articles[a], paragraph, lexicon, counts.count);
                inRow[a][size_t(paragraph)] = true;
            }
        }
        clearKeys(&counts);
    }
    std::vector<std::vector<AgreementSpan>> result(articles.size());
    for (size_t a = 0; a < articles.size(); ++a) {
        size_t total = 0;
        for (qint32 p = 0; p < qint32(articles[a].tokens->paragraphs.size()); ++p) {
            if (!inRow[a][size_t(p)])
                spansOf[a][size_t(p)] = paragraphSpans(articles[a], p, lexicon, counts.count); // all 0: counts of 1
            total += spansOf[a][size_t(p)].size();
        }
        result[a].reserve(total); // kept with the comparison: no room to spare
        for (qint32 p = 0; p < qint32(articles[a].tokens->paragraphs.size()); ++p) {
            result[a].insert(result[a].end(), spansOf[a][size_t(p)].begin(), spansOf[a][size_t(p)].end());
            spansOf[a][size_t(p)] = std::vector<AgreementSpan>();
        }
    }
    return result;
}

} // namespace WireDiff
