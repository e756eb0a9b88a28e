// wirediff-bench: times the WireDiff pipeline on generated and real
// workloads, side by side with git --word-diff, GNU wdiff and dwdiff, and
// prints a table. Not a test: it asserts nothing; it reports.
//
//   wirediff-bench            the full set (pairs up to 1M words, folders up to 100 versions)
//   wirediff-bench --quick    a CI-sized set that runs in seconds
//
// Each workload is measured in a child process of its own, so peak memory
// figures are clean.

#include "guimeasure.h"
#include "measure.h"
#include "memorypolicy.h"
#include "peers.h"
#include "workloads.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cmath>
#include <optional>

using namespace WireDiff::Bench;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString ms(double milliseconds)
{
    if (milliseconds >= 10'000)
        return QStringLiteral("%1 s").arg(milliseconds / 1000, 0, 'f', 1);
    if (milliseconds >= 100)
        return QStringLiteral("%1 ms").arg(milliseconds, 0, 'f', 0);
    if (milliseconds >= 10)
        return QStringLiteral("%1 ms").arg(milliseconds, 0, 'f', 1);
    return QStringLiteral("%1 ms").arg(milliseconds, 0, 'f', 2);
}

QString megabytes(double bytes)
{
    return QStringLiteral("%1 MB").arg(bytes / (1024.0 * 1024.0), 0, 'f', bytes < 10 * 1024 * 1024 ? 2 : 1);
}

QString grouped(double value)
{
    return QLocale(QLocale::English).toString(qint64(std::llround(value)));
}

QString ratio(double x)
{
    return QStringLiteral("%1").arg(x, 0, 'f', x < 10 ? 2 : 1);
}

struct PeerResult
{
    QString name;
    double milliseconds = 0;
    qint64 peakBytes = 0;
    int runs = 0;
};

struct Measured
{
    Workload workload;
    Figures figures;
    std::vector<PeerResult> peers;
    std::optional<PeerResult> cli;
};

std::optional<PeerResult> timeProcess(const QString &name, const QString &program, const QStringList &arguments,
                                      int repeats, double budgetMilliseconds)
{
    std::vector<double> times;
    qint64 peak = 0;
    double spent = 0;
    for (int run = 0; run < repeats && (run == 0 || spent < budgetMilliseconds); ++run) {
        const ProcessRun result = runProcess(program, arguments);
        if (!result.started || result.exitCode < 0 || result.exitCode > 1)
            return std::nullopt; // diff tools exit 1 when the files differ
        times.push_back(result.milliseconds);
        peak = std::max(peak, result.peakBytes);
        spent += result.milliseconds;
    }
    return PeerResult { name, median(times), peak, int(times.size()) };
}

Figures runChild(const Workload &workload, int repeats, bool minimal)
{
    QStringList arguments { QStringLiteral("--child"), QStringLiteral("--repeats"), QString::number(repeats) };
    if (minimal)
        arguments << QStringLiteral("--minimal");
    arguments << workload.files;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        return { { QStringLiteral("error"), 1 } };
    return parseFigures(child.readAllStandardOutput());
}

void printWorkload(const Measured &m)
{
    const Figures &f = m.figures;
    const Workload &w = m.workload;
    QTextStream &o = out();
    o << "\n" << w.name << ": " << w.files.size() << " files, " << grouped(f.value(QStringLiteral("words")))
      << " words, " << megabytes(double(w.bytes)) << ", median of " << f.value(QStringLiteral("runs")) << " runs\n";
    const auto t = [&f](const char *key) { return f.value(QLatin1String(key)); };
    o << QStringLiteral("  %1 %2 = load %3 + tokenize %4 + containment %5 + diff %6 + align %7 + spans %8 + reworded %9\n")
             .arg(QStringLiteral("WireDiff pipeline").leftJustified(24), ms(t("time.total")).rightJustified(9),
                  ms(t("time.load")), ms(t("time.tokenize")), ms(t("time.containment")), ms(t("time.diff")),
                  ms(t("time.align")), ms(t("time.spans")), ms(t("time.reworded")));
    o << QStringLiteral("  %1 %2   (after the pipeline; not counted above)\n")
             .arg(QStringLiteral("JSON report").leftJustified(24), ms(t("time.report")).rightJustified(9));
    o << QStringLiteral("  %1 %2   WireDiff / segmentation = %3\n")
             .arg(QStringLiteral("ICU segmentation only").leftJustified(24), ms(t("time.segmentation")).rightJustified(9),
                  ratio(t("time.total") / t("time.segmentation")));
    for (const PeerResult &peer : m.peers) {
        o << QStringLiteral("  %1 %2   WireDiff / %3 = %4   (peak %5, %6 runs)\n")
                 .arg(peer.name.leftJustified(24), ms(peer.milliseconds).rightJustified(9), peer.name,
                      ratio(t("time.total") / peer.milliseconds), megabytes(double(peer.peakBytes)))
                 .arg(peer.runs);
    }
    if (m.cli) {
        o << QStringLiteral("  %1 %2   (whole process: start, WordNet %3, load, compare, JSON; peak %4)\n")
                 .arg(QStringLiteral("wirediff --export-json").leftJustified(24), ms(m.cli->milliseconds).rightJustified(9),
                      ms(t("startup.synonyms")), megabytes(double(m.cli->peakBytes)));
    }
    const double growth = t("memory.peak") - t("memory.before");
    const double warmGrowth = t("memory.peak") - t("memory.warm");
    o << QStringLiteral("  %1 peak %2; %3 over the process before loading = %4 x input;"
                        " %5 over it after a first comparison of a few sentences = %6 x input\n")
             .arg(QStringLiteral("memory").leftJustified(24), megabytes(t("memory.peak")), megabytes(growth),
                  ratio(growth / double(w.bytes)), megabytes(warmGrowth), ratio(warmGrowth / double(w.bytes)));
    if (w.kind == WorkloadKind::Pair || f.contains(QStringLiteral("edits.minimal"))) {
        QString line = QStringLiteral("  %1 raw diff %2").arg(QStringLiteral("edits (tokens)").leftJustified(24),
                                                               grouped(t("edits.raw")));
        if (w.generatedEdits >= 0)
            line += QStringLiteral(", generated ~%1").arg(grouped(double(w.generatedEdits)));
        if (f.contains(QStringLiteral("edits.minimal"))) {
            const double minimal = t("edits.minimal");
            line += QStringLiteral(", true minimal %1 (raw is %2 % above; minimal took %3)")
                        .arg(grouped(minimal))
                        .arg(minimal > 0 ? 100.0 * (t("edits.raw") - minimal) / minimal : 0.0, 0, 'f', 2)
                        .arg(ms(t("time.minimal")));
        } else {
            line += QStringLiteral(", true minimal not computed (O(ND); --full computes it)");
        }
        if (t("coarse") > 0)
            line += QStringLiteral(", COARSE");
        o << line << "\n";
    }
    o.flush();
}

double peerTime(const Measured &m, const QString &prefix)
{
    for (const PeerResult &peer : m.peers)
        if (peer.name.startsWith(prefix))
            return peer.milliseconds;
    return 0;
}

void printSummary(const std::vector<Measured> &measured)
{
    QTextStream &o = out();
    o << "\n| workload | words | WireDiff | ICU seg. | ÷ seg. | git --word-diff | ÷ git | wdiff | ÷ wdiff | dwdiff | ÷ dwdiff "
         "| CLI process | peak memory | memory ÷ input | raw / minimal edits |\n";
    o << "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const Measured &m : measured) {
        const Figures &f = m.figures;
        const double total = f.value(QStringLiteral("time.total"));
        const double seg = f.value(QStringLiteral("time.segmentation"));
        QStringList cells { m.workload.name, grouped(f.value(QStringLiteral("words"))), ms(total), ms(seg),
                            ratio(total / seg) };
        for (const QString &peer : { QStringLiteral("git"), QStringLiteral("wdiff"), QStringLiteral("dwdiff") }) {
            const double time = peerTime(m, peer);
            cells << (time > 0 ? ms(time) : QStringLiteral("–")) << (time > 0 ? ratio(total / time) : QStringLiteral("–"));
        }
        cells << (m.cli ? ms(m.cli->milliseconds) : QStringLiteral("–"));
        const double growth = f.value(QStringLiteral("memory.peak")) - f.value(QStringLiteral("memory.before"));
        cells << megabytes(f.value(QStringLiteral("memory.peak"))) << ratio(growth / double(m.workload.bytes));
        if (f.contains(QStringLiteral("edits.minimal")))
            cells << QStringLiteral("%1 / %2").arg(grouped(f.value(QStringLiteral("edits.raw"))),
                                                   grouped(f.value(QStringLiteral("edits.minimal"))));
        else if (m.workload.kind == WorkloadKind::Pair)
            cells << QStringLiteral("%1 / –").arg(grouped(f.value(QStringLiteral("edits.raw"))));
        else
            cells << QStringLiteral("–");
        o << "| " << cells.join(QStringLiteral(" | ")) << " |\n";
    }
}

