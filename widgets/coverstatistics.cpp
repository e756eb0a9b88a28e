// CoverPage's sections of numbers: who copied whom and each article's shares.
#include "coverpage.h"

#include "exportfindings.h"
#include "exportmarkup.h"
#include "paneheaderbar.h"
#include "printstyle.h"
#include "printtext.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace WireDiff {

namespace {

// lupdate takes the context from this declaration, so messages from free
// functions and helper classes land where the lookup at run time finds them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::CoverPage)
};

QString percent(double share)
{
    return QStringLiteral("%1\u202f%").arg(qRound(std::clamp(share, 0.0, 1.0) * 100.0));
}

constexpr qreal padding = 4.0;

} // namespace

std::vector<PrintBlock> CoverPage::provenance(const PrintContext &context)
{
    const Comparison &comparison = context.markup.comparison();
    const PrintStyle *style = &context.style;
    const std::vector<qint32> &shown = context.markup.articles();
    std::vector<PrintBlock> blocks;
    blocks.push_back(heading(context, Messages::tr("Who copied whom")));
    blocks.push_back(explanation(context, Messages::tr("Each cell: the share of the row’s article found in the column’s article, "
                                             "verbatim (in a shared run of three or more words) · reworded (in sentences the "
                                             "column says in other words). The deeper the green, the more was taken verbatim.")));
    if (comparison.containment.size() < comparison.articles.size())
        return blocks;

    const QFont font = style->small();
    const QFont bold = style->smallBold();
    const qreal labelWidth = PrintStyle::mm(42);
    const qreal minimumCell = PrintStyle::mm(20);
    const qsizetype perChunk = std::max<qsizetype>(1, qsizetype((context.width - labelWidth) / minimumCell));
    const qreal lineHeight = PrintText::lineHeight(font, style->layoutDevice());
    const qreal rowHeight = lineHeight + 2 * padding;
    const QColor verbatimInk = style->highlight().accent(ChangeClass::Added);

    for (qsizetype first = 0; first < qsizetype(shown.size()); first += perChunk) {
        const qsizetype last = std::min<qsizetype>(qsizetype(shown.size()), first + perChunk);
        const qreal cellWidth = std::min((context.width - labelWidth) / qreal(last - first), PrintStyle::mm(34));
        // Header row: the column keys.
        PrintBlock header;
        header.height = rowHeight;
        header.keepWithNext = true;
        header.paint = [=](QPainter *painter) {
            painter->fillRect(QRectF(0, 0, labelWidth + cellWidth * qreal(last - first), rowHeight), style->headerFill());
            painter->setPen(style->text());
            PrintText::drawLine(painter, Messages::tr("found in →"), font, style->layoutDevice(),
                                QRectF(padding, 0, labelWidth - 2 * padding, rowHeight), Qt::AlignRight | Qt::AlignVCenter);
            for (qsizetype column = first; column < last; ++column) {
                const QRectF cell(labelWidth + cellWidth * qreal(column - first), 0, cellWidth, rowHeight);
                PrintText::drawLine(painter, articleKey(column), bold, style->layoutDevice(), cell, Qt::AlignHCenter | Qt::AlignVCenter);
            }
        };
        blocks.push_back(header);
        for (qsizetype row = 0; row < qsizetype(shown.size()); ++row) {
            const qint32 a = shown[size_t(row)];
            const QString label = articleKey(row) + QStringLiteral("  ") + comparison.articles[size_t(a)].id;
            std::vector<ContainmentShare> shares;
            for (qsizetype column = first; column < last; ++column)
                shares.push_back(comparison.containment[size_t(a)][size_t(shown[size_t(column)])]);
            PrintBlock block;
            block.height = rowHeight;
            block.paint = [=](QPainter *painter) {
                painter->setPen(style->text());
                PrintText::drawLine(painter, label, bold, style->layoutDevice(),
                                    QRectF(padding, 0, labelWidth - 2 * padding, rowHeight));
                for (qsizetype column = first; column < last; ++column) {
                    const QRectF cell(labelWidth + cellWidth * qreal(column - first), 0, cellWidth, rowHeight);
                    if (column == row) {
                        painter->fillRect(cell.adjusted(0.5, 0.5, -0.5, -0.5), style->headerFill());
                        painter->setPen(style->muted());
                        PrintText::drawLine(painter, QStringLiteral("—"), font, style->layoutDevice(), cell, Qt::AlignHCenter | Qt::AlignVCenter);
                        continue;
                    }
                    const ContainmentShare &share = shares[size_t(column - first)];
                    QColor wash = verbatimInk;
                    wash.setAlphaF(0.06 + 0.5 * std::clamp(share.verbatim, 0.0, 1.0));
                    painter->fillRect(cell.adjusted(0.5, 0.5, -0.5, -0.5), wash);
                    painter->setPen(style->text());
                    PrintText::drawLine(painter, percent(share.verbatim) + QStringLiteral(" · ") + percent(share.reworded), font,
                                        style->layoutDevice(), cell, Qt::AlignHCenter | Qt::AlignVCenter);
                }
                painter->setPen(QPen(style->grid(), 0.8));
                painter->drawLine(QPointF(0, rowHeight), QPointF(labelWidth + cellWidth * qreal(last - first), rowHeight));
            };
            blocks.push_back(block);
        }
        if (last < qsizetype(shown.size())) {
            PrintBlock gap;
            gap.height = 8;
            gap.paint = [](QPainter *) {};
            blocks.push_back(gap);
        }
    }
    return blocks;
}

