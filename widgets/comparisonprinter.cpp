#include "comparisonprinter.h"

#include "comparisontable.h"
#include "coverpage.h"
#include "exportfindings.h"
#include "exportmarkup.h"
#include "footnotetext.h"
#include "pageflow.h"
#include "printstyle.h"
#include "printtext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <map>
#include <optional>
#include <utility>

namespace WireDiff {

namespace {

// lupdate takes the context from this declaration, so messages from free
// functions and helper classes land where the lookup at run time finds them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::ComparisonPrinter)
};

constexpr qreal chromeGap = 8.0;      // between the running header/footer and the body
constexpr qreal footnoteSeparator = 9.0;
// A note in the outline: its number and the first words of its text.
constexpr qsizetype outlineNoteWords = 8;
constexpr qsizetype outlineNoteLength = 60;

// Text for the outline: one line, without the isolates that keep a name's
// direction within a line of the page (they are not drawn there, and some
// readers' outline panels draw them as boxes); with `maximumWords`, the
// first words only.
QString outlineText(const QString &text, qsizetype maximumWords = -1)
{
    QString line = text;
    line.removeIf([](QChar c) { return c.unicode() >= 0x2066 && c.unicode() <= 0x2069; });
    line = line.simplified();
    if (maximumWords < 0)
        return line;
    const QStringList words = line.split(QLatin1Char(' '));
    QString shortened = QStringList(words.mid(0, maximumWords)).join(QLatin1Char(' '));
    if (shortened.size() > outlineNoteLength) {
        const bool splitsPair = shortened.at(outlineNoteLength - 1).isHighSurrogate();
        shortened = shortened.left(outlineNoteLength - (splitsPair ? 1 : 0)).trimmed();
    }
    return shortened.size() < line.size() ? shortened + QChar(0x2026) : shortened;
}

} // namespace

// A run of pages with one list of blocks: the cover, one column group, the
// detached notes.
struct ComparisonPrinter::Part
{
    std::vector<PrintBlock> blocks;
    std::optional<PrintBlock> repeatedHeader; // the column headings of a group
    QString caption;                          // second line of the running header
    std::vector<PageFlow::Page> pages;
    std::unique_ptr<ComparisonTable> table;   // owns what the row blocks paint
};

struct ComparisonPrinter::Geometry
{
    qreal width = 0;  // page units
    qreal height = 0;
    qreal headerHeight = 0;
    qreal footerHeight = 0;
    qreal bodyTop() const { return headerHeight; }
    qreal bodyHeight() const { return height - headerHeight - footerHeight; }
};

ComparisonPrinter::ComparisonPrinter(const Comparison &comparison, Notes notes, const ExportOptions &options)
    : m_comparison(comparison)
    , m_notes(std::move(notes))
    , m_options(options)
    , m_sections(CoverPage::defaultSections())
{
}

ComparisonPrinter::~ComparisonPrinter() = default;

void ComparisonPrinter::insertCoverSection(qsizetype index, CoverSection section)
{
    const qsizetype at = std::clamp<qsizetype>(index, 0, qsizetype(m_sections.size()));
    m_sections.insert(m_sections.begin() + at, std::move(section));
}

std::vector<std::vector<qint32>> ComparisonPrinter::columnGroups(const std::vector<qint32> &shown, qint32 base, qint32 perPage)
{
    if (qint32(shown.size()) <= std::max(1, perPage))
        return { shown };
    std::vector<qint32> others;
    for (const qint32 article : shown) {
        if (article != base)
            others.push_back(article);
    }
    const qint32 room = std::max(1, perPage - 1);
    const qint32 groupCount = (qint32(others.size()) + room - 1) / room;
    std::vector<std::vector<qint32>> groups;
    size_t next = 0;
    for (qint32 g = 0; g < groupCount; ++g) {
        // Balanced: the groups differ in size by one at most.
        const size_t size = size_t((qint32(others.size()) - qint32(next) + (groupCount - g) - 1) / (groupCount - g));
        std::vector<qint32> group { base };
        group.insert(group.end(), others.begin() + qsizetype(next), others.begin() + qsizetype(next + size));
        next += size;
        groups.push_back(std::move(group));
    }
    return groups;
}

QString ComparisonPrinter::print(QPagedPaintDevice *device, const Comparison &comparison, const Notes &notes,
                                 const ExportOptions &options)
{
    ComparisonPrinter printer(comparison, notes, options);
    return printer.print(device);
}

