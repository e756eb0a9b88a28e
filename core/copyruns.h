#pragma once

#include "pairalignment.h"

#include <QtGlobal>

#include <vector>

namespace WireDiff {

struct FlatDocument;
class Lexicon;

// What the word diff and a search of the whole base say about copying, for
// each word of the other article of a pair (punctuation left out, order
// kept; "word q" below indexes otherWords). The evidence WordClassifier
// starts from.
struct CopyRuns
{
    std::vector<qint32> baseWords;  // flat index of each base word
    std::vector<qint32> otherWords; // flat index of each word of the other article
    std::vector<qint32> baseKeys;   // their comparison keys
    std::vector<qint32> otherKeys;
    // Per word q:
    std::vector<quint8> diffRun;       // length of the diff's run of consecutive copied words around it, 0 if not copied; at most maxCount
    std::vector<bool> pureInsertion;   // added between two copied words that are neighbours in the base
    std::vector<qint32> sharedRun;     // longest run around it found anywhere in the base (1: the word alone, 0: absent)
    std::vector<qint32> sourceWord;    // base word (index into baseWords) of that run, or -1
    std::vector<quint8> baseCount;     // occurrences of its key among the base words, at most maxCount

    // Where diffRun and baseCount stop counting. Their readers ask whether
    // they reach a few words (at most WordClassifier::longRun) and scale
    // them by logarithms that top out at 31 and 63; a byte each instead of
    // four is 0.6 MB less of a pair of 100k-word texts while its evidence
    // is gathered.
    static constexpr qint32 maxCount = 255;

    // Runs are searched from words the base uses at most a few dozen times,
    // and not for words inside a diff run of `longRun` words or more (those
    // are copied without asking). Linear in the words plus the runs walked.
    static CopyRuns find(const FlatDocument &base, const FlatDocument &other, const PairAlignment &alignment,
                         const Lexicon &lexicon, qint32 longRun);
};

} // namespace WireDiff
