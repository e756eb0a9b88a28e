#include "spanbuilder.h"

#include "flatdocument.h"

#include <algorithm>

namespace WireDiff {

namespace {

struct TokenLabel
{
    ChangeClass changeClass = ChangeClass::Same;
    qint32 linkParagraph = -1;
    qint32 linkStart = 0;
    qint32 linkEnd = 0;
    qint32 groupKey = -1; // tokens join one span only with equal keys
};

TokenLabel labelOf(qint32 flatIndex, const SpanBuilder::Side &side, const SpanBuilder::Side &other,
                   const std::vector<ParaphraseLink> &paraphrases, bool isBaseSide)
{
    TokenLabel label;
    label.changeClass = side.labels.classes[size_t(flatIndex)];
    const qint32 counterpart = side.labels.counterpart(flatIndex);
    const qint32 group = side.labels.group(flatIndex);
    if (counterpart >= 0) {
        const FlatDocument::Position position = other.flat.position(counterpart);
        const Token &token = other.tokens.paragraphs[size_t(position.paragraph)].tokens[size_t(position.token)];
        label.linkParagraph = position.paragraph;
        label.linkStart = token.start;
        label.linkEnd = token.end;
        label.groupKey = position.paragraph;
    } else if (group >= 0) {
        const ParaphraseLink &link = paraphrases[size_t(group)];
        const qint32 begin = isBaseSide ? link.bBegin : link.aBegin;
        const qint32 end = isBaseSide ? link.bEnd : link.aEnd;
        if (end > begin) {
            const FlatDocument::Position first = other.flat.position(begin);
            const FlatDocument::Position last = other.flat.position(end - 1);
            const auto &otherTokens = other.tokens.paragraphs[size_t(first.paragraph)].tokens;
            label.linkParagraph = first.paragraph;
            label.linkStart = otherTokens[size_t(first.token)].start;
            label.linkEnd = last.paragraph == first.paragraph ? otherTokens[size_t(last.token)].end
                                                              : otherTokens.back().end;
        }
        label.groupKey = 1'000'000'000 + group;
    }
    return label;
}

void extendOrAppend(std::vector<DiffSpan> *spans, qint32 paragraph, const Token &token,
                    const TokenLabel &label, qint32 *lastGroupKey)
{
    if (!spans->empty()) {
        DiffSpan &last = spans->back();
        if (last.paragraph == paragraph && last.changeClass == label.changeClass
            && *lastGroupKey == label.groupKey) {
            last.end = token.end;
            if (label.linkParagraph == last.linkParagraph) {
                last.linkStart = std::min(last.linkStart, label.linkStart);
                last.linkEnd = std::max(last.linkEnd, label.linkEnd);
            }
            return;
        }
    }
    spans->push_back(DiffSpan { paragraph, token.start, token.end, label.changeClass, label.linkParagraph,
                                label.linkStart, label.linkEnd });
    *lastGroupKey = label.groupKey;
}

} // namespace

std::vector<DiffSpan> SpanBuilder::build(const Side &side, const Side &other,
                                         const std::vector<ParaphraseLink> &paraphrases, bool isBaseSide,
                                         const std::vector<ChangeClass> &paragraphFallback)
{
    std::vector<DiffSpan> spans;
    qint32 lastGroupKey = -2;
    const auto paragraphCount = qint32(side.tokens.paragraphs.size());
    for (qint32 p = 0; p < paragraphCount; ++p) {
        const std::vector<Token> &tokens = side.tokens.paragraphs[size_t(p)].tokens;
        if (tokens.empty())
            continue;
        // Flat indices of this paragraph's tokens, in order (a subset of them).
        const qint32 flatBegin = side.flat.paragraphStart[size_t(p)];
        const qint32 flatEnd = size_t(p + 1) < side.flat.paragraphStart.size()
            ? side.flat.paragraphStart[size_t(p + 1)]
            : side.flat.size();
        TokenLabel inherited;
        inherited.changeClass = paragraphFallback[size_t(p)];
        if (flatBegin < flatEnd)
            inherited = labelOf(flatBegin, side, other, paraphrases, isBaseSide);
        qint32 flat = flatBegin;
        for (qint32 t = 0; t < qint32(tokens.size()); ++t) {
            if (flat < flatEnd && side.flat.tokens[size_t(flat)] == t) {
                inherited = labelOf(flat, side, other, paraphrases, isBaseSide);
                ++flat;
            }
            extendOrAppend(&spans, p, tokens[size_t(t)], inherited, &lastGroupKey);
        }
    }
    return spans;
}

} // namespace WireDiff
