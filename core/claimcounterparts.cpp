#include "claimcounterparts.h"

#include "flatdocument.h"
#include "lexicon.h"
#include "paragraph.h"
#include "storycoherence.h"

#include <QHash>

#include <algorithm>

namespace WireDiff {

namespace {

// The base sentences that state what each sentence of the other article
// states (see ClaimCounterparts).
class SentencePairing
{
public:
    SentencePairing(const FactExtractor::Source &base, const FactExtractor::Source &other,
                    const PairAlignment &alignment)
        : m_base(base)
        , m_other(other)
        , m_alignment(alignment)
        , m_pairedByStems(sharesTheStory(other, alignment))
    {
        if (!m_pairedByStems)
            return;
        m_baseStemCount.reserve(base.flat.sentenceStarts.size());
        for (qint32 t = 0; t < qint32(base.flat.sentenceStarts.size()); ++t) {
            const std::vector<qint32> stems = contentStems(base, t);
            for (const qint32 stem : stems)
                m_index[stem].push_back(t);
            m_baseStemCount.push_back(qsizetype(stems.size()));
        }
    }

    // The counterparts of `sentence` with their shares (ClaimCounterparts::share()).
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
        if (result.empty() && m_pairedByStems) {
            const qint32 best = bestByStems(sentence);
            if (best >= 0)
                result.push_back({ best, 0.0f });
        }
        std::sort(result.begin(), result.end());
        return result;
    }

private:
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

    static std::vector<qint32> contentStems(const FactExtractor::Source &source, qint32 sentence)
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

    qint32 bestByStems(qint32 sentence) const
    {
        const std::vector<qint32> stems = contentStems(m_other, sentence);
        QHash<qint32, int> shared;
        for (const qint32 stem : stems) {
            const auto postings = m_index.constFind(stem);
            if (postings == m_index.constEnd())
                continue;
            for (const qint32 t : *postings)
                ++shared[t];
        }
        qint32 best = -1;
        int bestShared = 2;
        for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
            const qsizetype size = m_baseStemCount[size_t(it.key())];
            const bool enough = it.value() * 20 >= std::min<qsizetype>(size, qsizetype(stems.size())) * 7;
            if (enough && (it.value() > bestShared || (it.value() == bestShared && best >= 0 && it.key() < best))) {
                best = it.key();
                bestShared = it.value();
            }
        }
        return best;
    }

    const FactExtractor::Source &m_base;
    const FactExtractor::Source &m_other;
    const PairAlignment &m_alignment;
    const bool m_pairedByStems;
    QHash<qint32, std::vector<qint32>> m_index; // content stem -> base sentences (when paired by stems)
    std::vector<qsizetype> m_baseStemCount;     // base sentence -> its number of content stems
};

bool isClaim(const FactExtractor::Source &source, qint32 sentence)
{
    const qint32 begin = source.flat.sentenceStarts[size_t(sentence)];
    return isCountedRole(source.paragraphs[size_t(source.flat.paragraphOf(begin))].role);
}

} // namespace

ClaimCounterparts::ClaimCounterparts(const FactExtractor::Source &base, const FactExtractor::Source &other,
                                     const PairAlignment &alignment)
{
    const SentencePairing pairing(base, other, alignment);
    m_starts.push_back(0);
    for (qint32 s = 0; s < qint32(other.flat.sentenceStarts.size()); ++s) {
        if (!isClaim(other, s))
            continue;
        for (const auto &[t, share] : pairing.counterparts(s)) {
            if (isClaim(base, t)) {
                m_counterparts.push_back(t);
                m_shares.push_back(share);
            }
        }
        m_sentences.push_back(s);
        m_starts.push_back(qint32(m_counterparts.size()));
    }
}

} // namespace WireDiff