void printScaling(const std::vector<Measured> &measured)
{
    std::vector<const Measured *> pairs;
    for (const Measured &m : measured)
        if (m.workload.kind == WorkloadKind::Pair)
            pairs.push_back(&m);
    if (pairs.size() < 2)
        return;
    QTextStream &o = out();
    o << "\nScaling of the pair pipeline (time grows by, for words growing by):\n";
    for (size_t k = 1; k < pairs.size(); ++k) {
        const double words = pairs[k]->figures.value(QStringLiteral("words")) / pairs[k - 1]->figures.value(QStringLiteral("words"));
        const double time = pairs[k]->figures.value(QStringLiteral("time.total")) / pairs[k - 1]->figures.value(QStringLiteral("time.total"));
        o << QStringLiteral("  %1 -> %2: time x%3 for words x%4 (exponent %5)\n")
                 .arg(pairs[k - 1]->workload.name, pairs[k]->workload.name, ratio(time), ratio(words))
                 .arg(std::log(time) / std::log(words), 0, 'f', 2);
    }
}

void printTargets(const std::vector<Measured> &measured)
{
    QTextStream &o = out();
    o << "\nTargets (issue 4), measured here:\n";
    const auto verdict = [](bool met) { return met ? QStringLiteral("met   ") : QStringLiteral("MISSED"); };
    for (const Measured &m : measured) {
        const Figures &f = m.figures;
        const double total = f.value(QStringLiteral("time.total"));
        const Workload &w = m.workload;
        if (w.kind == WorkloadKind::Pair) {
            const double git = peerTime(m, QStringLiteral("git"));
            if (git > 0)
                o << "  " << verdict(total < git) << "  " << w.name << ": faster than git --word-diff (" << ms(total)
                  << " vs " << ms(git) << ")\n";
            if (w.wordsPerSide >= 100'000) {
                const double seg = f.value(QStringLiteral("time.segmentation"));
                o << "  " << verdict(total <= 2 * seg) << "  " << w.name << ": at most 2x bare ICU segmentation ("
                  << ratio(total / seg) << "x)\n";
            }
            // Judged from the process before loading, as the table's
            // column; the growth after a warm-up says how much of a small
            // input's figure is the one-time cost of any first comparison.
            const double peak = f.value(QStringLiteral("memory.peak"));
            const double growth = peak - f.value(QStringLiteral("memory.before"));
            const double warmGrowth = peak - f.value(QStringLiteral("memory.warm"));
            o << "  " << verdict(growth < 20.0 * double(w.bytes)) << "  " << w.name << ": memory under 20x input ("
              << ratio(growth / double(w.bytes)) << "x; " << ratio(warmGrowth / double(w.bytes))
              << "x after a warm-up)\n";
        }
        if (w.targetMilliseconds > 0)
            o << "  " << verdict(total < w.targetMilliseconds) << "  " << w.name << ": under " << ms(w.targetMilliseconds)
              << " (" << ms(total) << ")\n";
        if (f.contains(QStringLiteral("edits.minimal")) && w.kind == WorkloadKind::Pair) {
            const double minimal = f.value(QStringLiteral("edits.minimal"));
            const double raw = f.value(QStringLiteral("edits.raw"));
            o << "  " << verdict(raw <= minimal * 1.01) << "  " << w.name << ": diff within 1% of minimal ("
              << QString::number(minimal > 0 ? 100.0 * (raw - minimal) / minimal : 0.0, 'f', 2) << " %)\n";
        }
    }
}

