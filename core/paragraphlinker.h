#pragma once

#include "pairalignment.h"
#include "paragraph.h"
#include "paragraphaligner.h"

#include <vector>

namespace WireDiff {

struct FlatDocument;
class Lexicon;

// The evidence ParagraphAligner weighs to put paragraphs in one row:
//  - base links: a paragraph of the base and one of another article, by the
//    words the pair's comparison found copied, moved or reworded between
//    them, as the panes paint them (a paragraph shown rewording a base
//    paragraph is in its row);
//  - leftover links: paragraphs of two other articles that the base lacks
//    (or that repeat a base paragraph another paragraph already took), by
//    the word 3-grams with two content words they share, weighed as the
//    share of the shorter paragraph's such 3-grams, in its words;
//  - the same boilerplate line: sign-offs and copyright lines the diff
//    never reads, word for word the same (white space and case aside) in
//    two articles, tied to the base's copy, else to the first article's.
// Weights are in words, comparable with ParagraphAligner::minCoverage.
class ParagraphLinker
{
public:
    // `flat` holds every article of the comparison; `base` indexes it.
    ParagraphLinker(const std::vector<FlatDocument> &flat, const Lexicon &lexicon, qint32 base);

    std::vector<ParagraphEvidence> baseLinks(qint32 other, const PairAlignment &pair) const;
    std::vector<ParagraphEvidence> leftoverLinks(const std::vector<ParagraphEvidence> &links) const;
    // `paragraphs[a]`: article a's paragraphs. Each article's first copy of
    // a line links once; a line it repeats stays in a row of its own.
    static std::vector<ParagraphEvidence> sameBoilerplateLinks(const std::vector<const std::vector<Paragraph> *> &paragraphs,
                                                               qint32 base);
    // The words of a paragraph the diff does not read (boilerplate), by
    // white space: its weight in the alignment, where the flat text has none.
    static qint32 unreadWords(const Paragraph &paragraph);
    // Tokens of [flatBegin, flatEnd) of `article` that are not punctuation.
    qint32 wordCount(qint32 article, qint32 flatBegin, qint32 flatEnd) const;

private:
    const std::vector<FlatDocument> &m_flat;
    const Lexicon &m_lexicon;
    qint32 m_base;
};

} // namespace WireDiff
