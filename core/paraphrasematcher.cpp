#include "paraphrasematcher.h"

#include "flatdocument.h"
#include "lexicon.h"
#include "paraphrasescorer.h"
#include "termweights.h"

#include <QHash>

#include <algorithm>

namespace WireDiff {

namespace {

struct SentenceState
{
    qint32 begin = 0;
    qint32 end = 0;
    int words = 0;
    int unmatched = 0; // words still Added (other side) or Removed (base side)
};

std::vector<SentenceState> sentenceStates(const FlatDocument &doc, const TokenLabels &labels,
                                          ChangeClass unmatched, const Lexicon &lexicon)
{
    std::vector<SentenceState> states;
    states.reserve(doc.sentenceStarts.size());
    for (qint32 s = 0; s < qint32(doc.sentenceStarts.size()); ++s) {
        SentenceState state { doc.sentenceStarts[size_t(s)], doc.sentenceEnd(s), 0, 0 };
        for (qint32 i = state.begin; i < state.end; ++i) {
            if (lexicon.isPunctuation(doc.keys[size_t(i)]))
                continue;
            ++state.words;
            state.unmatched += labels.classes[size_t(i)] == unmatched;
        }
        states.push_back(state);
    }
    return states;
}

bool worthMatching(const SentenceState &state)
{
    // One or two replaced words in a copied sentence are a word-level matter.
    return state.unmatched >= 3 || (state.unmatched >= 1 && state.unmatched * 10 >= state.words * 3);
}

struct Candidate
{
    qint32 sentenceA;
    qint32 sentenceB;
    double probability;
};

void markParaphrase(TokenLabels *labels, qint32 begin, qint32 end, ChangeClass unmatched, qint32 group)
{
    for (qint32 i = begin; i < end; ++i) {
        if (labels->classes[size_t(i)] == unmatched) {
            labels->classes[size_t(i)] = ChangeClass::Paraphrased;
            labels->group[size_t(i)] = group;
        }
    }
}

} // namespace

ParaphraseMatcher::ParaphraseMatcher(const Lexicon &lexicon, const TermWeights &weights,
                                     const ParaphraseScorer &scorer, double threshold)
    : m_lexicon(lexicon)
    , m_weights(weights)
    , m_scorer(scorer)
    , m_threshold(threshold)
{
}

void ParaphraseMatcher::matchSentences(const FlatDocument &a, const FlatDocument &b,
                                       PairAlignment *alignment) const
{
    const std::vector<SentenceState> statesA = sentenceStates(a, alignment->a, ChangeClass::Removed, m_lexicon);
    const std::vector<SentenceState> statesB = sentenceStates(b, alignment->b, ChangeClass::Added, m_lexicon);

    // Inverted index: content stem -> base sentences that lost words.
    QHash<qint32, std::vector<qint32>> index;
    for (qint32 s = 0; s < qint32(statesA.size()); ++s) {
        if (statesA[size_t(s)].unmatched == 0)
            continue;
        for (qint32 i = statesA[size_t(s)].begin; i < statesA[size_t(s)].end; ++i) {
            const qint32 key = a.keys[size_t(i)];
            if (!m_lexicon.isContent(key))
                continue;
            std::vector<qint32> &postings = index[m_lexicon.stem(key)];
            if (postings.empty() || postings.back() != s)
                postings.push_back(s);
        }
    }
    if (index.isEmpty())
        return;

    std::vector<Candidate> candidates;
    QHash<qint32, double> accumulated;
    for (qint32 s = 0; s < qint32(statesB.size()); ++s) {
        const SentenceState &state = statesB[size_t(s)];
        if (!worthMatching(state))
            continue;
        accumulated.clear();
        for (qint32 i = state.begin; i < state.end; ++i) {
            const qint32 key = b.keys[size_t(i)];
            if (!m_lexicon.isContent(key))
                continue;
            const auto postings = index.constFind(m_lexicon.stem(key));
            if (postings == index.constEnd() || postings->size() > 64)
                continue; // a stem in every sentence says nothing about which one
            for (const qint32 sentence : *postings)
                accumulated[sentence] += m_weights.weight(m_lexicon.stem(key));
        }
        std::vector<std::pair<double, qint32>> ranked;
        for (auto it = accumulated.cbegin(); it != accumulated.cend(); ++it)
            ranked.emplace_back(it.value(), it.key());
        const size_t keep = std::min<size_t>(ranked.size(), 4);
        std::partial_sort(ranked.begin(), ranked.begin() + qsizetype(keep), ranked.end(),
                          [](const auto &x, const auto &y) { return x.first > y.first || (x.first == y.first && x.second < y.second); });
        for (size_t k = 0; k < keep; ++k) {
            const SentenceState &base = statesA[size_t(ranked[k].second)];
            const double p = m_scorer.probability(
                a.keySpan().subspan(size_t(base.begin), size_t(base.end - base.begin)),
                b.keySpan().subspan(size_t(state.begin), size_t(state.end - state.begin)));
            if (p >= m_threshold)
                candidates.push_back(Candidate { ranked[k].second, s, p });
        }
    }

    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &x, const Candidate &y) { return x.probability > y.probability; });
    std::vector<bool> usedB(statesB.size(), false);
    std::vector<int> usesA(statesA.size(), 0);
    for (const Candidate &candidate : candidates) {
        if (usedB[size_t(candidate.sentenceB)] || usesA[size_t(candidate.sentenceA)] >= 3)
            continue;
        usedB[size_t(candidate.sentenceB)] = true;
        ++usesA[size_t(candidate.sentenceA)];
        const SentenceState &sa = statesA[size_t(candidate.sentenceA)];
        const SentenceState &sb = statesB[size_t(candidate.sentenceB)];
        const auto group = qint32(alignment->paraphrases.size());
        alignment->paraphrases.push_back(
            ParaphraseLink { sa.begin, sa.end, sb.begin, sb.end, float(candidate.probability) });
        markParaphrase(&alignment->a, sa.begin, sa.end, ChangeClass::Removed, group);
        markParaphrase(&alignment->b, sb.begin, sb.end, ChangeClass::Added, group);
    }
}

