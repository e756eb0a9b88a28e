#pragma once

#include "paragraph.h"
#include "token.h"

#include <QtGlobal>

#include <span>
#include <vector>

namespace WireDiff {

class Lexicon;

// One article as the diff sees it: the comparable tokens of all its
// aligning paragraphs (boilerplate excluded) back to back, with the way back
// to (paragraph, token) and the sentence and paragraph boundaries. Flat
// indices are what the diff, the move detector and the paraphrase matcher
// exchange.
struct FlatDocument
{
    struct Position
    {
        qint32 paragraph;
        qint32 token;
    };

    std::vector<qint32> keys;          // comparison key per flat token
    std::vector<Position> positions;   // where each flat token comes from
    std::vector<qint32> sentenceStarts; // flat index where each sentence starts, ascending
    std::vector<qint32> paragraphStart; // per paragraph: first flat index (== next's start when empty)

    // A run of more tokens without a sentence end (a list without full
    // stops, a 3 MB paragraph) is cut into sentences of this length, so that
    // everything that compares sentence with sentence stays bounded.
    static constexpr qint32 maxSentenceTokens = 256;

    qint32 size() const { return qint32(keys.size()); }
    std::span<const qint32> keySpan() const { return keys; }
    // Index into sentenceStarts of the sentence holding flat token `index`.
    qint32 sentenceOf(qint32 index) const;
    qint32 sentenceEnd(qint32 sentence) const;

    static FlatDocument build(const TokenizedArticle &article, const std::vector<Paragraph> &paragraphs,
                              const Lexicon &lexicon, bool ignorePunctuation);
};

} // namespace WireDiff