int runChildMode(const QStringList &arguments)
{
    MeasureRequest request;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--child"))
            continue;
        if (argument == QLatin1String("--repeats") && i + 1 < arguments.size())
            request.repeats = std::max(1, arguments.at(++i).toInt());
        else if (argument == QLatin1String("--threads") && i + 1 < arguments.size())
            request.threads = arguments.at(++i).toInt();
        else if (argument == QLatin1String("--minimal"))
            request.minimal = true;
        else
            request.files.append(argument);
    }
    Figures figures = measureInProcess(request);
    figures[QStringLiteral("runs")] = request.repeats;
    QTextStream(stdout) << formatFigures(figures);
    return figures.contains(QStringLiteral("error")) ? 1 : 0;
}

// The window measurements run in a child with a QApplication of its own on
// the offscreen platform: --gui-child startup FOLDER | scroll FILE...
int runWindowChild(int argc, char **argv, const QElapsedTimer &sinceStart)
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype mode = arguments.indexOf(QLatin1String("--gui-child")) + 1;
    if (mode <= 0 || mode + 1 >= arguments.size())
        return 2;
    Figures figures;
    if (arguments.at(mode) == QLatin1String("startup")) {
        figures = measureStartupInProcess(arguments.at(mode + 1), sinceStart);
    } else {
        ScrollRequest request;
        request.files = arguments.mid(mode + 1);
        figures = measureScrollInProcess(request);
    }
    QTextStream(stdout) << formatFigures(figures);
    return figures.contains(QStringLiteral("error")) ? 1 : 0;
}

