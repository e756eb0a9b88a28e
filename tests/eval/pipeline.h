#pragma once

#include "article.h"
#include "comparisonoptions.h"
#include "flatdocument.h"
#include "pairalignment.h"
#include "token.h"
#include "wordclassifier.h"

#include <vector>

namespace WireDiff {
class SynonymDictionary;
}

namespace WireDiff::Eval {

// The comparison's pair stage exactly as Comparator runs it (tokenize,
// lexicon, flat documents, term weights over all sentences, PairComparer
// against the base), but keeping what the word classifier weighed for each
// token: the material `--train` fits WordClassModel on. The scores the
// evaluation prints always come from Comparator itself.
class PairPipeline
{
public:
    struct Pair
    {
        TokenizedArticle tokens;
        FlatDocument flat;
        PairAlignment alignment;
        WordClassifier::Evidence evidence;
        // With `relations`: per flat token, relationChecked for an open
        // content word none of whose source sentence(s)' content words
        // shares its stem or a sense, or'ed with the
        // SynonymDictionary::Relation kinds that link it to one of them
        // (ParaphraseScorer::relation()); 0 for the other tokens.
        std::vector<quint8> relations;
    };
    static constexpr quint8 relationChecked = 0x80;

    PairPipeline(const std::vector<Article> &articles, qint32 base, const ComparisonOptions &options,
                 const SynonymDictionary *synonyms, bool relations = false);

    // [article]; the base's entry is empty.
    const std::vector<Pair> &pairs() const { return m_pairs; }
    const FlatDocument &baseFlat() const { return m_baseFlat; }
    const TokenizedArticle &baseTokens() const { return m_baseTokens; }

private:
    std::vector<Pair> m_pairs;
    FlatDocument m_baseFlat;
    TokenizedArticle m_baseTokens;
};

} // namespace WireDiff::Eval
