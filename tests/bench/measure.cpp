#include "measure.h"

#include "articleloader.h"
#include "comparator.h"
#include "flatdocument.h"
#include "lexicon.h"
#include "reportwriter.h"
#include "sequencediff.h"
#include "synonymdictionary.h"
#include "tokenizer.h"
#include "vocabulary.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <unicode/ubrk.h>

#include <unistd.h>

#include <algorithm>

namespace WireDiff::Bench {

namespace {

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// What any word-diff tool must do at least: read the files, decode them and
// find the word boundaries with ICU. One thread, the files one after the
// other.
double bareSegmentation(const QStringList &files, qint64 *wordCount)
{
    QElapsedTimer timer;
    timer.start();
    qint64 words = 0;
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, "en", nullptr, 0, &status);
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        status = U_ZERO_ERROR;
        ubrk_setText(iterator, reinterpret_cast<const UChar *>(text.constData()), int32_t(text.size()), &status);
        for (int32_t end = ubrk_next(iterator); end != UBRK_DONE; end = ubrk_next(iterator)) {
            if (ubrk_getRuleStatus(iterator) >= UBRK_WORD_NUMBER)
                ++words;
        }
    }
    ubrk_close(iterator);
    *wordCount = words;
    return milliseconds(timer);
}

// Compares the first few sentences of each of `files` once: the code,
// ICU's data and the threads' heaps that any comparison touches the first
// time are then in the process, and what a workload adds beyond them is
// what its input costs. The figures report both baselines.
void warmUp(const ArticleLoader &loader, const Comparator &comparator, const QStringList &files)
{
    QTemporaryDir dir;
    QStringList heads;
    for (const QString &file : files) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            continue;
        QByteArray head = in.read(600);
        head.truncate(head.lastIndexOf('.') + 1); // whole sentences
        QFile out(dir.filePath(QStringLiteral("%1.txt").arg(heads.size())));
        if (head.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(head) != head.size())
            continue;
        heads << out.fileName();
    }
    LoadResult loaded = loader.loadFiles(heads);
    comparator.compare(std::move(loaded.articles));
}

// Starts the peak (VmHWM) again from the current resident size (Linux 4.0
// and later); elsewhere the peak keeps the warm-up's, which is smaller than
// any workload's.
void resetPeakResident()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

} // namespace

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

Figures parseFigures(const QByteArray &text)
{
    Figures figures;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            figures.insert(QString::fromUtf8(line.left(equals)), line.mid(equals + 1).toDouble());
    }
    return figures;
}

QByteArray formatFigures(const Figures &figures)
{
    QByteArray out;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it)
        out += it.key().toUtf8() + '=' + QByteArray::number(it.value(), 'g', 12) + '\n';
    return out;
}

qint64 currentResidentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

// VmHWM, not getrusage(): Linux carries ru_maxrss over execve, so a child
// would report the peak of the benchmark that spawned it.
qint64 peakResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

