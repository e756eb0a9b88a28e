#include "commandline.h"
#include "comparisonsession.h"
#include "comparisonview.h"
#include "comparisonworker.h"
#include "headlessexport.h"
#include "mainwindow.h"
#include "memorypolicy.h"
#include "subfoldercontroller.h"
#include "uilanguage.h"
#include "windowplatform.h"

#include <QApplication>
#include <QIcon>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

#include <unistd.h>

using namespace WireDiff;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("WireDiff"));
    QCoreApplication::setApplicationName(QStringLiteral("wirediff"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WIREDIFF_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("WireDiff"));
}

// Exports need fonts and painting but never a display. Qt wants a private
// runtime folder for its platform plugin and complains on stderr, which
// scripts read, when the session has none: give it one quietly.
// A desktop platform named without its display would abort: offscreen then.
void prepareHeadlessEnvironment(const WindowPlatform::Environment &platform)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !WindowPlatform::hasDisplay(platform))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::temp().filePath(QStringLiteral("wirediff-runtime-%1").arg(::getuid()));
        if (QDir().mkpath(runtime)) {
            QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
    }
}

// Installs the language asked for and parses the command line again, so
// that help and errors come in that language. An unknown code is reported
// and the fallback (system language, then English) is used.
CommandLine parseInLanguage(UiLanguage &language, const QString &fallback)
{
    const CommandLine first = CommandLine::parse(QCoreApplication::arguments());
    const QString requested = first.language.isEmpty() ? fallback : first.language;
    language.install(UiLanguage::resolve(requested));
    if (!first.language.isEmpty() && !UiLanguage::isAvailable(first.language)) {
        QTextStream(stderr) << QCoreApplication::translate("WireDiff::Main", "There is no translation for \u201C%1\u201D; "
                                                                              "the languages are: %2.")
                                   .arg(first.language, UiLanguage::available().join(QStringLiteral(", ")))
                            << Qt::endl;
    }
    return CommandLine::parse(QCoreApplication::arguments());
}

// Exports, help, version and command-line errors, with no window; and a
// window asked for where there is no display, refused in words.
int runHeadless(int argc, char **argv, const WindowPlatform::Environment &platform)
{
    prepareHeadlessEnvironment(platform);
    QGuiApplication app(argc, argv);
    describeApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);
    // Pipelines read what exports write: English unless --lang asks otherwise.
    UiLanguage language;
    const CommandLine commandLine = parseInLanguage(language, QStringLiteral("en"));
    switch (commandLine.action) {
    case CommandLine::Action::ShowHelp:
        out << commandLine.helpText;
        return 0;
    case CommandLine::Action::ShowVersion:
        out << QGuiApplication::applicationDisplayName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    case CommandLine::Action::Error:
        err << commandLine.error << Qt::endl;
        return 2;
    case CommandLine::Action::OpenWindow:
        if (const QString silent = WindowPlatform::silentDisplay(platform); !silent.isEmpty()) {
            err << QCoreApplication::translate("WireDiff::Main", "WireDiff cannot open its window: the display %1 does "
                                                                 "not answer. To compare without a window, use "
                                                                 "--export-json, --export-pdf or --export-html (see --help).")
                       .arg(silent)
                << Qt::endl;
            return 2;
        }
        err << QCoreApplication::translate("WireDiff::Main", "WireDiff cannot open its window: there is no display to "
                                                             "show it on. To compare without a window, use --export-json, "
                                                             "--export-pdf or --export-html (see --help).")
            << Qt::endl;
        return 2;
    case CommandLine::Action::Export:
        break;
    }
    return HeadlessExport::run(commandLine, err);
}

