#include "commandline.h"
#include "headlessexport.h"

#include <QApplication>
#include <QGuiApplication>
#include <QMainWindow>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace WireDiff;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("WireDiff"));
    QCoreApplication::setApplicationName(QStringLiteral("wirediff"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WIREDIFF_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("WireDiff"));
}

int runHeadless(int argc, char **argv)
{
    // Exports need fonts and painting but never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    describeApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandLine commandLine = CommandLine::parse(QCoreApplication::arguments());
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
    default:
        return HeadlessExport::run(commandLine, err);
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (CommandLine::wantsHeadless(argc, argv))
        return runHeadless(argc, argv);
    QApplication app(argc, argv);
    describeApplication();
    const CommandLine commandLine = CommandLine::parse(QCoreApplication::arguments());
    if (commandLine.action == CommandLine::Action::Error) {
        QTextStream(stderr) << commandLine.error << Qt::endl;
        return 2;
    }
    QMainWindow window;
    window.show();
    return app.exec();
}
