#include "peers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <spawn.h>
#include <sys/wait.h>

extern char **environ;

namespace WireDiff::Bench {

namespace {

QString spawnMeter()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("wirediff-bench-spawn"));
}

} // namespace

std::vector<PeerTool> installedPeers()
{
    std::vector<PeerTool> peers;
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (!git.isEmpty()) {
        peers.push_back(PeerTool { QStringLiteral("git --word-diff"), git,
                                   { QStringLiteral("diff"), QStringLiteral("--no-index"), QStringLiteral("--no-color"),
                                     QStringLiteral("--word-diff") } });
    }
    const QString wdiff = QStandardPaths::findExecutable(QStringLiteral("wdiff"));
    if (!wdiff.isEmpty())
        peers.push_back(PeerTool { QStringLiteral("wdiff"), wdiff, {} });
    const QString dwdiff = QStandardPaths::findExecutable(QStringLiteral("dwdiff"));
    if (!dwdiff.isEmpty())
        peers.push_back(PeerTool { QStringLiteral("dwdiff"), dwdiff, {} });
    return peers;
}

ProcessRun runProcess(const QString &program, const QStringList &arguments)
{
    ProcessRun result;
    static QTemporaryDir scratch;
    const QString resultFile = scratch.filePath(QStringLiteral("run.txt"));
    QFile::remove(resultFile);

    std::vector<QByteArray> storage { QFile::encodeName(spawnMeter()), QFile::encodeName(resultFile),
                                      QFile::encodeName(program) };
    for (const QString &argument : arguments)
        storage.push_back(QFile::encodeName(argument));
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0)
        return result;
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            return result;
    }
    QFile file(resultFile);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    if (fields.size() != 3)
        return result;
    result.started = true;
    result.milliseconds = fields.at(0).toDouble();
    result.exitCode = fields.at(1).toInt();
    result.peakBytes = fields.at(2).toLongLong() * 1024;
    return result;
}

} // namespace WireDiff::Bench
