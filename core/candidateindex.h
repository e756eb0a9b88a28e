#pragma once

#include "rewordedshares.h"

#include <QtGlobal>

#include <span>
#include <vector>

namespace WireDiff {

class Lexicon;

// All articles' sentences by content stem, for RewordedShares to look a
// sentence up in every article at once: the same candidates, with the same
// shared weights summed in the same order, as its exhaustive reference
// finds article by article from each article's own stem index. Built straight from the articles' keys
// into one list ordered by stem (then article, then sentence), without the
// per-article hash tables of lists: those held 1.6 MB of a pair of
// 100k-word texts while the sentences were scored. The same postings are
// also kept by sentence (stemsOf()): which of a sentence's stems point to
// it, for checking a candidate's shared stems without a scan.
class CandidateIndex
{
public:
    CandidateIndex(const std::vector<RewordedShares::ArticleText> &articles, const Lexicon &lexicon);

    qint32 sentenceCount() const { return qint32(m_articleOf.size()); }
    qint32 articleOf(qint32 global) const { return m_articleOf[size_t(global)]; }
    qint32 firstSentence(qint32 article) const { return m_firstSentence[size_t(article)]; }
    // One more than the highest stem with postings: stem ids are below it.
    qint32 stemLimit() const { return qint32(m_start.size()) - 1; }
    // The stems whose postings list the sentence `global`, in no set order.
    std::span<const qint32> stemsOf(qint32 global) const
    {
        return std::span<const qint32>(m_stems).subspan(size_t(m_stemsStart[size_t(global)]),
                                                        size_t(m_stemsStart[size_t(global) + 1] - m_stemsStart[size_t(global)]));
    }
    // The sentences (numbered across all articles) holding `stem`, where
    // rare enough in their article.
    std::span<const qint32> sentencesWith(qint32 stem) const
    {
        if (size_t(stem) + 1 >= m_start.size())
            return {};
        return std::span<const qint32>(m_postings).subspan(size_t(m_start[size_t(stem)]),
                                                            size_t(m_start[size_t(stem) + 1] - m_start[size_t(stem)]));
    }

private:
    // A stem in more sentences of an article points nowhere in it.
    static constexpr qint32 maxSentences = 32;

    std::vector<qint32> m_firstSentence; // article -> its first global sentence
    std::vector<qint32> m_articleOf;     // global sentence -> article
    std::vector<qint32> m_start;         // stem -> its first posting; one entry more than stems
    std::vector<qint32> m_postings;      // global sentences by stem, then article, then sentence (where rare enough in the article)
    std::vector<qint32> m_stemsStart;    // global sentence -> its first entry in m_stems; one entry more than sentences
    std::vector<qint32> m_stems;         // the postings again, by sentence: each posting's stem
};

} // namespace WireDiff
