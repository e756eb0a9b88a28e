#include "meter.h"

#include "articleloader.h"
#include "comparator.h"
#include "derivation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace WireDiff::Eval::Meter {

namespace {

enum WordClass { Verbatim, Rewrite, New, WordClassCount };
const std::array<QString, WordClassCount> wordClassNames { QStringLiteral("Verbatim"), QStringLiteral("Rewrite"),
                                                           QStringLiteral("New") };
const std::array<QString, 3> derivationNames { QStringLiteral("wholly-derived"), QStringLiteral("partially-derived"),
                                               QStringLiteral("non-derived") };

struct GoldWord
{
    qint32 start = 0; // UTF-16 offsets into MeterArticle::text
    qint32 end = 0;
    int label = -1;   // WordClass, or -1 where the article has no word-level tags
};

struct MeterArticle
{
    QString id;
    QString classification;
    QString text;
    std::vector<GoldWord> words;
    bool wordLevel = false;
};

struct Story
{
    QString key; // "date/catchline"
    QStringList wireFiles;
    std::vector<MeterArticle> articles;
};

int labelOfTag(QStringView tag)
{
    if (tag == QLatin1String("Verbatim"))
        return Verbatim;
    if (tag == QLatin1String("Rewrite"))
        return Rewrite;
    if (tag == QLatin1String("New"))
        return New;
    return -1;
}

// Reads one annotated newspaper article: the text as the reporter wrote it
// (tags removed, paragraphs separated by blank lines) and the gold class of
// each word.
bool readAnnotated(const QString &path, MeterArticle *article)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString sgml = QString::fromLatin1(file.readAll());
    static const QRegularExpression classification(QStringLiteral("classification=\"([a-z-]+)\""));
    article->classification = classification.match(sgml).captured(1);
    const qsizetype bodyStart = sgml.indexOf(QLatin1String("<body>"));
    const qsizetype bodyEnd = sgml.indexOf(QLatin1String("</body>"));
    if (bodyStart < 0 || bodyEnd < bodyStart)
        return false;
    const QString body = sgml.mid(bodyStart + 6, bodyEnd - bodyStart - 6);
    static const QRegularExpression element(QStringLiteral("<(Verbatim|Rewrite|New|unclassified)\\b[^>]*>(.*?)</\\1\\s*>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    std::vector<int> labels;
    qsizetype at = 0;
    for (auto it = element.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QStringView between = QStringView(body).mid(at, match.capturedStart() - at);
        at = match.capturedEnd();
        const int label = labelOfTag(match.capturedView(1));
        article->wordLevel = article->wordLevel || label >= 0;
        QString inner = match.captured(2);
        if (between.count(QLatin1Char('\n')) >= 2 && !article->text.isEmpty()) {
            while (article->text.endsWith(QLatin1Char(' ')) || article->text.endsWith(QLatin1Char('\n'))) {
                article->text.chop(1);
                labels.pop_back();
            }
            article->text += QLatin1String("\n\n");
            labels.insert(labels.end(), 2, -1);
        } else if (!article->text.isEmpty() && !inner.isEmpty() && article->text.back().isLetterOrNumber()
                   && inner.front().isLetterOrNumber()) {
            article->text += QLatin1Char(' ');
            labels.push_back(-1);
        }
        article->text += inner;
        labels.insert(labels.end(), size_t(inner.size()), label);
    }
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)*"));
    for (auto it = word.globalMatch(article->text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        article->words.push_back(GoldWord { qint32(match.capturedStart()), qint32(match.capturedEnd()),
                                            labels[size_t(match.capturedStart())] });
    }
    return !article->text.trimmed().isEmpty();
}

std::vector<Story> readStories(const QString &root, QString *problem)
{
    const QString annotated = root + QStringLiteral("/newspapers/annotated/courts");
    const QString wire = root + QStringLiteral("/PA/rawtexts/courts");
    std::vector<Story> stories;
    if (!QFileInfo(annotated).isDir() || !QFileInfo(wire).isDir()) {
        *problem = QStringLiteral("METER courts folders not found under ") + root;
        return stories;
    }
    const QDir::Filters dirs = QDir::Dirs | QDir::NoDotAndDotDot;
    for (const QString &date : QDir(annotated).entryList(dirs, QDir::Name)) {
        for (const QString &catchline : QDir(annotated + QLatin1Char('/') + date).entryList(dirs, QDir::Name)) {
            Story story;
            story.key = date + QLatin1Char('/') + catchline;
            const QDir wireDir(wire + QLatin1Char('/') + story.key);
            for (const QString &name : wireDir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name))
                story.wireFiles.append(wireDir.filePath(name));
            const QDir newsDir(annotated + QLatin1Char('/') + story.key);
            for (const QString &name : newsDir.entryList({ QStringLiteral("*.sgml") }, QDir::Files, QDir::Name)) {
                MeterArticle article;
                article.id = QFileInfo(name).completeBaseName();
                if (readAnnotated(newsDir.filePath(name), &article))
                    story.articles.push_back(std::move(article));
            }
            if (!story.wireFiles.isEmpty() && !story.articles.empty())
                stories.push_back(std::move(story));
        }
    }
    return stories;
}

// All wire copy of a story as one base article: every PA file in name order
// (first take, leads, substitutes, night leads), each paragraph once.
Article wireArticle(const Story &story, const ArticleLoader &loader)
{
    Article wire;
    wire.id = QStringLiteral("PA");
    wire.language = QStringLiteral("en");
    wire.format = ArticleFormat::PressAssociationWire;
    QSet<QString> seen;
    for (const QString &path : story.wireFiles) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Article part;
        QString reason;
        if (!loader.loadBytes(file.readAll(), path, &part, &reason))
            continue;
        for (const Paragraph &paragraph : part.paragraphs) {
            if (!seen.contains(paragraph.text)) {
                seen.insert(paragraph.text);
                wire.paragraphs.push_back(paragraph);
            }
        }
    }
    return wire;
}

