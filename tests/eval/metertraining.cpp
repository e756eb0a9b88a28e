#include "metertraining.h"

#include "logistic.h"
#include "wordclasssetups.h"

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

// The story-grouped fold of an article; salt 0 is the split every --train
// figure uses, other salts regroup the stories to see how much a
// cross-validated score owes to one grouping.
int foldOf(const ArticleOutcome &outcome, int salt = 0)
{
    if (salt == 0)
        return int((stableHash(outcome.story) >> 1) % 4);
    return int((stableHash(outcome.story + QLatin1Char('#') + QString::number(salt)) >> 1) % 4);
}

// How a derivation model is fitted: which figures it weighs, whether each
// level's articles weigh as one (macro F1 counts the rare non-derived
// level as much as the others), the L2 penalty.
struct DerivationSetup
{
    QString name;
    std::vector<int> figures; // Derivation::Figure
    bool balanced = false;
    double l2 = 1.0;
    bool decisionBias = false; // grid-search per-level biases on the fitted probabilities
};

struct FittedDerivation
{
    Derivation::Weights weights {};
    Derivation::Probabilities bias {};
};

Derivation::Figures masked(const Derivation::Figures &figures, const std::vector<int> &use)
{
    Derivation::Figures result {};
    for (const int i : use)
        result[size_t(i)] = figures[size_t(i)];
    return result;
}

// Best per-level decision biases (Partially, None; Wholly 0) for macro F1.
Derivation::Probabilities fitBias(const std::vector<std::pair<Derivation::Probabilities, int>> &scored)
{
    Derivation::Probabilities best {};
    double bestF1 = -1;
    for (int partially = -15; partially <= 15; ++partially) {
        for (int none = -15; none <= 15; ++none) {
            const Derivation::Probabilities bias { 0.0, partially / 10.0, none / 10.0 };
            Confusion confusion(3);
            for (const auto &[p, gold] : scored) {
                size_t pick = 0;
                for (size_t k = 1; k < 3; ++k)
                    if (std::log(p[k]) + bias[k] > std::log(p[pick]) + bias[pick])
                        pick = k;
                confusion.add(gold, int(pick));
            }
            // Ties go to the smallest biases: the least departure from the model.
            const double f1 = confusion.macroF1() - 1e-6 * (std::abs(bias[1]) + std::abs(bias[2]));
            if (f1 > bestF1) {
                bestF1 = f1;
                best = bias;
            }
        }
    }
    return best;
}

FittedDerivation fitDerivation(const std::vector<ArticleOutcome> &outcomes, const DerivationSetup &setup,
                               const std::function<bool(const ArticleOutcome &)> &use)
{
    std::vector<Sample> samples;
    std::array<double, 3> perLevel {};
    for (const ArticleOutcome &outcome : outcomes) {
        const int gold = derivationIndex(outcome.gold->classification);
        if (gold < 0 || !use(outcome))
            continue;
        const Derivation::Figures x = masked(outcome.figures, setup.figures);
        samples.push_back(Sample { std::vector<double>(x.begin(), x.end()), gold });
        perLevel[size_t(gold)] += 1;
    }
    if (setup.balanced)
        for (Sample &sample : samples)
            sample.weight = double(samples.size()) / (3.0 * perLevel[size_t(sample.label)]);
    // Fitted on standardized figures so that one L2 penalty means the same
    // for a share near 0.9 as for one near 0.1, then turned back into
    // weights of the raw figures.
    std::array<double, Derivation::FigureCount> mean {};
    std::array<double, Derivation::FigureCount> scale {};
    scale.fill(1.0);
    std::vector<Sample> standardized = samples;
    if (!samples.empty()) {
        for (size_t i = 0; i < mean.size(); ++i) {
            double sum = 0, squares = 0;
            for (const Sample &sample : samples) {
                sum += sample.x[i];
                squares += sample.x[i] * sample.x[i];
            }
            mean[i] = sum / double(samples.size());
            const double variance = squares / double(samples.size()) - mean[i] * mean[i];
            scale[i] = variance > 1e-12 ? std::sqrt(variance) : 1.0;
        }
        for (Sample &sample : standardized)
            for (size_t i = 0; i < mean.size(); ++i)
                sample.x[i] = (sample.x[i] - mean[i]) / scale[i];
    }
    const LogisticModel model = LogisticModel::fit(standardized, 3, setup.l2, 50);
    FittedDerivation fitted;
    for (size_t k = 0; k < 2; ++k) {
        const std::vector<double> &w = model.weights()[k + 1];
        fitted.weights[k][0] = w[0];
        for (size_t i = 0; i < mean.size(); ++i) {
            fitted.weights[k][i + 1] = w[i + 1] / scale[i];
            fitted.weights[k][0] -= w[i + 1] * mean[i] / scale[i];
        }
    }
    if (setup.decisionBias) {
        std::vector<std::pair<Derivation::Probabilities, int>> scored;
        for (const Sample &sample : samples) {
            Derivation::Figures x {};
            std::copy(sample.x.begin(), sample.x.end(), x.begin());
            scored.emplace_back(Derivation::probabilities(x, fitted.weights), sample.label);
        }
        fitted.bias = fitBias(scored);
    }
    return fitted;
}

