#include "movereview.h"

#include "flatdocument.h"
#include "lexicon.h"
#include "movebar.h"
#include "postings.h"
#include "sentenceplaces.h"

#include <algorithm>
#include <optional>

namespace WireDiff {

namespace {

// A stretch of moved tokens of other, [begin, end), within one sentence of
// other, their base tokens rising within one base sentence.
struct Stretch
{
    qint32 begin = 0;
    qint32 end = 0;
    qint32 sentence = 0;     // of other
    qint32 baseSentence = 0; // of the base
};

Stretch stretchFrom(const FlatDocument &base, const FlatDocument &other, const TokenLabels &b, qint32 j)
{
    Stretch stretch { j, j + 1, other.sentenceOf(j), base.sentenceOf(b.counterpart(j)) };
    const qint32 sentenceEnd = other.sentenceEnd(stretch.sentence);
    while (stretch.end < sentenceEnd && b.classes[size_t(stretch.end)] == ChangeClass::Moved
           && b.counterpart(stretch.end) > b.counterpart(stretch.end - 1)
           && base.sentenceOf(b.counterpart(stretch.end)) == stretch.baseSentence)
        ++stretch.end;
    return stretch;
}

// The places of the base that hold `words` (keys, punctuation left out) in
// this order, punctuation between them skipped: up to two, which is all the
// bar asks.
qint32 placesHolding(const FlatDocument &base, const Lexicon &lexicon, const Postings &occurrences,
                     const std::vector<qint32> &words)
{
    // From the rarest word's occurrences.
    const auto rarest = std::min_element(words.begin(), words.end(), [&](qint32 x, qint32 y) {
        return occurrences.count(x) < occurrences.count(y);
    });
    const qint32 at = qint32(rarest - words.begin());
    const auto matchesFrom = [&](qint32 position, qint32 step) {
        qint32 y = position;
        for (qint32 k = at + step; k >= 0 && k < qint32(words.size()); k += step) {
            do
                y += step;
            while (y >= 0 && y < base.size() && lexicon.isPunctuation(base.keys[size_t(y)]));
            if (y < 0 || y >= base.size() || base.keys[size_t(y)] != words[size_t(k)])
                return false;
        }
        return true;
    };
    qint32 places = 0;
    for (const qint32 *o = occurrences.begin(*rarest); o != occurrences.end(*rarest) && places < 2; ++o)
        places += matchesFrom(*o, -1) && matchesFrom(*o, 1);
    return places;
}

} // namespace

std::vector<MoveReview::Change> MoveReview::review(const FlatDocument &base, const FlatDocument &other,
                                                   const Lexicon &lexicon, const SentencePlaces &places,
                                                   const TokenLabels &b)
{
    struct Judged
    {
        Stretch stretch;
        MoveBar::Verdict verdict = MoveBar::Verdict::Moved;
        bool marksOnly = false;
    };
    std::vector<Judged> judged;
    std::optional<Postings> occurrences; // made for the first moved token, when there is one
    std::vector<qint32> words;
    for (qint32 j = 0; j < other.size();) {
        if (b.classes[size_t(j)] != ChangeClass::Moved) {
            ++j;
            continue;
        }
        if (!occurrences)
            occurrences.emplace(lexicon.size(), base.keys);
        const Stretch stretch = stretchFrom(base, other, b, j);
        MoveBar::Passage passage;
        words.clear();
        for (qint32 k = stretch.begin; k < stretch.end; ++k) {
            const qint32 key = other.keys[size_t(k)];
            if (lexicon.isPunctuation(key))
                continue;
            words.push_back(key);
            if (lexicon.isContent(key)) {
                ++passage.contentWords;
                passage.weight += MoveBar::weightOf(occurrences->count(key));
            }
        }
        passage.words = qint32(words.size());
        passage.wholeSentence = 2 * passage.words >= places.otherWords(stretch.sentence)
            && 2 * passage.words >= places.baseWords(stretch.baseSentence);
        passage.editedInPlace = places.editedInPlace(stretch.sentence, stretch.baseSentence);
        passage.places = words.empty() ? 0 : placesHolding(base, lexicon, *occurrences, words);
        judged.push_back(Judged { stretch, MoveBar::judge(passage), words.empty() });
        j = stretch.end;
    }
    // Marks alone are no move, but marks between a moved stretch and the
    // next (a quotation mark the diff paired with another one) go with it.
    const auto movedNextTo = [&](size_t n, const Judged *neighbour) {
        return neighbour && !neighbour->marksOnly && neighbour->verdict == MoveBar::Verdict::Moved
            && neighbour->stretch.sentence == judged[n].stretch.sentence
            && (neighbour->stretch.end == judged[n].stretch.begin || judged[n].stretch.end == neighbour->stretch.begin);
    };
    std::vector<Change> changes;
    for (size_t n = 0; n < judged.size(); ++n) {
        Judged &one = judged[n];
        if (one.marksOnly) {
            const bool besideMoved = movedNextTo(n, n > 0 ? &judged[n - 1] : nullptr)
                || movedNextTo(n, n + 1 < judged.size() ? &judged[n + 1] : nullptr);
            one.verdict = besideMoved ? MoveBar::Verdict::Moved : MoveBar::Verdict::Unpaired;
        }
        if (one.verdict == MoveBar::Verdict::Moved)
            continue;
        for (qint32 k = one.stretch.begin; k < one.stretch.end; ++k)
            changes.push_back(Change { k, one.verdict });
    }
    return changes;
}

} // namespace WireDiff
