#pragma once

#include <QString>

#include <vector>

namespace WireDiff {

enum class TokenKind : quint8 {
    Word,
    Number,
    Punctuation,
};

// One word or punctuation mark of a paragraph. Offsets are UTF-16 code units
// into Paragraph::text (the report converts them to code points); `key` is
// the id of the comparison key in the Vocabulary, so equal keys mean equal
// words under the current options.
//
// 12 bytes, not 16: every token of every article is kept for the whole
// comparison (2.8 MB of a pair of 100k-word texts), so the key shares its
// 32 bits with the kind and the sentence flag. Keys stay below 2^28
// (maxKey): that many distinct words would take gigabytes of vocabulary
// before a token of them was stored.
struct Token
{
    static constexpr qint32 maxKey = (1 << 28) - 1;

    qint32 start = 0;
    qint32 end = 0;
    qint32 key : 29 = -1;
    TokenKind kind : 2 = TokenKind::Word;
    bool sentenceStart : 1 = false; // first token of a sentence
};
static_assert(sizeof(Token) == 12);

struct TokenizedParagraph
{
    std::vector<Token> tokens;
};

struct TokenizedArticle
{
    std::vector<TokenizedParagraph> paragraphs;
    QString language;
};

} // namespace WireDiff
