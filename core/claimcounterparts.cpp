#include "claimcounterparts.h"

#include "flatdocument.h"
#include "lexicon.h"
#include "paragraph.h"
#include "parallelrunner.h"
#include "postings.h"
#include "storycoherence.h"

#include <algorithm>

namespace WireDiff {

namespace {

// The content stems of a sentence, ascending, each once.
std::vector<qint32> contentStems(const FactExtractor::Source &source, qint32 sentence)
{
    std::vector<qint32> stems;
    for (qint32 i = source.flat.sentenceStarts[size_t(sentence)]; i < source.flat.sentenceEnd(sentence); ++i) {
        const qint32 key = source.flat.keys[size_t(i)];
        if (source.lexicon.isContent(key) && !source.lexicon.isNumber(key))
            stems.push_back(source.lexicon.stem(key));
    }
    std::sort(stems.begin(), stems.end());
    stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
    return stems;
}

// The base sentences that state what each sentence of the other article
// states by the alignment's votes (see ClaimCounterparts).
class SentencePairing
{
public:
    SentencePairing(const FactExtractor::Source &base, const FactExtractor::Source &other,
                    const PairAlignment &alignment)
        : m_base(base)
        , m_other(other)
        , m_alignment(alignment)
    {
    }

    // The counterparts of `sentence` with their shares (ClaimCounterparts::share()),
    // by the base sentences its matched or reworded words lie in.
    std::vector<std::pair<qint32, float>> counterparts(qint32 sentence) const
    {
        const FlatDocument &flat = m_other.flat;
        // (base sentence, votes): a sentence's words land in one or two
        // base sentences, in runs, so a short list beats a hash and the
        // last sentence found is asked first.
        std::vector<std::pair<qint32, int>> votes;
        int words = 0;
        for (qint32 j = flat.sentenceStarts[size_t(sentence)]; j < flat.sentenceEnd(sentence); ++j) {
            if (m_other.lexicon.isPunctuation(flat.keys[size_t(j)]))
                continue;
            ++words;
            qint32 i = m_alignment.b.counterpart(j);
            if (i < 0 && m_alignment.b.group(j) >= 0)
                i = m_alignment.paraphrases[size_t(m_alignment.b.group(j))].aBegin;
            if (i >= 0)
                vote(&votes, i);
        }
        std::vector<std::pair<qint32, float>> result;
        for (const auto &[baseSentence, count] : votes) {
            if (count * 10 >= words * 3)
                result.push_back({ baseSentence, float(count) / float(words) });
        }
        return result;
    }

    // Sentences the alignment left alone are paired by their content stems
    // only between versions of one story: two unrelated court reports share
    // "told", "court" and "year" in many sentences, and an age in one is not
    // a changed figure of the other. The share is the one under which
    // StoryCoherence calls an article a stranger: of the other article's
    // words, those the alignment matched or found reworded in the base.
    static bool sharesTheStory(const FactExtractor::Source &other, const PairAlignment &alignment)
    {
        qint64 words = 0;
        qint64 shared = 0;
        for (qint32 j = 0; j < alignment.b.size(); ++j) {
            if (other.lexicon.isPunctuation(other.flat.keys[size_t(j)]))
                continue;
            ++words;
            if (alignment.b.counterpart(j) >= 0 || alignment.b.group(j) >= 0)
                ++shared;
        }
        return words > 0 && double(shared) >= StoryCoherence::strangerShare * double(words);
    }

private:
    // One vote for the base sentence holding flat token `i`.
    void vote(std::vector<std::pair<qint32, int>> *votes, qint32 i) const
    {
        const FlatDocument &flat = m_base.flat;
        if (!votes->empty() && votes->back().first >= 0) {
            const qint32 last = votes->back().first;
            if (i >= flat.sentenceStarts[size_t(last)] && i < flat.sentenceEnd(last)) {
                ++votes->back().second;
                return;
            }
        }
        const qint32 sentence = flat.sentenceOf(i);
        const auto known = std::find_if(votes->begin(), votes->end(), [sentence](const auto &v) { return v.first == sentence; });
        if (known != votes->end()) {
            ++known->second;
            std::swap(*known, votes->back()); // asked first next time
        } else {
            votes->push_back({ sentence, 1 });
        }
    }

    const FactExtractor::Source &m_base;
    const FactExtractor::Source &m_other;
    const PairAlignment &m_alignment;
};

// The base sentences by content stem, for the sentences the alignment left
// alone: made only when there is one. A stem's base sentences are counted
// into a table by sentence number, not a hash: a common stem ("said") is in
// thousands of sentences of a long text, and hashing each of them for each
// sentence left alone took a pair of 1M-word texts 0.6 G instructions.
class StemIndex
{
public:
    StemIndex(const FactExtractor::Source &base, int threads)
        : m_stemCount(base.flat.sentenceStarts.size(), 0)
        , m_postings(0, {})
    {
        // Each sentence's stems found side by side in ranges of sentences,
        // then listed in sentence order.
        const auto sentences = qint32(base.flat.sentenceStarts.size());
        const int pieces = std::max(1, std::min(sentences, threads * 4));
        std::vector<std::vector<qint32>> stemsOfPiece(static_cast<size_t>(pieces));
        ParallelRunner::forEach(pieces, threads, [&](int r, int) {
            for (qint32 t = bound(sentences, r, pieces); t < bound(sentences, r + 1, pieces); ++t) {
                const std::vector<qint32> stems = contentStems(base, t);
                m_stemCount[size_t(t)] = qint32(stems.size());
                stemsOfPiece[size_t(r)].insert(stemsOfPiece[size_t(r)].end(), stems.begin(), stems.end());
            }
        });
        std::vector<qint32> stems;
        for (const std::vector<qint32> &piece : stemsOfPiece)
            stems.insert(stems.end(), piece.begin(), piece.end());
        for (qint32 t = 0; t < sentences; ++t)
            m_sentenceOfItem.insert(m_sentenceOfItem.end(), size_t(m_stemCount[size_t(t)]), t);
        m_postings = Postings(base.lexicon.stemCount(), stems);
    }

