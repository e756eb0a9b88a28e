#include "comparisontable.h"

#include "coverpage.h"
#include "exportfindings.h"
#include "pageflow.h"
#include "paneheaderbar.h"
#include "printstyle.h"
#include "printtext.h"

#include <QCoreApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace WireDiff {

namespace {

// lupdate takes the context from this declaration, so messages from free
// functions and helper classes land where the lookup at run time finds them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::ComparisonTable)
};

// Room around the text of a cell, in page units.
constexpr qreal padTop = 4.0;
constexpr qreal padBottom = 5.0;
constexpr qreal padSide = 3.0;
constexpr qreal paragraphGap = 5.0;

} // namespace

struct ComparisonTable::LaidParagraph
{
    qint32 paragraph = 0;
    std::shared_ptr<QTextLayout> layout;
    qreal top = 0; // within the cell's content
    ExportMarkup::ParagraphMarks marks;
    ParagraphRole role = ParagraphRole::Body;
};

struct ComparisonTable::LaidCell
{
    std::vector<LaidParagraph> paragraphs;
    bool gap = true;
    bool moved = false;
    qreal contentTop = padTop; // below the "moved" badge when there is one
    qreal height = 0;
    struct NoteMark
    {
        qint32 number = 0;
        qreal top = 0;    // the passage's first line, within the row
        qreal bottom = 0; // the passage's last line
        qreal badge = 0;  // where the number sits (badges of one line stack)
    };
    std::vector<NoteMark> notes;
};

struct ComparisonTable::LaidRow
{
    std::vector<LaidCell> cells; // one per column
    qreal height = 0;
    // Every text line's and note badge's (top, bottom) within the row: a
    // page break goes between them, never through one.
    std::vector<std::pair<qreal, qreal>> lines;
    std::vector<std::pair<qreal, qint32>> footnotes;
};

ComparisonTable::ComparisonTable(const ExportMarkup &markup, const PrintStyle &style, std::vector<qint32> columns, qreal width)
    : m_markup(markup)
    , m_style(style)
    , m_articles(std::move(columns))
    , m_width(width)
{
    const qreal count = qreal(std::max<size_t>(1, m_articles.size()));
    const qreal columnWidth = (width - columnGap() * (count - 1)) / count;
    for (size_t i = 0; i < m_articles.size(); ++i)
        m_columns.push_back({ m_articles[i], qreal(i) * (columnWidth + columnGap()), columnWidth });
}

qreal ComparisonTable::columnGap()
{
    return PrintStyle::mm(2);
}

qint32 ComparisonTable::columnsThatFit(qreal width)
{
    // Half a millimetre of slack: A4 portrait (186 mm inside the margins)
    // takes four columns of 44.9 mm rather than three.
    const qreal slack = PrintStyle::mm(0.5);
    return std::max<qint32>(1, qint32((width + columnGap() + slack) / (PrintStyle::columnMinimumWidth() + columnGap())));
}

qreal ComparisonTable::textLeft(const Column &column) const
{
    return column.x + PrintStyle::noteStripWidth() + padSide;
}

qreal ComparisonTable::textWidth(const Column &column) const
{
    return column.width - PrintStyle::noteStripWidth() - 2 * padSide;
}

