#include "comparisonsession.h"

#include "comparisonworker.h"
#include "sidecar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace WireDiff {

ComparisonSession::ComparisonSession(QObject *parent)
    : QObject(parent)
    , m_worker(new ComparisonWorker(this))
{
    // Editors and feeds write a file in several steps; wait until it is quiet.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(400);
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] {
        emit changedOnDisk();
        keepShownBase();
        start(true);
    });
    const auto changed = [this] { if (m_watching) m_reloadTimer.start(); };
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
    // The folder also changes when WireDiff saves the notes sidecar into
    // it (a temporary file renamed over the old one); only a change in the
    // files that would be compared is worth comparing again.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this, changed] {
        if (folderListing() != m_folderListing)
            changed();
    });
    m_request.applySidecarLinks = true;
    connect(m_worker, &ComparisonWorker::progressChanged, this, [this](quint64 job, int percent) {
        if (job == m_worker->currentJob())
            emit progressChanged(percent);
    });
    connect(m_worker, &ComparisonWorker::finished, this, &ComparisonSession::onFinished);
    // Start reading WordNet now, while the window is still being built.
    m_worker->preloadSynonyms();
}

ComparisonSession::~ComparisonSession() = default;

bool ComparisonSession::isBusy() const
{
    return m_worker->isBusy();
}

void ComparisonSession::open(const QStringList &paths, const QString &baseId)
{
    QStringList absolute;
    for (const QString &path : paths)
        absolute.append(QFileInfo(path).absoluteFilePath());
    m_request.paths = absolute;
    m_request.comparisonOptions.baseId = baseId;
    m_reloadTimer.stop();
    start(false);
}

// Adding files turns a folder into the explicit list of what was loaded
// from it plus the new files: the set is now the editor's choice.
void ComparisonSession::addFiles(const QStringList &files)
{
    keepShownBase();
    QStringList paths;
    if (m_comparison) {
        for (const Article &article : m_comparison->articles) {
            if (!article.filePath.isEmpty())
                paths.append(article.filePath);
        }
    } else if (!isFolder()) {
        paths = m_request.paths;
    }
    for (const QString &file : files) {
        const QString absolute = QFileInfo(file).absoluteFilePath();
        if (!paths.contains(absolute))
            paths.append(absolute);
    }
    m_request.paths = paths;
    start(true);
}

void ComparisonSession::reload()
{
    if (m_request.paths.isEmpty())
        return;
    keepShownBase();
    start(true);
}

// The base chosen automatically is the one the editor has been reading
// against: a write-through that corrects one figure, another option or
// one more file can make another article share most, and every highlight
// would change meaning with no word. So every new run of the set on show
// keeps it as if chosen; if its file went, the fallback in onFinished()
// says so. Only when the comparison on show is of this set: a reload
// while another folder is still being opened must not carry the old
// folder's base over.
void ComparisonSession::keepShownBase()
{
    if (!m_request.comparisonOptions.baseId.isEmpty() || !m_comparison || m_comparison->base < 0
        || m_request.paths != m_shownPaths) {
        return;
    }
    m_request.comparisonOptions.baseId = m_comparison->articles[size_t(m_comparison->base)].id;
}

void ComparisonSession::cancel()
{
    m_worker->cancel();
}

void ComparisonSession::setComparisonOptions(const ComparisonOptions &options)
{
    ComparisonOptions next = options;
    next.baseId = m_request.comparisonOptions.baseId;
    if (next == m_request.comparisonOptions)
        return;
    m_request.comparisonOptions = next;
    if (m_request.paths.isEmpty())
        return;
    keepShownBase();
    start(true);
}

void ComparisonSession::setLoadOptions(const LoadOptions &options)
{
    m_request.loadOptions = options;
}

void ComparisonSession::setBase(const QString &articleId)
{
    if (m_request.comparisonOptions.baseId == articleId && m_comparison && m_comparison->base >= 0
        && m_comparison->articles[size_t(m_comparison->base)].id == articleId) {
        return;
    }
    m_request.comparisonOptions.baseId = articleId;
    if (!m_request.paths.isEmpty())
        start(true);
}

void ComparisonSession::setIncludeConsensus(bool include)
{
    if (include == m_request.includeConsensus)
        return;
    m_request.includeConsensus = include;
    if (m_request.paths.isEmpty())
        return;
    keepShownBase();
    start(true);
}

void ComparisonSession::setWatching(bool watching)
{
    m_watching = watching;
    updateWatcher();
}

QStringList ComparisonSession::watchedPaths() const
{
    return m_watcher.files() + m_watcher.directories();
}

void ComparisonSession::start(bool sameSet)
{
    // A run that replaces one still going shows a new set if either does:
    // opening B and then changing an option before B is shown must not keep
    // A's hidden panes and place.
    m_jobSameSet = m_worker->isBusy() ? m_jobSameSet && sameSet : sameSet;
    m_baseNotice.clear();
    m_stampsAtStart = inputStamps();
    m_worker->start(m_request);
    emit started();
}

