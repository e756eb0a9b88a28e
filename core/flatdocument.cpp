#include "flatdocument.h"

#include "lexicon.h"

#include <algorithm>

namespace WireDiff {

qint32 FlatDocument::sentenceOf(qint32 index) const
{
    const auto it = std::upper_bound(sentenceStarts.begin(), sentenceStarts.end(), index);
    return qint32(it - sentenceStarts.begin()) - 1;
}

qint32 FlatDocument::sentenceEnd(qint32 sentence) const
{
    return size_t(sentence + 1) < sentenceStarts.size() ? sentenceStarts[size_t(sentence + 1)] : size();
}

FlatDocument FlatDocument::build(const TokenizedArticle &article, const std::vector<Paragraph> &paragraphs,
                                 const Lexicon &lexicon, bool ignorePunctuation)
{
    FlatDocument flat;
    size_t total = 0;
    for (const TokenizedParagraph &paragraph : article.paragraphs)
        total += paragraph.tokens.size();
    flat.keys.reserve(total);
    flat.positions.reserve(total);
    flat.paragraphStart.reserve(article.paragraphs.size());
    for (size_t p = 0; p < article.paragraphs.size(); ++p) {
        flat.paragraphStart.push_back(flat.size());
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
            flat.positions.push_back(Position { qint32(p), qint32(t) });
        }
    }
    return flat;
}

} // namespace WireDiff
