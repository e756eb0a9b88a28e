#include "headlessexport.h"

#include "atomicwriter.h"
#include "commandline.h"
#include "comparisonjob.h"
#include "reportwriter.h"
#include "synonymdictionary.h"

#include <QCoreApplication>
#include <QDir>

namespace WireDiff {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WireDiff::HeadlessExport", text);
}

} // namespace

int HeadlessExport::run(const CommandLine &commandLine, QTextStream &err)
{
    ComparisonRequest request;
    request.paths = commandLine.paths;
    request.loadOptions = commandLine.loadOptions;
    request.comparisonOptions = commandLine.comparisonOptions;
    const ComparisonJobResult result = ComparisonJob::run(request, SynonymDictionary::load());

    for (const SkippedFile &file : result.skipped)
        err << tr("skipped %1: %2").arg(QDir::toNativeSeparators(file.filePath), file.reason) << Qt::endl;
    if (!result.succeeded()) {
        err << (result.outcome.error.isEmpty() ? tr("Nothing could be compared.") : result.outcome.error) << Qt::endl;
        return 2;
    }
    const Comparison &comparison = *result.outcome.comparison;
    for (const QString &notice : comparison.notices)
        err << notice << Qt::endl;

    bool written = true;
    if (!commandLine.exportJson.isEmpty()) {
        const QString error = AtomicWriter::write(commandLine.exportJson, ReportWriter::toBytes(comparison, result.skipped));
        if (!error.isEmpty()) {
            err << error << Qt::endl;
            written = false;
        }
    }
    if (!written)
        return 2;
    return result.skipped.empty() ? 0 : 1;
}

} // namespace WireDiff
