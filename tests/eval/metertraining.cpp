#include "metertraining.h"

#include "logistic.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace WireDiff::Eval::Meter {

const std::array<QString, 3> &derivationNames()
{
    static const std::array<QString, 3> names { QStringLiteral("wholly-derived"), QStringLiteral("partially-derived"),
                                                QStringLiteral("non-derived") };
    return names;
}

int derivationIndex(const QString &classification)
{
    for (size_t k = 0; k < derivationNames().size(); ++k)
        if (classification == derivationNames()[k])
            return int(k);
    return -1;
}

int derivationIndex(DerivationLevel derivation)
{
    switch (derivation) {
    case DerivationLevel::Wholly: return 0;
    case DerivationLevel::Partially: return 1;
    case DerivationLevel::None: return 2;
    }
    return 2;
}

namespace {

// The best thresholds for given weights on the articles `use` accepts
// (grid search for the best macro F1 over the three levels).
std::pair<Derivation::Thresholds, double> fitThresholds(const std::vector<ArticleOutcome> &outcomes,
                                                        double rewordedWeight, double containmentWeight,
                                                        const std::function<bool(const ArticleOutcome &)> &use)
{
    std::vector<std::pair<double, int>> scored; // score, gold level
    const Derivation::Thresholds weights { rewordedWeight, containmentWeight, 0, 0 };
    for (const ArticleOutcome &outcome : outcomes) {
        const int gold = derivationIndex(outcome.gold->classification);
        if (gold >= 0 && use(outcome))
            scored.emplace_back(Derivation::score(outcome.counts, outcome.containment, weights), gold);
    }
    double bestF1 = -1;
    Derivation::Thresholds best = weights;
    for (int wholly = 20; wholly <= 95; ++wholly) {
        for (int partially = 2; partially < wholly; ++partially) {
            Confusion confusion(3);
            for (const auto &[score, gold] : scored)
                confusion.add(gold, score >= wholly / 100.0 ? 0 : score >= partially / 100.0 ? 1 : 2);
            if (confusion.macroF1() > bestF1) {
                bestF1 = confusion.macroF1();
                best.wholly = wholly / 100.0;
                best.partially = partially / 100.0;
            }
        }
    }
    return { best, bestF1 };
}

} // namespace

// Fits Derivation::fitted on the tuning half: the two weights (how the
// reworded share and the 3-word-run share count) by story-grouped 4-fold
// cross-validation inside the tuning half, then the thresholds on all of it.
void trainDerivation(const std::vector<ArticleOutcome> &outcomes)
{
    const auto fold = [](const ArticleOutcome &outcome) { return int((stableHash(outcome.story) >> 1) % 4); };
    double bestCv = -1;
    std::pair<double, double> bestWeights;
    out() << "Derivation levels, tuning half, 4-fold cross-validated macro F1 by weights (reworded, 3-word runs):\n";
    for (const double rewordedWeight : { 0.0, 0.5, 1.0 }) {
        for (const double containmentWeight : { 0.0, 0.25, 0.5, 0.75, 1.0 }) {
            Confusion confusion(3);
            for (int k = 0; k < 4; ++k) {
                const Derivation::Thresholds thresholds =
                    fitThresholds(outcomes, rewordedWeight, containmentWeight, [&](const ArticleOutcome &o) {
                        return o.part == Part::Tune && fold(o) != k;
                    }).first;
                for (const ArticleOutcome &outcome : outcomes) {
                    const int gold = derivationIndex(outcome.gold->classification);
                    if (outcome.part == Part::Tune && fold(outcome) == k && gold >= 0)
                        confusion.add(gold, derivationIndex(Derivation::classify(outcome.counts, outcome.containment, thresholds)));
                }
            }
            out() << "  " << rewordedWeight << ", " << containmentWeight << ": " << number(confusion.macroF1()) << '\n';
            if (confusion.macroF1() > bestCv) {
                bestCv = confusion.macroF1();
                bestWeights = { rewordedWeight, containmentWeight };
            }
        }
    }
    const auto [best, f1] = fitThresholds(outcomes, bestWeights.first, bestWeights.second,
                                          [](const ArticleOutcome &o) { return o.part == Part::Tune; });
    out() << "Derivation thresholds fitted on the METER tuning half (macro F1 " << number(f1) << ", cross-validated "
          << number(bestCv) << "):\n"
          << "    static constexpr Thresholds fitted { " << best.rewordedWeight << ", " << best.containmentWeight << ", "
          << best.wholly << ", " << best.partially << " };\n\n";
    out().flush();
}

namespace {

Confusion decodedConfusion(const std::vector<TrainingArticle> &articles,
                           const std::vector<std::vector<WordClassifier::Probabilities>> &probabilities,
                           const WordClassifier::Decoding &decoding)
{
    Confusion confusion(WordClassCount);
    for (size_t a = 0; a < articles.size(); ++a) {
        const TrainingArticle &article = articles[a];
        const std::vector<WordClassifier::Class> classes =
            WordClassifier::decide(article.evidence, article.flat, probabilities[a], decoding);
        for (size_t j = 0; j < classes.size(); ++j)
            if (article.gold[j] >= 0 && article.evidence.fixedClass[j] != WordClassifier::Evidence::punctuation)
                confusion.add(article.gold[j], int(classes[j]));
    }
    return confusion;
}

double meanF1(const Confusion &confusion)
{
    return confusion.macroF1();
}

} // namespace

