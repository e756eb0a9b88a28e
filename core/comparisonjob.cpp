#include "comparisonjob.h"

#include "articleloader.h"
#include "articleplausibility.h"
#include "consensusarticle.h"
#include "exportfindings.h"
#include "sidecar.h"
#include "storycoherence.h"
#include "synonymdictionary.h"
#include "usermessages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

namespace WireDiff {

bool ComparisonRequest::isFolder() const
{
    return paths.size() == 1 && QFileInfo(paths.constFirst()).isDir();
}

namespace {

// First the real articles, to find their consensus; then again with the
// consensus as one more article. Its id may be the base the editor chose,
// which the first run cannot know yet, and it must never be chosen as the
// base by itself (it shares most with everyone by construction).
ComparisonOutcome compareWithConsensus(ComparisonOptions options, std::shared_ptr<const SynonymDictionary> synonyms,
                                       std::vector<Article> articles, const Cancellation &cancel)
{
    const QString consensusId = ConsensusArticle::uniqueId(articles);
    const QString chosenBase = options.baseId;
    if (chosenBase == consensusId)
        options.baseId.clear();
    Cancellation firstHalf = cancel;
    firstHalf.setProgressFunction([&cancel](int done, int total) {
        cancel.reportProgress(20 + (total > 0 ? 40 * done / total : 0), 100);
    });
    const Comparator comparator(options, synonyms);
    ComparisonOutcome without = comparator.compare(articles, firstHalf);
    if (!without.comparison)
        return without;

    articles.push_back(ConsensusArticle::build(*without.comparison));
    options.baseId = chosenBase.isEmpty() ? without.comparison->articles[size_t(without.comparison->base)].id : chosenBase;
    Cancellation secondHalf = cancel;
    secondHalf.setProgressFunction([&cancel](int done, int total) {
        cancel.reportProgress(60 + (total > 0 ? 40 * done / total : 0), 100);
    });
    ComparisonOutcome with = Comparator(options, std::move(synonyms)).compare(std::move(articles), secondHalf);
    if (with.comparison)
        ConsensusArticle::keepSynthesisOf(*without.comparison, &*with.comparison);
    return with;
}

// What the load and the comparison found about the set is said where the
// editor looks: in the reason when nothing could be compared (a folder's
// articles may all be in the subfolders left unread), else as the
// comparison's first notices, since they say what the comparison cannot
// mean (StoryCoherence: not one story), should not have taken in (an
// outlier, a headline with no body, other languages) or leaves out (the
// subfolders), in that order: the window's banner leads with the first.
// An article far longer than the others is kept (it may be what the
// editor meant to compare) and said to be, on the article and as a notice.
// Its words are those the comparison counts (ClassCounts::words, what the
// pane header and the exports give), not a count of its own that would
// disagree with them.
QStringList flagLengthOutliers(Comparison *comparison)
{
    std::vector<qsizetype> words;
    words.reserve(comparison->articles.size());
    for (size_t a = 0; a < comparison->articles.size(); ++a) {
        const bool counted = !comparison->articles[a].isVirtual && a < comparison->counts.size();
        words.push_back(counted ? qsizetype(comparison->counts[a].words) : -1);
    }
    QStringList notices;
    const QLocale locale;
    for (const ArticlePlausibility::LengthOutlier &outlier : ArticlePlausibility::lengthOutliers(words)) {
        Article &article = comparison->articles[size_t(outlier.article)];
        const QString notice = UserMessages::text(UserMessage::FarLongerThanOthers)
                                   .arg(article.id, locale.toString(outlier.words / outlier.othersMedian),
                                        locale.toString(outlier.words), locale.toString(outlier.othersMedian));
        article.warnings.append(notice);
        notices.append(notice);
    }
    return notices;
}

// An article compared with the base as whole blocks in places has shares
// that count words of the base as new (a file that repeats the base:
// "98 % new"). It says so where its shares are read: its warnings are the
// pane header's ⚠ and tooltip and the JSON's `warnings`.
void flagApproximateShares(Comparison *comparison)
{
    for (qint32 a = 0; a < qint32(comparison->articles.size()); ++a) {
        const QString note = ExportFindings::approximateSharesNote(*comparison, a);
        if (!note.isEmpty())
            comparison->articles[size_t(a)].warnings.append(note);
    }
}

void tellSetNotices(const LoadResult &loaded, ComparisonOutcome *outcome)
{
    QStringList notices;
    if (outcome->comparison) {
        notices = StoryCoherence::notices(*outcome->comparison);
        notices += flagLengthOutliers(&*outcome->comparison);
        flagApproximateShares(&*outcome->comparison);
    }
    notices += loaded.notices;
    if (!loaded.unreadSubfolders.isEmpty())
        notices.append(UserMessages::text(UserMessage::SubfoldersNotRead, int(loaded.unreadSubfolders.size())));
    if (notices.isEmpty() || outcome->cancelled)
        return;
    if (outcome->comparison)
        outcome->comparison->notices = notices + outcome->comparison->notices;
    else if (!outcome->error.isEmpty())
        outcome->error += QLatin1Char(' ') + notices.join(QLatin1Char(' '));
}

// Why a folder that loaded no article has nothing to compare, named so
// the first line says it: the folder holds no files (or none that is
// offered), or none of its files is one WireDiff can compare, with the
// reason they share, else the commonest one.
QString emptyFolderReason(const QString &folder, const std::vector<SkippedFile> &skipped)
{
    const QString name = QFileInfo(folder).fileName().isEmpty() ? QDir::toNativeSeparators(folder)
                                                                 : QFileInfo(folder).fileName();
    if (skipped.empty()) {
        const bool holdsFiles = !QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System).isEmpty();
        return UserMessages::text(holdsFiles ? UserMessage::FolderHoldsNoFilesToCompare : UserMessage::FolderHoldsNoFiles)
            .arg(name);
    }
    QHash<QString, int> reasons;
    QString commonest;
    for (const SkippedFile &file : skipped) {
        const int count = ++reasons[file.reason];
        if (count > reasons.value(commonest))
            commonest = file.reason;
    }
    const int files = int(skipped.size());
    if (reasons.size() == 1)
        return UserMessages::text(UserMessage::NoFileCompared, files).arg(name, commonest);
    return UserMessages::text(UserMessage::NoFileComparedMixed, files)
        .arg(name, QLocale().toString(reasons.value(commonest)), commonest);
}

} // namespace