// Story-grouped 4-fold cross-validated confusion inside the tuning half.
Confusion crossValidated(const std::vector<ArticleOutcome> &outcomes, const DerivationSetup &setup, int salt = 0)
{
    Confusion confusion(3);
    for (int k = 0; k < 4; ++k) {
        const FittedDerivation fitted = fitDerivation(outcomes, setup, [&](const ArticleOutcome &o) {
            return o.part == Part::Tune && foldOf(o, salt) != k;
        });
        for (const ArticleOutcome &outcome : outcomes) {
            const int gold = derivationIndex(outcome.gold->classification);
            if (outcome.part == Part::Tune && foldOf(outcome, salt) == k && gold >= 0)
                confusion.add(gold, derivationIndex(Derivation::classify(masked(outcome.figures, setup.figures),
                                                                         fitted.weights, fitted.bias)));
        }
    }
    return confusion;
}

// The rule of before, for comparison: copied + reworded share against two
// thresholds found by grid search.
double thresholdRuleCv(const std::vector<ArticleOutcome> &outcomes, int salt = 0)
{
    const auto score = [](const ArticleOutcome &o) { return o.figures[Derivation::Copied] + o.figures[Derivation::Reworded]; };
    Confusion pooled(3);
    for (int k = 0; k < 4; ++k) {
        std::pair<int, int> best { 0, 0 };
        double bestF1 = -1;
        for (int wholly = 20; wholly <= 95; ++wholly) {
            for (int partially = 2; partially < wholly; ++partially) {
                Confusion confusion(3);
                for (const ArticleOutcome &o : outcomes) {
                    const int gold = derivationIndex(o.gold->classification);
                    if (o.part == Part::Tune && foldOf(o, salt) != k && gold >= 0)
                        confusion.add(gold, score(o) >= wholly / 100.0 ? 0 : score(o) >= partially / 100.0 ? 1 : 2);
                }
                if (confusion.macroF1() > bestF1) {
                    bestF1 = confusion.macroF1();
                    best = { wholly, partially };
                }
            }
        }
        for (const ArticleOutcome &o : outcomes) {
            const int gold = derivationIndex(o.gold->classification);
            if (o.part == Part::Tune && foldOf(o, salt) == k && gold >= 0)
                pooled.add(gold, score(o) >= best.first / 100.0 ? 0 : score(o) >= best.second / 100.0 ? 1 : 2);
        }
    }
    return pooled.macroF1();
}

} // namespace

