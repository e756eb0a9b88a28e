#pragma once

#include "wordclassifier.h"

#include <QtGlobal>

#include <vector>

namespace WireDiff {

struct FlatDocument;
class Lexicon;
class ParaphraseScorer;

// Checks that the words WordClassifier decided were reworded have their
// source sentence's support, and relabels new those that do not. The
// per-word model reads the sentence's evidence only through its features,
// so the copied frame of a sentence ("KESSLING, June 8 (Reuters) - The
// market town of Kessling ... on Monday ... said") makes a source of a base
// sentence about something else, and the clause written into that frame
// ("to sell the old cinema building to a housing charity") comes out
// reworded from it. Rewording keeps some of what it rewords: a word of the
// source, its stem or a WordNet sense of it. So:
//  - a stretch of reworded words with `longStretch` content words or more,
//    none of which the source sentence(s) share, is new text;
//  - a sentence with no copied word has only its shared words to tie it to
//    the source: fewer than `sharedWithoutCopy` of its reworded content
//    words shared, and it is new ("Nobody was killed." does not reword a
//    quote that ends "and nobody listened").
// The bounds are the tightest that keep METER's word-level reworded F1 on
// both halves: METER's annotators tag loose rewrites (a shorter stretch
// between copied words, sharing nothing, is gold Rewrite about as often as
// not), and the copied words around such a stretch tell what it stands for.
class RewordingSupport
{
public:
    static constexpr qint32 longStretch = 6;
    static constexpr qint32 sharedWithoutCopy = 2;

    // Keeps references.
    RewordingSupport(const FlatDocument &base, const FlatDocument &other, const Lexicon &lexicon,
                     const ParaphraseScorer &scorer);

    // `classes`: one per flat token of `other`, Verbatim only for words
    // paired with a base word. Sets New the Reworded words of sentence
    // `sentence` that its `source` does not support.
    void dropUnsupported(qint32 sentence, const WordClassifier::SourceSentence &source,
                         std::vector<WordClassifier::Class> *classes) const;

private:
    // Whether the source sentence(s) share content word `key` of `other`
    // by stem or sense; `sourceKeys` are their content words.
    bool shared(qint32 key, const std::vector<qint32> &sourceKeys) const;
    void relabel(qint32 begin, qint32 end, std::vector<WordClassifier::Class> *classes) const;

    const FlatDocument &m_base;
    const FlatDocument &m_other;
    const Lexicon &m_lexicon;
    const ParaphraseScorer &m_scorer;
};

} // namespace WireDiff