    static qint32 bound(qint32 count, qint32 piece, qint32 pieces)
    {
        return qint32(qint64(count) * piece / pieces);
    }

    // The base sentence sharing most content stems with `stems` (a
    // sentence's, as contentStems() gives them), if at least three and 35 %
    // of the shorter's; the first of those sharing most; -1 if none.
    // `shared` is zero for every base sentence and left so.
    qint32 best(const std::vector<qint32> &stems, std::vector<qint32> *shared) const
    {
        std::vector<qint32> touched;
        for (const qint32 stem : stems) {
            for (const qint32 *item = m_postings.begin(stem); item != m_postings.end(stem); ++item) {
                const qint32 t = m_sentenceOfItem[size_t(*item)];
                if ((*shared)[size_t(t)]++ == 0)
                    touched.push_back(t);
            }
        }
        qint32 best = -1;
        qint32 bestShared = 2;
        for (const qint32 t : touched) {
            const qint32 count = (*shared)[size_t(t)];
            (*shared)[size_t(t)] = 0;
            const qint32 size = m_stemCount[size_t(t)];
            const bool enough = count * 20 >= std::min(size, qint32(stems.size())) * 7;
            if (enough && (count > bestShared || (count == bestShared && best >= 0 && t < best))) {
                best = t;
                bestShared = count;
            }
        }
        return best;
    }

    qint32 sentenceCount() const { return qint32(m_stemCount.size()); }

private:
    std::vector<qint32> m_stemCount;      // base sentence -> its number of content stems
    std::vector<qint32> m_sentenceOfItem; // the postings' items: (sentence, stem) in sentence order
    Postings m_postings;                  // stem -> items
};

bool isClaim(const FactExtractor::Source &source, qint32 sentence)
{
    const qint32 begin = source.flat.sentenceStarts[size_t(sentence)];
    return isCountedRole(source.paragraphs[size_t(source.flat.paragraphOf(begin))].role);
}

} // namespace

ClaimCounterparts::ClaimCounterparts(const FactExtractor::Source &base, const FactExtractor::Source &other,
                                     const PairAlignment &alignment, int threads)
{
    for (qint32 s = 0; s < qint32(other.flat.sentenceStarts.size()); ++s) {
        if (isClaim(other, s))
            m_sentences.push_back(s);
    }
    // Each claim's counterparts are its own: found side by side in ranges
    // of claims, first by the alignment's votes, then, for the claims left
    // without, by content stems.
    const auto claims = qint32(m_sentences.size());
    const int pieces = std::max(1, std::min(claims, threads * 4));
    std::vector<std::vector<std::pair<qint32, float>>> found(m_sentences.size());
    const SentencePairing pairing(base, other, alignment);
    ParallelRunner::forEach(pieces, threads, [&](int r, int) {
        for (qint32 k = StemIndex::bound(claims, r, pieces); k < StemIndex::bound(claims, r + 1, pieces); ++k)
            found[size_t(k)] = pairing.counterparts(m_sentences[size_t(k)]);
    });
    std::vector<qint32> alone;
    for (qint32 k = 0; k < claims; ++k) {
        if (found[size_t(k)].empty())
            alone.push_back(k);
    }
    if (!alone.empty() && SentencePairing::sharesTheStory(other, alignment)) {
        const StemIndex index(base, threads);
        const int workers = ParallelRunner::threadCount(threads, qint32(alone.size()));
        std::vector<std::vector<qint32>> shared(static_cast<size_t>(workers));
        ParallelRunner::forEach(qint32(alone.size()), workers, [&](int n, int worker) {
            std::vector<qint32> &counts = shared[size_t(worker)];
            if (counts.empty())
                counts.assign(size_t(index.sentenceCount()), 0);
            const qint32 k = alone[size_t(n)];
            const qint32 best = index.best(contentStems(other, m_sentences[size_t(k)]), &counts);
            if (best >= 0)
                found[size_t(k)].push_back({ best, 0.0f });
        });
    }
    m_starts.push_back(0);
    for (qint32 k = 0; k < claims; ++k) {
        std::vector<std::pair<qint32, float>> &counterparts = found[size_t(k)];
        std::sort(counterparts.begin(), counterparts.end());
        for (const auto &[t, share] : counterparts) {
            if (isClaim(base, t)) {
                m_counterparts.push_back(t);
                m_shares.push_back(share);
            }
        }
        m_starts.push_back(qint32(m_counterparts.size()));
    }
}

} // namespace WireDiff
