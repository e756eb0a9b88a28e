// CoverPage's sections on what the articles say and where they come from:
// the changed facts and quotes, and the family tree.
#include "coverpage.h"

#include "exportfindings.h"
#include "exportmarkup.h"
#include "familytreeview.h"
#include "printstyle.h"
#include "printtext.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPalette>

#include <algorithm>

namespace WireDiff {

namespace {

// lupdate takes the context from this declaration, so messages from free
// functions and helper classes land where the lookup at run time finds them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::CoverPage)
};

constexpr qreal padding = 4.0;
// The tree never takes more than this of a page; larger forests are scaled.
constexpr qreal maximumTreeHeightMm = 150;

// The palette the tree is drawn with on paper: the print style's ink on
// white, the moved class's blue as the accent (base article, arrows lit).
QPalette paperPalette(const PrintStyle &style)
{
    QPalette palette;
    palette.setColor(QPalette::Text, style.text());
    palette.setColor(QPalette::WindowText, style.text());
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Highlight, style.highlight().accent(ChangeClass::Moved));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

} // namespace

std::vector<PrintBlock> CoverPage::changedFacts(const PrintContext &context)
{
    const Comparison &comparison = context.markup.comparison();
    const PrintStyle *style = &context.style;
    std::vector<PrintBlock> blocks;
    blocks.push_back(heading(context, ExportFindings::factsHeading()));
    const std::vector<ExportFindings::FactGroup> groups = ExportFindings::factGroups(context.markup);
    const qsizetype total = ExportFindings::factCount(groups);
    QString summary = ExportFindings::factsSummary(comparison, total);
    if (total == 0) {
        blocks.push_back(explanation(context, summary));
        return blocks;
    }
    summary += QLatin1Char(' ') + Messages::tr("Each is boxed in magenta in the pages that follow.");
    blocks.push_back(explanation(context, summary));

    const QFont font = style->small();
    const QFont bold = style->smallBold();
    const qreal width = context.width;
    const qreal kindWidth = PrintStyle::mm(24);
    const qreal textWidth = (width - kindWidth) / 2;
    const qreal lineHeight = PrintText::lineHeight(font, style->layoutDevice());

    const QStringList titles = ExportFindings::factColumns(comparison);
    PrintBlock header;
    header.height = lineHeight + 2 * padding;
    header.keepWithNext = true;
    header.paint = [=](QPainter *painter) {
        painter->fillRect(QRectF(0, 0, width, header.height), style->headerFill());
        painter->setPen(style->text());
        const qreal xs[] = { 0, kindWidth, kindWidth + textWidth };
        const qreal ws[] = { kindWidth, textWidth, textWidth };
        for (int i = 0; i < 3; ++i) {
            PrintText::drawLine(painter, titles[i], bold, style->layoutDevice(),
                                QRectF(xs[i] + padding, 0, ws[i] - 2 * padding, lineHeight + 2 * padding));
        }
    };
    blocks.push_back(header);

    for (const ExportFindings::FactGroup &factGroup : groups) {
        const Article &article = comparison.articles[size_t(factGroup.article)];
        QString name = articleKey(factGroup.position) + QStringLiteral("  ") + PrintText::isolated(article.id);
        if (article.displayName() != article.id)
            name += QStringLiteral(" · ") + PrintText::isolated(article.displayName());
        name += QStringLiteral(" — ") + ExportFindings::changedCount(qsizetype(factGroup.changes->size()));
        PrintBlock group;
        group.height = lineHeight + 2 * padding + 2;
        group.keepWithNext = true;
        group.paint = [=](QPainter *painter) {
            painter->setPen(style->text());
            PrintText::drawLine(painter, name, bold, style->layoutDevice(), QRectF(0, padding + 2, width, lineHeight));
        };
        blocks.push_back(group);

        for (const FactChange &fact : *factGroup.changes) {
            const QString kind = factKindDisplayName(fact.kind);
            const auto here = PrintText::layout(fact.text.simplified(), font, textWidth - 4 * padding, style->layoutDevice());
            const auto there = PrintText::layout(fact.sourceText.simplified(), font, textWidth - 4 * padding, style->layoutDevice());
            const qreal height = std::max(PrintText::height(*here), PrintText::height(*there)) + 2 * padding;
            PrintBlock row;
            row.height = height + 1;
            row.paint = [=](QPainter *painter) {
                painter->setPen(style->muted());
                PrintText::drawLine(painter, kind, font, style->layoutDevice(),
                                    QRectF(padding, padding, kindWidth - 2 * padding, lineHeight), Qt::AlignLeft | Qt::AlignTop);
                // This article's wording as the pages mark it: wash and box.
                const QRectF mark(kindWidth + padding / 2, padding / 2, std::min(here->maximumWidth() + 3 * padding, textWidth - padding),
                                  PrintText::height(*here) + padding);
                painter->fillRect(mark, style->highlight().background(ChangeClass::FactChanged));
                style->highlight().drawCue(painter, mark, ChangeClass::FactChanged);
                painter->setPen(style->text());
                PrintText::draw(painter, *here, QPointF(kindWidth + 2 * padding, padding));
                PrintText::draw(painter, *there, QPointF(kindWidth + textWidth + 2 * padding, padding));
                painter->setPen(QPen(style->grid(), 0.6));
                painter->drawLine(QPointF(0, height + 0.5), QPointF(width, height + 0.5));
            };
            blocks.push_back(row);
        }
    }
    return blocks;
}

