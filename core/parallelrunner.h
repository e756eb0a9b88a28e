#pragma once

#include <functional>

namespace WireDiff {

// Runs fn(index, worker) for index 0 … count - 1 on up to `threads` threads
// (0: one per core), handing out indices one at a time so uneven items
// balance. `worker` (0 … workers - 1) identifies the calling thread, so
// callers can give each thread its own scratch objects; worker 0 is the
// thread that called forEach(). Returns when all have run.
class ParallelRunner
{
public:
    using Function = std::function<void(int index, int worker)>;

    static void forEach(int count, int threads, const Function &fn);
    static int threadCount(int requested, int count);

    // Runs `first` on the calling thread and `second` on another, and
    // returns when both are done: for two independent stages.
    static void concurrently(const std::function<void()> &first, const std::function<void()> &second);
};

} // namespace WireDiff