Figures measureInProcess(const MeasureRequest &request)
{
    Figures figures;
    QElapsedTimer timer;
    timer.start();
    // Loaded once per process by the window and the command line alike.
    const std::shared_ptr<const SynonymDictionary> synonyms = SynonymDictionary::load();
    figures[QStringLiteral("startup.synonyms")] = milliseconds(timer);

    const qint64 residentBefore = currentResidentBytes();
    LoadOptions loadOptions;
    loadOptions.threads = request.threads;
    const ArticleLoader loader(loadOptions);
    ComparisonOptions options;
    options.threads = request.threads;
    const Comparator comparator(options, synonyms);
    warmUp(loader, comparator, request.files);
    resetPeakResident();
    const qint64 residentWarm = currentResidentBytes();
    std::vector<double> load, tokenize, containment, diff, align, spans, reworded, compare, total, report;
    qint64 rawEdits = -1;
    qint64 coarse = 0;
    for (int run = 0; run < request.repeats; ++run) {
        QElapsedTimer wall;
        wall.start();
        LoadResult loaded = loader.loadFiles(request.files);
        const double loadTime = milliseconds(wall);
        ComparisonOutcome outcome = comparator.compare(std::move(loaded.articles));
        const double totalTime = milliseconds(wall);
        if (!outcome.comparison) {
            figures[QStringLiteral("error")] = 1;
            return figures;
        }
        load.push_back(loadTime);
        total.push_back(totalTime);
        const PhaseTimings &t = outcome.timings;
        tokenize.push_back(t.tokenize);
        containment.push_back(t.containment);
        diff.push_back(t.diff);
        align.push_back(t.align);
        spans.push_back(t.spans);
        reworded.push_back(t.reworded);
        compare.push_back(t.total);
        if (request.report) {
            QElapsedTimer reportTimer;
            reportTimer.start();
            const QByteArray json = ReportWriter::toBytes(*outcome.comparison);
            report.push_back(milliseconds(reportTimer));
            figures[QStringLiteral("report.bytes")] = double(json.size());
        }
        rawEdits = 0;
        coarse = 0;
        for (const ArticleComparison &comparison : outcome.comparison->comparisons) {
            if (comparison.isValid()) {
                rawEdits += comparison.rawEditCount;
                coarse += comparison.coarse;
            }
        }
        figures[QStringLiteral("articles")] = double(outcome.comparison->articles.size());
    }
    figures[QStringLiteral("memory.peak")] = double(peakResidentBytes());
    figures[QStringLiteral("memory.before")] = double(residentBefore);
    figures[QStringLiteral("memory.warm")] = double(residentWarm);
    figures[QStringLiteral("time.load")] = median(load);
    figures[QStringLiteral("time.tokenize")] = median(tokenize);
    figures[QStringLiteral("time.containment")] = median(containment);
    figures[QStringLiteral("time.diff")] = median(diff);
    figures[QStringLiteral("time.align")] = median(align);
    figures[QStringLiteral("time.spans")] = median(spans);
    figures[QStringLiteral("time.reworded")] = median(reworded);
    figures[QStringLiteral("time.compare")] = median(compare);
    figures[QStringLiteral("time.total")] = median(total);
    if (!report.empty())
        figures[QStringLiteral("time.report")] = median(report);
    figures[QStringLiteral("edits.raw")] = double(rawEdits);
    figures[QStringLiteral("coarse")] = double(coarse);

    std::vector<double> segmentation;
    qint64 words = 0;
    for (int run = 0; run < request.repeats; ++run)
        segmentation.push_back(bareSegmentation(request.files, &words));
    figures[QStringLiteral("time.segmentation")] = median(segmentation);
    figures[QStringLiteral("words")] = double(words);

    if (request.minimal && request.files.size() == 2) {
        // The diff the pipeline runs, rebuilt from public parts, against
        // the true minimal edit count of the same token sequences.
        LoadResult loaded = loader.loadFiles(request.files);
        Vocabulary vocabulary;
        const ComparisonOptions tokenOptions;
        std::vector<TokenizedArticle> tokens;
        for (const Article &article : loaded.articles) {
            Tokenizer tokenizer(tokenOptions, &vocabulary);
            tokens.push_back(tokenizer.tokenize(article.paragraphs, article.language));
        }
        const Lexicon lexicon(vocabulary, QStringLiteral("en"));
        const FlatDocument a = FlatDocument::build(tokens[0], loaded.articles[0].paragraphs, lexicon, false);
        const FlatDocument b = FlatDocument::build(tokens[1], loaded.articles[1].paragraphs, lexicon, false);
        QElapsedTimer diffTimer;
        diffTimer.start();
        const EditScript anchored = SequenceDiff::diff(a.keySpan(), b.keySpan());
        figures[QStringLiteral("time.anchoredDiff")] = milliseconds(diffTimer);
        figures[QStringLiteral("edits.anchored")] = double(anchored.editCount());
        diffTimer.restart();
        figures[QStringLiteral("edits.minimal")] = double(SequenceDiff::minimalEditCount(a.keySpan(), b.keySpan()));
        figures[QStringLiteral("time.minimal")] = milliseconds(diffTimer);
    }
    return figures;
}

} // namespace WireDiff::Bench