// Fits DerivationModel on the tuning half: the setup (figures, weighting,
// decision biases) by story-grouped 4-fold cross-validation inside the
// tuning half, then the model on all of it.
void trainDerivation(const std::vector<ArticleOutcome> &outcomes)
{
    using D = Derivation;
    std::vector<DerivationSetup> setups;
    const std::vector<int> sharesAndSource { D::Copied, D::Reworded, D::Contained, D::SourceUsed, D::SourceParagraphs };
    const auto with = [&](std::initializer_list<int> more) {
        std::vector<int> figures = sharesAndSource;
        figures.insert(figures.end(), more);
        return figures;
    };
    const std::vector<std::pair<QString, std::vector<int>>> sets {
        { QStringLiteral("copied, reworded, contained"), { D::Copied, D::Reworded, D::Contained } },
        { QStringLiteral("+ source used"), { D::Copied, D::Reworded, D::Contained, D::SourceUsed } },
        { QStringLiteral("S = + source paragraphs"), sharesAndSource },
        { QStringLiteral("S + length ratio"), with({ D::LengthRatio }) },
        { QStringLiteral("S + longest run"), with({ D::LongestRun }) },
        { QStringLiteral("S + derived/new paragraphs"), with({ D::DerivedParagraphs, D::NewParagraphs }) },
        { QStringLiteral("S + source contained"), with({ D::SourceContained }) },
        { QStringLiteral("S + length"), with({ D::Length }) },
        { QStringLiteral("T: source contained for source used"), { D::Copied, D::Reworded, D::Contained, D::SourceContained, D::SourceParagraphs } },
        { QStringLiteral("T without source paragraphs"), { D::Copied, D::Reworded, D::Contained, D::SourceContained } },
        { QStringLiteral("T + longest"), { D::Copied, D::Reworded, D::Contained, D::SourceContained, D::SourceParagraphs, D::LongestRun } },
    };
    for (const auto &[name, figures] : sets)
        for (const bool balanced : { false, true })
            for (const bool bias : { false, true })
                for (const double l2 : { 0.1, 1.0 })
                    setups.push_back(DerivationSetup { name, figures, balanced, l2, bias });
    // One grouping of 104 stories into four folds moves a setup's score by
    // about 0.02, as much as most differences between setups: each is
    // scored on the split's grouping and on eight others, and chosen by the
    // mean of the nine.
    constexpr int groupings = 9;
    const auto meanOverGroupings = [&](const std::function<double(int)> &score) {
        double sum = 0;
        for (int salt = 0; salt < groupings; ++salt)
            sum += score(salt);
        return sum / groupings;
    };
    out() << "Derivation levels, tuning half, story-grouped 4-fold cross-validated macro F1, on the split's grouping "
             "of the stories and the mean over "
          << groupings << " groupings:\n"
          << "  threshold rule on copied + reworded share: " << number(thresholdRuleCv(outcomes)) << ", mean "
          << number(meanOverGroupings([&](int salt) { return thresholdRuleCv(outcomes, salt); })) << '\n';
    double bestMean = -1;
    double bestCv = -1;
    DerivationSetup best;
    for (const DerivationSetup &setup : setups) {
        const double cv = crossValidated(outcomes, setup).macroF1();
        const double mean = meanOverGroupings([&](int salt) { return crossValidated(outcomes, setup, salt).macroF1(); });
        out() << "  " << setup.name << (setup.balanced ? ", balanced" : "") << (setup.decisionBias ? ", biased" : "")
              << ", L2 " << setup.l2 << ": " << number(cv) << ", mean " << number(mean) << '\n';
        if (mean > bestMean + 1e-9) {
            bestMean = mean;
            bestCv = cv;
            best = setup;
        }
    }
    const FittedDerivation fitted = fitDerivation(outcomes, best, [](const ArticleOutcome &o) { return o.part == Part::Tune; });
    Confusion inSample(3);
    for (const ArticleOutcome &o : outcomes) {
        const int gold = derivationIndex(o.gold->classification);
        if (o.part == Part::Tune && gold >= 0)
            inSample.add(gold, derivationIndex(Derivation::classify(masked(o.figures, best.figures), fitted.weights, fitted.bias)));
    }
    out() << "Derivation model fitted on the METER tuning half (" << best.name << (best.balanced ? ", balanced" : "")
          << (best.decisionBias ? ", decision biases" : "") << ", L2 " << best.l2 << "; macro F1 "
          << number(inSample.macroF1()) << ", cross-validated " << number(bestCv) << ", mean over groupings "
          << number(bestMean) << "):\n"
          << "    static constexpr Derivation::Weights weights { {\n";
    for (size_t k = 0; k < 2; ++k) {
        out() << "        { " << QString::number(fitted.weights[k][0], 'f', 4);
        for (size_t j = 1; j < fitted.weights[k].size(); ++j)
            out() << ", " << QString::number(fitted.weights[k][j], 'f', 4);
        out() << " }, // " << (k == 0 ? "partially-derived" : "non-derived") << ": bias, then by Derivation::Figure\n";
    }
    out() << "    } };\n"
          << "    static constexpr Derivation::Probabilities decisionBias { 0.0, " << fitted.bias[1] << ", "
          << fitted.bias[2] << " };\n\n";
    out().flush();
}

