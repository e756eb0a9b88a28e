#pragma once

#include "paragraph.h"
#include "wordclassifier.h"

#include <QtGlobal>

#include <span>
#include <vector>

namespace WireDiff {

struct FlatDocument;
class Lexicon;
class ParaphraseScorer;

// Checks that the words WordClassifier decided were reworded have their
// source sentence's support, and relabels new those that do not: amber
// ("says what the base says in other words") only where the copy plainly
// keeps something of the base sentence it is linked to. The per-word model
// reads the sentence's evidence only through its features, so the copied
// frame of a sentence ("KESSLING, June 8 (Reuters) - The market town of
// Kessling ... on Monday ... said") makes a source of a base sentence about
// something else, and the clause written into that frame ("to sell the old
// cinema building to a housing charity") comes out reworded from it.
// Rewording keeps some of what it rewords: a word of the source, its stem
// or a WordNet sense of it. So, in one sentence of the other article:
//  - a headline rewords only a base headline or the base's lead, never a
//    body sentence that happens to share its words;
//  - a sentence with no copied word has only its shared words to tie it to
//    the source: fewer than `sharedWithoutCopy` of its reworded content
//    words shared, and it is new ("Nobody was killed." does not reword a
//    quote that ends "and nobody listened");
//  - a stretch of reworded words with `longStretch` content words or more,
//    none of which the source sentence(s) share, is new text; so is one of
//    `unlikelyStretch` or more where the sentence and its source are very
//    unlikely paraphrases (probability below `unlikely`);
//  - stray reworded words are new (dropStrayRuns()).
// The bounds were chosen on METER's tuning half (README, Evaluation):
// tighter ones cost reworded F1 there, as METER's annotators tag loose
// rewrites (a shorter stretch between copied words, sharing nothing, is
// gold Rewrite about as often as not), and the copied words around such a
// stretch tell what it stands for.
class RewordingSupport
{
public:
    static constexpr qint32 longStretch = 5;
    static constexpr qint32 unlikelyStretch = 3;
    static constexpr double unlikely = 0.05;
    static constexpr qint32 sharedWithoutCopy = 2;
    // Reworded runs of at most this many words between two new words are
    // stray.
    static constexpr qint32 strayWords = 2;

    // Keeps references.
    RewordingSupport(const FlatDocument &base, const FlatDocument &other, const Lexicon &lexicon,
                     const ParaphraseScorer &scorer);

    // `classes`: one per flat token of `other`, Verbatim only for words
    // paired with a base word. Sets New the Reworded words of sentence
    // `sentence` that its `source` does not support.
    void dropUnsupported(qint32 sentence, const WordClassifier::SourceSentence &source,
                         std::vector<WordClassifier::Class> *classes) const;

    enum class WordKind : quint8 { Punctuation, Function, Content };
    // Relabels New the stray reworded words of one sentence (`classes` and
    // `kinds` per token, in order; punctuation is looked through). A run of
    // reworded words is stray when
    //  - it has no content word and a new word follows it: function words
    //    lead into what comes after them ("and", "of the"), so before added
    //    text they are part of it, not a rewording of the linked sentence;
    //  - it has at most `strayWords` words and new words on both sides
    //    ("for now" between two added clauses).
    // Function words between copied words stay reworded: they mark a small
    // edit inside copied text ("spoke about the plan" for "spoke on the
    // plan"), and METER's annotators tag them Rewrite more often than New.
    static void dropStrayRuns(std::span<WordClassifier::Class> classes, std::span<const WordKind> kinds);

    // Whether a sentence of a paragraph with role `role` may be reworded
    // from base paragraph `sourceParagraph`: a headline only from a base
    // headline or from `baseLead`, the base's first body paragraph.
    static bool mayReword(ParagraphRole role, ParagraphRole sourceRole, qint32 sourceParagraph, qint32 baseLead);

private:
    // Whether the source sentence(s) share content word `key` of `other`
    // by stem or sense; `sourceKeys` are their content words.
    bool shared(qint32 key, const std::vector<qint32> &sourceKeys) const;
    void relabel(qint32 begin, qint32 end, std::vector<WordClassifier::Class> *classes) const;
    WordKind kindOf(qint32 key) const;

    const FlatDocument &m_base;
    const FlatDocument &m_other;
    const Lexicon &m_lexicon;
    const ParaphraseScorer &m_scorer;
    qint32 m_baseLead = -1; // the base's first body paragraph with words, or -1
};

} // namespace WireDiff
