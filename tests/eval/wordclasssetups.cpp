#include "wordclasssetups.h"

#include "logistic.h"

#include "softmax.h"

#include <algorithm>
#include <cmath>

namespace WireDiff::Eval::Meter {

using Features = WordClassifier::Features;
using Probabilities = WordClassifier::Probabilities;

int wordFoldOf(const TrainingArticle &article, int salt)
{
    if (salt == 0)
        return int((stableHash(article.story) >> 1) % 4);
    return int((stableHash(article.story + QLatin1Char('#') + QString::number(salt)) >> 1) % 4);
}

Confusion decodedConfusion(const std::vector<TrainingArticle> &articles, const ArticleProbabilities &probabilities,
                           const WordClassifier::Decoding &decoding, const ArticleFilter &use)
{
    Confusion confusion(WordClassCount);
    for (size_t a = 0; a < articles.size(); ++a) {
        if (use && !use(a))
            continue;
        const TrainingArticle &article = articles[a];
        const std::vector<WordClassifier::Class> classes =
            WordClassifier::decide(article.evidence, article.flat, probabilities[a], decoding);
        for (size_t j = 0; j < classes.size(); ++j)
            if (article.gold[j] >= 0 && article.evidence.fixedClass[j] != WordClassifier::Evidence::punctuation)
                confusion.add(article.gold[j], int(classes[j]));
    }
    return confusion;
}

WordClassifier::Decoding fitDecoding(const std::vector<TrainingArticle> &articles,
                                     const ArticleProbabilities &probabilities, const ArticleFilter &use)
{
    // Transitions between the gold classes of neighbouring words (in
    // order, punctuation skipped), add-one smoothed: log P(to | from).
    std::array<std::array<double, WordClassCount>, WordClassCount> counts {};
    for (size_t a = 0; a < articles.size(); ++a) {
        if (use && !use(a))
            continue;
        const TrainingArticle &article = articles[a];
        int previous = -1;
        for (size_t j = 0; j < article.gold.size(); ++j) {
            if (article.evidence.fixedClass[j] == WordClassifier::Evidence::punctuation)
                continue;
            const int gold = article.gold[j];
            if (previous >= 0 && gold >= 0)
                counts[size_t(previous)][size_t(gold)] += 1;
            previous = gold;
        }
    }
    std::array<std::array<double, WordClassCount>, WordClassCount> logTransition {};
    for (int from = 0; from < WordClassCount; ++from) {
        double total = 0;
        for (int to = 0; to < WordClassCount; ++to)
            total += counts[size_t(from)][size_t(to)] + 1;
        for (int to = 0; to < WordClassCount; ++to)
            logTransition[size_t(from)][size_t(to)] = std::log((counts[size_t(from)][size_t(to)] + 1) / total);
    }
    WordClassifier::Decoding best;
    double bestScore = -1;
    for (double scale = 0; scale <= 2.01; scale += 0.25) {
        for (double reworded = -1; reworded <= 2.51; reworded += 0.25) {
            for (double added = -1.5; added <= 1.51; added += 0.25) {
                WordClassifier::Decoding decoding { { 0.0, reworded, added }, {} };
                for (int from = 0; from < WordClassCount; ++from)
                    for (int to = 0; to < WordClassCount; ++to)
                        decoding.transition[size_t(from)][size_t(to)] = scale * logTransition[size_t(from)][size_t(to)];
                const double score = decodedConfusion(articles, probabilities, decoding, use).macroF1();
                if (score > bestScore) {
                    bestScore = score;
                    best = decoding;
                }
            }
        }
    }
    return best;
}

std::vector<double> WordExpansion::operator()(const Features &f) const
{
    std::vector<double> x(f.begin(), f.end());
    for (const int feature : dropped)
        x[size_t(feature)] = 0.0;
    for (const auto &[feature, thresholds] : bins)
        for (const double t : thresholds)
            x.push_back(f[size_t(feature)] >= t ? 1.0 : 0.0);
    for (const auto &[first, second] : products)
        x.push_back(f[size_t(first)] * f[size_t(second)]);
    return x;
}

const std::vector<int> &continuousWordFeatures()
{
    using F = WordClassifier::Feature;
    static const std::vector<int> continuous { F::DiffRun, F::SharedRun, F::BaseFrequency, F::Rarity, F::PreviousRun,
                                               F::NextRun, F::SentenceProbability, F::SentenceCosine, F::SentenceCopied,
                                               F::SentenceCovered, F::SentenceLength, F::SentenceContained,
                                               F::SourceContained, F::WindowCopied, F::WindowSourced, F::NearCopy,
                                               F::ArticleCopied, F::BestCosine, F::NeighbourCosine, F::SentencePosition };
    return continuous;
}

std::vector<std::pair<int, std::vector<double>>> quantileBins(const std::vector<TrainingArticle> &articles,
                                                              const std::vector<int> &features, int count)
{
    std::vector<std::pair<int, std::vector<double>>> result;
    for (const int feature : features) {
        std::vector<double> values;
        for (const TrainingArticle &article : articles)
            for (size_t j = 0; j < article.gold.size(); ++j)
                if (article.gold[j] >= 0 && article.evidence.fixedClass[j] == WordClassifier::Evidence::open)
                    values.push_back((*article.evidence.featuresOf(qint32(j)))[size_t(feature)]);
        std::sort(values.begin(), values.end());
        std::vector<double> thresholds;
        for (int q = 1; q < count && !values.empty(); ++q) {
            const double t = values[values.size() * size_t(q) / size_t(count)];
            if (t > values.front() && (thresholds.empty() || t > thresholds.back()))
                thresholds.push_back(t);
        }
        if (!thresholds.empty())
            result.emplace_back(feature, thresholds);
    }
    return result;
}


namespace {

using F = WordClassifier::Feature;

struct Setup
{
    QString name;
    WordExpansion expansion;
    double l2 = 1.0;
    bool secondStage = false;
};

// The second stage's inputs for each open row: the first stage's log-odds
// of Reworded and New against Verbatim, and the shares of the word's
// sentence and of the 4 words either side that the first stage gives each
// of them (decided words count as their class, punctuation not at all).
std::vector<std::vector<double>> secondStageInputs(const TrainingArticle &article,
                                                   const std::vector<Probabilities> &first)
{
    const FlatDocument &flat = article.flat;
    const WordClassifier::Evidence &evidence = article.evidence;
    std::vector<std::vector<double>> result(first.size());
    for (qint32 s = 0; s < qint32(flat.sentenceStarts.size()); ++s) {
        std::vector<Probabilities> words;
        std::vector<qint32> rows;
        for (qint32 j = flat.sentenceStarts[size_t(s)]; j < flat.sentenceEnd(s); ++j) {
            const qint8 fixed = evidence.fixedClass[size_t(j)];
            if (fixed == WordClassifier::Evidence::punctuation)
                continue;
            const qint32 row = evidence.openRows.rowOf(j);
            Probabilities p {};
            if (row >= 0)
                p = first[size_t(row)];
            else
                p[size_t(fixed)] = 1.0;
            words.push_back(p);
            rows.push_back(row);
        }
        Probabilities sentence {};
        for (const Probabilities &p : words)
            for (size_t c = 0; c < p.size(); ++c)
                sentence[c] += p[c] / double(words.size());
        for (size_t w = 0; w < words.size(); ++w) {
            if (rows[w] < 0)
                continue;
            Probabilities window {};
            const size_t from = w >= 4 ? w - 4 : 0;
            const size_t to = std::min(words.size(), w + 5);
            for (size_t v = from; v < to; ++v)
                if (v != w)
                    for (size_t c = 0; c < window.size(); ++c)
                        window[c] += words[v][c] / double(std::max<size_t>(1, to - from - 1));
            const Probabilities &p = words[w];
            const auto logit = [](double x, double y) { return std::log(std::max(1e-9, x) / std::max(1e-9, y)); };
            result[size_t(rows[w])] = { logit(p[1], p[0]), logit(p[2], p[0]), sentence[1], sentence[2], window[1],
                                        window[2] };
        }
    }
    return result;
}

// The samples of the articles `use` accepts: the gold open words, with
// their inputs from `inputs` (per article, per open row).
std::vector<Sample> samplesOf(const std::vector<TrainingArticle> &articles,
                              const std::vector<std::vector<std::vector<double>>> &inputs,
                              const std::function<bool(size_t)> &use)
{
    std::vector<Sample> samples;
    for (size_t a = 0; a < articles.size(); ++a) {
        if (!use(a))
            continue;
        const TrainingArticle &article = articles[a];
        for (size_t j = 0; j < article.gold.size(); ++j) {
            if (article.gold[j] < 0 || article.evidence.fixedClass[j] != WordClassifier::Evidence::open)
                continue;
            samples.push_back(Sample { inputs[a][size_t(article.evidence.openRows.rowOf(qint32(j)))], article.gold[j] });
        }
    }
    return samples;
}

std::vector<Probabilities> predict(const LogisticModel &model, const std::vector<std::vector<double>> &rows)
{
    std::vector<Probabilities> result;
    result.reserve(rows.size());
    for (const std::vector<double> &x : rows) {
        const std::vector<double> p = model.predict(x);
        result.push_back(Probabilities { p[0], p[1], p[2] });
    }
    return result;
}

struct Outcome
{
    Confusion crossValidated;  // --train's measure: grouping 0, decoding fitted in-sample
    Confusion inSample;
    Confusion nested;          // decoding fitted on the other folds' out-of-fold words, pooled over groupings
    double nestedMean = 0;     // the mean over groupings of its macro F1
    std::vector<double> perGrouping; // each grouping's macro F1
    size_t inputs = 0;
};

constexpr int groupings = 6;

// Out-of-fold probabilities of every article under the grouping `salt`.
ArticleProbabilities outOfFold(const std::vector<TrainingArticle> &articles,
                               const std::vector<std::vector<std::vector<double>>> &inputs, const Setup &setup,
                               int salt)
{
    ArticleProbabilities result(articles.size());
    for (int fold = 0; fold < 4; ++fold) {
        const LogisticModel model = LogisticModel::fit(
            samplesOf(articles, inputs, [&](size_t a) { return wordFoldOf(articles[a], salt) != fold; }),
            WordClassCount, setup.l2);
        for (size_t a = 0; a < articles.size(); ++a)
            if (wordFoldOf(articles[a], salt) == fold)
                result[a] = predict(model, inputs[a]);
    }
    if (!setup.secondStage)
        return result;
    // The second stage learns from first-stage probabilities of words the
    // first stage was not fitted on, as it will meet them on new text.
    std::vector<std::vector<std::vector<double>>> second(articles.size());
    for (size_t a = 0; a < articles.size(); ++a)
        second[a] = secondStageInputs(articles[a], result[a]);
    ArticleProbabilities secondResult(articles.size());
    for (int fold = 0; fold < 4; ++fold) {
        const LogisticModel stage = LogisticModel::fit(
            samplesOf(articles, second, [&](size_t a) { return wordFoldOf(articles[a], salt) != fold; }),
            WordClassCount, setup.l2);
        for (size_t a = 0; a < articles.size(); ++a)
            if (wordFoldOf(articles[a], salt) == fold)
                secondResult[a] = predict(stage, second[a]);
    }
    return secondResult;
}

Outcome evaluate(const std::vector<TrainingArticle> &articles, const Setup &setup)
{
    std::vector<std::vector<std::vector<double>>> inputs(articles.size());
    for (size_t a = 0; a < articles.size(); ++a)
        for (const Features &f : articles[a].evidence.features)
            inputs[a].push_back(setup.expansion(f));
    Outcome outcome;
    outcome.inputs = setup.expansion(Features {}).size();
    outcome.nested = Confusion(WordClassCount);
    for (int salt = 0; salt < groupings; ++salt) {
        const ArticleProbabilities probabilities = outOfFold(articles, inputs, setup, salt);
        if (salt == 0) {
            // --train's measure, for comparison with the figures it prints.
            ArticleProbabilities inSample(articles.size());
            const LogisticModel model = LogisticModel::fit(samplesOf(articles, inputs, [](size_t) { return true; }),
                                                           WordClassCount, setup.l2);
            for (size_t a = 0; a < articles.size(); ++a)
                inSample[a] = predict(model, inputs[a]);
            if (setup.secondStage) {
                std::vector<std::vector<std::vector<double>>> second(articles.size());
                for (size_t a = 0; a < articles.size(); ++a)
                    second[a] = secondStageInputs(articles[a], probabilities[a]);
                const LogisticModel stage = LogisticModel::fit(
                    samplesOf(articles, second, [](size_t) { return true; }), WordClassCount, setup.l2);
                for (size_t a = 0; a < articles.size(); ++a)
                    inSample[a] = predict(stage, secondStageInputs(articles[a], inSample[a]));
            }
            const WordClassifier::Decoding decoding = fitDecoding(articles, inSample);
            outcome.crossValidated = decodedConfusion(articles, probabilities, decoding);
            outcome.inSample = decodedConfusion(articles, inSample, decoding);
        }
        Confusion grouping(WordClassCount);
        for (int fold = 0; fold < 4; ++fold) {
            const WordClassifier::Decoding decoding = fitDecoding(
                articles, probabilities, [&](size_t a) { return wordFoldOf(articles[a], salt) != fold; });
            grouping.add(decodedConfusion(articles, probabilities, decoding,
                                          [&](size_t a) { return wordFoldOf(articles[a], salt) == fold; }));
        }
        outcome.nested.add(grouping);
        outcome.nestedMean += grouping.macroF1() / groupings;
        outcome.perGrouping.push_back(grouping.macroF1());
    }
    return outcome;
}

} // namespace

void compareWordSetups(const std::vector<TrainingArticle> &articles, const QString &which)
{
    // Interactions with a reason each: a quoted word's sentence evidence
    // means something else (quotes are copied or new, rarely reworded);
    // a shared run means less in a long sentence and more in a copied one;
    // a content word found in the source is reworded where the sentence
    // matches well and new where it does not; a source word outside any
    // copied run is the mark of a rewording.
    const std::vector<std::pair<int, int>> reasoned {
        { F::InQuote, F::SentenceCosine },   { F::InQuote, F::SentenceCovered },  { F::InQuote, F::BestCosine },
        { F::SharedRun3, F::SentenceLength }, { F::SharedRun3, F::SentenceCopied }, { F::SharedRun, F::SentenceLength },
        { F::ContentInSource, F::SentenceCosine }, { F::Content, F::BestCosine },   { F::StemInSource, F::WindowCopied },
        { F::SynonymInSource, F::SentenceProbability }, { F::Capitalized, F::StemInSource }, { F::Number, F::KeyInSource },
        { F::DiffRun, F::ArticleCopied },     { F::SharedRun, F::BaseFrequency },  { F::Rarity, F::InBase },
    };
    // The sentence's likeness to its source, where a bend is most expected
    // (a loose match is neither copy nor rewrite, a close one either).
    const std::vector<int> likeness { F::SentenceProbability, F::SentenceCosine, F::SentenceCovered,
                                      F::SentenceContained, F::SourceContained, F::BestCosine,
                                      F::NeighbourCosine, F::SentenceLength };
    std::vector<Setup> setups {
        { QStringLiteral("main's features"), {}, 1.0, false },
        { QStringLiteral("main's features"), {}, 10.0, false },
        { QStringLiteral("+ 3-quantile bins"), { quantileBins(articles, continuousWordFeatures(), 3), {} }, 1.0, false },
        { QStringLiteral("+ 3-quantile bins"), { quantileBins(articles, continuousWordFeatures(), 3), {} }, 10.0, false },
        { QStringLiteral("+ 5-quantile bins"), { quantileBins(articles, continuousWordFeatures(), 5), {} }, 10.0, false },
        { QStringLiteral("+ 4-quantile bins of the sentence's likeness"), { quantileBins(articles, likeness, 4), {} }, 3.0, false },
        { QStringLiteral("+ reasoned interactions"), { {}, reasoned }, 1.0, false },
        { QStringLiteral("+ reasoned interactions"), { {}, reasoned }, 10.0, false },
        { QStringLiteral("+ 3-quantile bins + reasoned interactions"), { quantileBins(articles, continuousWordFeatures(), 3), reasoned }, 10.0, false },
        { QStringLiteral("main's features, second stage"), {}, 1.0, true },
        { QStringLiteral("main's features"), {}, 30.0, false },
        { QStringLiteral("main's features"), {}, 100.0, false },
        { QStringLiteral("+ 3-quantile bins"), { quantileBins(articles, continuousWordFeatures(), 3), {} }, 30.0, false },
        { QStringLiteral("+ 3-quantile bins + reasoned interactions"), { quantileBins(articles, continuousWordFeatures(), 3), reasoned }, 30.0, false },
        { QStringLiteral("main's features, second stage"), {}, 10.0, true },
        { QStringLiteral("+ the three quote interactions"), { {}, { reasoned.begin(), reasoned.begin() + 3 } }, 10.0, false },
        { QStringLiteral("+ 5-quantile bins"), { quantileBins(articles, continuousWordFeatures(), 5), {} }, 1.0, false },
        { QStringLiteral("+ 5-quantile bins + reasoned interactions"), { quantileBins(articles, continuousWordFeatures(), 5), reasoned }, 10.0, false },
    };
    // Each feature left out alone (read as 0): what it adds to main's.
    for (int feature = 0; feature < WordClassifier::FeatureCount; ++feature)
        setups.push_back({ QStringLiteral("without ") + QLatin1String(WordClassifier::featureName(feature)),
                           { {}, {}, { feature } }, 1.0, false });
    out() << "Word classifier setups, tuning half, story-grouped 4-fold cross-validated after decoding "
             "(Verbatim / Rewrite / New F1, mean; first as --train measures it, the decoding fitted in-sample; then "
             "nested: each fold decoded with the decoding fitted on the other folds' out-of-fold words, pooled over "
             << groupings << " groupings of the stories):\n";
    out().flush();
    const QStringList chosen = which.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (size_t k = 0; k < setups.size(); ++k) {
        if (which != QLatin1String("all") && !chosen.contains(QString::number(k + 1)))
            continue;
        const Setup &setup = setups[k];
        const Outcome outcome = evaluate(articles, setup);
        const Confusion &cv = outcome.crossValidated;
        const Confusion &in = outcome.inSample;
        const Confusion &nested = outcome.nested;
        out() << "  " << (k + 1) << ". " << setup.name << ", " << outcome.inputs << " inputs, L2 " << setup.l2 << ": "
              << number(cv.classScore(Verbatim).f1) << " / " << number(cv.classScore(Rewrite).f1) << " / "
              << number(cv.classScore(New).f1) << ", mean " << number(cv.macroF1(), 4) << " (in-sample "
              << number(in.classScore(Verbatim).f1) << " / " << number(in.classScore(Rewrite).f1) << " / "
              << number(in.classScore(New).f1) << "); nested " << number(nested.classScore(Verbatim).f1) << " / "
              << number(nested.classScore(Rewrite).f1) << " / " << number(nested.classScore(New).f1) << ", mean "
              << number(outcome.nestedMean, 4) << " (";
        for (size_t g = 0; g < outcome.perGrouping.size(); ++g)
            out() << (g ? " " : "") << number(outcome.perGrouping[g], 4);
        out() << ")\n";
        out().flush();
    }
}

} // namespace WireDiff::Eval::Meter
