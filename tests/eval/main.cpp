// wirediff-eval: prints WireDiff's alignment and classification scores on
// gold-labelled corpora. See the README, "Evaluation".

#include "darwin.h"
#include "evalcommon.h"
#include "meter.h"
#include "mrpc.h"
#include "seeds.h"

#include "synonymdictionary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

using namespace WireDiff;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wirediff-eval"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Scores WireDiff on gold-labelled corpora: METER (word classes and derivation), Darwin (paragraph "
        "rows), MRPC (paraphrase decision) and the seed folder's golden alignment."));
    parser.addHelpOption();
    const QCommandLineOption corpusOption(QStringLiteral("corpus"),
                                          QStringLiteral("Comma-separated: meter, darwin, mrpc, seeds (default: all)."),
                                          QStringLiteral("names"));
    const QCommandLineOption trainOption(QStringLiteral("train"),
                                         QStringLiteral("Also fit the model weights and thresholds on the tuning "
                                                        "parts and print them as C++ constants."));
    const QCommandLineOption setupsOption(QStringLiteral("setups"),
                                          QStringLiteral("Compare word-classifier setups (bins, interactions, a "
                                                         "second stage) by story-grouped cross-validation on the "
                                                         "METER tuning half: the numbers of the setups to run "
                                                         "(from 1) or \"all\"."),
                                          QStringLiteral("list"));
    const QCommandLineOption errorsOption(QStringLiteral("errors"),
                                          QStringLiteral("Print N examples of each METER error kind (tuning half)."),
                                          QStringLiteral("N"));
    const QCommandLineOption dumpOption(QStringLiteral("dump"),
                                        QStringLiteral("Write every METER gold word with its predicted class."),
                                        QStringLiteral("file.tsv"));
    const QCommandLineOption explainOption(QStringLiteral("explain"),
                                           QStringLiteral("Print one METER article (e.g. thomas324_mirror) sentence by "
                                                          "sentence: gold/predicted class of each word (V, R, N) and "
                                                          "the wire sentence it was matched with."),
                                           QStringLiteral("article"));
    const QCommandLineOption noSynonymsOption(QStringLiteral("no-synonyms"),
                                              QStringLiteral("Run without WordNet, as where it is not installed."));
    const QCommandLineOption corporaOption(QStringLiteral("corpora"), QStringLiteral("Corpora folder."),
                                           QStringLiteral("dir"), QStringLiteral(WIREDIFF_CORPORA_DIR));
    const QCommandLineOption seedsOption(QStringLiteral("seeds"), QStringLiteral("Seed folder."),
                                         QStringLiteral("dir"), QStringLiteral(WIREDIFF_SEEDS_DIR));
    const QCommandLineOption relationsOption(QStringLiteral("relations"),
                                             QStringLiteral("Measure how often an open METER word of the tuning half "
                                                            "has a WordNet relation (derivation, broader or narrower "
                                                            "sense, similar) in its source sentence, per class; "
                                                            "MRPC: cross-validate with the share of such words as a "
                                                            "feature."));
    parser.addOptions({ corpusOption, trainOption, setupsOption, errorsOption, dumpOption, explainOption, noSynonymsOption, corporaOption,
                        seedsOption, relationsOption });
    parser.process(app);

    Eval::Paths paths { parser.value(corporaOption), parser.value(seedsOption),
                        QStringLiteral(WIREDIFF_TEST_DATA_DIR) };
    const QStringList corpora = parser.isSet(corpusOption)
        ? parser.value(corpusOption).split(QLatin1Char(','), Qt::SkipEmptyParts)
        : QStringList { QStringLiteral("meter"), QStringLiteral("darwin"), QStringLiteral("mrpc"),
                        QStringLiteral("seeds") };
    QElapsedTimer timer;
    timer.start();
    const std::shared_ptr<const SynonymDictionary> synonyms =
        parser.isSet(noSynonymsOption) ? nullptr : SynonymDictionary::load();
    Eval::out() << "WordNet synonyms: "
                << (synonyms ? QStringLiteral("loaded from ") + SynonymDictionary::defaultFolder()
                             : QStringLiteral("not used"))
                << " (" << timer.elapsed() << " ms)\n\n";

    int status = 0;
    for (const QString &corpus : corpora) {
        if (corpus == QLatin1String("meter")) {
            Eval::Meter::Options options;
            options.errorExamples = parser.value(errorsOption).toInt();
            options.dumpFile = parser.value(dumpOption);
            options.train = parser.isSet(trainOption);
            options.setups = parser.value(setupsOption);
            options.explain = parser.value(explainOption);
            options.relations = parser.isSet(relationsOption);
            status |= Eval::Meter::run(paths, options, synonyms);
        } else if (corpus == QLatin1String("darwin")) {
            status |= Eval::Darwin::run(paths, synonyms);
        } else if (corpus == QLatin1String("mrpc")) {
            status |= Eval::Mrpc::run(paths, parser.isSet(trainOption), parser.isSet(relationsOption), synonyms);
        } else if (corpus == QLatin1String("seeds")) {
            status |= Eval::Seeds::run(paths, synonyms);
        } else {
            Eval::out() << "unknown corpus: " << corpus << '\n';
            status = 2;
        }
    }
    Eval::out() << "total " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s\n";
    Eval::out().flush();
    return status;
}
