#include "meter.h"

#include "metercorpus.h"
#include "meterrelations.h"
#include "metertraining.h"
#include "wordclasssetups.h"
#include "pipeline.h"

#include "articleloader.h"
#include "comparator.h"
#include "derivation.h"
#include "wordclassmodel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <map>

namespace WireDiff::Eval::Meter {

namespace {

int wordClassOf(ChangeClass changeClass)
{
    switch (changeClass) {
    case ChangeClass::Same:
    case ChangeClass::Moved:
        return Verbatim;
    case ChangeClass::Added:
    case ChangeClass::Removed:
        return New;
    case ChangeClass::Paraphrased:
        return Rewrite;
    default:
        // A changed fact states what the wire does not (a number, a name, a
        // quote's words that differ): not a rewording of the wire, new text.
        return New;
    }
}

// The class of the span that covers each gold word.
std::vector<PredictedWord> predictedWords(const std::vector<WordPlace> &places, const std::vector<DiffSpan> &spans)
{
    std::vector<PredictedWord> result(places.size());
    for (size_t w = 0; w < places.size(); ++w) {
        const auto [paragraph, offset] = places[w];
        if (paragraph < 0)
            continue;
        const auto span = std::upper_bound(spans.begin(), spans.end(), std::make_pair(paragraph, offset),
                                           [](const std::pair<qint32, qint32> &at, const DiffSpan &s) {
                                               return at.first < s.paragraph || (at.first == s.paragraph && at.second < s.start);
                                           });
        if (span == spans.begin())
            continue;
        const DiffSpan &covering = *(span - 1);
        if (covering.paragraph == paragraph && covering.start <= offset && offset < covering.end) {
            result[w].label = wordClassOf(covering.changeClass);
            result[w].changeClass = covering.changeClass;
        }
    }
    return result;
}

TrainingArticle trainingArticle(const PairPipeline::Pair &pair, const MeterArticle &gold,
                                const std::vector<WordPlace> &places)
{
    QHash<quint64, int> labelAt;
    for (size_t w = 0; w < places.size(); ++w)
        if (places[w].paragraph >= 0 && gold.words[w].label >= 0)
            labelAt.insert((quint64(quint32(places[w].paragraph)) << 32) | quint32(places[w].offset), gold.words[w].label);
    TrainingArticle article { QString(), pair.flat, pair.evidence, std::vector<qint8>(size_t(pair.flat.size()), -1) };
    for (qint32 j = 0; j < pair.flat.size(); ++j) {
        const FlatDocument::Position position = pair.flat.position(j);
        const Token &token = pair.tokens.paragraphs[size_t(position.paragraph)].tokens[size_t(position.token)];
        const auto it = labelAt.constFind((quint64(quint32(position.paragraph)) << 32) | quint32(token.start));
        if (it != labelAt.constEnd())
            article.gold[size_t(j)] = qint8(*it);
    }
    return article;
}

void printWordTable(const QString &title, const Confusion &confusion, qint64 unmapped)
{
    out() << title << '\n';
    Table table({ QStringLiteral("class"), QStringLiteral("gold words"), QStringLiteral("precision"),
                  QStringLiteral("recall"), QStringLiteral("F1") });
    for (int k = 0; k < WordClassCount; ++k) {
        const Prf score = confusion.classScore(k);
        table.addRow({ wordClassNames[size_t(k)], QString::number(confusion.goldCount(k)), number(score.precision),
                       number(score.recall), number(score.f1) });
    }
    table.addRow({ QStringLiteral("accuracy"), QString::number(confusion.total()), QString(), QString(),
                   number(confusion.accuracy()) });
    table.print(out());
    out() << "confusion (rows gold, columns predicted: Verbatim Rewrite New):";
    for (int g = 0; g < WordClassCount; ++g) {
        out() << "  " << wordClassNames[size_t(g)] << " [";
        for (int p = 0; p < WordClassCount; ++p)
            out() << (p ? " " : "") << confusion.at(g, p);
        out() << "]";
    }
    out() << '\n';
    if (unmapped > 0)
        out() << unmapped << " gold words could not be located in the loaded text and are left out.\n";
    out() << '\n';
    out().flush();
}

void printErrors(const std::vector<ArticleOutcome> &outcomes, int examples)
{
    // Runs of consecutive words with the same (gold, predicted) error.
    struct Run
    {
        const ArticleOutcome *outcome;
        size_t first, last;
    };
    std::array<std::array<std::vector<Run>, WordClassCount>, WordClassCount> runs;
    std::array<std::array<qint64, WordClassCount>, WordClassCount> words {};
    for (const ArticleOutcome &outcome : outcomes) {
        if (outcome.part != Part::Tune)
            continue; // error analysis looks at the tuning half only
        const auto &gold = outcome.gold->words;
        for (size_t w = 0; w < gold.size();) {
            const int g = gold[w].label;
            const int p = outcome.words[w].label;
            size_t end = w + 1;
            while (end < gold.size() && gold[end].label == g && outcome.words[end].label == p)
                ++end;
            if (g >= 0 && p >= 0 && g != p) {
                runs[size_t(g)][size_t(p)].push_back(Run { &outcome, w, end - 1 });
                words[size_t(g)][size_t(p)] += qint64(end - w);
            }
            w = end;
        }
    }
    out() << "Errors on the tuning half (gold -> predicted), with context; [[...]] marks the error run.\n";
    for (int g = 0; g < WordClassCount; ++g) {
        for (int p = 0; p < WordClassCount; ++p) {
            if (g == p)
                continue;
            auto &list = runs[size_t(g)][size_t(p)];
            out() << "\n## " << wordClassNames[size_t(g)] << " -> " << wordClassNames[size_t(p)] << ": "
                  << words[size_t(g)][size_t(p)] << " words in " << list.size() << " runs\n";
            // A spread of examples: every k-th run.
            const size_t step = std::max<size_t>(1, list.size() / size_t(std::max(1, examples)));
            int shown = 0;
            for (size_t k = 0; k < list.size() && shown < examples; k += step, ++shown) {
                const Run &run = list[k];
                const MeterArticle &article = *run.outcome->gold;
                const qint32 from = article.words[run.first].start;
                const qint32 to = article.words[run.last].end;
                const qint32 before = std::max<qint32>(0, from - 80);
                const qint32 after = std::min<qint32>(qint32(article.text.size()), to + 80);
                QString context = article.text.mid(before, from - before) + QStringLiteral("[[")
                    + article.text.mid(from, to - from) + QStringLiteral("]]") + article.text.mid(to, after - to);
                context.replace(QLatin1Char('\n'), QLatin1Char(' '));
                out() << "- " << run.outcome->story << '/' << article.id << ": \u2026" << context << "\u2026\n";
            }
        }
    }
    out() << '\n';
    out().flush();
}

void dumpWords(const QString &path, const std::vector<ArticleOutcome> &outcomes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return;
    QTextStream stream(&file);
    stream << "part\tstory\tarticle\tindex\tword\tgold\tpredicted\tengine\n";
    for (const ArticleOutcome &outcome : outcomes) {
        const MeterArticle &article = *outcome.gold;
        for (size_t w = 0; w < article.words.size(); ++w) {
            const GoldWord &word = article.words[w];
            stream << (outcome.part == Part::Tune ? "tune" : "test") << '\t' << outcome.story << '\t' << article.id
                   << '\t' << w << '\t' << article.text.mid(word.start, word.end - word.start) << '\t'
                   << (word.label >= 0 ? wordClassNames[size_t(word.label)] : QStringLiteral("-")) << '\t'
                   << (outcome.words[w].label >= 0 ? wordClassNames[size_t(outcome.words[w].label)] : QStringLiteral("-"))
                   << '\t' << changeClassName(outcome.words[w].changeClass) << '\n';
        }
    }
}

// Every article's gold derivation level and the figures it is decided from.
void dumpArticles(const QString &path, const std::vector<ArticleOutcome> &outcomes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return;
    QTextStream stream(&file);
    stream << "part\tstory\tarticle\tgold\twords\tsame\tmoved\tparaphrased\tadded\tchangedFacts\tremoved"
              "\tcontainedVerbatim\tcontainedReworded";
    for (int i = 0; i < Derivation::FigureCount; ++i)
        stream << '\t' << Derivation::figureName(i);
    stream << "\tpredicted\n";
    for (const ArticleOutcome &outcome : outcomes) {
        const ClassCounts &c = outcome.counts;
        stream << (outcome.part == Part::Tune ? "tune" : "test") << '\t' << outcome.story << '\t' << outcome.gold->id
               << '\t' << outcome.gold->classification << '\t' << c.words << '\t' << c.same << '\t' << c.moved << '\t'
               << c.paraphrased << '\t' << c.added << '\t' << c.changedFacts << '\t' << c.removed << '\t'
               << outcome.containment.verbatim << '\t' << outcome.containment.reworded;
        for (const double value : outcome.figures)
            stream << '\t' << value;
        stream << '\t' << Derivation::name(Derivation::classify(outcome.figures)) << '\n';
    }
}

// The classifier's evidence for each gold-labelled word of the tuning half,
// for analysis outside (one row per word: article, sentence, gold, features).
void dumpFeatures(const QString &path, const std::vector<TrainingArticle> &articles)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return;
    QTextStream stream(&file);
    stream << "story\tarticle\tsentence\ttoken\tfixed\tgold";
    for (int i = 0; i < WordClassifier::FeatureCount; ++i)
        stream << '\t' << WordClassifier::featureName(i);
    stream << '\n';
    for (size_t a = 0; a < articles.size(); ++a) {
        const TrainingArticle &article = articles[a];
        for (qint32 j = 0; j < article.flat.size(); ++j) {
            if (article.gold[size_t(j)] < 0)
                continue;
            stream << article.story << '\t' << a << '\t' << article.flat.sentenceOf(j) << '\t' << j << '\t'
                   << article.evidence.fixedClass[size_t(j)] << '\t' << article.gold[size_t(j)];
            const WordClassifier::Features *features = article.evidence.featuresOf(j);
            for (const double value : features ? *features : WordClassifier::Features {})
                stream << '\t' << value;
            stream << '\n';
        }
    }
}

// Prints one article sentence by sentence: each word tagged gold/predicted
// (V, R, N), the source sentence the classifier chose and its probability.
void explain(const TrainingArticle &article, const PairPipeline::Pair &pair, const Article &loaded,
             const Article &wire, const FlatDocument &wireFlat, const TokenizedArticle &wireTokens)
{
    const auto text = [](const Article &source, const TokenizedArticle &tokens, const FlatDocument &flat, qint32 j) {
        const FlatDocument::Position position = flat.position(j);
        const Token &token = tokens.paragraphs[size_t(position.paragraph)].tokens[size_t(position.token)];
        return source.paragraphs[size_t(position.paragraph)].text.mid(token.start, token.end - token.start);
    };
    const char letters[] = { 'V', 'R', 'N' };
    const auto predicted = [&](qint32 j) {
        switch (pair.alignment.b.classes[size_t(j)]) {
        case ChangeClass::Same: case ChangeClass::Moved: return 'V';
        case ChangeClass::Paraphrased: return 'R';
        default: return 'N';
        }
    };
    for (qint32 s = 0; s < qint32(article.flat.sentenceStarts.size()); ++s) {
        QString line;
        for (qint32 j = article.flat.sentenceStarts[size_t(s)]; j < article.flat.sentenceEnd(s); ++j) {
            line += text(loaded, pair.tokens, article.flat, j);
            if (article.evidence.fixedClass[size_t(j)] != WordClassifier::Evidence::punctuation) {
                line += QLatin1Char('/') + QChar::fromLatin1(article.gold[size_t(j)] >= 0 ? letters[article.gold[size_t(j)]] : '-');
                line += QChar::fromLatin1(predicted(j));
                if (article.evidence.fixedClass[size_t(j)] == WordClassifier::Verbatim)
                    line += QLatin1Char('*');
            }
            line += QLatin1Char(' ');
        }
        const WordClassifier::SourceSentence &source = article.evidence.sources[size_t(s)];
        out() << "S" << s << ": " << line << '\n';
        for (const qint32 t : { source.best, source.second }) {
            if (t < 0)
                continue;
            QString sourceText;
            for (qint32 i = wireFlat.sentenceStarts[size_t(t)]; i < wireFlat.sentenceEnd(t); ++i)
                sourceText += text(wire, wireTokens, wireFlat, i) + QLatin1Char(' ');
            out() << "   <- " << (t == source.best ? QStringLiteral("p=%1 cos=%2 ").arg(number(source.probability, 2), number(source.cosine, 2)) : QStringLiteral("second "))
                  << sourceText << '\n';
        }
    }
    out() << '\n';
    out().flush();
}

} // namespace