Figures runWindowChildProcess(const QStringList &arguments, const QString &settingsDir)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), settingsDir);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), settingsDir);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), QStringList { QStringLiteral("--gui-child") } + arguments);
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        return { { QStringLiteral("error"), 1 } };
    return parseFigures(child.readAllStandardOutput());
}

struct WindowMeasured
{
    WindowWorkload workload;
    Figures figures;
};

WindowMeasured measureWindow(const WindowWorkload &workload, int runs, const QString &cli, const QString &settingsDir)
{
    WindowMeasured m { workload, {} };
    if (workload.kind == WindowWorkload::Kind::Startup) {
        // The real program, from spawn to its first painted comparison.
        std::vector<double> wall;
        if (QFileInfo::exists(cli)) {
            for (int run = 0; run < runs; ++run) {
                const double time = timeToFirstPaint(cli, workload.folder);
                if (time >= 0)
                    wall.push_back(time);
            }
        }
        // The same in this program's own window, with the stall meter.
        std::vector<double> inProcess, stalls, paints;
        for (int run = 0; run < runs; ++run) {
            const Figures f = runWindowChildProcess({ QStringLiteral("startup"), workload.folder }, settingsDir);
            if (f.contains(QStringLiteral("error")))
                continue;
            inProcess.push_back(f.value(QStringLiteral("gui.firstPaint")));
            stalls.push_back(f.value(QStringLiteral("gui.longestStall")));
            paints.push_back(f.value(QStringLiteral("gui.paint")));
            m.figures[QStringLiteral("articles")] = f.value(QStringLiteral("gui.articles"));
        }
        if (inProcess.empty()) {
            m.figures[QStringLiteral("error")] = 1;
            return m;
        }
        m.figures[QStringLiteral("firstPaint")] = wall.empty() ? median(inProcess) : median(wall);
        m.figures[QStringLiteral("firstPaintInProcess")] = median(inProcess);
        m.figures[QStringLiteral("paint")] = median(paints);
        m.figures[QStringLiteral("longestStall")] = *std::max_element(stalls.begin(), stalls.end());
        m.figures[QStringLiteral("runs")] = double(std::max(wall.size(), inProcess.size()));
    } else {
        m.figures = runWindowChildProcess(QStringList { QStringLiteral("scroll") } + workload.files, settingsDir);
    }
    return m;
}

