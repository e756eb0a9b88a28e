#pragma once

#include "cancellation.h"
#include "comparisonjob.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace WireDiff {

// Runs ComparisonJob on a thread of its own, one job at a time, and hands
// each result back to the GUI thread by a queued signal. A new job cancels
// the one before it; results of superseded jobs are never delivered. The
// WordNet synonyms are loaded once, on the worker thread, before the first
// job (or earlier with preloadSynonyms()), and shared by every job.
class ComparisonWorker : public QObject
{
    Q_OBJECT

public:
    explicit ComparisonWorker(QObject *parent = nullptr);
    ~ComparisonWorker() override;

    // Returns the id of the new job.
    quint64 start(const ComparisonRequest &request);
    void cancel();
    bool isBusy() const { return m_busy; }
    quint64 currentJob() const { return m_job; }

    void setUseSynonyms(bool use) { m_useSynonyms = use; }
    void preloadSynonyms();

signals:
    void progressChanged(quint64 job, int percent);
    void finished(quint64 job, std::shared_ptr<WireDiff::ComparisonJobResult> result, double milliseconds);
    void synonymsLoaded(double milliseconds, qsizetype lemmas);

private:
    struct Shared;

    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; jobs run as its queued calls
    std::shared_ptr<Shared> m_shared;
    Cancellation m_cancel;
    quint64 m_job = 0;
    bool m_busy = false;
    bool m_useSynonyms = true;
};

} // namespace WireDiff

Q_DECLARE_METATYPE(std::shared_ptr<WireDiff::ComparisonJobResult>)
