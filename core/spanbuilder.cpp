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
    bool respelled = false;
};

// Per token of one side, the tokens of the other side whose spelling
// variant it is ([first, last] flat indices; -1 when none): the tokens
// paired with it there whose key differs from its own. A compound points
// at the first token of the other spelling only ("long-standing" ->
// "longstanding" -> "long"), so the other spelling is read from both ends.
using Respellings = std::vector<std::pair<qint32, qint32>>;

bool isRespelled(qint32 flatIndex, qint32 counterpart, const SpanBuilder::Side &side, const SpanBuilder::Side &other)
{
    const ChangeClass changeClass = side.labels.classes[size_t(flatIndex)];
    return counterpart >= 0 && (changeClass == ChangeClass::Same || changeClass == ChangeClass::Moved)
        && side.flat.keys[size_t(flatIndex)] != other.flat.keys[size_t(counterpart)];
}

Respellings respellings(const SpanBuilder::Side &side, const SpanBuilder::Side &other)
{
    Respellings out(size_t(side.flat.size()), { -1, -1 });
    const auto extend = [&out](qint32 at, qint32 token) {
        auto &[first, last] = out[size_t(at)];
        first = first < 0 ? token : std::min(first, token);
        last = std::max(last, token);
    };
    for (qint32 i = 0; i < side.flat.size(); ++i) {
        const qint32 counterpart = side.labels.counterpart(i);
        if (isRespelled(i, counterpart, side, other))
            extend(i, counterpart);
    }
    for (qint32 j = 0; j < other.flat.size(); ++j) {
        const qint32 counterpart = other.labels.counterpart(j);
        if (counterpart >= 0 && counterpart < side.flat.size() && isRespelled(j, counterpart, other, side))
            extend(counterpart, j);
    }
    return out;
}

TokenLabel labelOf(qint32 flatIndex, const SpanBuilder::Side &side, const SpanBuilder::Side &other,
                   const std::vector<ParaphraseLink> &paraphrases, bool isBaseSide, const Respellings &respelled)
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
        const auto [first, last] = respelled[size_t(flatIndex)];
        if (first >= 0 && other.flat.paragraphOf(first) == position.paragraph
            && other.flat.paragraphOf(last) == position.paragraph) {
            const auto &otherTokens = other.tokens.paragraphs[size_t(position.paragraph)].tokens;
            label.linkStart = otherTokens[size_t(other.flat.position(first).token)].start;
            label.linkEnd = otherTokens[size_t(other.flat.position(last).token)].end;
            label.respelled = true;
        }
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
            && *lastGroupKey == label.groupKey && last.respelled == label.respelled) {
            last.end = token.end;
            if (label.linkParagraph == last.linkParagraph) {
                last.linkStart = std::min(last.linkStart, label.linkStart);
                last.linkEnd = std::max(last.linkEnd, label.linkEnd);
            }
            return;
        }
    }
    spans->push_back(DiffSpan { paragraph, token.start, token.end, label.changeClass, label.linkParagraph,
                                label.linkStart, label.linkEnd, label.respelled });
    *lastGroupKey = label.groupKey;
}

} // namespace

std::vector<DiffSpan> SpanBuilder::build(const Side &side, const Side &other,
                                         const std::vector<ParaphraseLink> &paraphrases, bool isBaseSide,
                                         const std::vector<ChangeClass> &paragraphFallback)
{
    std::vector<DiffSpan> spans;
    qint32 lastGroupKey = -2;
    const Respellings respelled = respellings(side, other);
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
            inherited = labelOf(flatBegin, side, other, paraphrases, isBaseSide, respelled);
        qint32 flat = flatBegin;
        for (qint32 t = 0; t < qint32(tokens.size()); ++t) {
            if (flat < flatEnd && side.flat.tokens[size_t(flat)] == t) {
                inherited = labelOf(flat, side, other, paraphrases, isBaseSide, respelled);
                ++flat;
            }
            extendOrAppend(&spans, p, tokens[size_t(t)], inherited, &lastGroupKey);
        }
    }
    return spans;
}

} // namespace WireDiff
