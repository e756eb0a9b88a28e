#pragma once

#include <atomic>
#include <functional>
#include <memory>

namespace WireDiff {

// Shared cancel flag and progress sink for long work. Copies share the same
// flag, so the GUI thread keeps one and the worker polls another. A default
// constructed Cancellation is never cancelled and reports nowhere.
class Cancellation
{
public:
    using ProgressFunction = std::function<void(int done, int total)>;

    Cancellation() = default;
    static Cancellation create() { Cancellation c; c.m_flag = std::make_shared<std::atomic_bool>(false); return c; }

    void cancel() const { if (m_flag) m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag && m_flag->load(std::memory_order_relaxed); }

    void setProgressFunction(ProgressFunction function) { m_progress = std::move(function); }
    void reportProgress(int done, int total) const { if (m_progress) m_progress(done, total); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
    ProgressFunction m_progress;
};

} // namespace WireDiff