// WIREDIFF_SCREENSHOT=FILE.png grabs the window once the first comparison
// is painted, saves it and quits (wirediff.sh screenshot); WIREDIFF_TIMING=1
// prints when that happened. Environment, not options: they are tools for
// the project, not features for users.
void installScreenshotHook(MainWindow *window, const QElapsedTimer &sinceStart)
{
    const QString screenshot = qEnvironmentVariable("WIREDIFF_SCREENSHOT");
    const bool timing = qEnvironmentVariableIntValue("WIREDIFF_TIMING") != 0;
    if (screenshot.isEmpty() && !timing)
        return;
    if (timing) {
        QObject::connect(window->session()->worker(), &ComparisonWorker::synonymsLoaded, window,
                         [sinceStart](double milliseconds, qsizetype lemmas) {
                             QTextStream(stderr) << "synonyms: " << lemmas << " lemmas in " << milliseconds << " ms (done "
                                                 << sinceStart.elapsed() << " ms after main())" << Qt::endl;
                         });
        QObject::connect(window->session(), &ComparisonSession::comparisonReady, window, [window, sinceStart] {
            QTextStream(stderr) << "comparison: " << window->session()->lastMilliseconds() << " ms (ready "
                                << sinceStart.elapsed() << " ms after main())" << Qt::endl;
        });
        QTextStream(stderr) << "window constructed " << sinceStart.elapsed() << " ms after main()" << Qt::endl;
    }
    // One more turn of the event loop so docks, tool bars and the notice
    // banner have settled.
    const auto grabSoon = [window, screenshot] {
        QTimer::singleShot(50, window, [window, screenshot] {
            const bool saved = window->grab().save(screenshot);
            QTextStream(stderr) << (saved ? "saved " : "could not save ") << screenshot << Qt::endl;
            QCoreApplication::exit(saved ? 0 : 2);
        });
    };
    QObject::connect(window, &MainWindow::comparisonShown, window, [window, screenshot, timing, sinceStart, grabSoon] {
        if (timing) {
            QTextStream(stderr) << "first paint " << sinceStart.elapsed() << " ms after main(); painting "
                                << window->view()->lastPaintMilliseconds() << " ms" << Qt::endl;
        }
        if (!screenshot.isEmpty())
            grabSoon();
    });
    // A set that could not be compared (an empty folder, one of images)
    // paints no comparison: the window with its notice is the picture.
    if (!screenshot.isEmpty()) {
        QObject::connect(window->session(), &ComparisonSession::failed, window, grabSoon,
                         Qt::SingleShotConnection);
    }
}

} // namespace

int main(int argc, char **argv)
{
    MemoryPolicy::returnLargeBlocksToSystem();
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Without a display, or with one that does not answer, Qt would abort
    // before the options are even read: the command line is then checked
    // (and any export run) headless.
    const WindowPlatform::Environment platform = WindowPlatform::current(argc, argv);
    if (CommandLine::wantsHeadless(argc, argv) || !WindowPlatform::hasDisplay(platform))
        return runHeadless(argc, argv, platform);
    QApplication app(argc, argv);
    describeApplication();
    // Ties the windows to the installed launcher entry and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.wirediff.WireDiff"));
    QIcon icon;
    for (const int size : { 32, 64, 256 })
        icon.addFile(QStringLiteral(":/icons/org.wirediff.WireDiff-%1.png").arg(size), QSize(size, size));
    QGuiApplication::setWindowIcon(icon);
    // --lang, else View ▸ Language, else the system's language.
    UiLanguage language;
    const CommandLine commandLine = parseInLanguage(language, AppSettings().language());
    if (commandLine.action == CommandLine::Action::Error) {
        QTextStream(stderr) << commandLine.error << Qt::endl;
        return 2;
    }
    MainWindow window;
    installScreenshotHook(&window, sinceStart);
    window.subfolders()->useCommandLine(commandLine.loadOptions, commandLine.given.recurse);
    window.useComparisonOptions(commandLine.appliedTo(window.session()->comparisonOptions()));
    window.open(commandLine.paths, commandLine.comparisonOptions.baseId);
    window.show();
    return app.exec();
}
