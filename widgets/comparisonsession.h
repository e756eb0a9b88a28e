#pragma once

#include "comparisonjob.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace WireDiff {

class ComparisonWorker;

// The set of articles being compared and how: what was opened (a folder or
// files), the options and the base. Every change re-runs the comparison on
// the worker; when a watched file or the folder changes on disk (a wire
// write-through arriving), it re-runs after a short quiet period and says
// the result is the same set, so the view keeps its place.
class ComparisonSession : public QObject
{
    Q_OBJECT

public:
    explicit ComparisonSession(QObject *parent = nullptr);
    ~ComparisonSession() override;

    // Opens a new set; `baseId` names the base, or empty to let the
    // comparison choose. Once a comparison of the set is shown, its base
    // stays the base, as if chosen: through reloads (asked for or after a
    // change on disk), option changes and added files.
    void open(const QStringList &paths, const QString &baseId = {});
    void addFiles(const QStringList &files);
    void reload();
    void cancel();
    void setComparisonOptions(const ComparisonOptions &options);
    ComparisonOptions comparisonOptions() const { return m_request.comparisonOptions; }
    // The options the comparison on show was made with (not those of a run
    // still going): what the exports print for the record.
    const ComparisonOptions &shownOptions() const { return m_shownOptions; }
    void setLoadOptions(const LoadOptions &options);
    void setBase(const QString &articleId);
    // Show the consensus text as a virtual article (a second comparison).
    void setIncludeConsensus(bool include);
    bool includesConsensus() const { return m_request.includeConsensus; }

    QStringList paths() const { return m_request.paths; }
    bool isFolder() const { return m_request.isFolder(); }
    bool isBusy() const;
    std::shared_ptr<const Comparison> comparison() const { return m_comparison; }
    const std::vector<SkippedFile> &skipped() const { return m_skipped; }
    double lastMilliseconds() const { return m_lastMilliseconds; }
    // Set when the base asked for (by the editor, --base or a reload after
    // its file went) was not among the articles and the comparison shown
    // chose its own; empty otherwise. Each new run clears it.
    QString baseNotice() const { return m_baseNotice; }
    QStringList watchedPaths() const;

    void setWatching(bool watching);
    void setReloadDelay(int milliseconds) { m_reloadTimer.setInterval(milliseconds); }
    ComparisonWorker *worker() const { return m_worker; }

signals:
    void started();
    void progressChanged(int percent);
    void comparisonReady(std::shared_ptr<const WireDiff::Comparison> comparison, bool sameSet);
    // `skipped`: the files of the set that failed and why (the session's
    // skipped() stays that of the comparison on show).
    void failed(const QString &message, const std::vector<WireDiff::SkippedFile> &skipped);
    void cancelled();
    void skippedFilesChanged(const std::vector<WireDiff::SkippedFile> &skipped);
    void changedOnDisk();

private:
    void start(bool sameSet);
    // Before a new run of the set on show: its base stays, chosen or not.
    void keepShownBase();
    // After a new set failed or was cancelled: back to the set on show, if any.
    void returnToShownSet();
    void onFinished(quint64 job, const std::shared_ptr<ComparisonJobResult> &result, double milliseconds);
    void updateWatcher();
    QStringList folderListing() const; // name, size and time of what the folder holds
    // Name, size and time of what a run reads: the folder's listing, or
    // each file of an explicit set.
    QStringList inputStamps() const;

    ComparisonWorker *m_worker;
    ComparisonRequest m_request;
    // What the comparison on show was made from: a new set that fails or
    // is cancelled gives the session back to it, so the title, reload,
    // notes and exports keep naming the articles on screen; a cancelled
    // base or option change gives back the base and options on show, or
    // the next reload would apply them unasked.
    QStringList m_shownPaths;
    ComparisonOptions m_shownOptions;
    std::vector<SkippedFile> m_shownSkipped;
    bool m_jobSameSet = false;
    bool m_watching = true;
    std::shared_ptr<const Comparison> m_comparison;
    std::vector<SkippedFile> m_skipped;
    double m_lastMilliseconds = 0;
    QString m_baseNotice;
    QFileSystemWatcher m_watcher;
    QStringList m_folderListing; // at the last run, to tell real changes from our own writes
    // inputStamps() as the current run started: a file replaced while the
    // run read the folder is not watched yet (the watcher is renewed after
    // each run), so the run's end compares and compares again.
    QStringList m_stampsAtStart;
    QTimer m_reloadTimer;
};

} // namespace WireDiff
