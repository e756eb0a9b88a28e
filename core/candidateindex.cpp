#include "candidateindex.h"

#include "flatdocument.h"
#include "lexicon.h"

#include <algorithm>
#include <numeric>

namespace WireDiff {

namespace {

// Calls fn(stem, sentence) once per content stem and sentence holding
// it, sentences in order, as RewordedShares' per-article index lists them.
// `lastSentence` (per stem, the last sentence seen, -1 at first) is
// left for the caller to reset.
template<typename Fn>
void forEachStem(const FlatDocument &flat, const Lexicon &lexicon, std::vector<qint32> *lastSentence, Fn fn)
{
    for (qint32 s = 0; s < qint32(flat.sentenceStarts.size()); ++s) {
        for (qint32 i = flat.sentenceStarts[size_t(s)]; i < flat.sentenceEnd(s); ++i) {
            const qint32 key = flat.keys[size_t(i)];
            if (!lexicon.isContent(key))
                continue;
            const qint32 stem = lexicon.stem(key);
            qint32 &last = (*lastSentence)[size_t(stem)];
            if (last != s) {
                last = s;
                fn(stem, s);
            }
        }
    }
}

} // namespace

CandidateIndex::CandidateIndex(const std::vector<RewordedShares::ArticleText> &articles, const Lexicon &lexicon)
{
    qint32 total = 0;
    for (const RewordedShares::ArticleText &text : articles) {
        m_firstSentence.push_back(total);
        total += qint32(text.flat->sentenceStarts.size());
    }
    m_articleOf.resize(size_t(total));
    for (size_t a = 0; a < articles.size(); ++a)
        std::fill_n(m_articleOf.begin() + m_firstSentence[a], articles[a].flat->sentenceStarts.size(), qint32(a));

    // Per article: how many of its sentences hold each stem (a stem in
    // more than 32 sentences of an article points nowhere in it), then
    // its postings. Counted once to size the list, once to fill it.
    const auto stems = size_t(lexicon.stemCount());
    std::vector<qint32> sentencesWithStem(stems, 0);
    std::vector<qint32> lastSentence(stems, -1);
    std::vector<qint32> touched;
    const auto count = [&](const FlatDocument &flat) {
        touched.clear();
        forEachStem(flat, lexicon, &lastSentence, [&](qint32 stem, qint32) {
            if (sentencesWithStem[size_t(stem)]++ == 0)
                touched.push_back(stem);
        });
    };
    const auto forget = [&] {
        for (const qint32 stem : touched) {
            sentencesWithStem[size_t(stem)] = 0;
            lastSentence[size_t(stem)] = -1;
        }
    };
    m_start.assign(stems + 1, 0);
    for (const RewordedShares::ArticleText &text : articles) {
        count(*text.flat);
        for (const qint32 stem : touched) {
            if (sentencesWithStem[size_t(stem)] <= maxSentences)
                m_start[size_t(stem) + 1] += sentencesWithStem[size_t(stem)];
        }
        forget();
    }
    std::partial_sum(m_start.begin(), m_start.end(), m_start.begin());
    m_postings.resize(size_t(m_start.back()));
    std::vector<qint32> next(m_start.begin(), m_start.end() - 1);
    m_stems.reserve(m_postings.size());
    m_stemsStart.assign(size_t(total) + 1, 0);
    for (size_t a = 0; a < articles.size(); ++a) {
        const FlatDocument &flat = *articles[a].flat;
        count(flat);
        for (const qint32 stem : touched)
            lastSentence[size_t(stem)] = -1;
        // Sentences come in order: each one's stems follow the last one's.
        forEachStem(flat, lexicon, &lastSentence, [&](qint32 stem, qint32 sentence) {
            if (sentencesWithStem[size_t(stem)] <= maxSentences) {
                m_postings[size_t(next[size_t(stem)]++)] = m_firstSentence[a] + sentence;
                m_stems.push_back(stem);
                ++m_stemsStart[size_t(m_firstSentence[a] + sentence) + 1];
            }
        });
        forget();
    }
    std::partial_sum(m_stemsStart.begin(), m_stemsStart.end(), m_stemsStart.begin());
}

} // namespace WireDiff
