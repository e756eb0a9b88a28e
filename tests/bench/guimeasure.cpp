#include "guimeasure.h"

#include "articleloader.h"
#include "comparator.h"
#include "comparisonsession.h"
#include "comparisonview.h"
#include "mainwindow.h"
#include "synonymdictionary.h"

#include <QApplication>
#include <QEventLoop>
#include <QProcess>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

namespace WireDiff::Bench {

namespace {

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(fraction * double(values.size() - 1) + 0.5));
    return values[index];
}

} // namespace

Figures measureStartupInProcess(const QString &folder, const QElapsedTimer &sinceStart)
{
    Figures figures;
    MainWindow window;
    window.resize(1600, 1000);

    // The stall meter: a 5 ms timer on the GUI thread; a gap much longer
    // than 5 ms between two ticks is time the window could not answer.
    QElapsedTimer tick;
    double longestGap = 0;
    bool painted = false;
    QTimer meter;
    meter.setInterval(5);
    // The clock starts at the first tick, once the window has been shown
    // and painted (empty) for the first time.
    QObject::connect(&meter, &QTimer::timeout, &window, [&] {
        if (!painted && tick.isValid())
            longestGap = std::max(longestGap, milliseconds(tick));
        tick.start();
    });

    QElapsedTimer shown;
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::comparisonShown, &loop, [&] {
        if (painted)
            return;
        painted = true;
        // The wait since the last tick counts too; with no tick yet the
        // whole wait since show() does (an upper bound, never a zero).
        longestGap = std::max(longestGap, milliseconds(tick.isValid() ? tick : shown));
        figures[QStringLiteral("gui.firstPaint")] = milliseconds(sinceStart);
        figures[QStringLiteral("gui.paint")] = window.view()->lastPaintMilliseconds();
        figures[QStringLiteral("gui.compare")] = window.session()->lastMilliseconds();
        loop.quit();
    });
    window.open({ folder });
    window.show();
    shown.start();
    meter.start();
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!painted) {
        figures[QStringLiteral("error")] = 1;
        return figures;
    }
    figures[QStringLiteral("gui.longestStall")] = longestGap;
    if (window.session()->comparison())
        figures[QStringLiteral("gui.articles")] = double(window.session()->comparison()->articles.size());
    return figures;
}

Figures measureScrollInProcess(const ScrollRequest &request)
{
    Figures figures;
    LoadResult loaded = ArticleLoader().loadFiles(request.files);
    const Comparator comparator(ComparisonOptions(), SynonymDictionary::load());
    ComparisonOutcome outcome = comparator.compare(std::move(loaded.articles));
    if (!outcome.comparison) {
        figures[QStringLiteral("error")] = 1;
        return figures;
    }
    auto comparison = std::make_shared<const Comparison>(std::move(*outcome.comparison));
    figures[QStringLiteral("scroll.articles")] = double(comparison->articles.size());
    figures[QStringLiteral("scroll.rows")] = double(comparison->rows.size());

    ComparisonView view;
    view.resize(request.size);
    view.setComparison(comparison);
    view.show();
    QCoreApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    view.viewport()->repaint();
    figures[QStringLiteral("scroll.firstPaint")] = milliseconds(timer);

    const auto [first, last] = view.visibleRows();
    const auto panesOnScreen = qint64(view.panesInView().size());
    figures[QStringLiteral("scroll.cellsOnScreen")] = double((last - first + 1) * panesOnScreen);
    figures[QStringLiteral("scroll.panesOnScreen")] = double(panesOnScreen);

    // Scrolling down: each step is what a wheel notch does, and what the
    // user waits for is the scroll plus the repaint.
    std::vector<double> steps;
    std::vector<double> paints;
    for (int step = 0; step < request.steps; ++step) {
        timer.restart();
        view.scrollByPixels(request.stepPixels);
        view.viewport()->repaint();
        steps.push_back(milliseconds(timer));
        paints.push_back(view.lastPaintMilliseconds());
    }
    // And back up over the same rows: laid out already, so this is the
    // cost of painting alone.
    std::vector<double> back;
    for (int step = 0; step < request.steps; ++step) {
        timer.restart();
        view.scrollByPixels(-request.stepPixels);
        view.viewport()->repaint();
        back.push_back(milliseconds(timer));
    }
    // Sideways across every pane and back, the base pinned (the default):
    // the pane passing under it is drawn clipped, and panes coming into
    // view lay out their cells and may make rows taller.
    std::vector<double> sideways;
    QScrollBar *bar = view.horizontalScrollBar();
    const int sidewaysStep = std::max(1, request.stepPixels * 2);
    for (int pass = 0; pass < 2 && bar->maximum() > 0; ++pass) {
        for (int x = bar->value(); pass == 0 ? x < bar->maximum() : x > 0;) {
            x = pass == 0 ? std::min(bar->maximum(), x + sidewaysStep) : std::max(0, x - sidewaysStep);
            timer.restart();
            bar->setValue(x);
            view.viewport()->repaint();
            sideways.push_back(milliseconds(timer));
        }
    }
    figures[QStringLiteral("scroll.sidewaysMedian")] = median(sideways);
    figures[QStringLiteral("scroll.sidewaysP95")] = percentile(sideways, 0.95);
    double sum = 0;
    for (double step : steps)
        sum += step;
    figures[QStringLiteral("scroll.mean")] = steps.empty() ? 0 : sum / double(steps.size());
    figures[QStringLiteral("scroll.median")] = median(steps);
    figures[QStringLiteral("scroll.p95")] = percentile(steps, 0.95);
    figures[QStringLiteral("scroll.max")] = percentile(steps, 1.0);
    figures[QStringLiteral("scroll.paintMedian")] = median(paints);
    figures[QStringLiteral("scroll.backMedian")] = median(back);
    figures[QStringLiteral("scroll.backP95")] = percentile(back, 0.95);
    figures[QStringLiteral("scroll.steps")] = double(steps.size());
    figures[QStringLiteral("scroll.layouts")] = double(view.layoutsCreated());
    return figures;
}

double timeToFirstPaint(const QString &program, const QString &folder)
{
    QTemporaryDir settings;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("WIREDIFF_TIMING"), QStringLiteral("1"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), settings.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    double painted = -1;
    QByteArray errors;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::readyReadStandardError, &loop, [&] {
        errors += process.readAllStandardError();
        if (painted < 0 && errors.contains("first paint")) {
            painted = milliseconds(timer);
            loop.quit();
        }
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    timer.start();
    process.start(program, { folder });
    loop.exec();
    process.kill();
    process.waitForFinished(5000);
    return painted;
}

} // namespace WireDiff::Bench
