#pragma once

#include "comparison.h"
#include "exportoptions.h"
#include "loadresult.h"
#include "note.h"
#include "pdfexporter.h"

#include <QDialog>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;

namespace WireDiff {

// File ▸ Export PDF: page size, orientation, which articles (the base is
// always in), whether unchanged paragraphs are printed. It only asks; the
// caller writes (or use exportPdf(), which does the whole round trip).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const Comparison &comparison, QWidget *parent = nullptr);

    PdfPageSetup pageSetup() const;
    void setPageSetup(const PdfPageSetup &setup);
    // Articles and unchanged rows; `title` is left empty.
    ExportOptions options() const;
    void setOptions(const ExportOptions &options);

    // Asks with this dialog, then for a file name, then writes the PDF;
    // reports a failure in a message box. Returns the path written, or an
    // empty string when cancelled or failed. `context` gives the title of
    // the pages (the folder) and the options the comparison was made with;
    // the dialog sets the rest.
    // The PDF is laid out on a worker thread (a long comparison takes
    // seconds) behind a progress dialog whose Cancel writes nothing.
    static QString exportPdf(QWidget *parent, std::shared_ptr<const Comparison> comparison, const Notes &notes,
                             const ExportOptions &context, const std::vector<SkippedFile> &skipped);
    // File ▸ Print: the print dialog, then the same layout on the printer.
    static bool print(QWidget *parent, const Comparison &comparison, const Notes &notes, const ExportOptions &context);
    // Where an export of `folder`'s comparison is offered to go: beside the
    // folder, named after it ("nato" -> "nato-comparison.pdf"), not inside
    // it, where the next reload would read it as one more version.
    static QString suggestedPath(const QString &folder, const QString &suffix);

private:
    void updateSummary();

    const Comparison &m_comparison;
    QComboBox *m_pageSize = nullptr;
    QButtonGroup *m_orientation = nullptr;
    QListWidget *m_articles = nullptr;
    QCheckBox *m_unchanged = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace WireDiff