int wordClassOf(ChangeClass changeClass)
{
    switch (changeClass) {
    case ChangeClass::Same:
    case ChangeClass::Moved:
        return Verbatim;
    case ChangeClass::Added:
    case ChangeClass::Removed:
        return New;
    default:
        return Rewrite; // paraphrased, and any finer kind of rewording
    }
}

struct PredictedWord
{
    int label = -1; // WordClass, -1 when the word could not be found in the loaded article
};

// Finds each gold word in the loaded article's paragraphs (in order) and
// reads the class of the span that covers it.
std::vector<PredictedWord> predictedWords(const MeterArticle &gold, const Article &loaded,
                                          const std::vector<DiffSpan> &spans)
{
    QString joined;
    std::vector<qint32> starts;
    for (const Paragraph &paragraph : loaded.paragraphs) {
        starts.push_back(qint32(joined.size()));
        joined += paragraph.text;
        joined += QLatin1Char('\n');
    }
    std::vector<PredictedWord> result(gold.words.size());
    qsizetype cursor = 0;
    for (size_t w = 0; w < gold.words.size(); ++w) {
        const GoldWord &word = gold.words[w];
        const QStringView text = QStringView(gold.text).mid(word.start, word.end - word.start);
        const qsizetype found = joined.indexOf(text, cursor);
        if (found < 0 || found > cursor + 400)
            continue;
        cursor = found + text.size();
        const auto paragraph = qint32(std::upper_bound(starts.begin(), starts.end(), qint32(found)) - starts.begin() - 1);
        const qint32 offset = qint32(found) - starts[size_t(paragraph)];
        const auto span = std::upper_bound(spans.begin(), spans.end(), std::make_pair(paragraph, offset),
                                           [](const std::pair<qint32, qint32> &at, const DiffSpan &s) {
                                               return at.first < s.paragraph || (at.first == s.paragraph && at.second < s.start);
                                           });
        if (span == spans.begin())
            continue;
        const DiffSpan &covering = *(span - 1);
        if (covering.paragraph == paragraph && covering.start <= offset && offset < covering.end)
            result[w].label = wordClassOf(covering.changeClass);
    }
    return result;
}

struct ArticleOutcome
{
    QString story;
    const MeterArticle *gold = nullptr;
    std::vector<PredictedWord> words;
    ContainmentShare containment;
    Part part = Part::Tune;
};