void printWindows(const std::vector<WindowMeasured> &measured)
{
    if (measured.empty())
        return;
    QTextStream &o = out();
    o << "\n| window | first paint after start | that paint | longest stall until then "
         "| scroll step median | p95 | slowest | repaint of laid-out rows (median / p95) | sideways step (median / p95) "
         "| cells on screen |\n";
    o << "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const WindowMeasured &m : measured) {
        const Figures &f = m.figures;
        const auto v = [&f](const char *key) { return f.value(QLatin1String(key)); };
        QStringList cells { m.workload.name };
        if (f.contains(QStringLiteral("error"))) {
            cells << QStringLiteral("failed");
        } else if (m.workload.kind == WindowWorkload::Kind::Startup) {
            cells << QStringLiteral("%1 (%2 articles, %3 runs)").arg(ms(v("firstPaint"))).arg(v("articles")).arg(v("runs"))
                  << ms(v("paint")) << ms(v("longestStall")) << QStringLiteral("–") << QStringLiteral("–")
                  << QStringLiteral("–") << QStringLiteral("–") << QStringLiteral("–") << QStringLiteral("–");
        } else {
            cells << QStringLiteral("–") << ms(v("scroll.firstPaint")) << QStringLiteral("–") << ms(v("scroll.median"))
                  << ms(v("scroll.p95")) << ms(v("scroll.max"))
                  << QStringLiteral("%1 / %2").arg(ms(v("scroll.backMedian")), ms(v("scroll.backP95")))
                  << QStringLiteral("%1 / %2").arg(ms(v("scroll.sidewaysMedian")), ms(v("scroll.sidewaysP95")))
                  << QStringLiteral("%1 (%2 panes x %3 rows)")
                         .arg(v("scroll.cellsOnScreen"))
                         .arg(v("scroll.panesOnScreen"))
                         .arg(v("scroll.panesOnScreen") > 0 ? v("scroll.cellsOnScreen") / v("scroll.panesOnScreen") : 0);
        }
        o << "| " << cells.join(QStringLiteral(" | ")) << " |\n";
    }
    o.flush();
}

void printWindowTargets(const std::vector<WindowMeasured> &measured)
{
    QTextStream &o = out();
    const auto verdict = [](bool met) { return met ? QStringLiteral("met   ") : QStringLiteral("MISSED"); };
    for (const WindowMeasured &m : measured) {
        const Figures &f = m.figures;
        if (f.contains(QStringLiteral("error")) || m.workload.targetMilliseconds <= 0)
            continue;
        const double target = m.workload.targetMilliseconds;
        if (m.workload.kind == WindowWorkload::Kind::Startup) {
            const double paint = f.value(QStringLiteral("firstPaint"));
            o << "  " << verdict(paint < target) << "  " << m.workload.name << ": first paint under " << ms(target) << " ("
              << ms(paint) << ")\n";
            // Responsive: no stall a user would notice (100 ms) while the work runs.
            const double stall = f.value(QStringLiteral("longestStall"));
            o << "  " << verdict(stall < 100) << "  " << m.workload.name << ": window answers throughout (longest stall "
              << ms(stall) << ", under 100 ms)\n";
        } else {
            const double p95 = f.value(QStringLiteral("scroll.p95"));
            o << "  " << verdict(p95 < target) << "  " << m.workload.name << ": scrolling repaint under " << ms(target)
              << " (95th percentile " << ms(p95) << ", median " << ms(f.value(QStringLiteral("scroll.median"))) << ")\n";
        }
    }
    o.flush();
}

} // namespace

