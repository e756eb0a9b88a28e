#include "diffcleanup.h"

#include "lexicon.h"

#include <algorithm>

namespace WireDiff {

namespace {

bool isFunctionOnly(std::span<const qint32> keys, const Lexicon &lexicon)
{
    return std::none_of(keys.begin(), keys.end(), [&](qint32 key) { return lexicon.isContent(key); });
}

// How good a place the gap before token `index` is for an edit boundary.
int boundaryScore(std::span<const qint32> keys, qint32 index, const Lexicon &lexicon)
{
    if (index <= 0 || index >= qint32(keys.size()))
        return 4; // document edge
    const bool before = lexicon.isPunctuation(keys[size_t(index - 1)]);
    const bool after = lexicon.isPunctuation(keys[size_t(index)]);
    if (before && !after)
        return 3; // just after a comma or full stop: a clause starts here
    if (after && !before)
        return 2; // the edit ends just before punctuation
    if (!lexicon.isContent(keys[size_t(index)]))
        return 1; // a phrase is more likely to start at a function word
    return 0;
}

} // namespace

EditScript DiffCleanup::absorbIslands(const EditScript &script, std::span<const qint32> a,
                                      const Lexicon &lexicon)
{
    EditScript out;
    out.coarse = script.coarse;
    const std::vector<EditRun> &runs = script.runs;
    for (size_t i = 0; i < runs.size(); ++i) {
        const EditRun &run = runs[i];
        const bool island = run.op == EditOp::Equal && i > 0 && i + 1 < runs.size()
            && run.length <= 3 && runs[i - 1].op != EditOp::Equal && runs[i + 1].op != EditOp::Equal
            && isFunctionOnly(a.subspan(size_t(run.aStart), size_t(run.length)), lexicon);
        if (island) {
            out.append(EditOp::Delete, run.aStart, run.bStart, run.length);
            out.append(EditOp::Insert, run.aEnd(), run.bStart, run.length);
        } else {
            out.append(run.op, run.aStart, run.bStart, run.length);
        }
    }
    return out;
}

EditScript DiffCleanup::alignBoundaries(const EditScript &script, std::span<const qint32> a,
                                        std::span<const qint32> b, const Lexicon &lexicon)
{
    std::vector<EditRun> runs = script.runs;
    for (size_t i = 1; i + 1 < runs.size(); ++i) {
        EditRun &before = runs[i - 1];
        EditRun &edit = runs[i];
        EditRun &after = runs[i + 1];
        if (before.op != EditOp::Equal || after.op != EditOp::Equal || edit.op == EditOp::Equal)
            continue;
        const bool insert = edit.op == EditOp::Insert;
        const std::span<const qint32> keys = insert ? b : a;
        const qint32 start = insert ? edit.bStart : edit.aStart;
        const qint32 length = edit.length;
        // Slide left as far as the repeated tokens allow, then try every
        // position to the right, keeping the best-scoring one.
        qint32 left = 0;
        while (left < before.length && keys[size_t(start - left - 1)] == keys[size_t(start + length - left - 1)])
            ++left;
        qint32 right = 0;
        while (right < after.length && keys[size_t(start + right)] == keys[size_t(start + length + right)])
            ++right;
        if (left == 0 && right == 0)
            continue;
        qint32 bestShift = 0;
        int bestScore = -1;
        for (qint32 shift = -left; shift <= right; ++shift) {
            const int score = boundaryScore(keys, start + shift, lexicon)
                + boundaryScore(keys, start + shift + length, lexicon);
            if (score > bestScore) {
                bestScore = score;
                bestShift = shift;
            }
        }
        if (bestShift == 0)
            continue;
        before.length += bestShift;
        edit.aStart += bestShift;
        edit.bStart += bestShift;
        after.aStart += bestShift;
        after.bStart += bestShift;
        after.length -= bestShift;
    }
    EditScript out;
    out.coarse = script.coarse;
    for (const EditRun &run : runs)
        out.append(run.op, run.aStart, run.bStart, run.length);
    return out;
}

EditScript DiffCleanup::cleanup(const EditScript &script, std::span<const qint32> a,
                                std::span<const qint32> b, const Lexicon &lexicon)
{
    return absorbIslands(alignBoundaries(script, a, b, lexicon), a, lexicon);
}

} // namespace WireDiff
