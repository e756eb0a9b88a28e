#include "pdfexporter.h"

#include "atomicwriter.h"
#include "comparisonprinter.h"
#include "pdfoutline.h"
#include "pdftounicodefix.h"
#include "printstyle.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>

namespace WireDiff {

QByteArray PdfExporter::render(const Comparison &comparison, const Notes &notes, const ExportOptions &options,
                               const PageSetup &setup, const std::vector<CoverSection> *coverSections, QString *error,
                               int *pageCount)
{
    QByteArray bytes;
    QString reason;
    int pages = 0;
    std::vector<PdfOutline::Entry> outline;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        writer.setCreator(QStringLiteral("WireDiff %1").arg(QCoreApplication::applicationVersion()));
        QString title = options.title;
        if (title.isEmpty() && comparison.base >= 0 && size_t(comparison.base) < comparison.articles.size())
            title = comparison.articles[size_t(comparison.base)].title;
        writer.setTitle(QCoreApplication::translate("WireDiff::PdfExporter", "WireDiff comparison: %1")
                            .arg(QDir::toNativeSeparators(title)));
        writer.setPageLayout(QPageLayout(setup.size, setup.orientation,
                                         QMarginsF(setup.marginMillimetres, setup.marginMillimetres,
                                                   setup.marginMillimetres, setup.marginMillimetres),
                                         QPageLayout::Millimeter));
        ComparisonPrinter printer(comparison, notes, options);
        if (coverSections)
            printer.setCoverSections(*coverSections);
        reason = printer.print(&writer);
        pages = printer.pageCount();
        outline = printer.outline();
    } // the writer finishes the file when it is destroyed
    // Only fonts named "…CJK…" draw ideographs with radical glyphs.
    if (reason.isEmpty() && bytes.contains("CJK"))
        PdfToUnicodeFix::apply(&bytes, PdfToUnicodeFix::radicalMap(PrintStyle::fontFamilies()));
    if (reason.isEmpty()) {
        // Bookmarks are a convenience: a file Qt wrote in a way PdfOutline
        // does not read (a later Qt's writer) is exported without them, and
        // the log says why.
        PdfOutline::Result outlined = PdfOutline::append(std::move(bytes), outline);
        if (!outlined.ok())
            qWarning("WireDiff: the PDF has no bookmarks: %s", qPrintable(outlined.error));
        bytes = std::move(outlined.pdf);
    }
    if (error)
        *error = reason;
    if (pageCount)
        *pageCount = pages;
    return reason.isEmpty() ? bytes : QByteArray();
}

QString PdfExporter::write(const QString &path, const Comparison &comparison, const Notes &notes,
                           const ExportOptions &options, const PageSetup &setup,
                           const std::vector<CoverSection> *coverSections)
{
    QString error;
    const QByteArray bytes = render(comparison, notes, options, setup, coverSections, &error);
    if (!error.isEmpty()) {
        return QCoreApplication::translate("WireDiff::PdfExporter", "Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), error);
    }
    return AtomicWriter::write(path, bytes);
}

bool PdfExporter::pageSizeFromName(const QString &name, QPageSize *size)
{
    if (name.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0) {
        *size = QPageSize(QPageSize::A4);
        return true;
    }
    if (name.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0) {
        *size = QPageSize(QPageSize::Letter);
        return true;
    }
    return false;
}

} // namespace WireDiff
