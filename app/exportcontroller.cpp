#include "exportcontroller.h"

#include "annotationcontroller.h"
#include "atomicwriter.h"
#include "comparisonsession.h"
#include "comparisonview.h"
#include "exportdialog.h"
#include "htmlexporter.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "notelistmodel.h"
#include "outputguard.h"
#include "reportwriter.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace WireDiff {

ExportController::ExportController(MainWindow *window, const AnnotationController *annotations)
    : QObject(window)
    , m_window(window)
    , m_annotations(annotations)
{
    const MainActions &actions = window->actions();
    connect(actions.exportPdf, &QAction::triggered, this, &ExportController::exportPdf);
    connect(actions.exportHtml, &QAction::triggered, this, &ExportController::exportHtml);
    connect(actions.exportJson, &QAction::triggered, this, &ExportController::exportJson);
    connect(actions.exportConsensus, &QAction::triggered, this, &ExportController::exportConsensus);
    connect(actions.print, &QAction::triggered, this, &ExportController::print);
    updateEnabled();
}

void ExportController::updateEnabled()
{
    const std::shared_ptr<const Comparison> comparison = m_window->session()->comparison();
    const bool any = comparison && !comparison->isEmpty();
    const MainActions &actions = m_window->actions();
    for (QAction *action : { actions.exportPdf, actions.exportHtml, actions.exportJson, actions.print })
        action->setEnabled(any);
    actions.exportConsensus->setEnabled(any && !comparison->consensus.isEmpty());
}

// The folder compared, else the files' folder: it titles the pages.
QString ExportController::title() const
{
    if (!m_annotations->folder().isEmpty())
        return m_annotations->folder();
    const QStringList paths = m_window->session()->paths();
    return paths.isEmpty() ? QString() : QFileInfo(paths.constFirst()).absolutePath();
}

// What every export starts from: the title, and the options the
// comparison on show was made with, printed in its header for the record.
ExportOptions ExportController::exportContext() const
{
    ExportOptions options;
    options.title = title();
    options.compared = m_window->session()->shownOptions();
    return options;
}

void ExportController::exportPdf()
{
    const std::shared_ptr<const Comparison> comparison = m_window->session()->comparison();
    if (!comparison)
        return;
    const QString path = ExportDialog::exportPdf(m_window, comparison, m_annotations->notes()->notes(), exportContext(),
                                                 m_window->session()->skipped());
    if (!path.isEmpty())
        m_window->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 6000);
}

void ExportController::print()
{
    const std::shared_ptr<const Comparison> comparison = m_window->session()->comparison();
    if (comparison)
        ExportDialog::print(m_window, *comparison, m_annotations->notes()->notes(), exportContext());
}

void ExportController::exportHtml()
{
    const std::shared_ptr<const Comparison> comparison = m_window->session()->comparison();
    if (!comparison)
        return;
    saveAs(*comparison, tr("Export HTML"), QStringLiteral("-comparison.html"), tr("Web pages (*.html *.htm)"), [&] {
        return HtmlExporter::toHtml(*comparison, m_annotations->notes()->notes(), exportContext());
    });
}

void ExportController::exportJson()
{
    const std::shared_ptr<const Comparison> comparison = m_window->session()->comparison();
    if (!comparison)
        return;
    // As the command line: the notes of the folder, anchored on the
    // articles; left out (no "notes" key) when its notes file could not be
    // read, so the report never says there are none when it could not look.
    // Files from several folders have no notes file, hence no notes.
    const NoteBook &book = m_annotations->notes()->noteBook();
    const bool notesKnown = book.folder().isEmpty() || book.canSave();
    const std::vector<SkippedFile> skipped = m_window->session()->skipped();
    saveAs(*comparison, tr("Export Report (JSON)"), QStringLiteral("-report.json"), tr("JSON files (*.json)"), [&] {
        const ComparisonOptions options = m_window->session()->shownOptions();
        return ReportWriter::toBytes(*comparison, skipped, notesKnown ? &m_annotations->notes()->notes() : nullptr, &options);
    });
}

void ExportController::exportConsensus()
{
    const std::shared_ptr<const Comparison> comparison = m_window->session()->comparison();
    if (!comparison || comparison->consensus.isEmpty())
        return;
    saveAs(*comparison, tr("Export Consensus Text"), QStringLiteral("-consensus.txt"), tr("Text files (*.txt)"),
           [&] { return comparison->consensus.toPlainText().toUtf8(); });
}

// Asks where, refuses an input article as the target, writes atomically,
// and says what happened.
void ExportController::saveAs(const Comparison &comparison, const QString &caption, const QString &suffix,
                              const QString &filter, const std::function<QByteArray()> &bytes)
{
    const QString path = QFileDialog::getSaveFileName(m_window, caption, ExportDialog::suggestedPath(title(), suffix), filter);
    if (path.isEmpty())
        return;
    if (const QString refusal = OutputGuard::refusal(path, comparison, m_window->session()->skipped()); !refusal.isEmpty()) {
        QMessageBox::warning(m_window, caption, refusal);
        return;
    }
    const QString error = AtomicWriter::write(path, bytes());
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, caption, error);
        return;
    }
    m_window->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 6000);
}

} // namespace WireDiff
