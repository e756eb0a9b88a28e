#include "commandline.h"
#include "headlessexport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QMainWindow>
#include <QTextStream>

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
void prepareHeadlessEnvironment()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::temp().filePath(QStringLiteral("wirediff-runtime-%1").arg(::getuid()));
        if (QDir().mkpath(runtime)) {
            QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
    }
}

int runHeadless(int argc, char **argv)
{
    prepareHeadlessEnvironment();
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
