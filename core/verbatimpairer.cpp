#include "verbatimpairer.h"

#include "claimlist.h"
#include "flatdocument.h"
#include "lexicon.h"
#include "movebar.h"
#include "movereview.h"
#include "parallelrunner.h"
#include "postings.h"
#include "sentenceplaces.h"
#include "workranges.h"

#include <algorithm>
#include <optional>

namespace WireDiff {

namespace {

using namespace VerbatimClaims;
using Class = WordClassifier::Class;
using Outcome = VerbatimPairer::Outcome;

// A run of this many words on either side of a pair tells as much as a
// longer one; the bound keeps the walks short in sentences of hundreds of
// copied words.
constexpr qint32 maxRunSide = 32;
// Occurrences of a word claimed where the diff places its sentence.
constexpr qint32 maxPlaceClaims = 4;
// A claim away from its sentence's source and from where the diff places
// the sentence needs a run of this many words, one a content word: two
// ("more money", "step up") recur all over a story's other paragraphs and
// tell nothing of where a reworded headline's words were taken from.
constexpr qint32 minAwayRun = 3;
// A word with more occurrences in the base than this starts no search for
// other copies of its text (as in CopyRuns): runs through "the" or "said"
// are found from their rarer words.
constexpr qint32 maxSeedOccurrences = 48;

bool isCopied(ChangeClass changeClass)
{
    return changeClass == ChangeClass::Same || changeClass == ChangeClass::Moved;
}

// The two sentences through other token j and base token i, walked in
// step: both sides move to their next word together, punctuation skipped,
// as long as the words agree and stay inside their sentences.
struct SentencePair
{
    const FlatDocument &base;
    const FlatDocument &other;
    const Lexicon &lexicon;
    qint32 otherSentence = 0; // declared before the bounds, which are made from them
    qint32 baseSentence = 0;
    qint32 otherBegin = 0;
    qint32 otherEnd = 0;
    qint32 baseBegin = 0;
    qint32 baseEnd = 0;

    SentencePair(const FlatDocument &base, const FlatDocument &other, const Lexicon &lexicon, qint32 j, qint32 i)
        : base(base)
        , other(other)
        , lexicon(lexicon)
        , otherSentence(other.sentenceOf(j))
        , baseSentence(base.sentenceOf(i))
        , otherBegin(other.sentenceStarts[size_t(otherSentence)])
        , otherEnd(other.sentenceEnd(otherSentence))
        , baseBegin(base.sentenceStarts[size_t(baseSentence)])
        , baseEnd(base.sentenceEnd(baseSentence))
    {
    }

    // Moves (x, y) by `step` (-1 or 1) to the next pair of words; false when
    // either leaves its sentence or the two words differ.
    bool advance(qint32 &x, qint32 &y, qint32 step) const
    {
        do
            x += step;
        while (x >= otherBegin && x < otherEnd && lexicon.isPunctuation(other.keys[size_t(x)]));
        do
            y += step;
        while (y >= baseBegin && y < baseEnd && lexicon.isPunctuation(base.keys[size_t(y)]));
        return x >= otherBegin && x < otherEnd && y >= baseBegin && y < baseEnd && other.keys[size_t(x)] == base.keys[size_t(y)];
    }
};

// The words of the run of equal keys through other token j and base token
// i, both sentences' bounds kept and punctuation skipped, at most
// maxRunSide on either side.
struct SharedRun
{
    qint32 words = 0;
    qint32 contentWords = 0;
};

SharedRun runThrough(const FlatDocument &base, const FlatDocument &other, const Lexicon &lexicon, qint32 j, qint32 i,
                     std::vector<std::pair<qint32, qint32>> *pairs = nullptr, qint32 maxSide = maxRunSide)
{
    const SentencePair sentences(base, other, lexicon, j, i);
    SharedRun run;
    if (pairs)
        pairs->clear();
    const auto count = [&](qint32 x, qint32 y) {
        ++run.words;
        run.contentWords += lexicon.isContent(other.keys[size_t(x)]);
        if (pairs)
            pairs->emplace_back(x, y);
    };
    count(j, i);
    for (const qint32 step : { -1, 1 }) {
        qint32 x = j;
        qint32 y = i;
        for (qint32 side = 0; side < maxSide && sentences.advance(x, y, step); ++side)
            count(x, y);
    }
    return run;
}

// The whole run of equal keys through a pair within both sentences, what
// runThrough() walks up to maxRunSide on either side. Every pair of a run
// lies on the same one, and walking from any of them finds the same pairs:
// claimsOf() walks a copied sentence once instead of once per word (the
// walks took a tenth of a comparison of two 100k-word texts).
struct Diagonal
{
    std::vector<qint32> others;        // tokens of other, ascending
    std::vector<qint32> bases;         // their base tokens
    std::vector<qint32> contentBefore; // content words among the pairs before each, one entry more

