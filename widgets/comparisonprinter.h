#pragma once

#include "comparison.h"
#include "coversection.h"
#include "exportoptions.h"
#include "note.h"
#include "pdfoutline.h"

#include <QString>

#include <map>
#include <memory>
#include <vector>

class QPagedPaintDevice;

namespace WireDiff {

class ExportMarkup;

// The annotated comparison on paper: one layout for the PDF export
// (QPdfWriter) and for printing (QPrinter). First the cover sections
// (summary, articles, changed facts, family tree, provenance, legend,
// shares, unique paragraphs, notes that lost their passage, and any added
// with insertCoverSection),
// then the aligned rows with as many article columns as fit legibly (at
// least 45 mm each; beyond that the base plus a group of others per run of
// pages, named in the running header). Every page has a running header
// (folder, base, columns) and a footer "page X of Y"; notes are numbered
// brackets in the margin of their column with their text at the foot of the
// same page (rows make way for it; see PageFlow), numbered as in the window.
// Two passes: the whole document is paginated before anything is
// painted, so page counts are known; the painting notes the page each
// section heading, column group and note lands on, for the PDF's outline.
class ComparisonPrinter
{
public:
    // Keeps a reference to `comparison`, which must outlive the printer (a
    // temporary is refused); the notes and options are copied, so braces or
    // temporaries are fine for them.
    ComparisonPrinter(const Comparison &comparison, Notes notes, const ExportOptions &options);
    ComparisonPrinter(Comparison &&, Notes, const ExportOptions &) = delete;
    ~ComparisonPrinter();

    ComparisonPrinter(const ComparisonPrinter &) = delete;
    ComparisonPrinter &operator=(const ComparisonPrinter &) = delete;

    const std::vector<CoverSection> &coverSections() const { return m_sections; }
    void setCoverSections(std::vector<CoverSection> sections) { m_sections = std::move(sections); }
    // Inserts a section before position `index` (clamped; default sections:
    // 0 summary, 1 articles, 2 changed facts, 3 family tree, 4 provenance,
    // 5 legend, 6 shares, 7 unique, 8 detached notes).
    void insertCoverSection(qsizetype index, CoverSection section);

    // Lays out and paints every page on `device`, whose page layout (size,
    // orientation, margins) decides the geometry. Returns an empty string on
    // success, else a translated reason.
    QString print(QPagedPaintDevice *device);
    int pageCount() const { return m_pageCount; } // after print()
    // After print(), what the PDF's outline lists, each at the page it was
    // painted on: the summary pages with their section headings, each
    // column group as its running header names it, and the notes, by
    // number, each at the page of its mark (a note on the base is marked
    // in every group: the first) or where it is listed in full.
    const std::vector<PdfOutline::Entry> &outline() const { return m_outline; }

    static QString print(QPagedPaintDevice *device, const Comparison &comparison, const Notes &notes,
                         const ExportOptions &options);

    // The article groups for pages that fit `perPage` columns: everything
    // when it fits, else the base followed by balanced groups of the others.
    static std::vector<std::vector<qint32>> columnGroups(const std::vector<qint32> &shown, qint32 base, qint32 perPage);

private:
    struct Part;
    struct Geometry;

    // The "Notes" entry of the outline, by number; `notePages`: number ->
    // page, from the painting.
    void addNotesToOutline(const ExportMarkup &markup, const std::map<qint32, int> &notePages);

    const Comparison &m_comparison;
    const Notes m_notes;
    ExportOptions m_options;
    std::vector<CoverSection> m_sections;
    int m_pageCount = 0;
    std::vector<PdfOutline::Entry> m_outline;
};

} // namespace WireDiff
