#include "comparisonworker.h"

#include "synonymdictionary.h"

#include <QElapsedTimer>

#include <atomic>

namespace WireDiff {

// What the worker thread keeps between jobs. `latest` is read by the
// worker to skip jobs that were superseded while queued.
struct ComparisonWorker::Shared
{
    std::atomic<quint64> latest { 0 };
    std::shared_ptr<const SynonymDictionary> synonyms; // worker thread only
    bool synonymsTried = false;                        // worker thread only
};

ComparisonWorker::ComparisonWorker(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<std::shared_ptr<ComparisonJobResult>>();
    m_thread.setObjectName(QStringLiteral("WireDiff comparison"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

ComparisonWorker::~ComparisonWorker()
{
    m_cancel.cancel();
    m_thread.quit();
    m_thread.wait();
}

void ComparisonWorker::preloadSynonyms()
{
    if (!m_useSynonyms)
        return;
    QMetaObject::invokeMethod(m_context, [this, shared = m_shared] {
        if (shared->synonymsTried)
            return;
        QElapsedTimer timer;
        timer.start();
        shared->synonyms = SynonymDictionary::load();
        shared->synonymsTried = true;
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const qsizetype lemmas = shared->synonyms ? shared->synonyms->lemmaCount() : 0;
        QMetaObject::invokeMethod(this, [this, ms, lemmas] { emit synonymsLoaded(ms, lemmas); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

quint64 ComparisonWorker::start(const ComparisonRequest &request)
{
    m_cancel.cancel();
    m_cancel = Cancellation::create();
    const quint64 job = ++m_job;
    m_shared->latest.store(job);
    m_busy = true;
    if (m_useSynonyms)
        preloadSynonyms();

    Cancellation cancel = m_cancel;
    cancel.setProgressFunction([this, job, last = std::make_shared<std::atomic_int>(-1)](int done, int total) {
        const int percent = total > 0 ? 100 * done / total : 0;
        if (last->exchange(percent) != percent)
            QMetaObject::invokeMethod(this, [this, job, percent] { emit progressChanged(job, percent); }, Qt::QueuedConnection);
    });
    QMetaObject::invokeMethod(m_context, [this, shared = m_shared, request, job, cancel] {
        if (shared->latest.load() != job)
            return; // a newer job is queued behind this one
        QElapsedTimer timer;
        timer.start();
        auto result = std::make_shared<ComparisonJobResult>(ComparisonJob::run(request, shared->synonyms, cancel));
        if (cancel.isCancelled() && !result->succeeded())
            result->outcome.cancelled = true;
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        QMetaObject::invokeMethod(this, [this, job, result, ms] {
            if (job != m_job)
                return;
            m_busy = false;
            emit finished(job, result, ms);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return job;
}

void ComparisonWorker::cancel()
{
    m_cancel.cancel();
}

} // namespace WireDiff
