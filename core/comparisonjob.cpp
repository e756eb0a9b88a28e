#include "comparisonjob.h"

#include "articleloader.h"
#include "synonymdictionary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace WireDiff {

bool ComparisonRequest::isFolder() const
{
    return paths.size() == 1 && QFileInfo(paths.constFirst()).isDir();
}

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
    const ArticleLoader loader(request.loadOptions);

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
    result.outcome = Comparator(request.comparisonOptions, std::move(synonyms))
                         .compare(std::move(loaded.articles), compareProgress);
    return result;
}

} // namespace WireDiff
