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
struct Token
{
    qint32 start = 0;
    qint32 end = 0;
    qint32 key = -1;
    TokenKind kind = TokenKind::Word;
    bool sentenceStart = false; // first token of a sentence
};

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
