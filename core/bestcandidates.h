#pragma once

#include <QtGlobal>

#include <array>
#include <span>
#include <utility>
#include <vector>

namespace WireDiff {

class CandidateIndex;
struct FlatDocument;
class Lexicon;
class TermWeights;

// Per worker of RewordedShares::fill(): for one sentence, the best two
// candidates in each asked article, by the weight of the rare content stems
// they share with it (summed in the sentence's word order, as
// fillExhaustive()'s per-article search sums it), keeping only candidates
// that share at least `enough`: a candidate below it is never scored, and
// the best two of those at or above it are the best two overall wherever
// the caller looks at them.
//
// Which sentences can reach `enough` is known before any sum: one that
// shares none of the sentence's stems but the most common ones (together
// under `enough`) cannot. So only the postings of the other stems are read
// (those of the common stems are most of the postings), and each sentence
// met there that could reach `enough` with the common stems gets its exact
// sum from its own stems (CandidateIndex::stemsOf()).
// A sentence with more distinct stems than a bit set holds is looked up
// in every posting of its stems instead (scanAll()).
class BestCandidates
{
public:
    using Ranked = std::pair<double, qint32>; // shared weight, sentence in its article

    // At most two candidates, best first, kept in place: one is looked up
    // for every (sentence, article) asked, hundreds of thousands of times.
    struct Best
    {
        std::array<Ranked, 2> ranked {};
        int count = 0;
        const Ranked *begin() const { return ranked.data(); }
        const Ranked *end() const { return ranked.data() + count; }
    };

    // The sentence [begin, end) of `flat`, looked for in the articles whose
    // bits are set in `asked`; then take() each of them once.
    void find(const FlatDocument &flat, qint32 begin, qint32 end, std::span<const quint64> asked, double enough,
              const CandidateIndex &index, const Lexicon &lexicon, const TermWeights &weights);

    // The candidates in `article`, best first; cleared for the next sentence.
    Best take(qint32 article)
    {
        const Best taken = m_best[size_t(article)];
        m_best[size_t(article)].count = 0;
        return taken;
    }

private:
    // A distinct stem of the sentence that has postings.
    struct Slot
    {
        qint32 stem;
        qint32 postings;
        double weight; // its weight times its words in the sentence
        quint32 bound; // above weight * m_scale, whole
    };
    struct Common
    {
        quint64 mask = 0;   // their slots, a bit set
        quint64 bound = 0;  // their bounds' sum
    };
    struct Word
    {
        qint32 slot;
        double weight;
    };

    void prepare(const CandidateIndex &index, std::span<const quint64> asked);
    bool collectWords(const FlatDocument &flat, qint32 begin, qint32 end, const CandidateIndex &index,
                      const Lexicon &lexicon, const TermWeights &weights);
    void forgetWords();
    Common commonSlots(double enough) const;
    void scanAll(const FlatDocument &flat, qint32 begin, qint32 end, double enough, const CandidateIndex &index,
                 const Lexicon &lexicon, const TermWeights &weights);
    void offerIfEnough(const CandidateIndex &index, qint32 global, double shared, double enough);
    static bool better(const Ranked &x, const Ranked &y)
    {
        return x.first > y.first || (x.first == y.first && x.second < y.second);
    }
    static void offer(Best *best, Ranked candidate);

    static constexpr size_t maxSlots = 64;

    std::vector<quint32> m_reach;      // [global sentence], find()'s bounds; 0 between sentences
    std::vector<double> m_shared;      // [global sentence], scanAll()'s sums; 0 between sentences
    std::vector<qint32> m_touched;     // the sentences met, one slot more than sentences
    std::vector<qint32> m_slotOf;      // [stem] -> its slot for this sentence, -1 between sentences
    std::vector<Slot> m_slots;
    std::vector<Word> m_words;         // the sentence's content words with postings, in order
    double m_scale = 1.0;              // from weights to bounds, for this sentence
    std::vector<Best> m_best;          // [article]
    std::vector<quint8> m_askedArticle; // [article], 1 if asked for this sentence
};

} // namespace WireDiff
