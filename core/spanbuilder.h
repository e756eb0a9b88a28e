#pragma once

#include "diffspan.h"
#include "pairalignment.h"
#include "token.h"

#include <vector>

namespace WireDiff {

struct FlatDocument;

// Turns per-token labels into DiffSpans over paragraph text: consecutive
// tokens of one paragraph with the same class and the same counterpart
// paragraph (or paraphrase) become one span. Tokens the diff did not see
// (boilerplate, punctuation when it is ignored) take the class of their
// neighbour, or `fallback` in a paragraph with no labelled token at all.
class SpanBuilder
{
public:
    struct Side
    {
        const TokenizedArticle &tokens;
        const FlatDocument &flat;
        const TokenLabels &labels;
    };

    static std::vector<DiffSpan> build(const Side &side, const Side &other,
                                       const std::vector<ParaphraseLink> &paraphrases, bool isBaseSide,
                                       const std::vector<ChangeClass> &paragraphFallback);
};

} // namespace WireDiff