std::vector<PrintBlock> CoverPage::familyTree(const PrintContext &context)
{
    const Comparison &comparison = context.markup.comparison();
    const PrintStyle *style = &context.style;
    std::vector<PrintBlock> blocks;
    if (comparison.articles.size() < 2 || comparison.familyTree.isEmpty())
        return blocks;
    blocks.push_back(heading(context, ExportFindings::familyTreeHeading()));
    blocks.push_back(explanation(context, ExportFindings::familyTreeBasis() + QLatin1Char(' ')
                                              + Messages::tr("Arrows point from source to copy; the number is the share of "
                                                             "the copy found in its source, verbatim or reworded (Who Copied "
                                                             "Whom gives the verbatim part alone); the base is outlined.")));
    const QFont font = style->label();
    const qreal width = context.width;
    const qreal natural = FamilyTreeView::heightFor(width, comparison, font, style->layoutDevice());
    const qreal height = std::min(natural, PrintStyle::mm(maximumTreeHeightMm));
    const QPalette palette = paperPalette(*style);
    PrintBlock tree;
    tree.height = height + 6;
    tree.keepWithNext = true; // the heading and explanation go with the drawing
    tree.paint = [&comparison, style, font, width, height, palette](QPainter *painter) {
        FamilyTreeView::paint(painter, QRectF(0, 0, width, height), comparison, palette, font, style->layoutDevice());
    };
    blocks.push_back(tree);

    // The evidence the window shows on hover, in words: each source, then
    // its copies, as the HTML lists them.
    for (const ExportFindings::TreeLine &entry : ExportFindings::familyOutline(comparison.familyTree)) {
        const qint32 a = entry.article;
        if (size_t(a) >= comparison.articles.size())
            continue;
        const auto layout = PrintText::layout(comparison.familyTree.describe(a, comparison.articles), style->small(), width,
                                              style->layoutDevice());
        PrintBlock line;
        line.height = PrintText::height(*layout) + 2;
        line.paint = [layout, style](QPainter *painter) {
            painter->setPen(style->muted());
            PrintText::draw(painter, *layout, QPointF(0, 0));
        };
        line.breakBefore = [layout](qreal limit) { return PrintText::lineTopAt(*layout, limit); };
        blocks.push_back(line);
    }
    return blocks;
}

} // namespace WireDiff
