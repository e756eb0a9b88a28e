#pragma once

#include "pairalignment.h"
#include "wordclassifier.h"

#include <QtGlobal>

#include <array>
#include <utility>
#include <vector>

namespace WireDiff {

struct FlatDocument;
class Lexicon;

// Where the diff places each sentence of the other article, and which
// sentences were edited in place: a sentence of the other article whose
// source sentence (WordClassifier::SourceSentence::best) lies where the
// diff places it is that base sentence's own counterpart, rewritten there.
// VerbatimPairer reads it to tell a moved passage from a phrase the two
// versions share by chance (MoveBar).
class SentencePlaces
{
public:
    // `b` holds the diff's labels of the other article (Same where it paired).
    SentencePlaces(const FlatDocument &base, const FlatDocument &other, const Lexicon &lexicon, const TokenLabels &b,
                   const std::vector<WordClassifier::SourceSentence> &sources);

    // Words in sentence s of other, in base sentence t; punctuation not counted.
    qint32 otherWords(qint32 s) const { return m_otherWords[size_t(s)]; }
    qint32 baseWords(qint32 t) const { return m_baseWords[size_t(t)]; }

    // Whether base token i lies where the diff places sentence s of other:
    // between the base tokens of the diff's last pair before it and its
    // first pair after it.
    bool inPlace(qint32 s, qint32 i) const
    {
        return i >= m_places[size_t(s)].first && i < m_places[size_t(s)].second;
    }
    // Those base tokens, [first, second).
    std::pair<qint32, qint32> place(qint32 s) const { return m_places[size_t(s)]; }
    // Whether base sentence t is the source of sentence s of other and
    // lies, in part at least, where the diff places s: s is t rewritten
    // in place, and t's words in s are not moved from elsewhere.
    bool isOwnSource(qint32 s, qint32 t) const { return m_ownSource[size_t(s)] == t; }
    // Whether sentence s of other, or base sentence t, has its own
    // counterpart in place other than the other one of the two.
    bool editedInPlace(qint32 s, qint32 t) const;

private:
    std::vector<std::pair<qint32, qint32>> m_places; // per sentence of other, base tokens [first, second)
    std::vector<qint32> m_ownSource;                 // per sentence of other: its source in place, or -1
    std::vector<std::array<qint32, 2>> m_editedBy;   // per base sentence: two sentences of other it is the own source of
    std::vector<qint32> m_otherWords;
    std::vector<qint32> m_baseWords;
};

} // namespace WireDiff
