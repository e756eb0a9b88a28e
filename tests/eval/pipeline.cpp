#include "pipeline.h"

#include "housestyle.h"
#include "lexicon.h"
#include "paircomparer.h"
#include "paraphrasescorer.h"
#include "termweights.h"
#include "tokenizer.h"
#include "vocabulary.h"

namespace WireDiff::Eval {

PairPipeline::PairPipeline(const std::vector<Article> &articles, qint32 base, const ComparisonOptions &options,
                           const SynonymDictionary *synonyms)
{
    Vocabulary vocabulary;
    std::vector<TokenizedArticle> tokens;
    {
        Tokenizer tokenizer(options, &vocabulary);
        for (const Article &article : articles)
            tokens.push_back(tokenizer.tokenize(article.paragraphs, article.language));
    }
    Tokenizer variantTokenizer(options, &vocabulary);
    const HouseStyleMatcher houseStyle(options.houseStyle, &variantTokenizer, &vocabulary);
    const Lexicon lexicon(vocabulary, QStringLiteral("en"));
    std::vector<FlatDocument> flats;
    for (size_t a = 0; a < articles.size(); ++a) {
        flats.push_back(FlatDocument::build(tokens[a], articles[a].paragraphs, lexicon, options.ignorePunctuation));
        houseStyle.apply(&flats.back());
    }
    TermWeights weights(lexicon.stemCount());
    std::vector<qint32> stems;
    for (const FlatDocument &flat : flats) {
        for (qint32 s = 0; s < qint32(flat.sentenceStarts.size()); ++s) {
            stems.clear();
            for (qint32 i = flat.sentenceStarts[size_t(s)]; i < flat.sentenceEnd(s); ++i)
                stems.push_back(lexicon.stem(flat.keys[size_t(i)]));
            weights.addDocument(stems);
        }
    }
    const ParaphraseScorer scorer(vocabulary, lexicon, weights, synonyms);
    const PairComparer comparer(lexicon, weights, scorer, options);
    m_pairs.resize(articles.size());
    m_baseFlat = flats[size_t(base)];
    m_baseTokens = tokens[size_t(base)];
    for (size_t a = 0; a < articles.size(); ++a) {
        if (qint32(a) == base)
            continue;
        Pair &pair = m_pairs[a];
        pair.tokens = tokens[a];
        pair.flat = flats[a];
        pair.alignment = comparer.compare(flats[size_t(base)], flats[a],
                                          WordClassifier::capitalized(flats[a], tokens[a], articles[a].paragraphs),
                                          &pair.evidence);
    }
}

} // namespace WireDiff::Eval
