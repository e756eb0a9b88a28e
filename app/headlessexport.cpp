#include "headlessexport.h"

#include "atomicwriter.h"
#include "commandline.h"
#include "comparisonjob.h"
#include "exportoptions.h"
#include "htmlexporter.h"
#include "notebook.h"
#include "outputguard.h"
#include "pdfexporter.h"
#include "printablepath.h"
#include "reportwriter.h"
#include "sidecar.h"
#include "synonymdictionary.h"
#include "usermessages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace WireDiff {

namespace {

// lupdate takes the context from this declaration, so messages from free
// functions and helper classes land where the lookup at run time finds them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::HeadlessExport)
};

} // namespace

int HeadlessExport::run(const CommandLine &commandLine, QTextStream &err)
{
    ComparisonRequest request;
    request.paths = commandLine.paths;
    request.loadOptions = commandLine.loadOptions;
    request.comparisonOptions = commandLine.comparisonOptions;
    request.applySidecarLinks = true;
    const ComparisonJobResult result = ComparisonJob::run(request, SynonymDictionary::load());

    for (const SkippedFile &file : result.skipped)
        err << Messages::tr("skipped %1: %2").arg(printablePath(file.filePath), file.reason) << Qt::endl;
    if (!result.succeeded()) {
        err << (result.outcome.error.isEmpty() ? Messages::tr("Nothing could be compared.") : result.outcome.error) << Qt::endl;
        return 2;
    }
    const Comparison &comparison = *result.outcome.comparison;
    for (const QString &notice : comparison.notices)
        err << notice << Qt::endl;

    bool written = true;
    const auto report = [&err, &written](const QString &error) {
        if (!error.isEmpty()) {
            err << error << Qt::endl;
            written = false;
        }
    };
    // An output named like an input is refused before anything is written.
    for (const QString &output : { commandLine.exportJson, commandLine.exportPdf, commandLine.exportHtml }) {
        if (output.isEmpty())
            continue;
        if (const QString refusal = OutputGuard::refusal(output, comparison, result.skipped); !refusal.isEmpty()) {
            err << refusal << Qt::endl;
            return 2;
        }
    }
    // Every export carries the editor's notes, anchored on the articles as
    // the window anchors them. The notes file is read whatever is exported:
    // the comparison applied its paragraph links, so one that cannot be read
    // is reported (exit status 1) even for a JSON report, which then leaves
    // its "notes" out rather than say there are none. It is only read here,
    // never written: a command-line export changes nothing in the folder.
    bool notesUnknown = false;
    Notes notes;
    ExportOptions options;
    options.includeUnchanged = !commandLine.skipUnchanged;
    options.compared = commandLine.comparisonOptions;
    // The notes file is that of the paths that were read: a folder or file
    // skipped (not found, a folder among files) names no folder of notes.
    QStringList readPaths;
    for (const QString &path : commandLine.paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (std::none_of(result.skipped.begin(), result.skipped.end(),
                         [&absolute](const SkippedFile &file) { return QFileInfo(file.filePath).absoluteFilePath() == absolute; }))
            readPaths.append(path);
    }
    const QString folder = Sidecar::folderFor(readPaths);
    options.title = folder;
    if (folder.isEmpty()) {
        // Files from several folders share no notes file: said, and the
        // JSON leaves "notes" out rather than say there are none.
        err << Messages::tr("These files come from several folders and notes are kept per folder: no notes are exported.")
            << Qt::endl;
        notesUnknown = true;
    } else {
        const Sidecar::LoadResult loaded = Sidecar::load(folder);
        if (!loaded.isUsable()) {
            err << loaded.message << Qt::endl;
            notesUnknown = true;
        }
        notes = NoteAnchor::notesOf(NoteBook::anchor(folder, loaded.content.notes, comparison.articles));
    }
    if (!commandLine.exportJson.isEmpty()) {
        const QByteArray json = ReportWriter::toBytes(comparison, result.skipped, notesUnknown ? nullptr : &notes,
                                                      &commandLine.comparisonOptions);
        report(AtomicWriter::write(commandLine.exportJson, json));
    }
    if (!commandLine.exportPdf.isEmpty()) {
        PdfExporter::PageSetup setup;
        PdfExporter::pageSizeFromName(commandLine.pageSize, &setup.size);
        setup.orientation = commandLine.landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
        report(PdfExporter::write(commandLine.exportPdf, comparison, notes, options, setup));
    }
    if (!commandLine.exportHtml.isEmpty()) {
        const QByteArray html = HtmlExporter::toHtml(comparison, notes, options);
        report(html.isEmpty() ? Messages::tr("Cannot write %1: nothing to export.").arg(QDir::toNativeSeparators(commandLine.exportHtml))
                              : AtomicWriter::write(commandLine.exportHtml, html));
    }
    if (!written)
        return 2;
    // A report WireDiff exported earlier into the folder is no article and
    // no failure: a script that exports beside the copies each time one
    // arrives runs clean.
    const bool skippedArticles = std::any_of(result.skipped.begin(), result.skipped.end(),
                                             [](const SkippedFile &file) { return !file.ownExport; });
    return !skippedArticles && (!notesUnknown || folder.isEmpty()) ? 0 : 1;
}

} // namespace WireDiff
