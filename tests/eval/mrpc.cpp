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
    Part part = Part::Tune;
    int fold = 0;
};

std::vector<double> asVector(const ParaphraseScorer::Features &features)
{
    return std::vector<double>(features.begin(), features.end());
}

// Accuracy-maximising probability threshold on a set of (probability, label).
double bestThreshold(std::vector<std::pair<double, bool>> scored)
{
    std::sort(scored.begin(), scored.end());
    qint64 positives = 0;
    for (const auto &[p, label] : scored)
        positives += label;
    // Predict positive for everything at or above index i.
    qint64 correct = positives; // i = 0: all positive
    qint64 bestCorrect = correct;
    double best = 0;
    for (size_t i = 0; i < scored.size(); ++i) {
        correct += scored[i].second ? -1 : 1;
        if (correct > bestCorrect && (i + 1 == scored.size() || scored[i + 1].first > scored[i].first)) {
            bestCorrect = correct;
            best = i + 1 < scored.size() ? (scored[i].first + scored[i + 1].first) / 2 : 1.0;
        }
    }
    return best;
}

void addRow(Table *table, const QString &name, const Confusion &confusion)
{
    const Prf score = confusion.classScore(1);
    table->addRow({ name, QString::number(confusion.total()), number(confusion.accuracy()), number(score.precision),
                    number(score.recall), number(score.f1) });
}

} // namespace

int run(const Paths &paths, bool train, const std::shared_ptr<const SynonymDictionary> &synonyms)
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
    for (Pair &pair : pairs)
        pair.features = scorer.features(pair.a, pair.b);

    const double threshold = ParaphraseScorer::threshold(0.5);
    Confusion heldOut(2), tuneWithCore(2), crossValidated(2);
    for (const Pair &pair : pairs) {
        const bool decided = ParaphraseScorer::probability(pair.features) >= threshold;
        (pair.part == Part::Test ? heldOut : tuneWithCore).add(pair.paraphrase, decided);
    }
    std::vector<double> foldThresholds;
    for (int fold = 0; fold < 10; ++fold) {
        std::vector<Sample> training;
        for (const Pair &pair : pairs)
            if (pair.part == Part::Tune && pair.fold != fold)
                training.push_back(Sample { asVector(pair.features), pair.paraphrase ? 1 : 0 });
        const LogisticModel model = LogisticModel::fit(training, 2);
        std::vector<std::pair<double, bool>> scored;
        for (const Sample &sample : training)
            scored.emplace_back(model.positive(sample.x), sample.label == 1);
        const double foldThreshold = bestThreshold(scored);
        foldThresholds.push_back(foldThreshold);
        for (const Pair &pair : pairs)
            if (pair.part == Part::Tune && pair.fold == fold)
                crossValidated.add(pair.paraphrase, model.positive(asVector(pair.features)) >= foldThreshold);
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

    if (train) {
        std::vector<Sample> training;
        for (const Pair &pair : pairs)
            if (pair.part == Part::Tune)
                training.push_back(Sample { asVector(pair.features), pair.paraphrase ? 1 : 0 });
        const LogisticModel model = LogisticModel::fit(training, 2);
        std::vector<std::pair<double, bool>> scored;
        for (const Sample &sample : training)
            scored.emplace_back(model.positive(sample.x), sample.label == 1);
        const std::vector<double> &w = model.weights()[1];
        out() << "Paraphrase model fitted on the MRPC tuning part (" << training.size()
              << " pairs; L2 1.0, Newton):\n    weights { ";
        for (size_t j = 0; j < w.size(); ++j)
            out() << (j ? ", " : "") << QString::number(w[j], 'f', 4);
        out() << " }\n    defaultThreshold " << number(bestThreshold(scored), 4) << "\n\n";
    }
    out().flush();
    return 0;
}

} // namespace WireDiff::Eval::Mrpc
