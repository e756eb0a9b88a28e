#include "mrpc.h"

#include "lexicon.h"
#include "logistic.h"
#include "paraphrasemodel.h"
#include "paraphrasescorer.h"
#include "synonymdictionary.h"
#include "termweights.h"
#include "tokenizer.h"
#include "vocabulary.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace WireDiff::Eval::Mrpc {

namespace {

struct Pair
{
    QString id;
    bool paraphrase = false;
    std::vector<qint32> a;
    std::vector<qint32> b;
    ParaphraseScorer::Features features {};
    double related = 0; // with --relations: see relatedShare()
    Part part = Part::Tune;
    int fold = 0;
};

std::vector<double> asVector(const ParaphraseScorer::Features &features)
{
    return std::vector<double>(features.begin(), features.end());
}

// The operating point: the probability threshold that maximises accuracy
// plus F1 of the paraphrase class on a set of (probability, label), so
// neither the many positives (F1) nor the negatives (accuracy) are given up.
double bestThreshold(std::vector<std::pair<double, bool>> scored)
{
    std::sort(scored.begin(), scored.end());
    qint64 positives = 0;
    for (const auto &[p, label] : scored)
        positives += label;
    const auto total = qint64(scored.size());
    // Predict positive for everything from index i on.
    qint64 truePositives = positives, falsePositives = total - positives;
    const auto objective = [&] {
        const double accuracy = double(truePositives + (total - positives - falsePositives)) / double(total);
        const double f1 = 2.0 * double(truePositives) / double(truePositives + falsePositives + positives);
        return accuracy + f1;
    };
    double best = 0, bestValue = objective();
    for (size_t i = 0; i < scored.size(); ++i) {
        (scored[i].second ? truePositives : falsePositives) -= 1;
        if (i + 1 < scored.size() && scored[i + 1].first == scored[i].first)
            continue;
        if (objective() > bestValue) {
            bestValue = objective();
            best = i + 1 < scored.size() ? (scored[i].first + scored[i + 1].first) / 2 : 1.0;
        }
    }
    return best;
}

constexpr double l2Penalty = 0.1;

// The share of the two sentences' content words (numbers left out) that
// match no word of the other by stem or sense but are WordNet-related to
// one (ParaphraseScorer::relation()): "jailed" against "imprisonment".
double relatedShare(const ParaphraseScorer &scorer, const Lexicon &lexicon, const std::vector<qint32> &a,
                    const std::vector<qint32> &b)
{
    const auto meaningful = [&lexicon](qint32 key) { return lexicon.isContent(key) && !lexicon.isNumber(key); };
    qint64 words = 0, related = 0;
    for (const auto &[from, to] : { std::pair { &a, &b }, std::pair { &b, &a } }) {
        for (const qint32 key : *from) {
            if (!meaningful(key))
                continue;
            ++words;
            bool matched = false, linked = false;
            for (const qint32 other : *to) {
                if (!meaningful(other))
                    continue;
                matched = matched || scorer.wordsMatch(key, other);
                linked = linked || scorer.relation(key, other) != 0;
            }
            related += !matched && linked;
        }
    }
    return words > 0 ? double(related) / double(words) : 0.0;
}

void addRow(Table *table, const QString &name, const Confusion &confusion)
{
    const Prf score = confusion.classScore(1);
    table->addRow({ name, QString::number(confusion.total()), number(confusion.accuracy()), number(score.precision),
                    number(score.recall), number(score.f1) });
}

} // namespace

