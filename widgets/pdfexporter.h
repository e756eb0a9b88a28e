#pragma once

#include "comparison.h"
#include "coversection.h"
#include "exportoptions.h"
#include "note.h"

#include <QByteArray>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <vector>

namespace WireDiff {

// The annotated PDF: ComparisonPrinter's pages on a QPdfWriter, rendered in
// memory and then written through AtomicWriter, so a full disk or an
// unwritable path leaves no half-written file and the previous one intact.
// Text stays text (selectable, searchable) with embedded font subsets.
struct PdfPageSetup
{
    QPageSize size = QPageSize(QPageSize::A4);
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    qreal marginMillimetres = 12.0;
};

class PdfExporter
{
public:
    using PageSetup = PdfPageSetup;

    // Returns an empty string on success, else a translated one-line reason.
    static QString write(const QString &path, const Comparison &comparison, const Notes &notes,
                         const ExportOptions &options, const PageSetup &setup = {},
                         const std::vector<CoverSection> *coverSections = nullptr);
    // The PDF bytes, or an empty array with `*error` set.
    static QByteArray render(const Comparison &comparison, const Notes &notes, const ExportOptions &options,
                             const PageSetup &setup, const std::vector<CoverSection> *coverSections, QString *error,
                             int *pageCount = nullptr);
    // "A4" or "Letter" (any case) -> page size; false for anything else.
    static bool pageSizeFromName(const QString &name, QPageSize *size);
};

} // namespace WireDiff