PrintBlock ComparisonTable::header() const
{
    const Comparison &comparison = m_markup.comparison();
    struct Heading
    {
        QString title;
        std::shared_ptr<QTextLayout> detail;
        bool base = false;
    };
    std::vector<Heading> headings;
    const QFont titleFont = m_style.labelBold();
    const qreal titleHeight = PrintText::lineHeight(titleFont, m_style.layoutDevice());
    qreal height = 0;
    for (const Column &column : m_columns) {
        const Article &article = comparison.articles[size_t(column.article)];
        const ClassCounts &counts = comparison.counts[size_t(column.article)];
        const auto position = std::find(m_markup.articles().begin(), m_markup.articles().end(), column.article)
            - m_markup.articles().begin();
        Heading heading;
        heading.base = column.article == comparison.base;
        heading.title = CoverPage::articleKey(position) + QStringLiteral(" · ") + article.id;
        QStringList detail;
        if (!article.outlet.isEmpty())
            detail.append(article.outlet);
        if (heading.base) {
            detail.append(Messages::tr("base; struck through: dropped by every other article of this page"));
        } else {
            // The pane header's words and whole percents, changed facts too.
            detail.append(PaneHeaderBar::sharesLine(counts, ExportFindings::sharesApproximate(comparison, column.article)));
        }
        heading.detail = PrintText::layout(detail.join(QStringLiteral(" — ")), m_style.small(),
                                           column.width - 2 * padSide, m_style.layoutDevice());
        height = std::max(height, titleHeight + PrintText::height(*heading.detail));
        headings.push_back(heading);
    }
    const PrintStyle *style = &m_style;
    const std::vector<Column> columns = m_columns;
    const qreal width = m_width;
    PrintBlock block;
    block.height = height + 2 * padTop;
    block.paint = [=, total = block.height](QPainter *painter) {
        for (size_t i = 0; i < columns.size(); ++i) {
            const Column &column = columns[i];
            painter->fillRect(QRectF(column.x, 0, column.width, total), style->headerFill());
            painter->setPen(style->text());
            PrintText::drawLine(painter, headings[i].title, titleFont, style->layoutDevice(),
                                QRectF(column.x + padSide, padTop, column.width - 2 * padSide, titleHeight),
                                Qt::AlignLeft | Qt::AlignTop);
            painter->setPen(style->muted());
            PrintText::draw(painter, *headings[i].detail, QPointF(column.x + padSide, padTop + titleHeight));
        }
        painter->setPen(QPen(style->rule(), 1.0));
        painter->drawLine(QPointF(0, total), QPointF(width, total));
    };
    return block;
}

std::vector<PrintBlock> ComparisonTable::rows(qint32 *omitted) const
{
    std::vector<PrintBlock> blocks;
    qint32 skippedAtEnd = 0;
    qint32 printed = 0;
    qint32 omittedHere = 0; // since the last printed row
    qint32 omittedTotal = 0;
    const qint32 limit = std::max(0, m_markup.maxPrintedRows());
    for (const ExportMarkup::ShownRow &shown : m_markup.rows(m_articles, &skippedAtEnd)) {
        if (printed >= limit && !carriesNote(shown.row)) {
            ++omittedHere;
            continue;
        }
        if (omittedHere > 0)
            blocks.push_back(omittedBlock(omittedHere));
        omittedTotal += omittedHere;
        omittedHere = 0;
        if (shown.skippedBefore > 0)
            blocks.push_back(skippedBlock(shown.skippedBefore));
        blocks.push_back(rowBlock(shown.row));
        ++printed;
    }
    if (omittedHere > 0)
        blocks.push_back(omittedBlock(omittedHere));
    omittedTotal += omittedHere;
    if (skippedAtEnd > 0)
        blocks.push_back(skippedBlock(skippedAtEnd));
    if (omitted)
        *omitted = omittedTotal;
    return blocks;
}

bool ComparisonTable::carriesNote(qint32 row) const
{
    const AlignedRow &aligned = m_markup.comparison().rows[size_t(row)];
    for (const Column &column : m_columns) {
        for (const qint32 p : aligned.cells[size_t(column.article)].paragraphs) {
            if (!m_markup.notesOn(column.article, p).empty())
                return true;
        }
    }
    return false;
}

PrintBlock ComparisonTable::skippedBlock(qint32 count) const
{
    return asideBlock(Messages::tr("Unchanged rows not shown: %1").arg(count));
}

PrintBlock ComparisonTable::omittedBlock(qint32 count) const
{
    return asideBlock(Messages::tr("Rows not printed: %n (a PDF holds %1 rows per group of columns, and rows with "
                                   "notes; the HTML and JSON exports hold every row)", nullptr, count)
                          .arg(m_markup.maxPrintedRows()));
}

PrintBlock ComparisonTable::asideBlock(const QString &text) const
{
    const PrintStyle *style = &m_style;
    const QFont font = m_style.aside();
    const qreal height = PrintText::lineHeight(font, m_style.layoutDevice()) + 6;
    const qreal width = m_width;
    PrintBlock block;
    block.height = height;
    block.paint = [=](QPainter *painter) {
        painter->fillRect(QRectF(0, 1, width, height - 2), style->baseFill());
        painter->setPen(style->muted());
        PrintText::drawLine(painter, QStringLiteral("⋯ ") + text + QStringLiteral(" ⋯"), font, style->layoutDevice(),
                            QRectF(0, 0, width, height), Qt::AlignHCenter | Qt::AlignVCenter);
        painter->setPen(QPen(style->grid(), 0.8));
        painter->drawLine(QPointF(0, height), QPointF(width, height));
    };
    return block;
}