void ComparisonSession::onFinished(quint64, const std::shared_ptr<ComparisonJobResult> &result, double milliseconds)
{
    m_lastMilliseconds = milliseconds;
    if (result->succeeded()) {
        m_comparison = std::make_shared<const Comparison>(std::move(*result->outcome.comparison));
        m_shownPaths = m_request.paths;
        m_shownOptions = m_request.comparisonOptions;
        m_shownSkipped = result->skipped;
    }
    if (!result->succeeded() && result->outcome.cancelled) {
        returnToShownSet();
        updateWatcher();
        emit cancelled();
        return;
    }
    m_skipped = result->skipped;
    updateWatcher();
    // updateWatcher() has just listed a folder: not listed again.
    if (m_watching && (isFolder() ? m_folderListing : inputStamps()) != m_stampsAtStart)
        m_reloadTimer.start(); // changed while it was read: what is shown may be older than the files
    if (!result->succeeded()) {
        // A base that vanished from the folder (or was mistyped) is not
        // worth an error: fall back to the automatic base, and
        // say so, since every highlight now reads against another text.
        if (!m_request.comparisonOptions.baseId.isEmpty()) {
            const QString lost = m_request.comparisonOptions.baseId;
            m_request.comparisonOptions.baseId.clear();
            start(m_jobSameSet);
            m_baseNotice = QCoreApplication::translate("WireDiff::ComparisonSession",
                                                       "There is no article \u201C%1\u201D to use as the base: the highlights "
                                                       "are now read against the agency’s copy or, where there is none, the article that "
                                                       "shares most with the others.")
                               .arg(lost);
            return;
        }
        const QString reason = result->outcome.error.isEmpty()
            ? QCoreApplication::translate("WireDiff::ComparisonSession", "There is nothing to compare here.")
            : result->outcome.error;
        if (!m_jobSameSet && m_comparison && m_request.paths != m_shownPaths) {
            const QString failedSet = QFileInfo(m_request.paths.value(0)).fileName();
            returnToShownSet();
            updateWatcher();
            emit skippedFilesChanged(m_skipped);
            emit failed(QCoreApplication::translate("WireDiff::ComparisonSession",
                                                    "\u201C%1\u201D could not be opened: %2 The comparison shown is the previous one.")
                            .arg(failedSet, reason),
                        result->skipped);
            return;
        }
        emit skippedFilesChanged(m_skipped);
        // Named, since nothing else on screen says what was opened.
        emit failed(m_request.paths.size() == 1 && !result->errorNamesFolder
                         ? QCoreApplication::translate("WireDiff::ComparisonSession", "\u201C%1\u201D: %2")
                               .arg(QFileInfo(m_request.paths.constFirst()).fileName(), reason)
                         : reason,
                     result->skipped);
        return;
    }
    emit skippedFilesChanged(m_skipped);
    emit comparisonReady(m_comparison, m_jobSameSet);
}

void ComparisonSession::returnToShownSet()
{
    if (!m_comparison)
        return;
    m_request.comparisonOptions = m_shownOptions;
    if (m_jobSameSet)
        return;
    m_request.paths = m_shownPaths;
    m_skipped = m_shownSkipped;
}

// Watch the folder (new and removed files) and every file read from it
// (changes in place). Files replaced by a rename drop out of a watcher, so
// the list is renewed after every run.
void ComparisonSession::updateWatcher()
{
    const QStringList current = watchedPaths();
    if (!current.isEmpty())
        m_watcher.removePaths(current);
    if (!m_watching)
        return;
    QStringList paths = m_request.paths;
    if (m_comparison) {
        for (const Article &article : m_comparison->articles) {
            if (!article.filePath.isEmpty() && !paths.contains(article.filePath))
                paths.append(article.filePath);
        }
    }
    QStringList existing;
    for (const QString &path : paths) {
        if (QFileInfo::exists(path))
            existing.append(path);
    }
    if (!existing.isEmpty())
        m_watcher.addPaths(existing);
    m_folderListing = folderListing();
}

QStringList ComparisonSession::inputStamps() const
{
    if (isFolder())
        return folderListing();
    QStringList stamps;
    for (const QString &path : m_request.paths) {
        const QFileInfo file(path);
        stamps.append(QStringLiteral("%1\t%2\t%3").arg(path, QString::number(file.size()),
                                                         QString::number(file.lastModified().toMSecsSinceEpoch())));
    }
    return stamps;
}

QStringList ComparisonSession::folderListing() const
{
    if (!isFolder())
        return {};
    QDir::Filters filters = QDir::AllEntries | QDir::NoDotAndDotDot;
    if (m_request.loadOptions.includeHidden)
        filters |= QDir::Hidden;
    QStringList listing;
    const QFileInfoList entries = QDir(m_request.paths.constFirst()).entryInfoList(filters, QDir::Name);
    for (const QFileInfo &entry : entries) {
        // The sidecar and its temporary files are WireDiff's own, never articles.
        if (entry.fileName().startsWith(Sidecar::fileName()))
            continue;
        listing.append(QStringLiteral("%1\t%2\t%3").arg(entry.fileName(), QString::number(entry.size()),
                                                           QString::number(entry.lastModified().toMSecsSinceEpoch())));
    }
    return listing;
}

} // namespace WireDiff