int derivationIndex(const QString &classification)
{
    for (size_t k = 0; k < derivationNames.size(); ++k)
        if (classification == derivationNames[k])
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
    stream << "part\tstory\tarticle\tindex\tword\tgold\tpredicted\n";
    for (const ArticleOutcome &outcome : outcomes) {
        const MeterArticle &article = *outcome.gold;
        for (size_t w = 0; w < article.words.size(); ++w) {
            const GoldWord &word = article.words[w];
            stream << (outcome.part == Part::Tune ? "tune" : "test") << '\t' << outcome.story << '\t' << article.id
                   << '\t' << w << '\t' << article.text.mid(word.start, word.end - word.start) << '\t'
                   << (word.label >= 0 ? wordClassNames[size_t(word.label)] : QStringLiteral("-")) << '\t'
                   << (outcome.words[w].label >= 0 ? wordClassNames[size_t(outcome.words[w].label)] : QStringLiteral("-"))
                   << '\n';
        }
    }
}

// Fits the derivation thresholds on the tuning half: the score is
// verbatim + rewordedWeight * reworded; grid search for the pair of
// thresholds with the best macro F1.
void trainDerivation(const std::vector<ArticleOutcome> &outcomes)
{
    double bestF1 = -1;
    Derivation::Thresholds best;
    for (const double rewordedWeight : { 0.0, 0.25, 0.5, 0.75, 1.0 }) {
        for (int wholly = 20; wholly <= 95; ++wholly) {
            for (int partially = 2; partially < wholly; ++partially) {
                const Derivation::Thresholds thresholds { rewordedWeight, wholly / 100.0, partially / 100.0 };
                Confusion confusion(3);
                for (const ArticleOutcome &outcome : outcomes) {
                    const int gold = derivationIndex(outcome.gold->classification);
                    if (outcome.part == Part::Tune && gold >= 0)
                        confusion.add(gold, derivationIndex(Derivation::classify(outcome.containment, thresholds)));
                }
                if (confusion.macroF1() > bestF1) {
                    bestF1 = confusion.macroF1();
                    best = thresholds;
                }
            }
        }
    }
    out() << "Derivation thresholds fitted on the METER tuning half (macro F1 " << number(bestF1) << "):\n"
          << "    static constexpr Thresholds fitted { " << best.rewordedWeight << ", " << best.wholly << ", "
          << best.partially << " };\n\n";
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
    std::vector<Article> loadedArticles;
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
        for (size_t k = 0; k < golds.size(); ++k) {
            const qint32 index = qint32(k + 1);
            ArticleOutcome result;
            result.story = story.key;
            result.gold = golds[k];
            result.part = partOf(story.key, 2);
            result.words = predictedWords(*golds[k], comparison.articles[size_t(index)],
                                          comparison.comparisonFor(index).otherSpans);
            result.containment = comparison.containment[size_t(index)][size_t(comparison.base)];
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
        printWordTable(QStringLiteral("METER word level, %1 half (%2 articles with word-level tags)")
                           .arg(part == Part::Test ? QStringLiteral("TEST") : QStringLiteral("tuning"))
                           .arg(articles),
                       confusion, unmapped);
    }

    for (const Part part : { Part::Test, Part::Tune }) {
        Confusion confusion(3);
        for (const ArticleOutcome &outcome : outcomes) {
            const int gold = derivationIndex(outcome.gold->classification);
            if (outcome.part == part && gold >= 0)
                confusion.add(gold, derivationIndex(Derivation::classify(outcome.containment)));
        }
        out() << "METER article level, " << (part == Part::Test ? "TEST" : "tuning") << " half ("
              << confusion.total() << " articles)\n";
        Table table({ QStringLiteral("class"), QStringLiteral("articles"), QStringLiteral("precision"),
                      QStringLiteral("recall"), QStringLiteral("F1") });
        for (int k = 0; k < 3; ++k) {
            const Prf score = confusion.classScore(k);
            table.addRow({ derivationNames[size_t(k)], QString::number(confusion.goldCount(k)),
                           number(score.precision), number(score.recall), number(score.f1) });
        }
        table.addRow({ QStringLiteral("macro F1"), QString::number(confusion.total()), QString(), QString(),
                       number(confusion.macroF1()) });
        table.print(out());
        out() << '\n';
    }
    if (options.train)
        trainDerivation(outcomes);
    if (options.errorExamples > 0)
        printErrors(outcomes, options.errorExamples);
    if (!options.dumpFile.isEmpty())
        dumpWords(options.dumpFile, outcomes);
    out().flush();
    return 0;
}

} // namespace WireDiff::Eval::Meter
