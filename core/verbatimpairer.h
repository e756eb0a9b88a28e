#pragma once

#include "pairalignment.h"
#include "wordclassifier.h"

#include <QtGlobal>

#include <vector>

namespace WireDiff {

struct FlatDocument;
class Lexicon;

// Pairs the tokens of the other article that WordClassifier decided were
// copied with tokens of the base, each base token with at most one: a
// paragraph repeated by mistake finds its base text taken by the copy the
// diff paired, and is added text, not a second "same".
//
// Each copied word claims base words: the diff's or the move detector's
// pair, the base word its longest shared run starts from, the same word in
// its sentence's source, the same word where the diff places the sentence,
// and, for a word paired alone or not at all, any other copy of its run in
// the base (a story may say a thing twice). A claim away from its
// sentence's source and place needs a run of three or more words around
// it, one a content word: a lone "said" or "4", or a pair like "more
// money", is found in many places and tells nothing. Claims are granted
// longest run first (a run counts the words with equal keys around the
// pair, within both sentences), the diff's and the move detector's first
// among equal runs, so a word the diff paired on its own next to text it
// could not pair gives way to the run it belongs to. A mark of punctuation
// goes with the word before it where the base has the same mark after
// that word's counterpart. A claim that would be labelled moved must pass
// MoveBar (a run whose sentence was edited in place elsewhere, or of
// function words only, is no claim), and once every word is paired
// MoveReview judges each moved stretch again as a whole: a piece of a run,
// or a phrase the base repeats, is same; marks alone are not moved.
class VerbatimPairer
{
public:
    // What became of a token of the other article.
    enum class Outcome : quint8 {
        Open,      // not decided verbatim: the classifier labels it
        Paired,    // labelled same or moved, with its base token
        Repeated,  // copied, but all its base text is paired with other text
        Unsourced, // decided verbatim, but no base word tells where from
    };

    // On up to `threads` threads, with the same result as on one.
    VerbatimPairer(const FlatDocument &base, const FlatDocument &other, const Lexicon &lexicon, int threads = 1);

    // `b` holds the diff's and the move detector's labels on entry; the
    // paired tokens leave it labelled same or moved, the others keep their
    // entry labels for the caller to replace. One outcome per token of the
    // other article.
    std::vector<Outcome> pair(const WordClassifier::Evidence &evidence, const std::vector<WordClassifier::Class> &classes,
                              TokenLabels *b) const;

private:
    const FlatDocument &m_base;
    const FlatDocument &m_other;
    const Lexicon &m_lexicon;
    int m_threads;
};

} // namespace WireDiff