std::shared_ptr<ComparisonTable::LaidRow> ComparisonTable::layRow(qint32 rowIndex) const
{
    const Comparison &comparison = m_markup.comparison();
    const AlignedRow &row = comparison.rows[size_t(rowIndex)];
    auto laid = std::make_shared<LaidRow>();
    const qreal movedBadge = PrintText::lineHeight(m_style.smallBold(), m_style.layoutDevice()) + 2;
    const qreal badgeHeight = PrintText::lineHeight(m_style.smallBold(), m_style.layoutDevice());
    qreal height = PrintText::lineHeight(m_style.body(), m_style.layoutDevice());
    for (const Column &column : m_columns) {
        LaidCell cell;
        const RowCell &source = row.cells[size_t(column.article)];
        cell.gap = source.isGap();
        cell.moved = source.moved;
        cell.contentTop = padTop + (cell.moved ? movedBadge : 0);
        qreal y = 0;
        const Article &article = comparison.articles[size_t(column.article)];
        for (const qint32 p : source.paragraphs) {
            const Paragraph &paragraph = article.paragraphs[size_t(p)];
            LaidParagraph laidParagraph;
            laidParagraph.paragraph = p;
            laidParagraph.role = paragraph.role;
            laidParagraph.marks = m_markup.marks(column.article, p, m_articles);
            QList<QTextLayout::FormatRange> formats;
            for (const ExportMarkup::Range &range : laidParagraph.marks.ranges) {
                QTextLayout::FormatRange format;
                format.start = range.start;
                format.length = range.end - range.start;
                format.format.setBackground(m_style.highlight().background(range.changeClass));
                formats.append(format);
            }
            QFont font = m_style.body();
            switch (paragraph.role) {
            case ParagraphRole::Headline: font = m_style.headline(); break;
            case ParagraphRole::Byline:
            case ParagraphRole::Dateline:
            case ParagraphRole::Caption: font = m_style.aside(); break;
            case ParagraphRole::Boilerplate: font = m_style.small(); break;
            case ParagraphRole::Body: break;
            }
            laidParagraph.layout = PrintText::layout(paragraph.text, font, textWidth(column), m_style.layoutDevice(), formats);
            laidParagraph.top = y;
            const qreal top = cell.contentTop + y;
            for (int i = 0; i < laidParagraph.layout->lineCount(); ++i) {
                const QTextLine line = laidParagraph.layout->lineAt(i);
                laid->lines.emplace_back(top + line.y(), top + line.y() + line.height());
            }
            // Notes: the bracket spans the passage's lines; numbers of notes
            // starting on one line stack below each other.
            for (const ExportMarkup::NoteMark *note : m_markup.notesOn(column.article, p)) {
                const QTextLayout &layout = *laidParagraph.layout;
                const qint32 last = std::max<qint32>(0, qint32(paragraph.text.size()) - 1);
                const QTextLine first = layout.lineForTextPosition(std::clamp(note->start, 0, last));
                const QTextLine end = layout.lineForTextPosition(std::clamp(std::max(note->start, note->end - 1), 0, last));
                LaidCell::NoteMark mark;
                mark.number = note->number;
                mark.top = top + (first.isValid() ? first.y() : 0);
                mark.bottom = top + (end.isValid() ? end.y() + end.height() : PrintText::height(layout));
                mark.badge = mark.top;
                if (!cell.notes.empty())
                    mark.badge = std::max(mark.badge, cell.notes.back().badge + badgeHeight + 1);
                cell.notes.push_back(mark);
                laid->footnotes.emplace_back(mark.badge, mark.number);
                // Stacked badges reach below the passage's line.
                laid->lines.emplace_back(mark.badge, mark.badge + badgeHeight);
            }
            y += PrintText::height(*laidParagraph.layout) + paragraphGap;
            cell.paragraphs.push_back(std::move(laidParagraph));
        }
        if (y > 0)
            y -= paragraphGap;
        cell.height = cell.contentTop + y;
        if (!cell.notes.empty())
            cell.height = std::max(cell.height, cell.notes.back().badge + badgeHeight);
        height = std::max(height, cell.height);
        laid->cells.push_back(std::move(cell));
    }
    laid->height = height + padBottom;
    return laid;
}

