#include "flatdocument.h"

#include "lexicon.h"

#include <algorithm>

namespace WireDiff {

qint32 FlatDocument::paragraphAfter(qint32 first, qint32 index) const
{
    // Up to the paragraph of the next block's first token: usually the
    // next one; many only where paragraphs hold fewer tokens than a block
    // (or none).
    const auto block = size_t(index) >> blockShift;
    const qint32 last = block + 1 < blockParagraph.size() ? blockParagraph[block + 1] : qint32(paragraphStart.size()) - 1;
    if (last <= first)
        return first;
    const auto begin = paragraphStart.begin() + first + 1;
    return qint32(std::upper_bound(begin, paragraphStart.begin() + last + 1, index) - paragraphStart.begin()) - 1;
}

void FlatDocument::indexParagraphs()
{
    blockParagraph.clear();
    blockParagraph.reserve(size_t(size() >> blockShift) + 1);
    qint32 paragraph = 0;
    for (qint32 i = 0; i < size(); i += qint32(1) << blockShift) {
        while (size_t(paragraph + 1) < paragraphStart.size() && paragraphStart[size_t(paragraph + 1)] <= i)
            ++paragraph;
        blockParagraph.push_back(paragraph);
    }
}

FlatDocument FlatDocument::build(const TokenizedArticle &article, const std::vector<Paragraph> &paragraphs,
                                 const Lexicon &lexicon, bool ignorePunctuation)
{
    FlatDocument flat;
    size_t total = 0;
    for (const TokenizedParagraph &paragraph : article.paragraphs)
        total += paragraph.tokens.size();
    flat.keys.reserve(total);
    flat.tokens.reserve(total);
    flat.paragraphStart.reserve(article.paragraphs.size());
    flat.roles.reserve(article.paragraphs.size());
    for (size_t p = 0; p < article.paragraphs.size(); ++p) {
        flat.paragraphStart.push_back(flat.size());
        flat.roles.push_back(paragraphs[p].role);
        if (paragraphs[p].role == ParagraphRole::Boilerplate)
            continue; // boilerplate never drives the alignment
        const std::vector<Token> &tokens = article.paragraphs[p].tokens;
        bool pendingSentence = true; // every paragraph starts a sentence
        qint32 sentenceLength = 0;
        for (size_t t = 0; t < tokens.size(); ++t) {
            const Token &token = tokens[t];
            pendingSentence = pendingSentence || token.sentenceStart || sentenceLength >= maxSentenceTokens;
            if (ignorePunctuation && lexicon.isPunctuation(token.key))
                continue;
            if (pendingSentence) {
                flat.sentenceStarts.push_back(flat.size());
                pendingSentence = false;
                sentenceLength = 0;
            }
            ++sentenceLength;
            flat.keys.push_back(token.key);
            flat.tokens.push_back(qint32(t));
        }
    }
    flat.indexParagraphs();
    return flat;
}

} // namespace WireDiff