    // runThrough(j, i) when the pair lies on this run.
    std::optional<SharedRun> runAt(qint32 j, qint32 i) const
    {
        const auto it = std::lower_bound(others.begin(), others.end(), j);
        if (it == others.end() || *it != j || bases[size_t(it - others.begin())] != i)
            return std::nullopt;
        const qint32 at = qint32(it - others.begin());
        const qint32 left = std::min(at, maxRunSide);
        const qint32 right = std::min(qint32(others.size()) - 1 - at, maxRunSide);
        return SharedRun { left + 1 + right, contentBefore[size_t(at + right + 1)] - contentBefore[size_t(at - left)] };
    }

    // Walks the run through (j, i), a word of other and a base token with
    // the same key.
    void walk(const FlatDocument &base, const FlatDocument &other, const Lexicon &lexicon, qint32 j, qint32 i)
    {
        const SentencePair sentences(base, other, lexicon, j, i);
        others.clear();
        bases.clear();
        for (const qint32 step : { -1, 1 }) {
            qint32 x = j;
            qint32 y = i;
            while (sentences.advance(x, y, step)) {
                others.push_back(x);
                bases.push_back(y);
            }
            if (step < 0) {
                std::reverse(others.begin(), others.end());
                std::reverse(bases.begin(), bases.end());
                others.push_back(j);
                bases.push_back(i);
            }
        }
        contentBefore.assign(1, 0);
        for (const qint32 x : others)
            contentBefore.push_back(contentBefore.back() + lexicon.isContent(other.keys[size_t(x)]));
    }
};

bool tellsFromAfar(const SharedRun &run)
{
    return run.words >= minAwayRun && run.contentWords >= 1;
}

// The word (not punctuation) before flat token x in its sentence, or -1.
qint32 previousWord(const FlatDocument &flat, const Lexicon &lexicon, qint32 x)
{
    const qint32 begin = flat.sentenceStarts[size_t(flat.sentenceOf(x))];
    for (qint32 k = x - 1; k >= begin; --k)
        if (!lexicon.isPunctuation(flat.keys[size_t(k)]))
            return k;
    return -1;
}

// Whether the first word (not punctuation) after flat token j, before
// `end`, was decided verbatim.
bool nextWordIsVerbatim(const FlatDocument &other, const Lexicon &lexicon, const std::vector<Class> &classes, qint32 j,
                        qint32 end)
{
    for (qint32 k = j + 1; k < end; ++k) {
        if (!lexicon.isPunctuation(other.keys[size_t(k)]))
            return classes[size_t(k)] == WordClassifier::Verbatim;
    }
    return false;
}

// The base token after the counterpart of the token before j, when it is
// the same mark as j: where a comma or full stop copied with the word
// before it belongs. -1 when the token before j (in its sentence, from
// `begin`) is not copied or the base has another token there.
qint32 markAfterPrevious(const FlatDocument &base, const FlatDocument &other, const TokenLabels &b, qint32 j, qint32 begin)
{
    if (j <= begin || !isCopied(b.classes[size_t(j - 1)]))
        return -1;
    const qint32 i = b.counterpart(j - 1);
    if (i < 0 || i + 1 >= base.size() || base.keys[size_t(i + 1)] != other.keys[size_t(j)])
        return -1;
    return i + 1;
}

// What the steps of VerbatimPairer::pair() read: the pair, the
// classifier's decisions and evidence, and the labels the diff and the
// move detector left (`entry`). Those are the labels pair() relabels, not
// a copy (half a megabyte of a pair of 100k-word texts where its word diff
// peaks): they are read before labelWords() replaces any, each token's
// just before its own, and the copied marks that pairMarks() reads after
// that are kept aside (see CopiedMark). The base's tokens by key, which
// only the claims are looked up in, are not part of it (see pair()).
struct Inputs
{
    const FlatDocument &base;
    const FlatDocument &other;
    const Lexicon &lexicon;
    const WordClassifier::Evidence &evidence;
    const std::vector<Class> &classes;
    const TokenLabels &entry;
    SentencePlaces places;

