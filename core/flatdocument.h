#pragma once

#include "paragraph.h"
#include "token.h"

#include <QtGlobal>

#include <algorithm>
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
    std::vector<qint32> tokens;        // per flat token: its index among its paragraph's tokens
    std::vector<qint32> sentenceStarts; // flat index where each sentence starts, ascending
    std::vector<qint32> paragraphStart; // per paragraph: first flat index (== next's start when empty)
    // Per paragraph, its role as build() saw it; empty where the document
    // was put together by hand (then no rule reads roles).
    std::vector<ParagraphRole> roles;
    // The paragraph of every 64th flat token (1 << blockShift), where paragraphOf()
    // starts its search: paragraphs are not kept per token (that took 4
    // bytes a token, 0.9 MB of a pair of 100k-word texts for the whole
    // comparison). Filled by indexParagraphs().
    std::vector<qint32> blockParagraph;
    static constexpr qint32 blockShift = 6;

    // A run of more tokens without a sentence end (a list without full
    // stops, a 3 MB paragraph) is cut into sentences of this length, so that
    // everything that compares sentence with sentence stays bounded.
    static constexpr qint32 maxSentenceTokens = 256;

    qint32 size() const { return qint32(keys.size()); }
    // Where flat token `index` comes from.
    Position position(qint32 index) const { return Position { paragraphOf(index), tokens[size_t(index)] }; }
    // The paragraph of flat token `index`: the last one starting at or
    // before it. Constant time for paragraphs of a few tokens or more.
    qint32 paragraphOf(qint32 index) const
    {
        // The paragraph of the block's first token starts at or before
        // `index`; mostly it or the next one holds it.
        qint32 paragraph = blockParagraph[size_t(index) >> blockShift];
        for (int step = 0; step < 2; ++step) {
            if (size_t(paragraph + 1) >= paragraphStart.size() || paragraphStart[size_t(paragraph + 1)] > index)
                return paragraph;
            ++paragraph;
        }
        return paragraphAfter(paragraph, index);
    }
    // One past the last flat index of `paragraph`.
    qint32 paragraphEnd(qint32 paragraph) const
    {
        return size_t(paragraph + 1) < paragraphStart.size() ? paragraphStart[size_t(paragraph + 1)] : size();
    }
    // The role of `paragraph`, Body when roles are not known.
    ParagraphRole roleOf(qint32 paragraph) const
    {
        return size_t(paragraph) < roles.size() ? roles[size_t(paragraph)] : ParagraphRole::Body;
    }
    // Fills blockParagraph from paragraphStart. build() calls it; whatever
    // rebuilds the tokens or paragraphStart afterwards calls it again.
    void indexParagraphs();

    std::span<const qint32> keySpan() const { return keys; }
    // Index into sentenceStarts of the sentence holding flat token `index`.
    // Inline, as sentenceEnd(): the word classifier and the verbatim pairer
    // call them millions of times on a pair of 100k-word texts.
    qint32 sentenceOf(qint32 index) const
    {
        const auto it = std::upper_bound(sentenceStarts.begin(), sentenceStarts.end(), index);
        return qint32(it - sentenceStarts.begin()) - 1;
    }
    // One past the last flat index of `sentence`.
    qint32 sentenceEnd(qint32 sentence) const
    {
        return size_t(sentence + 1) < sentenceStarts.size() ? sentenceStarts[size_t(sentence + 1)] : size();
    }

    static FlatDocument build(const TokenizedArticle &article, const std::vector<Paragraph> &paragraphs,
                              const Lexicon &lexicon, bool ignorePunctuation);

private:
    // paragraphOf() from `first`, a paragraph of index's block that starts
    // at or before it.
    qint32 paragraphAfter(qint32 first, qint32 index) const;
};

} // namespace WireDiff
