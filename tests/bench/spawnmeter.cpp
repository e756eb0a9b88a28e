// wirediff-bench-spawn RESULT PROGRAM [ARGUMENT...]
// Runs PROGRAM with its input and output on /dev/null and writes
// "milliseconds exit-code peak-kilobytes" to the file RESULT. A separate tiny
// process, because a child's peak-memory figure (ru_maxrss) starts from the
// size of the process that forked it: spawned from the benchmark itself, every
// peer would appear to need as much memory as the benchmark holds.
#include <cerrno>
#include <cstdio>
#include <ctime>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 3)
        return 2;
    timespec start {};
    clock_gettime(CLOCK_MONOTONIC, &start);
    const pid_t pid = fork();
    if (pid < 0)
        return 2;
    if (pid == 0) {
        const int null = open("/dev/null", O_RDWR);
        dup2(null, 0);
        dup2(null, 1);
        dup2(null, 2);
        execv(argv[2], argv + 2);
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR)
            return 2;
    }
    timespec end {};
    clock_gettime(CLOCK_MONOTONIC, &end);
    const double milliseconds = double(end.tv_sec - start.tv_sec) * 1e3 + double(end.tv_nsec - start.tv_nsec) / 1e6;
    FILE *result = fopen(argv[1], "w");
    if (!result)
        return 2;
    fprintf(result, "%.4f %d %ld\n", milliseconds, WIFEXITED(status) ? WEXITSTATUS(status) : -1, usage.ru_maxrss);
    fclose(result);
    return 0;
}
