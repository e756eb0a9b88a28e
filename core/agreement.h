#pragma once

#include <QtGlobal>

#include <vector>

namespace WireDiff {

struct AlignedRow;
struct ArticleText;
class Lexicon;

// A stretch of a paragraph whose words are carried by `count` of the N
// articles (itself included) in the same row. UTF-16 offsets, like DiffSpan.
struct AgreementSpan
{
    qint32 paragraph = 0;
    qint32 start = 0;
    qint32 end = 0;
    qint32 count = 1;

    friend bool operator==(const AgreementSpan &, const AgreementSpan &) = default;
};

// Agreement shading, a view with no base: for every word, how many
// articles have that word in the same row. Words are compared by key (case,
// quote style and house style folded); punctuation and tokens outside the
// comparison take the count of the word before them. Linear in the text:
// one count per row, in tables as long as the vocabulary.
class Agreement
{
public:
    static std::vector<std::vector<AgreementSpan>> compute(const std::vector<AlignedRow> &rows,
                                                           const std::vector<ArticleText> &articles,
                                                           const Lexicon &lexicon);
};

} // namespace WireDiff