PrintBlock ComparisonTable::rowBlock(qint32 rowIndex) const
{
    // Pagination keeps only the row's geometry; painting lays the text out
    // again, so a comparison of thousands of rows never holds every
    // QTextLayout at once.
    const std::shared_ptr<const LaidRow> measured = layRow(rowIndex);
    auto lines = std::make_shared<const PageFlow::Lines>(measured->lines);
    PrintBlock block;
    block.height = measured->height;
    block.footnotes = measured->footnotes;
    block.breakBefore = [lines](qreal limit) { return PageFlow::breakBetweenLines(*lines, limit); };
    block.resumeAt = [lines](qreal cut) { return PageFlow::resumeAfterCut(*lines, cut); };
    block.paint = [this, rowIndex](QPainter *painter) {
        if (m_paintedRowIndex != rowIndex) {
            m_paintedRow = layRow(rowIndex);
            m_paintedRowIndex = rowIndex;
        }
        const std::shared_ptr<const LaidRow> row = m_paintedRow;
        const Comparison &comparison = m_markup.comparison();
        for (size_t i = 0; i < m_columns.size(); ++i) {
            const Column &column = m_columns[i];
            const LaidCell &cell = row->cells[i];
            const QRectF area(column.x, 0, column.width, row->height);
            if (column.article == comparison.base)
                painter->fillRect(area, m_style.baseFill());
            if (cell.gap) {
                m_style.drawHatch(painter, area.adjusted(PrintStyle::noteStripWidth(), 2, 0, -2));
                continue;
            }
            if (cell.moved) {
                painter->setPen(m_style.highlight().accent(ChangeClass::Moved));
                PrintText::drawLine(painter, QStringLiteral("↕ ") + Messages::tr("moved paragraph"),
                                    m_style.smallBold(), m_style.layoutDevice(),
                                    QRectF(textLeft(column), padTop - 1, textWidth(column), cell.contentTop - padTop),
                                    Qt::AlignLeft | Qt::AlignTop);
            }
            for (const LaidParagraph &paragraph : cell.paragraphs)
                paintParagraph(painter, column, paragraph, cell.contentTop + paragraph.top);
            paintNoteMarks(painter, column, cell);
        }
        painter->setPen(QPen(m_style.grid(), 0.8));
        painter->drawLine(QPointF(0, row->height), QPointF(m_width, row->height));
    };
    return block;
}

