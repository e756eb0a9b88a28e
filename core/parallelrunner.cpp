#include "parallelrunner.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace WireDiff {

int ParallelRunner::threadCount(int requested, int count)
{
    const int available = requested > 0 ? requested : int(std::max(1u, std::thread::hardware_concurrency()));
    return std::clamp(count, 1, available);
}

void ParallelRunner::forEach(int count, int threads, const Function &fn)
{
    if (count <= 0)
        return;
    const int workers = threadCount(threads, count);
    if (workers == 1) {
        for (int i = 0; i < count; ++i)
            fn(i, 0);
        return;
    }
    std::atomic_int next { 0 };
    const auto work = [&](int worker) {
        for (int i = next.fetch_add(1); i < count; i = next.fetch_add(1))
            fn(i, worker);
    };
    std::vector<std::thread> pool;
    pool.reserve(size_t(workers - 1));
    for (int worker = 1; worker < workers; ++worker)
        pool.emplace_back(work, worker);
    work(0);
    for (std::thread &thread : pool)
        thread.join();
}

void ParallelRunner::concurrently(const std::function<void()> &first, const std::function<void()> &second)
{
    std::thread other(second);
    first();
    other.join();
}

} // namespace WireDiff