void ParaphraseMatcher::matchReplacements(const FlatDocument &a, const FlatDocument &b,
                                          const EditScript &script, PairAlignment *alignment) const
{
    const std::vector<EditRun> &runs = script.runs;
    for (size_t i = 0; i + 1 < runs.size(); ++i) {
        const EditRun &deleted = runs[i];
        const EditRun &inserted = runs[i + 1];
        if (deleted.op != EditOp::Delete || inserted.op != EditOp::Insert)
            continue;
        if (deleted.length > 4 || inserted.length > 4)
            continue;
        std::vector<qint32> left, right;
        bool unclaimed = true;
        for (qint32 k = deleted.aStart; k < deleted.aEnd(); ++k) {
            unclaimed = unclaimed && alignment->a.classes[size_t(k)] == ChangeClass::Removed;
            if (m_lexicon.isContent(a.keys[size_t(k)]))
                left.push_back(a.keys[size_t(k)]);
        }
        for (qint32 k = inserted.bStart; k < inserted.bEnd(); ++k) {
            unclaimed = unclaimed && alignment->b.classes[size_t(k)] == ChangeClass::Added;
            if (m_lexicon.isContent(b.keys[size_t(k)]))
                right.push_back(b.keys[size_t(k)]);
        }
        if (!unclaimed || left.empty() || left.size() != right.size())
            continue;
        const bool allMatch = std::all_of(left.begin(), left.end(), [&](qint32 key) {
            return std::any_of(right.begin(), right.end(),
                               [&](qint32 other) { return m_scorer.wordsMatch(key, other); });
        }) && std::all_of(right.begin(), right.end(), [&](qint32 key) {
            return std::any_of(left.begin(), left.end(),
                               [&](qint32 other) { return m_scorer.wordsMatch(other, key); });
        });
        if (!allMatch)
            continue;
        const auto group = qint32(alignment->paraphrases.size());
        alignment->paraphrases.push_back(ParaphraseLink { deleted.aStart, deleted.aEnd(), inserted.bStart,
                                                          inserted.bEnd(), 1.0f });
        markParaphrase(&alignment->a, deleted.aStart, deleted.aEnd(), ChangeClass::Removed, group);
        markParaphrase(&alignment->b, inserted.bStart, inserted.bEnd(), ChangeClass::Added, group);
    }
}

} // namespace WireDiff