void ComparisonTable::paintParagraph(QPainter *painter, const Column &column, const LaidParagraph &paragraph, qreal top) const
{
    const QTextLayout &layout = *paragraph.layout;
    const QPointF origin(textLeft(column), top);
    const qreal height = PrintText::height(layout);
    if (paragraph.marks.unique) {
        // The bar on the side the text starts from.
        const bool rightToLeft = layout.textOption().textDirection() == Qt::RightToLeft;
        const QRectF wash(origin.x() - padSide, top - 1.5, textWidth(column) + 2 * padSide, height + 3);
        painter->fillRect(wash, m_style.highlight().uniqueBackground());
        painter->fillRect(QRectF(rightToLeft ? wash.right() - 2.0 : wash.left(), wash.top(), 2.0, wash.height()), m_style.uniqueBar());
    }
    // A paragraph taller than a page is painted once per page with a clip:
    // only the lines inside it are drawn, and only their cues are looked up.
    const QRectF visible = painter->hasClipping() ? painter->clipBoundingRect().translated(-origin)
                                                  : QRectF(0, 0, textWidth(column) + 1, height + 1);
    painter->setPen(paragraph.role == ParagraphRole::Boilerplate ? m_style.highlight().boilerplateText() : m_style.text());
    PrintText::draw(painter, layout, origin);

    const qint32 lastPosition = std::max<qint32>(0, qint32(layout.text().size()) - 1);
    const auto lineIndexAt = [&layout, lastPosition](qint32 position) {
        return layout.lineForTextPosition(std::clamp(position, 0, lastPosition)).lineNumber();
    };
    // The second cue of every class, line by line over its range.
    for (const ExportMarkup::Range &range : layout.lineCount() > 0 ? paragraph.marks.ranges : std::vector<ExportMarkup::Range> {}) {
        const int firstLine = std::max(0, lineIndexAt(range.start));
        const int lastLine = lineIndexAt(std::max(range.start, range.end - 1));
        if (layout.lineAt(firstLine).y() > visible.bottom())
            break; // ranges are sorted: the rest are further down
        for (int i = firstLine; i <= lastLine && i >= 0; ++i) {
            const QTextLine line = layout.lineAt(i);
            // Only where the line's text is drawn (see PrintText::draw).
            if (!PrintText::isWhollyInside(visible, line.y(), line.y() + line.height()))
                continue;
            const qint32 lineStart = line.textStart();
            const qint32 lineEnd = lineStart + line.textLength();
            const qint32 from = std::max(range.start, lineStart);
            qint32 to = std::min(range.end, lineEnd);
            if (from >= to)
                continue;
            // Leave the line's trailing space out of the cue.
            while (to > from && layout.text().at(to - 1).isSpace())
                --to;
            const qreal x1 = line.cursorToX(from);
            const qreal x2 = line.cursorToX(to);
            const QRectF rect(origin.x() + std::min(x1, x2), origin.y() + line.y(), std::abs(x2 - x1), line.height());
            if (rect.width() > 0.5)
                m_style.highlight().drawCue(painter, rect, range.changeClass);
        }
    }
    // Corner brackets ⌜ ⌟ around a noted passage, in the notes' ink: a cue
    // no change class uses, so the passage shows without hiding its class.
    for (const ExportMarkup::NoteMark *note : m_markup.notesOn(column.article, paragraph.paragraph)) {
        const qint32 last = std::max<qint32>(0, qint32(layout.text().size()) - 1);
        const QTextLine first = layout.lineForTextPosition(std::clamp(note->start, 0, last));
        const QTextLine end = layout.lineForTextPosition(std::clamp(std::max(note->start, note->end - 1), 0, last));
        if (!first.isValid() || !end.isValid())
            continue;
        const qreal x1 = origin.x() + first.cursorToX(note->start);
        const qreal x2 = origin.x() + end.cursorToX(note->end);
        const qreal top = origin.y() + first.y() + 1;
        const qreal bottom = origin.y() + end.y() + end.height() - 1;
        const qreal arm = layout.textOption().textDirection() == Qt::RightToLeft ? -3.0 : 3.0; // pointing inwards
        painter->save();
        painter->setPen(QPen(m_style.noteInk(), 1.2));
        painter->drawLine(QPointF(x1, top + first.height() * 0.6), QPointF(x1, top));
        painter->drawLine(QPointF(x1, top), QPointF(x1 + arm, top));
        painter->drawLine(QPointF(x2, bottom - end.height() * 0.6), QPointF(x2, bottom));
        painter->drawLine(QPointF(x2, bottom), QPointF(x2 - arm, bottom));
        painter->restore();
    }
    for (const ExportMarkup::Caret &caret : paragraph.marks.carets) {
        const QTextLine line = layout.lineForTextPosition(std::min<qint32>(caret.position, std::max<qint32>(0, qint32(layout.text().size()) - 1)));
        if (!line.isValid())
            continue;
        qreal x = line.cursorToX(caret.position);
        x = std::clamp(x, 1.5, textWidth(column) - 1.5);
        m_style.highlight().drawRemovalMarker(painter, origin + QPointF(x, line.y() + 1.5), line.height() - 3);
    }
}

void ComparisonTable::paintNoteMarks(QPainter *painter, const Column &column, const LaidCell &cell) const
{
    const QFont font = m_style.smallBold();
    const qreal badgeHeight = PrintText::lineHeight(font, m_style.layoutDevice());
    const qreal strip = PrintStyle::noteStripWidth();
    for (const LaidCell::NoteMark &mark : cell.notes) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        // The bracket beside the passage.
        const qreal x = column.x + strip - 1.5;
        painter->setPen(QPen(m_style.noteInk(), 1.1));
        painter->drawLine(QPointF(x, mark.top + 1), QPointF(x, mark.bottom - 1));
        painter->drawLine(QPointF(x, mark.top + 1), QPointF(x + 2.5, mark.top + 1));
        painter->drawLine(QPointF(x, mark.bottom - 1), QPointF(x + 2.5, mark.bottom - 1));
        // The number, as real text so it can be searched.
        const QString number = QString::number(mark.number);
        const qreal width = std::max(badgeHeight, PrintText::textWidth(number, font, m_style.layoutDevice()) + 4);
        const QRectF badge(std::max(0.0, x - width - 0.5), mark.badge, width, badgeHeight);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_style.noteFill());
        painter->drawRoundedRect(badge, badgeHeight / 2, badgeHeight / 2);
        painter->restore();
        painter->setPen(m_style.noteInk());
        PrintText::drawLine(painter, number, font, m_style.layoutDevice(), badge.adjusted(-2, 0, 2, 0),
                            Qt::AlignHCenter | Qt::AlignVCenter);
    }
}

} // namespace WireDiff
