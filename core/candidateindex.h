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
// 100k-word texts while the sentences were scored.
class CandidateIndex
{
public:
    CandidateIndex(const std::vector<RewordedShares::ArticleText> &articles, const Lexicon &lexicon);

    struct Posting
    {
        qint32 global;  // the sentence, numbered across all articles
        qint32 article; // its article, kept beside it for the scan
    };

    qint32 sentenceCount() const { return qint32(m_articleOf.size()); }
    qint32 articleOf(qint32 global) const { return m_articleOf[size_t(global)]; }
    qint32 firstSentence(qint32 article) const { return m_firstSentence[size_t(article)]; }
    std::span<const Posting> sentencesWith(qint32 stem) const
    {
        if (size_t(stem) + 1 >= m_start.size())
            return {};
        return std::span<const Posting>(m_postings).subspan(size_t(m_start[size_t(stem)]),
                                                            size_t(m_start[size_t(stem) + 1] - m_start[size_t(stem)]));
    }

private:
    // A stem in more sentences of an article points nowhere in it.
    static constexpr qint32 maxSentences = 32;

    std::vector<qint32> m_firstSentence; // article -> its first global sentence
    std::vector<qint32> m_articleOf;     // global sentence -> article
    std::vector<qint32> m_start;         // stem -> its first posting; one entry more than stems
    std::vector<Posting> m_postings;     // by stem, then article, then sentence (where rare enough in the article)
};

} // namespace WireDiff