int main(int argc, char **argv)
{
    // As the program measured does (app/main.cpp).
    WireDiff::MemoryPolicy::returnLargeBlocksToSystem();
    QElapsedTimer sinceStart;
    sinceStart.start();
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--gui-child") == 0)
            return runWindowChild(argc, argv, sinceStart);
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wirediff-bench"));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.contains(QLatin1String("--child")))
        return runChildMode(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times WireDiff against git --word-diff, wdiff and dwdiff."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("CI-sized run: small workloads, 3 runs each."));
    const QCommandLineOption full(QStringLiteral("full"), QStringLiteral("Also compute the true minimal edit count at 1M words (minutes)."));
    const QCommandLineOption repeats(QStringLiteral("repeats"), QStringLiteral("Runs per measurement (median)."), QStringLiteral("N"));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Only workloads whose name contains TEXT."), QStringLiteral("TEXT"));
    const QCommandLineOption workDir(QStringLiteral("work-dir"), QStringLiteral("Where to write the generated workloads (default: a temporary folder)."), QStringLiteral("DIR"));
    const QCommandLineOption corpora(QStringLiteral("corpora"), QStringLiteral("The shared corpora folder."), QStringLiteral("DIR"),
                                     QStringLiteral(WIREDIFF_CORPORA_DIR));
    const QCommandLineOption seeds(QStringLiteral("seeds"), QStringLiteral("The shared seeds folder (window start-up)."), QStringLiteral("DIR"),
                                   QStringLiteral(WIREDIFF_SEEDS_DIR));
    const QCommandLineOption noPeers(QStringLiteral("no-peers"), QStringLiteral("Do not run git, wdiff, dwdiff."));
    const QCommandLineOption noWindow(QStringLiteral("no-window"), QStringLiteral("Skip the window measurements."));
    parser.addOptions({ quick, full, repeats, only, workDir, corpora, seeds, noPeers, noWindow });
    parser.process(app);

    QTemporaryDir temporary;
    WorkloadPlan plan;
    plan.quick = parser.isSet(quick);
    plan.workDir = parser.isSet(workDir) ? parser.value(workDir) : temporary.path();
    plan.samplesDir = QStringLiteral(WIREDIFF_SOURCE_DIR "/resources/samples");
    plan.corporaDir = parser.value(corpora);
    plan.seedsDir = parser.value(seeds);
    plan.only = parser.value(only);
    QDir().mkpath(plan.workDir);
    const int defaultRepeats = parser.isSet(repeats) ? std::max(1, parser.value(repeats).toInt()) : plan.quick ? 3 : 5;

    QTextStream &o = out();
    o << "wirediff-bench " << (plan.quick ? "--quick" : "") << "\n";
    o << "machine: " << QSysInfo::prettyProductName() << ", " << QSysInfo::currentCpuArchitecture() << ", "
      << QThread::idealThreadCount() << " cores";
    {
        QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
        if (cpuinfo.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
                if (line.startsWith("model name")) {
                    o << ", " << QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                    break;
                }
            }
        }
    }
    o << "\n";
    o.flush();

    QElapsedTimer generation;
    generation.start();
    QString error;
    const std::vector<Workload> workloads = buildWorkloads(plan, &error);
    if (!error.isEmpty()) {
        QTextStream(stderr) << "wirediff-bench: " << error << Qt::endl;
        return 2;
    }
    o << "workloads generated in " << ms(double(generation.elapsed())) << " under " << plan.workDir << "\n";

    const std::vector<PeerTool> peers = parser.isSet(noPeers) ? std::vector<PeerTool>() : installedPeers();
    const QString cli = QStringLiteral(WIREDIFF_BINARY);
    std::vector<Measured> measured;
    for (const Workload &workload : workloads) {
        const int runs = workload.wordsPerSide >= 1'000'000 && !parser.isSet(repeats) ? 3 : defaultRepeats;
        const bool minimal = (workload.peers && (workload.wordsPerSide <= 100'000 || parser.isSet(full)));
        Measured m { workload, runChild(workload, runs, minimal), {}, std::nullopt };
        if (m.figures.contains(QStringLiteral("error"))) {
            o << "\n" << workload.name << ": could not be compared\n";
            continue;
        }
        if (workload.peers) {
            for (const PeerTool &peer : peers) {
                if (auto result = timeProcess(peer.name, peer.program, peer.leadingArguments + workload.files, runs, 25'000))
                    m.peers.push_back(*result);
            }
        }
        if (QFileInfo::exists(cli)) {
            const QString json = QDir(plan.workDir).filePath(QStringLiteral("report.json"));
            m.cli = timeProcess(QStringLiteral("wirediff"), cli,
                                QStringList { QStringLiteral("--export-json"), json } + workload.files, runs, 25'000);
        }
        printWorkload(m);
        measured.push_back(std::move(m));
    }
    std::vector<WindowMeasured> windows;
    if (!parser.isSet(noWindow)) {
        QString windowError;
        QTemporaryDir settings;
        for (const WindowWorkload &workload : buildWindowWorkloads(plan, workloads, &windowError)) {
            windows.push_back(measureWindow(workload, plan.quick ? 1 : 5, cli, settings.path()));
            o << "\n" << workload.name << ": measured\n";
            o.flush();
        }
        if (!windowError.isEmpty())
            o << "window workloads: " << windowError << "\n";
    }
    printSummary(measured);
    printWindows(windows);
    printScaling(measured);
    printTargets(measured);
    printWindowTargets(windows);
    o << "\nReproduce: " << QStringList(arguments).join(QLatin1Char(' ')) << "\n";
    o.flush();
    return 0;
}