QString ComparisonPrinter::print(QPagedPaintDevice *device)
{
    m_pageCount = 0;
    m_outline.clear();
    if (m_comparison.isEmpty() || m_comparison.base < 0)
        return Messages::tr("There is nothing to print: no articles were compared.");
    const PrintStyle style;
    ExportMarkup markup(m_comparison, m_notes, m_options);
    const qreal scale = qreal(device->logicalDpiX()) / PrintStyle::unitsPerInch;
    const qreal scaleY = qreal(device->logicalDpiY()) / PrintStyle::unitsPerInch;

    Geometry page;
    page.width = qreal(device->width()) / scale;
    page.height = qreal(device->height()) / scaleY;
    const qreal chromeLine = PrintText::lineHeight(style.small(), style.layoutDevice());
    page.headerHeight = 2 * chromeLine + 2 + chromeGap;
    page.footerHeight = chromeLine + 2 + chromeGap;
    if (page.bodyHeight() < 100 || page.width < 100)
        return Messages::tr("The page is too small to print on.");

    // First pass: every part's blocks, then its pages.
    const std::vector<std::vector<qint32>> groups =
        columnGroups(markup.articles(), m_comparison.base, ComparisonTable::columnsThatFit(page.width));
    const PrintContext context { markup, style, page.width };
    std::vector<Part> parts;
    {
        Part cover;
        for (const CoverSection &section : m_sections) {
            std::vector<PrintBlock> blocks = section(context);
            std::move(blocks.begin(), blocks.end(), std::back_inserter(cover.blocks));
        }
        cover.caption = Messages::tr("Summary");
        parts.push_back(std::move(cover));
    }
    for (size_t g = 0; g < groups.size(); ++g) {
        Part part;
        part.table = std::make_unique<ComparisonTable>(markup, style, groups[g], page.width);
        part.blocks = part.table->rows();
        part.repeatedHeader = part.table->header();
        QStringList names;
        for (const qint32 article : groups[g]) {
            const auto position = std::find(markup.articles().begin(), markup.articles().end(), article) - markup.articles().begin();
            names.append(CoverPage::articleKey(position) + QStringLiteral(" ")
                         + PrintText::isolated(m_comparison.articles[size_t(article)].id));
        }
        part.caption = groups.size() == 1
            ? Messages::tr("Aligned comparison: %1").arg(names.join(QStringLiteral(", ")))
            : Messages::tr("Aligned comparison, group %1 of %2: the base and %3").arg(g + 1).arg(groups.size())
                  .arg(QStringList(names.mid(1)).join(QStringLiteral(", ")));
        parts.push_back(std::move(part));
    }

    const FootnoteText footnotes(markup, style, page.width);
    const PageFlow::Footnotes footnoteGeometry {
        [&footnotes](qint32 number) { return footnotes.height(number); },
        [&footnotes](qint32 number, qreal limit) { return footnotes.breakBefore(number, limit); }, footnoteSeparator,
        footnotes.continuedHeight()
    };
    for (Part &part : parts) {
        const qreal repeated = part.repeatedHeader ? part.repeatedHeader->height : 0;
        part.pages = PageFlow::paginate(part.blocks, page.bodyHeight() - repeated, footnoteGeometry);
        m_pageCount += int(part.pages.size());
    }

    // Second pass: paint, now that "page X of Y" is known.
    QPainter painter;
    if (!painter.begin(device))
        return Messages::tr("Cannot start painting the pages.");
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scaleY);

    const Article &base = m_comparison.articles[size_t(m_comparison.base)];
    QString folder = m_options.title;
    if (folder.isEmpty() && !base.filePath.isEmpty())
        folder = QFileInfo(base.filePath).absolutePath();
    folder = QDir::toNativeSeparators(folder);
    // The footer dates the pages with the comparison, as the first page
    // does (shorter): one time in the file, whenever it was exported.
    const QString footerLeft = Messages::tr("WireDiff %1 · %2").arg(QCoreApplication::applicationVersion(),
                                                         ExportFindings::comparedOn(m_comparison, QLocale::ShortFormat));
    const QString baseLabel = Messages::tr("Base: %1").arg(PrintText::isolated(base.id));

    int pageNumber = 0;
    std::map<qint32, int> notePages; // note number -> the first page showing its mark or its text in full
    for (const Part &part : parts) {
        for (const PageFlow::Page &flowPage : part.pages) {
            if (pageNumber > 0 && !device->newPage()) {
                painter.end();
                return Messages::tr("Cannot start page %1.").arg(pageNumber + 1);
            }
            ++pageNumber;
            if (&flowPage == &part.pages.front())
                m_outline.push_back({ outlineText(part.caption), pageNumber, {} });
            for (const qint32 number : flowPage.marked)
                notePages.try_emplace(number, pageNumber);
            // Running header: folder and base, then what this page shows.
            painter.setPen(style.muted());
            const qreal half = page.width * 0.62;
            PrintText::drawLine(&painter, folder, style.smallBold(), style.layoutDevice(), QRectF(0, 0, half, chromeLine));
            PrintText::drawLine(&painter, baseLabel, style.smallBold(), style.layoutDevice(),
                                QRectF(half, 0, page.width - half, chromeLine), Qt::AlignRight | Qt::AlignVCenter);
            PrintText::drawLine(&painter, part.caption, style.small(), style.layoutDevice(), QRectF(0, chromeLine, page.width, chromeLine));
            painter.setPen(QPen(style.rule(), 0.8));
            painter.drawLine(QPointF(0, 2 * chromeLine + 1), QPointF(page.width, 2 * chromeLine + 1));

            qreal top = page.bodyTop();
            if (part.repeatedHeader) {
                painter.save();
                painter.translate(0, top);
                part.repeatedHeader->paint(&painter);
                painter.restore();
                top += part.repeatedHeader->height;
            }
            for (const PageFlow::Slice &slice : flowPage.slices) {
                const PrintBlock &block = part.blocks[slice.block];
                if (slice.from <= 0 && !block.outlineTitle.isEmpty())
                    m_outline.back().children.push_back({ outlineText(block.outlineTitle), pageNumber, {} });
                if (slice.from <= 0 && block.listedNote > 0)
                    notePages.try_emplace(block.listedNote, pageNumber);
                painter.save();
                painter.translate(0, top + slice.top - slice.from);
                const bool whole = slice.from <= 0 && slice.to >= block.height;
                if (!whole) // a little room for descenders and cues at the cut
                    painter.setClipRect(QRectF(-2, slice.from, page.width + 4, slice.to - slice.from));
                if (block.paint)
                    block.paint(&painter);
                painter.restore();
            }
            if (!flowPage.footnotes.empty()) {
                qreal y = page.bodyTop() + page.bodyHeight() - flowPage.footnoteHeight;
                painter.setPen(QPen(style.rule(), 0.8));
                painter.drawLine(QPointF(0, y + footnoteSeparator / 2), QPointF(page.width * 0.3, y + footnoteSeparator / 2));
                y += footnoteSeparator;
                for (const PageFlow::FootnotePiece &piece : flowPage.footnotes) {
                    footnotes.paint(&painter, piece, QPointF(0, y));
                    y += piece.to - piece.from + (piece.continued ? footnotes.continuedHeight() : 0);
                }
            }
            // Footer.
            const qreal footerTop = page.height - chromeLine;
            painter.setPen(QPen(style.rule(), 0.8));
            painter.drawLine(QPointF(0, footerTop - 2), QPointF(page.width, footerTop - 2));
            painter.setPen(style.muted());
            PrintText::drawLine(&painter, footerLeft, style.small(), style.layoutDevice(), QRectF(0, footerTop, page.width / 2, chromeLine));
            PrintText::drawLine(&painter, Messages::tr("page %1 of %2").arg(pageNumber).arg(m_pageCount), style.smallBold(),
                                style.layoutDevice(), QRectF(page.width / 2, footerTop, page.width / 2, chromeLine),
                                Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    if (!painter.end())
        return Messages::tr("Painting the pages failed.");
    addNotesToOutline(markup, notePages);
    return {};
}

void ComparisonPrinter::addNotesToOutline(const ExportMarkup &markup, const std::map<qint32, int> &notePages)
{
    if (notePages.empty())
        return;
    std::map<qint32, QString> texts;
    for (const auto *list : { &markup.notes(), &markup.detachedNotes() }) {
        for (const ExportMarkup::NoteMark &mark : *list)
            texts.emplace(mark.number, mark.note.text);
    }
    // The HTML export's heading for the same list: both exports name it
    // alike, in every language it is translated to.
    PdfOutline::Entry notes { QCoreApplication::translate("WireDiff::HtmlExporter", "Notes"), notePages.begin()->second, {} };
    for (const auto &[number, page] : notePages) {
        notes.page = std::min(notes.page, page);
        const QString title = QStringLiteral("%1. %2").arg(number).arg(outlineText(texts[number], outlineNoteWords));
        notes.children.push_back({ title.trimmed(), page, {} });
    }
    m_outline.push_back(std::move(notes));
}

} // namespace WireDiff