int run(const Paths &paths, bool train, bool relations, const std::shared_ptr<const SynonymDictionary> &synonyms)
{
    out() << "== MRPC (training part): sentence paraphrase decision ==\n";
    const QString path = paths.corpora + QStringLiteral("/mrpc-train/msr_paraphrase_train.txt");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out() << "skipped: " << path << " not found\n\n";
        return 0;
    }
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    Vocabulary vocabulary;
    Tokenizer tokenizer(ComparisonOptions {}, &vocabulary);
    tokenizer.setLanguage(QStringLiteral("en"));
    const auto keysOf = [&](const QString &sentence) {
        std::vector<qint32> keys;
        for (const Token &token : tokenizer.tokenize(sentence).tokens)
            keys.push_back(token.key);
        return keys;
    };
    std::vector<Pair> pairs;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines[i].trimmed().split(QLatin1Char('\t'));
        if (fields.size() < 5)
            continue;
        Pair pair;
        pair.id = fields[1] + QLatin1Char('-') + fields[2];
        pair.paraphrase = fields[0] == QLatin1String("1");
        pair.a = keysOf(fields[3]);
        pair.b = keysOf(fields[4]);
        pair.part = partOf(pair.id, 5);
        pair.fold = int((stableHash(pair.id) / 5) % 10);
        pairs.push_back(std::move(pair));
    }
    // Term rarity over all sentences of the corpus, as a comparison counts it
    // over the sentences of its articles.
    const Lexicon lexicon(vocabulary, QStringLiteral("en"));
    TermWeights weights(lexicon.stemCount());
    std::vector<qint32> stems;
    for (const Pair &pair : pairs) {
        for (const auto *keys : { &pair.a, &pair.b }) {
            stems.clear();
            for (const qint32 key : *keys)
                stems.push_back(lexicon.stem(key));
            weights.addDocument(stems);
        }
    }
    const ParaphraseScorer scorer(vocabulary, lexicon, weights, synonyms.get());
    for (Pair &pair : pairs) {
        pair.features = scorer.features(pair.a, pair.b);
        if (relations && synonyms)
            pair.related = relatedShare(scorer, lexicon, pair.a, pair.b);
    }

    const double threshold = ParaphraseScorer::threshold(0.5);
    Confusion heldOut(2), tuneWithCore(2), crossValidated(2);
    for (const Pair &pair : pairs) {
        const bool decided = ParaphraseScorer::probability(pair.features) >= threshold;
        (pair.part == Part::Test ? heldOut : tuneWithCore).add(pair.paraphrase, decided);
    }
    std::vector<double> foldThresholds;
    std::vector<std::pair<double, bool>> outOfFold; // pooled out-of-fold probabilities
    for (int fold = 0; fold < 10; ++fold) {
        std::vector<Sample> training;
        for (const Pair &pair : pairs)
            if (pair.part == Part::Tune && pair.fold != fold)
                training.push_back(Sample { asVector(pair.features), pair.paraphrase ? 1 : 0 });
        const LogisticModel model = LogisticModel::fit(training, 2, l2Penalty);
        std::vector<std::pair<double, bool>> scored;
        for (const Sample &sample : training)
            scored.emplace_back(model.positive(sample.x), sample.label == 1);
        const double foldThreshold = bestThreshold(scored);
        foldThresholds.push_back(foldThreshold);
        for (const Pair &pair : pairs)
            if (pair.part == Part::Tune && pair.fold == fold) {
                const double p = model.positive(asVector(pair.features));
                crossValidated.add(pair.paraphrase, p >= foldThreshold);
                outOfFold.emplace_back(p, pair.paraphrase);
            }
    }

    out() << pairs.size() << " pairs; synonyms " << (synonyms ? "from WordNet" : "unavailable (stems only)")
          << "; decision: probability >= " << number(threshold) << "\n";
    Table table({ QStringLiteral("part"), QStringLiteral("pairs"), QStringLiteral("accuracy"),
                  QStringLiteral("precision"), QStringLiteral("recall"), QStringLiteral("F1") });
    addRow(&table, QStringLiteral("HELD-OUT 20 % (weights in core)"), heldOut);
    addRow(&table, QStringLiteral("tuning 80 %, 10-fold cross-validated"), crossValidated);
    addRow(&table, QStringLiteral("tuning 80 % (weights in core, fitted here)"), tuneWithCore);
    table.print(out());
    out() << '\n';

    if (relations && synonyms) {
        // The same 10-fold cross-validation with the related share as one
        // more feature, against the features as they are.
        const auto crossValidate = [&](bool withRelated) {
            Confusion confusion(2);
            const auto inputs = [&](const Pair &pair) {
                std::vector<double> x = asVector(pair.features);
                if (withRelated)
                    x.push_back(pair.related);
                return x;
            };
            for (int fold = 0; fold < 10; ++fold) {
                std::vector<Sample> training;
                for (const Pair &pair : pairs)
                    if (pair.part == Part::Tune && pair.fold != fold)
                        training.push_back(Sample { inputs(pair), pair.paraphrase ? 1 : 0 });
                const LogisticModel model = LogisticModel::fit(training, 2, l2Penalty);
                std::vector<std::pair<double, bool>> scored;
                for (const Sample &sample : training)
                    scored.emplace_back(model.positive(sample.x), sample.label == 1);
                const double foldThreshold = bestThreshold(scored);
                for (const Pair &pair : pairs)
                    if (pair.part == Part::Tune && pair.fold == fold)
                        confusion.add(pair.paraphrase, model.positive(inputs(pair)) >= foldThreshold);
            }
            return confusion;
        };
        double relatedOf[2] = { 0, 0 };
        qint64 pairsOf[2] = { 0, 0 }, anyOf[2] = { 0, 0 };
        for (const Pair &pair : pairs) {
            if (pair.part != Part::Tune)
                continue;
            relatedOf[pair.paraphrase] += pair.related;
            ++pairsOf[pair.paraphrase];
            anyOf[pair.paraphrase] += pair.related > 0;
        }
        out() << "WordNet relations (tuning 80 %): mean related share " << number(relatedOf[1] / double(pairsOf[1]))
              << " of paraphrases, " << number(relatedOf[0] / double(pairsOf[0])) << " of the others; pairs with one "
              << number(double(anyOf[1]) / double(pairsOf[1])) << " / " << number(double(anyOf[0]) / double(pairsOf[0]))
              << "\n";
        Table relationTable({ QStringLiteral("features, 10-fold cross-validated"), QStringLiteral("pairs"),
                              QStringLiteral("accuracy"), QStringLiteral("precision"), QStringLiteral("recall"),
                              QStringLiteral("F1") });
        // Over six groupings of the pairs into folds (the first is the
        // table's above), to see how much of a difference one grouping owes.
        constexpr int groupings = 6;
        double meanGain[2] = { 0, 0 }; // accuracy, F1
        for (int salt = 0; salt < groupings; ++salt) {
            for (Pair &pair : pairs) {
                pair.fold = salt == 0 ? int((stableHash(pair.id) / 5) % 10)
                                      : int(stableHash(pair.id + QString::number(salt)) % 10);
            }
            const Confusion without = crossValidate(false);
            const Confusion with = crossValidate(true);
            addRow(&relationTable, QStringLiteral("grouping %1: the core's").arg(salt + 1), without);
            addRow(&relationTable, QStringLiteral("grouping %1: + related share").arg(salt + 1), with);
            meanGain[0] += (with.accuracy() - without.accuracy()) / groupings;
            meanGain[1] += (with.classScore(1).f1 - without.classScore(1).f1) / groupings;
        }
        for (Pair &pair : pairs)
            pair.fold = int((stableHash(pair.id) / 5) % 10);
        relationTable.addRow({ QStringLiteral("mean gain of the related share"), QString(), number(meanGain[0], 4),
                               QString(), QString(), number(meanGain[1], 4) });
        relationTable.print(out());
        out() << '\n';
    }

    if (train) {
        out() << "Cross-validated operating points (pooled out-of-fold probabilities):\n";
        Table curve({ QStringLiteral("threshold"), QStringLiteral("accuracy"), QStringLiteral("F1") });
        for (int t = 30; t <= 60; t += 2) {
            Confusion confusion(2);
            for (const auto &[p, label] : outOfFold)
                confusion.add(label, p >= t / 100.0);
            curve.addRow({ number(t / 100.0, 2), number(confusion.accuracy()), number(confusion.classScore(1).f1) });
        }
        curve.print(out());
        std::vector<Sample> training;
        for (const Pair &pair : pairs)
            if (pair.part == Part::Tune)
                training.push_back(Sample { asVector(pair.features), pair.paraphrase ? 1 : 0 });
        const LogisticModel model = LogisticModel::fit(training, 2, l2Penalty);
        const std::vector<double> &w = model.weights()[1];
        out() << "Paraphrase model fitted on the MRPC tuning part (" << training.size()
              << " pairs; logistic regression, L2 " << l2Penalty << ", Newton); threshold: best accuracy + F1 on the "
              << "pooled out-of-fold probabilities:\n";
        out() << "    static constexpr std::array<double, ParaphraseScorer::FeatureCount + 1> weights {\n";
        for (size_t j = 0; j < w.size(); ++j)
            out() << "        " << QString::number(w[j], 'f', 4) << ", // "
                  << (j == 0 ? "bias" : ParaphraseScorer::featureName(int(j) - 1)) << '\n';
        out() << "    };\n    static constexpr double defaultThreshold = " << number(bestThreshold(outOfFold), 4)
              << ";\n\n";
    }
    out().flush();
    return 0;
}

} // namespace WireDiff::Eval::Mrpc