ComparisonJobResult ComparisonJob::run(const ComparisonRequest &request,
                                       std::shared_ptr<const SynonymDictionary> synonyms,
                                       const Cancellation &cancel)
{
    ComparisonJobResult result;
    if (request.paths.isEmpty()) {
        result.outcome.error = QCoreApplication::translate("WireDiff::ComparisonJob", "Nothing to compare: no folder or file was given.");
        return result;
    }
    if (request.paths.size() == 1 && !QFileInfo::exists(request.paths.constFirst())) {
        result.outcome.error = QCoreApplication::translate("WireDiff::ComparisonJob", "%1 does not exist.")
                                   .arg(QDir::toNativeSeparators(request.paths.constFirst()));
        return result;
    }
    // The files load on as many threads as the comparison runs on.
    LoadOptions loadOptions = request.loadOptions;
    if (loadOptions.threads == 0)
        loadOptions.threads = request.comparisonOptions.threads;
    const ArticleLoader loader(loadOptions);

    Cancellation loadProgress = cancel;
    loadProgress.setProgressFunction([&cancel](int done, int total) {
        cancel.reportProgress(total > 0 ? 20 * done / total : 0, 100);
    });
    LoadResult loaded = request.isFolder() ? loader.loadFolder(request.paths.constFirst(), loadProgress)
                                           : loader.loadFiles(request.paths, loadProgress);
    result.skipped = std::move(loaded.skipped);
    if (!loaded.error.isEmpty()) {
        result.outcome.error = loaded.error;
        return result;
    }
    if (cancel.isCancelled()) {
        result.outcome.cancelled = true;
        return result;
    }
    Cancellation compareProgress = cancel;
    compareProgress.setProgressFunction([&cancel](int done, int total) {
        cancel.reportProgress(20 + (total > 0 ? 80 * done / total : 0), 100);
    });
    ComparisonOptions options = request.comparisonOptions;
    if (request.applySidecarLinks) {
        const QString folder = Sidecar::folderFor(request.paths);
        if (!folder.isEmpty()) {
            const Sidecar::LoadResult sidecar = Sidecar::load(folder);
            // An unreadable sidecar is reported where the notes are shown;
            // the comparison goes on without its links.
            if (sidecar.isUsable())
                options.manualLinks.insert(options.manualLinks.end(), sidecar.content.links.cbegin(),
                                           sidecar.content.links.cend());
        }
    }
    if (loaded.articles.empty() && request.isFolder()) {
        result.outcome.error = emptyFolderReason(request.paths.constFirst(), result.skipped);
        result.errorNamesFolder = true;
    } else if (request.includeConsensus && loaded.articles.size() >= 2)
        result.outcome = compareWithConsensus(options, std::move(synonyms), std::move(loaded.articles), cancel);
    else
        result.outcome = Comparator(options, std::move(synonyms)).compare(std::move(loaded.articles), compareProgress);
    tellSetNotices(loaded, &result.outcome);
    return result;
}

} // namespace WireDiff