// Fits WordClassModel on the tuning half: the logistic model on the words
// the classifier decides (not those inside long copied runs), over the
// features (with steps of the continuous ones where wordClassBins asks for
// them; the setup is chosen by --setups), then the decoding biases and stickiness by grid search for the
// best mean F1 of the three classes over all words.
void trainWordClasses(const std::vector<TrainingArticle> &articles)
{
    const WordExpansion expansion { quantileBins(articles, continuousWordFeatures(), wordClassBins), {} };
    std::vector<std::vector<std::vector<double>>> inputs(articles.size());
    for (size_t a = 0; a < articles.size(); ++a)
        for (const WordClassifier::Features &features : articles[a].evidence.features)
            inputs[a].push_back(expansion(features));
    const auto samplesOf = [&](const std::function<bool(const TrainingArticle &)> &use) {
        std::vector<Sample> samples;
        for (size_t a = 0; a < articles.size(); ++a) {
            const TrainingArticle &article = articles[a];
            if (!use(article))
                continue;
            for (size_t j = 0; j < article.gold.size(); ++j)
                if (article.gold[j] >= 0 && article.evidence.fixedClass[j] == WordClassifier::Evidence::open)
                    samples.push_back(Sample { inputs[a][size_t(article.evidence.openRows.rowOf(qint32(j)))],
                                               article.gold[j] });
        }
        return samples;
    };
    const auto predicted = [&](const LogisticModel &model, size_t a) {
        std::vector<WordClassifier::Probabilities> p;
        for (const std::vector<double> &x : inputs[a]) {
            const std::vector<double> q = model.predict(x);
            p.push_back(WordClassifier::Probabilities { q[0], q[1], q[2] });
        }
        return p;
    };
    const std::vector<Sample> samples = samplesOf([](const TrainingArticle &) { return true; });
    out() << "Word classifier: " << samples.size() << " words of the tuning half to fit on\n";
    out().flush();
    const LogisticModel model = LogisticModel::fit(samples, WordClassCount, wordClassL2);
    ArticleProbabilities probabilities;
    for (size_t a = 0; a < articles.size(); ++a)
        probabilities.push_back(predicted(model, a));
    const WordClassifier::Decoding best = fitDecoding(articles, probabilities);
    {
        // How well the fitted features carry over to stories not fitted on:
        // story-grouped 4-fold cross-validation inside the tuning half, the
        // decoding constants as fitted above (--setups also decodes each
        // fold with constants fitted without it).
        ArticleProbabilities outOfFold(articles.size());
        for (int fold = 0; fold < 4; ++fold) {
            const LogisticModel foldModel = LogisticModel::fit(
                samplesOf([fold](const TrainingArticle &article) { return wordFoldOf(article) != fold; }),
                WordClassCount, wordClassL2);
            for (size_t a = 0; a < articles.size(); ++a)
                if (wordFoldOf(articles[a]) == fold)
                    outOfFold[a] = predicted(foldModel, a);
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
    size_t stepCount = 0;
    for (const auto &[feature, thresholds] : expansion.bins)
        stepCount += thresholds.size();
    if (stepCount > 0) // (feature, threshold, Reworded and New weights where the feature reaches it)
        out() << "    static constexpr std::array<WordClassStep, " << stepCount << "> steps { {\n";
    size_t input = size_t(WordClassifier::FeatureCount) + 1;
    for (const auto &[feature, thresholds] : expansion.bins) {
        for (const double t : thresholds) {
            out() << "        { WordClassifier::" << WordClassifier::featureName(feature) << ", "
                  << QString::number(t, 'g', 6) << ", " << QString::number(w[1][input], 'f', 4) << ", "
                  << QString::number(w[2][input], 'f', 4) << " },\n";
            ++input;
        }
    }
    if (stepCount > 0)
        out() << "    } };\n";
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
