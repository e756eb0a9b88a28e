#include "pipeline.h"

#include "housestyle.h"
#include "lexicon.h"
#include "paircomparer.h"
#include "paraphrasescorer.h"
#include "termweights.h"
#include "tokenizer.h"
#include "vocabulary.h"

#include <algorithm>

namespace WireDiff::Eval {

namespace {

// See PairPipeline::Pair::relations.
std::vector<quint8> sourceRelations(const FlatDocument &base, const FlatDocument &other,
                                    const WordClassifier::Evidence &evidence, const Lexicon &lexicon,
                                    const ParaphraseScorer &scorer)
{
    std::vector<quint8> relations(size_t(other.size()), 0);
    const auto meaningful = [&lexicon](qint32 key) { return lexicon.isContent(key) && !lexicon.isNumber(key); };
    std::vector<qint32> sourceKeys;
    for (qint32 s = 0; s < qint32(other.sentenceStarts.size()); ++s) {
        const WordClassifier::SourceSentence &source = evidence.sources[size_t(s)];
        sourceKeys.clear();
        for (const qint32 sentence : { source.best, source.second }) {
            if (sentence < 0)
                continue;
            for (qint32 i = base.sentenceStarts[size_t(sentence)]; i < base.sentenceEnd(sentence); ++i) {
                if (meaningful(base.keys[size_t(i)]))
                    sourceKeys.push_back(base.keys[size_t(i)]);
            }
        }
        for (qint32 j = other.sentenceStarts[size_t(s)]; j < other.sentenceEnd(s); ++j) {
            const qint32 key = other.keys[size_t(j)];
            if (evidence.fixedClass[size_t(j)] != WordClassifier::Evidence::open || !meaningful(key)
                || std::any_of(sourceKeys.begin(), sourceKeys.end(),
                               [&](qint32 sourceKey) { return scorer.wordsMatch(key, sourceKey); }))
                continue;
            quint8 kinds = PairPipeline::relationChecked;
            for (const qint32 sourceKey : sourceKeys)
                kinds |= scorer.relation(key, sourceKey);
            relations[size_t(j)] = kinds;
        }
    }
    return relations;
}

} // namespace

PairPipeline::PairPipeline(const std::vector<Article> &articles, qint32 base, const ComparisonOptions &options,
                           const SynonymDictionary *synonyms, bool relations)
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
        if (relations)
            pair.relations = sourceRelations(flats[size_t(base)], flats[a], pair.evidence, lexicon, scorer);
    }
}

} // namespace WireDiff::Eval
