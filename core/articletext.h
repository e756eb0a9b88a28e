#pragma once

#include "article.h"
#include "flatdocument.h"
#include "token.h"

#include <QStringView>

namespace WireDiff {

// One article as the later stages of the pipeline see it: the loaded text,
// its tokens and its flat comparable sequence, side by side (non-owning).
struct ArticleText
{
    const Article *article = nullptr;
    const TokenizedArticle *tokens = nullptr;
    const FlatDocument *flat = nullptr;

    // First flat index of paragraph p, and one past its last.
    qint32 flatBegin(qint32 paragraph) const { return flat->paragraphStart[size_t(paragraph)]; }
    qint32 flatEnd(qint32 paragraph) const
    {
        return size_t(paragraph + 1) < flat->paragraphStart.size() ? flat->paragraphStart[size_t(paragraph + 1)]
                                                                   : flat->size();
    }
    const Token &token(qint32 flatIndex) const
    {
        const FlatDocument::Position position = flat->position(flatIndex);
        return tokens->paragraphs[size_t(position.paragraph)].tokens[size_t(position.token)];
    }
};

} // namespace WireDiff