// Fits WordClassModel on the tuning half: the logistic model on the words
// the classifier decides (not those inside long copied runs), then the
// decoding biases and stickiness by grid search for the best mean F1 of the
// three classes over all words.
void trainWordClasses(const std::vector<TrainingArticle> &articles)
{
    std::vector<Sample> samples;
    for (const TrainingArticle &article : articles) {
        for (size_t j = 0; j < article.gold.size(); ++j) {
            if (article.gold[j] < 0 || article.evidence.fixedClass[j] != WordClassifier::Evidence::open)
                continue;
            const auto &f = article.evidence.features[j];
            samples.push_back(Sample { std::vector<double>(f.begin(), f.end()), article.gold[j] });
        }
    }
    out() << "Word classifier: " << samples.size() << " words of the tuning half to fit on\n";
    out().flush();
    const LogisticModel model = LogisticModel::fit(samples, WordClassCount, 1.0);
    std::vector<std::vector<WordClassifier::Probabilities>> probabilities;
    for (const TrainingArticle &article : articles) {
        std::vector<WordClassifier::Probabilities> p(article.gold.size());
        for (size_t j = 0; j < p.size(); ++j)
            if (article.evidence.fixedClass[j] == WordClassifier::Evidence::open)
                p[j] = WordClassifier::probabilities(article.evidence.features[j], model.weights());
        probabilities.push_back(std::move(p));
    }
    // Transitions between the gold classes of neighbouring words (in
    // order, punctuation skipped), add-one smoothed: log P(to | from).
    std::array<std::array<double, WordClassCount>, WordClassCount> counts {};
    for (const TrainingArticle &article : articles) {
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
                const double score = meanF1(decodedConfusion(articles, probabilities, decoding));
                if (score > bestScore) {
                    bestScore = score;
                    best = decoding;
                }
            }
        }
    }
    {
        // How well the fitted features carry over to stories not fitted on:
        // story-grouped 4-fold cross-validation inside the tuning half, the
        // decoding constants as fitted above.
        std::vector<std::vector<WordClassifier::Probabilities>> outOfFold(articles.size());
        for (int fold = 0; fold < 4; ++fold) {
            std::vector<Sample> train;
            for (const TrainingArticle &article : articles) {
                if (int((stableHash(article.story) >> 1) % 4) == fold)
                    continue;
                for (size_t j = 0; j < article.gold.size(); ++j)
                    if (article.gold[j] >= 0 && article.evidence.fixedClass[j] == WordClassifier::Evidence::open)
                        train.push_back(Sample { std::vector<double>(article.evidence.features[j].begin(),
                                                                     article.evidence.features[j].end()),
                                                 article.gold[j] });
            }
            const LogisticModel foldModel = LogisticModel::fit(train, WordClassCount, 1.0);
            for (size_t a = 0; a < articles.size(); ++a) {
                const TrainingArticle &article = articles[a];
                if (int((stableHash(article.story) >> 1) % 4) != fold)
                    continue;
                outOfFold[a].resize(article.gold.size());
                for (size_t j = 0; j < article.gold.size(); ++j)
                    if (article.evidence.fixedClass[j] == WordClassifier::Evidence::open)
                        outOfFold[a][j] = WordClassifier::probabilities(article.evidence.features[j], foldModel.weights());
            }
        }
        const Confusion cv = decodedConfusion(articles, outOfFold, best);
        out() << "Tuning half, story-grouped 4-fold cross-validated: Verbatim F1 " << number(cv.classScore(Verbatim).f1) << ", Rewrite "
              << number(cv.classScore(Rewrite).f1) << ", New " << number(cv.classScore(New).f1) << ", mean " << number(cv.macroF1()) << "\n";
    }
    const Confusion confusion = decodedConfusion(articles, probabilities, best);
    out() << "Fitted on the tuning half: Verbatim F1 " << number(confusion.classScore(Verbatim).f1) << ", Rewrite F1 "
          << number(confusion.classScore(Rewrite).f1) << ", New F1 " << number(confusion.classScore(New).f1) << "\n";
    const auto &w = model.weights();
    out() << "    static constexpr std::array<double, 2> bias { " << QString::number(w[1][0], 'f', 4) << ", "
          << QString::number(w[2][0], 'f', 4) << " }; // Reworded, New\n";
    for (const auto &[name, c] : { std::pair<const char *, int> { "reworded", 1 }, { "added", 2 } }) {
        out() << "    static constexpr std::array<double, WordClassifier::FeatureCount> " << name << " {\n";
        for (int i = 0; i < WordClassifier::FeatureCount; ++i)
            out() << "        " << QString::number(w[size_t(c)][size_t(i) + 1], 'f', 4) << ", // "
                  << WordClassifier::featureName(i) << '\n';
        out() << "    };\n";
    }
    out() << "    static constexpr std::array<double, WordClassifier::ClassCount> decodingBias { 0.0, "
          << best.bias[1] << ", " << best.bias[2] << " };\n"
          << "    static constexpr std::array<std::array<double, WordClassifier::ClassCount>, WordClassifier::ClassCount> "
             "transition { {\n";
    for (int from = 0; from < WordClassCount; ++from) {
        out() << "        { ";
        for (int to = 0; to < WordClassCount; ++to)
            out() << (to ? ", " : "") << QString::number(best.transition[size_t(from)][size_t(to)], 'f', 4);
        out() << " }, // from " << wordClassNames[size_t(from)] << '\n';
    }
    out() << "    } };\n\n";
    out().flush();
}

} // namespace WireDiff::Eval::Meter
