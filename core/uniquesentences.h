#pragma once

#include "articletext.h"
#include "uniquesentence.h"

#include <vector>

namespace WireDiff {

struct Comparison;
class Lexicon;

// Which sentences of the paragraphs that are not unique as a whole are
// "found in no other source" (review 13, finding 8): an invented sentence
// inside a copied paragraph is a claim of its own as much as a paragraph
// alone in its row.
//
// A sentence is listed when it is a claim (in a body or headline paragraph,
// at least minContentWords words that are neither stop words nor numbers,
// and not itself a dateline, time stamp, byline or boilerplate line) and
// less than half of its counted words are found elsewhere, by the evidence
// UniqueParagraphs weighs for a paragraph: linked to the base by the word
// diff (same, moved, reworded or a changed fact; for the base's own words,
// kept by at least one other article) or in a 3-word run another article
// has. A sentence the diff paired with one of the other article's as its
// rewording (any word reworded or a changed fact) says what that one says
// and is not listed, nor is one that replaces, in the same row, a sentence
// on the same subject the comparison leaves mostly unmatched (a rewording
// the paraphrase matcher missed), nor one another article carries in part
// (most of the content words of one of its sentences are in 3-word runs of
// this one: a quote whose first clause the copy cut). A whole unique paragraph is never split
// into sentences here: it is listed once, as a paragraph. With one article
// there is no other source.
class UniqueSentences
{
public:
    // A sentence with fewer content words states nothing to check ("He
    // declined.", "Read more.").
    static constexpr qint32 minContentWords = 3;
    // At least this share of a sentence's counted words found elsewhere:
    // not unique (UniqueParagraphs::mostlyFromBase for a sentence).
    static constexpr double mostlyFoundElsewhere = 0.5;
    // Another article's sentence with at least this share of its content
    // words in 3-word runs of a sentence carries that sentence in part (a
    // copy that cut a clause): the sentence is not unique, however much of
    // it the cut dropped.
    static constexpr double carriedShare = 2.0 / 3.0;

    // In article order, then reading order. `texts[a]` is article a of
    // `comparison`, whose spans are built (Comparator::buildSpans).
    static std::vector<UniqueSentence> find(const Comparison &comparison, const std::vector<ArticleText> &texts,
                                            const Lexicon &lexicon);
};

} // namespace WireDiff