    bool isVerbatimWord(qint32 j) const
    {
        return classes[size_t(j)] == WordClassifier::Verbatim && !lexicon.isPunctuation(other.keys[size_t(j)]);
    }
    // Whether base token i is in the source sentence(s) of sentence s of other.
    bool inSource(qint32 s, qint32 i) const
    {
        const WordClassifier::SourceSentence &source = evidence.sources[size_t(s)];
        const qint32 sentence = base.sentenceOf(i);
        return sentence == source.best || sentence == source.second;
    }
    // Whether base token i lies where the diff places sentence s of other.
    bool inPlace(qint32 s, qint32 i) const { return places.inPlace(s, i); }
    bool isAway(qint32 s, qint32 i) const { return !inSource(s, i) && !inPlace(s, i); }
    // Whether a claim of a word of sentence s on base token i, with a run
    // of `strength` words, is labelled moved once granted (see labelWords()).
    bool wouldMove(qint32 s, qint32 i, qint32 strength) const
    {
        return !inPlace(s, i) && !places.isOwnSource(s, base.sentenceOf(i))
            && (!inSource(s, i) || 2 * strength >= places.otherWords(s));
    }
    // Whether that claim's run may be paired away from its place: not
    // Unpaired by MoveBar (whether it ends up moved or same is for
    // MoveReview to judge once the words are granted). A claim that would
    // be moved but is Unpaired is not made, and its base words stay free
    // for their own counterpart.
    bool mayMove(qint32 s, qint32 i, const SharedRun &run) const
    {
        const qint32 t = base.sentenceOf(i);
        const bool whole = 2 * run.words >= places.otherWords(s) && 2 * run.words >= places.baseWords(t);
        return MoveBar::judge(MoveBar::Passage { run.words, run.contentWords, 0.0, whole, places.editedInPlace(s, t) })
            != MoveBar::Verdict::Unpaired;
    }
};

// A mark of punctuation as the diff or the move detector paired it.
struct CopiedMark
{
    qint32 j = -1; // token of the other article
    qint32 i = -1; // its base token
    ChangeClass changeClass = ChangeClass::Same;
};

// The copied marks of the other article, in its order.
std::vector<CopiedMark> copiedMarksOf(const Inputs &in)
{
    std::vector<CopiedMark> marks;
    for (qint32 j = 0; j < in.other.size(); ++j) {
        if (in.lexicon.isPunctuation(in.other.keys[size_t(j)]) && isCopied(in.entry.classes[size_t(j)]))
            marks.push_back(CopiedMark { j, in.entry.counterpart(j), in.entry.classes[size_t(j)] });
    }
    return marks;
}

// Words that look for other copies of their text: copied, paired by the
// diff or the move detector alone or not at all (the diff may have paired
// a "said" with another paragraph's next to text it moved), and not too
// common in the base.
std::vector<bool> seedsOf(const Inputs &in, const Postings &occurrences)
{
    std::vector<bool> seed(size_t(in.other.size()), false);
    for (qint32 j = 0; j < in.other.size(); ++j) {
        seed[size_t(j)] = in.isVerbatimWord(j) && occurrences.count(in.other.keys[size_t(j)]) <= maxSeedOccurrences
            && (!isCopied(in.entry.classes[size_t(j)])
                || runThrough(in.base, in.other, in.lexicon, j, in.entry.counterpart(j), nullptr, 1).words < 2);
    }
    return seed;
}

// The claims of the copied words of sentences [from, to) of other, in
// their order (see claimsOf()).
ClaimList claimsOfSentences(const Inputs &in, const Postings &occurrences, const std::vector<bool> &seed, qint32 from,
                            qint32 to, std::vector<Outcome> *outcome)
{
    const FlatDocument &base = in.base;
    const FlatDocument &other = in.other;
    ClaimList claims;
    std::vector<std::pair<qint32, qint32>> diagonal;
    // The last runs walked: one for the diff's pairs, which follow each
    // other along a copied sentence, one for the other claims between them.
    Diagonal pairedRun;
    Diagonal otherRun;
    const auto runOf = [&](qint32 j, qint32 i, Diagonal *last) {
        if (const std::optional<SharedRun> run = last->runAt(j, i))
            return *run;
        if (other.keys[size_t(j)] != base.keys[size_t(i)] || in.lexicon.isPunctuation(other.keys[size_t(j)]))
            return runThrough(base, other, in.lexicon, j, i); // the walk from a pair of equal words only
        last->walk(base, other, in.lexicon, j, i);
        return *last->runAt(j, i);
    };
    for (qint32 s = from; s < to; ++s) {
        const WordClassifier::SourceSentence &source = in.evidence.sources[size_t(s)];
        const qint32 words = in.places.otherWords(s);
        for (qint32 j = other.sentenceStarts[size_t(s)]; j < other.sentenceEnd(s); ++j) {
            if (!in.isVerbatimWord(j))
                continue;
            const qint32 key = other.keys[size_t(j)];
            (*outcome)[size_t(j)] = Outcome::Unsourced; // until a claim is granted
            const qint32 first = claims.size();
            const auto claim = [&](qint32 i, Origin origin) {
                for (qint32 k = first; k < claims.size(); ++k)
                    if (claims[k].j == j && claims[k].i == i)
                        return;
                const SharedRun run = runOf(j, i, origin == Origin::Current ? &pairedRun : &otherRun);
                const bool tells = run.words >= 2 && run.contentWords >= 1;
                if (origin == Origin::Run && !tellsFromAfar(run) && in.isAway(s, i))
                    return; // a lone word or a short common run found somewhere else
                if (in.wouldMove(s, i, run.words) && !in.mayMove(s, i, run))
                    return; // words edited in place elsewhere, or function words
                claims.push_back(Claim { j, i, quint8(run.words), origin, tells, false });
            };
            if (isCopied(in.entry.classes[size_t(j)])) {
                claim(in.entry.counterpart(j), Origin::Current);
                // A run through the whole sentence (or as long as runs are
                // counted) is as long as any claim of this word can be: its
                // other claims would never be granted first. Most words of
                // a copied article end here.
                if (claims.size() > first && claims.back().strength >= std::min(words, 2 * maxRunSide + 1))
                    continue;
            }
            const qint32 shared = in.evidence.copySource[size_t(j)];
            if (shared >= 0 && base.keys[size_t(shared)] == key)
                claim(shared, Origin::Run);
            for (const qint32 sentence : { source.best, source.second }) {
                if (sentence < 0)
                    continue;
                for (qint32 i = base.sentenceStarts[size_t(sentence)]; i < base.sentenceEnd(sentence); ++i)
                    if (base.keys[size_t(i)] == key)
                        claim(i, Origin::Source);
            }
            if (seed[size_t(j)]) {
                // Any other copy of its text in the base: a story may say
                // a thing twice (the takes of a wire story repeat each
                // other), and one copy may be paired already. Each run is
                // walked once, from its first word that is a seed.
                const qint32 before = previousWord(other, in.lexicon, j);
                for (const qint32 *o = occurrences.begin(key); o != occurrences.end(key); ++o) {
                    const qint32 baseBefore = previousWord(base, in.lexicon, *o);
                    if (before >= 0 && baseBefore >= 0 && other.keys[size_t(before)] == base.keys[size_t(baseBefore)]
                        && seed[size_t(before)])
                        continue;
                    const SharedRun run = runThrough(base, other, in.lexicon, j, *o, &diagonal);
                    if (run.words < 2 || run.contentWords < 1 || (!tellsFromAfar(run) && in.isAway(s, *o)))
                        continue;
                    for (const auto &[x, y] : diagonal)
                        if (in.classes[size_t(x)] == WordClassifier::Verbatim
                            && (!in.wouldMove(s, y, run.words) || in.mayMove(s, y, run)))
                            claims.push_back(Claim { x, y, quint8(run.words), Origin::Run, true, false });
                }
            }
            const auto [placeBegin, placeEnd] = in.places.place(s);
            const qint32 *it = std::lower_bound(occurrences.begin(key), occurrences.end(key), placeBegin);
            for (qint32 n = 0; n < maxPlaceClaims && it != occurrences.end(key) && *it < placeEnd; ++n, ++it)
                claim(*it, Origin::Place);
        }
    }
    return claims;
}

// The claims of every copied word, its other copies in the base found
// among `occurrences` (base flat tokens by key); `outcome` marks those
// words Unsourced. A sentence's claims depend on no other sentence's: on
// `threads` threads, ranges of sentences make theirs side by side, put
// together in the article's order.
ClaimList claimsOf(const Inputs &in, const Postings &occurrences, std::vector<Outcome> *outcome, int threads)
{
    const std::vector<bool> seed = seedsOf(in, occurrences);
    const std::vector<qint32> ranges =
        WorkRanges::split(in.other.sentenceStarts, in.other.size(), threads > 1 ? threads * 4 : 1);
    std::vector<ClaimList> found(ranges.size() - 1);
    ParallelRunner::forEach(int(found.size()), threads, [&](int r, int) {
        found[size_t(r)] = claimsOfSentences(in, occurrences, seed, ranges[size_t(r)], ranges[size_t(r) + 1], outcome);
    });
    ClaimList claims;
    for (ClaimList &range : found)
        claims.append(std::move(range));
    return claims;
}

// Grants the claims, each base token to one word: the longest runs first;
// on equal runs the diff's and the move detector's pairs, then the others
// by Origin, then as they were made (in the article's order). A word the
// diff paired on its own, next to text it could not pair ("The" and "said"
// around "county fire service" of a paragraph moved elsewhere), gives way
// to the run it belongs to. Marks the granted claims, at most one per
// token of other; fills `owner` (per base token, its token of other) and
// marks Paired, or Repeated where a claim whose run tells lost its base
// word. Before, no word is Paired: a word is Paired once a claim of it is
// granted.
void grant(ClaimList *claims, std::vector<qint32> *owner, std::vector<Outcome> *outcome)
{
    constexpr qint32 maxStrength = 2 * maxRunSide + 1;
    constexpr qint32 origins = 4;
    const auto bucketOf = [](const Claim &claim) {
        return (maxStrength - claim.strength) * origins + qint32(claim.origin);
    };
    std::vector<qint32> order(size_t(claims->size())); // a counting sort: strengths are small
    {
        std::vector<qint32> start(size_t(maxStrength * origins + 1), 0);
        for (qint32 c = 0; c < claims->size(); ++c)
            ++start[size_t(bucketOf((*claims)[c]) + 1)];
        for (size_t k = 1; k < start.size(); ++k)
            start[k] += start[k - 1];
        for (qint32 c = 0; c < claims->size(); ++c)
            order[size_t(start[size_t(bucketOf((*claims)[c]))]++)] = c;
    }
    for (const qint32 c : order) {
        Claim &claim = (*claims)[c];
        if ((*outcome)[size_t(claim.j)] == Outcome::Paired)
            continue;
        if ((*owner)[size_t(claim.i)] >= 0) {
            if (claim.tells)
                (*outcome)[size_t(claim.j)] = Outcome::Repeated;
            continue;
        }
        claim.granted = true;
        (*owner)[size_t(claim.i)] = claim.j;
        (*outcome)[size_t(claim.j)] = Outcome::Paired;
    }
}

// The words' labels. A new pair is same where the diff places its
// sentence. Elsewhere it is moved when it was found by a run away from the
// sentence's source, or when it is in the source but the sentence was
// copied rather than reworded: its run holds half its words or more (a
// sentence moved whole to another paragraph is its own source, and may be
// too short for the move detector). The copied words of a reworded
// sentence stay same with their source: the rewording, not a move, is what
// they are part of. Everything else (not Paired by grant()) is added until
// the caller (or pairMarks()) says otherwise. The move detector's pairs
// are labelled by the same rule: a run it found that lies in its
// sentence's source is a reworded sentence's copied words, same. Each word
// is labelled once, so its entry label is read before it is replaced.
void labelWords(const Inputs &in, const ClaimList &claims, const std::vector<Outcome> &outcome, TokenLabels *b)
{
    for (qint32 c = 0; c < claims.size(); ++c) {
        const Claim &claim = claims[c];
        const qint32 j = claim.j;
        if (!claim.granted
            || (in.entry.classes[size_t(j)] == ChangeClass::Same && in.entry.counterpart(j) == claim.i))
            continue; // the diff's pair stands
        const bool moved = in.wouldMove(in.other.sentenceOf(j), claim.i, claim.strength);
        b->set(j, moved ? ChangeClass::Moved : ChangeClass::Same, claim.i);
    }
    for (qint32 j = 0; j < in.other.size(); ++j) {
        if (outcome[size_t(j)] != Outcome::Paired)
            b->set(j, ChangeClass::Added);
    }
}

// Punctuation. A mark copied with its word goes with it: the diff matches
// text once, so it may have paired the full stop of a moved paragraph with
// another paragraph's, or left the comma of a repeated paragraph unpaired.
// Then the diff's pairs of the other marks (`copiedMarks`) stand where
// their base mark is free: a verbatim one, and a comma that leads copied
// text although the text before it is not ("after a year, the mayor said").
void pairMarks(const Inputs &in, const std::vector<CopiedMark> &copiedMarks, std::vector<qint32> *owner,
               std::vector<Outcome> *outcome, TokenLabels *b)
{
    const FlatDocument &other = in.other;
    const auto isMark = [&](qint32 j) { return in.lexicon.isPunctuation(other.keys[size_t(j)]); };
    for (qint32 s = 0; s < qint32(other.sentenceStarts.size()); ++s) {
        const qint32 begin = other.sentenceStarts[size_t(s)];
        for (qint32 j = begin; j < other.sentenceEnd(s); ++j) {
            if (in.classes[size_t(j)] != WordClassifier::Verbatim || !isMark(j))
                continue;
            (*outcome)[size_t(j)] = Outcome::Repeated; // until paired
            const qint32 mark = markAfterPrevious(in.base, other, *b, j, begin);
            if (mark >= 0 && (*owner)[size_t(mark)] < 0) {
                b->set(j, b->classes[size_t(j - 1)], mark);
                (*owner)[size_t(mark)] = j;
                (*outcome)[size_t(j)] = Outcome::Paired;
            }
        }
    }
    for (const CopiedMark &mark : copiedMarks) {
        const qint32 j = mark.j;
        if ((*outcome)[size_t(j)] == Outcome::Paired)
            continue;
        const bool verbatim = in.classes[size_t(j)] == WordClassifier::Verbatim;
        const qint32 end = other.sentenceEnd(other.sentenceOf(j));
        if ((verbatim || nextWordIsVerbatim(other, in.lexicon, in.classes, j, end)) && (*owner)[size_t(mark.i)] < 0) {
            b->set(j, mark.changeClass, mark.i);
            (*owner)[size_t(mark.i)] = j;
            (*outcome)[size_t(j)] = Outcome::Paired;
        }
    }
}

} // namespace

VerbatimPairer::VerbatimPairer(const FlatDocument &base, const FlatDocument &other, const Lexicon &lexicon,
                               int threads)
    : m_base(base)
    , m_other(other)
    , m_lexicon(lexicon)
    , m_threads(threads)
{
}

std::vector<VerbatimPairer::Outcome> VerbatimPairer::pair(const WordClassifier::Evidence &evidence,
                                                          const std::vector<Class> &classes, TokenLabels *labels) const
{
    const Inputs in { m_base,
                      m_other,
                      m_lexicon,
                      evidence,
                      classes,
                      *labels,
                      SentencePlaces(m_base, m_other, m_lexicon, *labels, evidence.sources) };
    const std::vector<CopiedMark> copiedMarks = copiedMarksOf(in);
    std::vector<Outcome> outcome(size_t(m_other.size()), Outcome::Open);
    // The claims of a pair of 100k-word texts take 1.5 MB, and the
    // classifier's decisions and evidence are held while they are made and
    // granted, the peak of the pair's word diff: the base's tokens by key
    // are gone before the claims are granted, and the base tokens' owners
    // are made after the claims.
    ClaimList claims;
    {
        const Postings occurrences(m_lexicon.size(), m_base.keys);
        claims = claimsOf(in, occurrences, &outcome, m_threads);
    }
    {
        std::vector<qint32> owner(size_t(m_base.size()), -1);
        grant(&claims, &owner, &outcome);
        labelWords(in, claims, outcome, labels);
        claims = ClaimList();
        pairMarks(in, copiedMarks, &owner, &outcome, labels);
    }
    // A moved stretch that is no move: copied words with no origin claimed
    // are same; words edited in place elsewhere, and marks alone, are copied
    // from nowhere in particular.
    for (const MoveReview::Change &change : MoveReview::review(m_base, m_other, m_lexicon, in.places, *labels)) {
        if (change.verdict == MoveBar::Verdict::Same) {
            labels->set(change.token, ChangeClass::Same, labels->counterpart(change.token));
            continue;
        }
        labels->set(change.token, ChangeClass::Added);
        const bool mark = m_lexicon.isPunctuation(m_other.keys[size_t(change.token)]);
        outcome[size_t(change.token)] = mark ? Outcome::Repeated : Outcome::Unsourced;
    }
    return outcome;
}

} // namespace WireDiff
