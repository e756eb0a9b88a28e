#include "peers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace WireDiff::Bench {

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
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString &argument : arguments)
        storage.push_back(QFile::encodeName(argument));
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return result;
    int status = 0;
    rusage usage {};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR)
            return result;
    }
    result.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    result.started = true;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.peakBytes = qint64(usage.ru_maxrss) * 1024;
    return result;
}

} // namespace WireDiff::Bench