int run(const Paths &paths, const Options &options, const std::shared_ptr<const SynonymDictionary> &synonyms)
{
    out() << "== METER courts: newspaper articles against their story's PA wire copy ==\n";
    out().flush();
    QString problem;
    const std::vector<Story> stories = readStories(paths.corpora + QStringLiteral("/meter-courts"), &problem);
    if (stories.empty()) {
        out() << "skipped: " << (problem.isEmpty() ? QStringLiteral("no stories found") : problem) << "\n\n";
        return 0;
    }
    QElapsedTimer timer;
    timer.start();
    const ArticleLoader loader;
    ComparisonOptions comparisonOptions;
    comparisonOptions.baseId = QStringLiteral("PA");
    const Comparator comparator(comparisonOptions, synonyms);

    std::vector<ArticleOutcome> outcomes;
    std::vector<TrainingArticle> training;
    int failedStories = 0;
    for (const Story &story : stories) {
        std::vector<Article> articles { wireArticle(story, loader) };
        std::vector<const MeterArticle *> golds;
        for (const MeterArticle &gold : story.articles) {
            Article article;
            QString reason;
            if (!loader.loadBytes(gold.text.toUtf8(), gold.id + QStringLiteral(".txt"), &article, &reason))
                continue;
            articles.push_back(std::move(article));
            golds.push_back(&gold);
        }
        if (articles.front().paragraphs.empty() || golds.empty()) {
            ++failedStories;
            continue;
        }
        const ComparisonOutcome outcome = comparator.compare(articles);
        if (!outcome.comparison) {
            ++failedStories;
            continue;
        }
        const Comparison &comparison = *outcome.comparison;
        std::unique_ptr<PairPipeline> pipeline;
        for (size_t k = 0; k < golds.size(); ++k) {
            const qint32 index = qint32(k + 1);
            ArticleOutcome result;
            result.story = story.key;
            result.gold = golds[k];
            result.part = partOf(story.key, 2);
            const std::vector<WordPlace> places = locateWords(*golds[k], comparison.articles[size_t(index)]);
            result.words = predictedWords(places, comparison.comparisonFor(index).otherSpans);
            const bool explaining = golds[k]->id == options.explain;
            const bool collecting = (options.train || !options.setups.isEmpty() || options.relations)
                && result.part == Part::Tune && golds[k]->wordLevel;
            if (collecting || explaining) {
                if (!pipeline)
                    pipeline = std::make_unique<PairPipeline>(articles, 0, comparisonOptions, synonyms.get(),
                                                              options.relations);
                TrainingArticle article = trainingArticle(pipeline->pairs()[size_t(index)], *golds[k], places);
                article.story = story.key;
                article.relations = pipeline->pairs()[size_t(index)].relations;
                if (explaining) {
                    explain(article, pipeline->pairs()[size_t(index)], comparison.articles[size_t(index)],
                            comparison.articles[0], pipeline->baseFlat(), pipeline->baseTokens());
                }
                if (collecting)
                    training.push_back(std::move(article));
            }
            result.containment = comparison.containment[size_t(index)][size_t(comparison.base)];
            result.counts = comparison.counts[size_t(index)];
            result.figures = Derivation::figures(comparison, index);
            outcomes.push_back(std::move(result));
        }
    }

    int storiesPerPart[2] = { 0, 0 };
    for (const Story &story : stories)
        ++storiesPerPart[partOf(story.key, 2) == Part::Test];
    out() << stories.size() << " stories (" << storiesPerPart[0] << " tuning, " << storiesPerPart[1] << " test), "
          << outcomes.size() << " newspaper articles, compared in " << number(timer.elapsed() / 1000.0, 1) << " s";
    if (failedStories)
        out() << "; " << failedStories << " stories could not be compared";
    out() << ".\n\n";

    for (const Part part : { Part::Test, Part::Tune }) {
        Confusion confusion(WordClassCount);
        qint64 unmapped = 0;
        int articles = 0;
        for (const ArticleOutcome &outcome : outcomes) {
            if (outcome.part != part || !outcome.gold->wordLevel)
                continue;
            ++articles;
            for (size_t w = 0; w < outcome.words.size(); ++w) {
                const int gold = outcome.gold->words[w].label;
                if (gold < 0)
                    continue;
                if (outcome.words[w].label < 0)
                    ++unmapped;
                else
                    confusion.add(gold, outcome.words[w].label);
            }
        }
        std::map<QString, qint64> engineClasses;
        for (const ArticleOutcome &outcome : outcomes) {
            if (outcome.part != part || !outcome.gold->wordLevel)
                continue;
            for (size_t w = 0; w < outcome.words.size(); ++w)
                if (outcome.gold->words[w].label >= 0 && outcome.words[w].label >= 0)
                    ++engineClasses[changeClassName(outcome.words[w].changeClass)];
        }
        printWordTable(QStringLiteral("METER word level, %1 half (%2 articles with word-level tags)")
                           .arg(part == Part::Test ? QStringLiteral("TEST") : QStringLiteral("tuning"))
                           .arg(articles),
                       confusion, unmapped);
        out() << "engine classes of these words:";
        for (const auto &[name, count] : engineClasses)
            out() << ' ' << name << ' ' << count;
        out() << "\n\n";
    }

    for (const Part part : { Part::Test, Part::Tune }) {
        Confusion confusion(3);
        for (const ArticleOutcome &outcome : outcomes) {
            const int gold = derivationIndex(outcome.gold->classification);
            if (outcome.part == part && gold >= 0)
                confusion.add(gold, derivationIndex(Derivation::classify(outcome.figures)));
        }
        out() << "METER article level, " << (part == Part::Test ? "TEST" : "tuning") << " half ("
              << confusion.total() << " articles)\n";
        Table table({ QStringLiteral("class"), QStringLiteral("articles"), QStringLiteral("precision"),
                      QStringLiteral("recall"), QStringLiteral("F1") });
        for (int k = 0; k < 3; ++k) {
            const Prf score = confusion.classScore(k);
            table.addRow({ derivationNames()[size_t(k)], QString::number(confusion.goldCount(k)),
                           number(score.precision), number(score.recall), number(score.f1) });
        }
        table.addRow({ QStringLiteral("macro F1"), QString::number(confusion.total()), QString(), QString(),
                       number(confusion.macroF1()) });
        table.print(out());
        out() << '\n';
    }
    if (options.train) {
        trainDerivation(outcomes);
        trainWordClasses(training);
        if (!options.dumpFile.isEmpty())
            dumpFeatures(options.dumpFile + QStringLiteral(".features.tsv"), training);
    }
    if (!options.setups.isEmpty())
        compareWordSetups(training, options.setups);
    if (options.relations)
        printRelations(training);
    if (options.errorExamples > 0)
        printErrors(outcomes, options.errorExamples);
    if (!options.dumpFile.isEmpty()) {
        dumpWords(options.dumpFile, outcomes);
        dumpArticles(options.dumpFile + QStringLiteral(".articles.tsv"), outcomes);
    }
    out().flush();
    return 0;
}

} // namespace WireDiff::Eval::Meter