std::vector<PrintBlock> CoverPage::shares(const PrintContext &context)
{
    const Comparison &comparison = context.markup.comparison();
    const PrintStyle *style = &context.style;
    const std::vector<qint32> &shown = context.markup.articles();
    // The shares the pane header gives, in the same whole percents: the
    // changed facts' only where an article has any.
    const bool factShare = ExportFindings::showsChangedFactShare(context.markup);
    std::vector<PrintBlock> blocks;
    blocks.push_back(heading(context, Messages::tr("What each article did with the base")));
    blocks.push_back(explanation(context, factShare
        ? Messages::tr("Shares of each article’s counted words, adding up to 100 %: verbatim (same or moved), reworded "
                       "(paraphrased), new (added) and changed facts (a number, date, name or quote that differs from the "
                       "base); removed is the share of the base’s words it left out.")
        : Messages::tr("Shares of each article’s counted words: verbatim (same or moved), reworded "
                       "(paraphrased), new (added); removed is the share of the base’s words it left out.")));
    const QFont font = style->label();
    const QFont bold = style->labelBold();
    const qreal lineHeight = PrintText::lineHeight(font, style->layoutDevice());
    const qreal rowHeight = lineHeight + 2 * padding;
    const qreal width = context.width;
    QStringList titles { Messages::tr("Article"), QString(), Messages::tr("Verbatim"), Messages::tr("Reworded"), Messages::tr("New") };
    if (factShare)
        titles.append(ExportFindings::changedFactShareTitle());
    titles.append(Messages::tr("Removed"));
    const ClassCounts &baseCounts = comparison.counts[size_t(comparison.base)];
    struct Row
    {
        QString label;
        bool isBase = false;
        ClassCounts counts;
        double removed = 0;
        QString approximateNote; // ExportFindings::approximateSharesNote(); its shares read "≈"
    };
    std::vector<Row> rows;
    for (size_t position = 0; position < shown.size(); ++position) {
        const qint32 a = shown[position];
        rows.push_back({ articleKey(qsizetype(position)) + QStringLiteral("  ") + comparison.articles[size_t(a)].id, a == comparison.base,
                         comparison.counts[size_t(a)],
                         baseCounts.words > 0 ? double(comparison.counts[size_t(a)].removed) / double(baseCounts.words) : 0.0,
                         ExportFindings::approximateSharesNote(comparison, a) });
    }
    // Each number's column as wide as its title (a tenth of the line at
    // least), so no title is cut in any language. The name takes what its
    // widest label needs, up to all but a fifth of what is left (the bar
    // keeps that much), and half of it at least: ids are what a reader
    // looks the article up by, and translated titles can leave them little.
    std::vector<qreal> fractions { 0, 0 };
    qreal numbers = 0;
    for (qsizetype column = 2; column < titles.size(); ++column) {
        const qreal title = PrintText::textWidth(titles[column], bold, style->layoutDevice()) + 2 * padding + 2;
        fractions.push_back(std::max(0.1, title / width));
        numbers += fractions.back();
    }
    if (numbers > 0.7) { // very long titles: they give way (and are elided) before the names do
        for (size_t column = 2; column < fractions.size(); ++column)
            fractions[column] *= 0.7 / numbers;
        numbers = 0.7;
    }
    qreal nameWidth = PrintText::textWidth(titles.front(), bold, style->layoutDevice());
    for (const Row &row : rows)
        nameWidth = std::max(nameWidth, PrintText::textWidth(row.label, row.isBase ? bold : font, style->layoutDevice()));
    const qreal left = 1.0 - numbers;
    fractions[0] = std::clamp((nameWidth + 2 * padding + 2) / width, left / 2, left * 0.8);
    fractions[1] = left - fractions[0];
    const auto columnX = [fractions, width](size_t column) {
        qreal x = 0;
        for (size_t i = 0; i < column; ++i)
            x += fractions[i] * width;
        return x;
    };

    // One block, header and rows: the flow keeps a block whole where it
    // fits, so the table goes to the next page whole rather than leave its
    // header and first rows behind; a table taller than a page is cut
    // between rows, never after the header alone.
    const auto paintHeader = [=](QPainter *painter) {
        painter->fillRect(QRectF(0, 0, width, rowHeight), style->headerFill());
        painter->setPen(style->text());
        for (size_t column = 0; column < fractions.size(); ++column) {
            PrintText::drawLine(painter, titles[qsizetype(column)], bold, style->layoutDevice(),
                                QRectF(columnX(column) + padding, 0, fractions[column] * width - 2 * padding, rowHeight),
                                (column >= 2 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        }
    };
    const auto paintRow = [=](QPainter *painter, const Row &row) {
        painter->setPen(style->text());
        PrintText::drawLine(painter, row.label, row.isBase ? bold : font, style->layoutDevice(),
                            QRectF(padding, 0, fractions[0] * width - 2 * padding, rowHeight));
        QStringList numbers;
        if (row.isBase) {
            numbers = QStringList { Messages::tr("base") };
            while (numbers.size() < titles.size() - 2)
                numbers.append(QStringLiteral("—"));
        } else {
            const ClassCounts::Percents parts = row.counts.percents();
            numbers = QStringList { ExportFindings::percent(parts.verbatim), ExportFindings::percent(parts.reworded),
                                    ExportFindings::percent(parts.added) };
            if (factShare)
                numbers.append(ExportFindings::percent(parts.changedFacts));
            if (!row.approximateNote.isEmpty()) {
                for (QString &number : numbers)
                    number.prepend(PaneHeaderBar::approximateSign());
            }
            numbers.append(percent(row.removed));
        }
        for (size_t column = 2; column < fractions.size(); ++column) {
            PrintText::drawLine(painter, numbers[qsizetype(column - 2)], font, style->layoutDevice(),
                                QRectF(columnX(column) + padding, 0, fractions[column] * width - 2 * padding, rowHeight),
                                Qt::AlignRight | Qt::AlignVCenter);
        }
        if (!row.isBase) {
            // The bar: verbatim, reworded, new and changed facts side by
            // side, each with its cue.
            const QRectF bar(columnX(1) + padding, padding + 1, fractions[1] * width - 2 * padding, rowHeight - 2 * padding - 2);
            qreal x = bar.left();
            const auto segment = [&](double share, const QColor &fill, ChangeClass cue) {
                const QRectF rect(x, bar.top(), bar.width() * std::clamp(share, 0.0, 1.0), bar.height());
                painter->fillRect(rect, fill);
                if (cue != ChangeClass::Same && rect.width() > 2)
                    style->highlight().drawCue(painter, rect, cue);
                x = rect.right();
            };
            segment(row.counts.verbatimShare(), style->rule(), ChangeClass::Same);
            segment(row.counts.rewordedShare(), style->highlight().background(ChangeClass::Paraphrased), ChangeClass::Paraphrased);
            segment(row.counts.newShare(), style->highlight().background(ChangeClass::Added), ChangeClass::Added);
            segment(row.counts.changedFactShare(), style->highlight().background(ChangeClass::FactChanged), ChangeClass::FactChanged);
            painter->setPen(QPen(style->rule(), 0.6));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(bar);
        }
        painter->setPen(QPen(style->grid(), 0.8));
        painter->drawLine(QPointF(0, rowHeight), QPointF(width, rowHeight));
    };
    PrintBlock table;
    table.height = rowHeight * qreal(rows.size() + 1);
    table.paint = [=](QPainter *painter) {
        paintHeader(painter);
        for (size_t r = 0; r < rows.size(); ++r) {
            painter->save();
            painter->translate(0, rowHeight * qreal(r + 1));
            paintRow(painter, rows[r]);
            painter->restore();
        }
    };
    table.breakBefore = [rowHeight](qreal limit) {
        const qreal at = std::floor(limit / rowHeight + 0.001) * rowHeight;
        return at >= 2 * rowHeight ? at : 0.0;
    };
    blocks.push_back(table);
    for (const Row &row : rows) {
        if (!row.approximateNote.isEmpty())
            blocks.push_back(explanation(context, PaneHeaderBar::approximateSign() + row.approximateNote));
    }
    return blocks;
}

} // namespace WireDiff
