#include "coverpage.h"

#include "exportfindings.h"
#include "exportmarkup.h"
#include "inputlimits.h"
#include "printstyle.h"
#include "printablepath.h"
#include "printtext.h"
#include "textexcerpt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <array>

namespace WireDiff {

namespace {

// lupdate takes the context from this declaration, so messages from free
// functions and helper classes land where the lookup at run time finds them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::CoverPage)
};

// Vertical rhythm of the first pages, in page units.
constexpr qreal sectionGap = 14.0;
constexpr qreal cellPadding = 4.0;
constexpr qreal maximumQuoteLength = 260; // about two lines: the full text is in the table
constexpr qsizetype longestDetachedQuote = 140; // a line and a half of the small bold font

PrintBlock wrappedText(const PrintContext &context, const QString &text, const QFont &font, const QColor &colour,
                       qreal indent = 0, qreal spaceAfter = 3)
{
    const auto layout = PrintText::layout(text, font, context.width - indent, context.style.layoutDevice());
    PrintBlock block;
    block.height = PrintText::height(*layout) + spaceAfter;
    block.paint = [layout, colour, indent](QPainter *painter) {
        painter->setPen(colour);
        PrintText::draw(painter, *layout, QPointF(indent, 0));
    };
    block.breakBefore = [layout](qreal limit) { return PrintText::lineTopAt(*layout, limit); };
    return block;
}

// One row of a simple table: elided single-line cells of the given widths
// (page units; see fittedColumns); `numeric` columns are right-aligned.
PrintBlock tableRow(const PrintContext &context, const QStringList &cells, const std::vector<qreal> &widths,
                    const QFont &font, bool header, const std::vector<bool> &numeric = {})
{
    const PrintStyle *style = &context.style;
    const qreal width = context.width;
    const qreal height = PrintText::lineHeight(font, style->layoutDevice()) + 2 * cellPadding;
    PrintBlock block;
    block.height = height;
    block.keepWithNext = header;
    block.paint = [=](QPainter *painter) {
        if (header)
            painter->fillRect(QRectF(0, 0, width, height), style->headerFill());
        painter->setPen(QPen(style->grid(), 0.8));
        painter->drawLine(QPointF(0, height), QPointF(width, height));
        painter->setPen(header ? style->text() : style->text());
        qreal x = 0;
        for (qsizetype i = 0; i < cells.size() && size_t(i) < widths.size(); ++i) {
            const qreal w = widths[size_t(i)];
            const bool right = size_t(i) < numeric.size() && numeric[size_t(i)];
            PrintText::drawLine(painter, cells[i], font, style->layoutDevice(),
                                QRectF(x + cellPadding, 0, w - 2 * cellPadding, height),
                                (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
            x += w;
        }
    };
    return block;
}

// The widths of a table's columns, in page units, for `width` in all:
// each column as wide as the widest text it holds (`needed`), so a
// translated header ("Kürzel", "Clave") is never cut to "Kü…". The
// `flexible` ones (names, paths) give way where all cannot be whole: they
// share what the others leave, the narrower keeping what it needs and the
// wider splitting the rest evenly. Room to spare goes to them in the
// proportions of `preferred`. Every other column keeps its need, up to a
// fifth of the width.
std::vector<qreal> fittedColumns(const std::vector<qreal> &needed, const std::vector<bool> &flexible,
                                 const std::vector<qreal> &preferred, qreal width)
{
    std::vector<qreal> widths(needed.size(), 0);
    qreal left = width;
    std::vector<size_t> open;
    for (size_t i = 0; i < needed.size(); ++i) {
        if (flexible[i]) {
            open.push_back(i);
        } else {
            widths[i] = std::min(needed[i], width / 5);
            left -= widths[i];
        }
    }
    qreal flexibleNeed = 0;
    qreal flexibleShare = 0;
    for (const size_t i : open) {
        flexibleNeed += needed[i];
        flexibleShare += preferred[i];
    }
    if (flexibleNeed <= left) {
        for (const size_t i : open)
            widths[i] = needed[i] + (left - flexibleNeed) * (flexibleShare > 0 ? preferred[i] / flexibleShare : 1.0 / qreal(open.size()));
        return widths;
    }
    // Water filling: settle the columns that need less than an even share.
    bool settled = false;
    while (!open.empty() && !settled) {
        settled = true;
        const qreal share = std::max<qreal>(0, left) / qreal(open.size());
        for (auto it = open.begin(); it != open.end();) {
            if (needed[*it] <= share) {
                widths[*it] = needed[*it];
                left -= needed[*it];
                it = open.erase(it);
                settled = false;
            } else {
                ++it;
            }
        }
    }
    for (const size_t i : open)
        widths[i] = std::max<qreal>(0, left) / qreal(open.size());
    return widths;
}

QString formatName(ArticleFormat format)
{
    switch (format) {
    case ArticleFormat::PlainText: return Messages::tr("text");
    case ArticleFormat::Markdown: return Messages::tr("Markdown");
    case ArticleFormat::PressAssociationWire: return Messages::tr("PA wire");
    case ArticleFormat::Html: return Messages::tr("HTML");
    case ArticleFormat::Nitf: return Messages::tr("NITF");
    case ArticleFormat::NewsMLG2: return Messages::tr("NewsML-G2");
    }
    return {};
}

// A sample of a change class as the table draws it: its wash, its cue.
void drawClassSample(QPainter *painter, const PrintStyle &style, ChangeClass changeClass, const QString &text,
                     const QFont &font, const QRectF &box)
{
    const qreal width = PrintText::textWidth(text, font, style.layoutDevice()) + 6;
    const QRectF sample(box.left(), box.top() + 1, width, box.height() - 2);
    painter->fillRect(sample, style.highlight().background(changeClass));
    painter->setPen(style.text());
    PrintText::drawLine(painter, text, font, style.layoutDevice(), sample.adjusted(3, 0, 0, 0));
    style.highlight().drawCue(painter, sample, changeClass);
}

} // namespace

QString CoverPage::articleKey(qsizetype position)
{
    QString key;
    for (qsizetype n = position + 1; n > 0; n = (n - 1) / 26)
        key.prepend(QChar(u'A' + char16_t((n - 1) % 26)));
    return key;
}

std::vector<CoverSection> CoverPage::defaultSections()
{
    return { &CoverPage::summary, &CoverPage::articles, &CoverPage::changedFacts, &CoverPage::familyTree,
             &CoverPage::provenance, &CoverPage::legend,
             &CoverPage::shares, &CoverPage::uniqueParagraphs, &CoverPage::detachedNotes };
}

PrintBlock CoverPage::heading(const PrintContext &context, const QString &text)
{
    const PrintStyle *style = &context.style;
    const QFont font = style->heading();
    const qreal lineHeight = PrintText::lineHeight(font, style->layoutDevice());
    const qreal width = context.width;
    PrintBlock block;
    block.height = sectionGap + lineHeight + 5;
    block.keepWithNext = true;
    block.outlineTitle = text;
    block.paint = [=](QPainter *painter) {
        painter->setPen(style->text());
        PrintText::drawLine(painter, text, font, style->layoutDevice(), QRectF(0, sectionGap, width, lineHeight));
        painter->setPen(QPen(style->rule(), 0.8));
        painter->drawLine(QPointF(0, sectionGap + lineHeight + 2), QPointF(width, sectionGap + lineHeight + 2));
    };
    return block;
}

PrintBlock CoverPage::explanation(const PrintContext &context, const QString &text)
{
    PrintBlock block = wrappedText(context, text, context.style.small(), context.style.muted(), 0, 5);
    block.keepWithNext = true;
    return block;
}

std::vector<PrintBlock> CoverPage::summary(const PrintContext &context)
{
    const Comparison &comparison = context.markup.comparison();
    const PrintStyle &style = context.style;
    const Article &base = comparison.articles[size_t(comparison.base)];
    std::vector<PrintBlock> blocks;
    blocks.push_back(wrappedText(context, Messages::tr("WIREDIFF · VERSIONS OF ONE STORY COMPARED"), style.smallBold(), style.muted(), 0, 4));
    blocks.push_back(wrappedText(context, base.title.isEmpty() ? base.id : base.title, style.title(), style.text(), 0, 8));
    QString folder = context.markup.title();
    if (folder.isEmpty() && !base.filePath.isEmpty())
        folder = QFileInfo(base.filePath).absolutePath();
    folder = QDir::toNativeSeparators(folder);
    const QStringList lines {
        Messages::tr("Folder: %1").arg(folder.isEmpty() ? Messages::tr("(articles in memory)") : folder),
        Messages::tr("Compared: %1 · articles: %2").arg(ExportFindings::comparedOn(comparison)).arg(context.markup.articles().size()),
        Messages::tr("Base: %1 — the article every other is marked against").arg(base.id),
    };
    for (const QString &line : lines)
        blocks.push_back(wrappedText(context, line, style.label(), style.text(), 0, 2));
    if (!context.markup.optionsLine().isEmpty())
        blocks.push_back(wrappedText(context, context.markup.optionsLine(), style.label(), style.text(), 0, 2));
    for (const QString &notice : comparison.notices)
        blocks.push_back(wrappedText(context, notice, style.small(), style.muted(), 0, 2));
    return blocks;
}

std::vector<PrintBlock> CoverPage::articles(const PrintContext &context)
{
    const Comparison &comparison = context.markup.comparison();
    const PrintStyle &style = context.style;
    std::vector<PrintBlock> blocks;
    blocks.push_back(heading(context, Messages::tr("Articles")));
    const std::vector<qreal> preferred { 0.05, 0.25, 0.16, 0.26, 0.08, 0.12, 0.08 };
    const std::vector<bool> flexible { false, true, true, true, false, false, false };
    const std::vector<bool> numeric { false, false, false, false, false, false, true };
    const QStringList header { Messages::tr("Key"), Messages::tr("Article"), Messages::tr("Outlet"), Messages::tr("File"),
                               Messages::tr("Format"), Messages::tr("Encoding"), Messages::tr("Words") };
    std::vector<QStringList> rows;
    const std::vector<qint32> &shown = context.markup.articles();
    for (size_t position = 0; position < shown.size(); ++position) {
        const qint32 a = shown[position];
        const Article &article = comparison.articles[size_t(a)];
        QString id = article.id;
        if (a == comparison.base)
            id = Messages::tr("%1 (base)").arg(id);
        QString encoding = article.encoding;
        if (article.hadDecodingErrors)
            encoding = Messages::tr("%1, repaired").arg(encoding);
        rows.push_back({ articleKey(qsizetype(position)), id, article.outlet.isEmpty() ? QStringLiteral("—") : article.outlet,
                         printablePath(QFileInfo(article.filePath).fileName()), formatName(article.format), encoding,
                         QLocale().toString(comparison.counts[size_t(a)].words) });
    }
    // Measured in the fonts and on the device the page is drawn with.
    std::vector<qreal> needed(size_t(header.size()), 0);
    const auto measure = [&](const QStringList &cells, const QFont &font) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            needed[size_t(i)] = std::max(needed[size_t(i)],
                                         PrintText::textWidth(cells[i], font, style.layoutDevice()) + 2 * cellPadding + 1);
        }
    };
    measure(header, style.labelBold());
    for (const QStringList &row : rows)
        measure(row, style.label());
    const std::vector<qreal> widths = fittedColumns(needed, flexible, preferred, context.width);
    blocks.push_back(tableRow(context, header, widths, style.labelBold(), true, numeric));
    for (const QStringList &row : rows)
        blocks.push_back(tableRow(context, row, widths, style.label(), false, numeric));
    return blocks;
}

std::vector<PrintBlock> CoverPage::legend(const PrintContext &context)
{
    const PrintStyle *style = &context.style;
    std::vector<PrintBlock> blocks;
    blocks.push_back(heading(context, Messages::tr("Legend")));
    blocks.push_back(explanation(context, Messages::tr("Every class has a colour and a second cue that survives greyscale printing.")));

    enum class Sample { Class, Caret, Unique, Gap, MovedCell, Note };
    struct Entry
    {
        Sample sample;
        ChangeClass changeClass;
        QString name;
        QString description;
    };
    std::vector<Entry> entries;
    for (const ChangeClass changeClass : { ChangeClass::Added, ChangeClass::Removed, ChangeClass::Paraphrased,
                                           ChangeClass::Moved, ChangeClass::FactChanged }) {
        // A class the window's style does not name yet is not in the legend.
        if (!HighlightStyle::displayName(changeClass).isEmpty()) {
            entries.push_back({ Sample::Class, changeClass, HighlightStyle::displayName(changeClass),
                                HighlightStyle::description(changeClass) });
        }
    }
    entries.push_back({ Sample::Caret, ChangeClass::Removed, Messages::tr("Caret"), Messages::tr("Base words are missing at this point (they are struck through in the base column when every article of the page dropped them)") });
    entries.push_back({ Sample::Unique, ChangeClass::Same, Messages::tr("Unique"), Messages::tr("Paragraph or sentence found in no other source (violet wash and bar)") });
    entries.push_back({ Sample::Gap, ChangeClass::Same, Messages::tr("Gap"), Messages::tr("The article has nothing for this row (hatched)") });
    entries.push_back({ Sample::MovedCell, ChangeClass::Moved, Messages::tr("Moved paragraph"), Messages::tr("The paragraph sits elsewhere in its own article") });
    entries.push_back({ Sample::Note, ChangeClass::Same, Messages::tr("Note"), Messages::tr("An editor’s note: the bracket spans the passage; the text is at the foot of the page") });

    const QFont nameFont = style->labelBold();
    const QFont descriptionFont = style->small();
    // The samples' column as wide as the widest name drawn in it (with what
    // each kind of sample draws before its name), so a translated name
    // ("Signo de inserción") is whole; at most half the entry.
    const qreal columnGap = PrintStyle::mm(6);
    const qreal columnWidth = (context.width - columnGap) / 2;
    qreal widestSample = PrintStyle::mm(30);
    for (const Entry &entry : entries) {
        qreal before = 0;
        QString name = entry.name;
        QFont font = nameFont;
        switch (entry.sample) {
        case Sample::Class: before = 6; break;
        case Sample::Caret: before = 10; break;
        case Sample::Unique: before = 6; break;
        case Sample::Gap: before = 4; break;
        case Sample::MovedCell:
            name = QStringLiteral("↕ ") + Messages::tr("moved paragraph");
            font = style->smallBold();
            break;
        case Sample::Note: before = PrintStyle::noteStripWidth() + 2; break;
        }
        widestSample = std::max(widestSample, before + PrintText::textWidth(name, font, style->layoutDevice()) + 4 + 2);
    }
    const qreal sampleWidth = std::min(widestSample, columnWidth / 2);
    const qreal descriptionWidth = columnWidth - sampleWidth - 4;
    const qreal lineHeight = PrintText::lineHeight(nameFont, style->layoutDevice());
    // Two entries side by side per block.
    for (size_t i = 0; i < entries.size(); i += 2) {
        std::vector<std::pair<Entry, std::shared_ptr<QTextLayout>>> pair;
        qreal height = lineHeight;
        for (size_t j = i; j < std::min(entries.size(), i + 2); ++j) {
            auto layout = PrintText::layout(entries[j].description, descriptionFont, descriptionWidth, style->layoutDevice());
            height = std::max(height, PrintText::height(*layout));
            pair.emplace_back(entries[j], layout);
        }
        PrintBlock block;
        block.height = height + 6;
        block.paint = [=](QPainter *painter) {
            for (size_t k = 0; k < pair.size(); ++k) {
                const Entry &entry = pair[k].first;
                const qreal x = qreal(k) * (columnWidth + columnGap);
                const QRectF sample(x, 0, sampleWidth - 4, lineHeight + 2);
                switch (entry.sample) {
                case Sample::Class:
                    drawClassSample(painter, *style, entry.changeClass, entry.name, nameFont, sample);
                    break;
                case Sample::Caret:
                    style->highlight().drawRemovalMarker(painter, QPointF(x + 4, sample.top() + 2), sample.height() - 4);
                    painter->setPen(style->text());
                    PrintText::drawLine(painter, entry.name, nameFont, style->layoutDevice(), sample.adjusted(10, 0, 0, 0));
                    break;
                case Sample::Unique:
                    painter->fillRect(QRectF(x, sample.top(), sample.width(), sample.height()), style->highlight().uniqueBackground());
                    painter->fillRect(QRectF(x, sample.top(), 2.5, sample.height()), style->uniqueBar());
                    painter->setPen(style->text());
                    PrintText::drawLine(painter, entry.name, nameFont, style->layoutDevice(), sample.adjusted(6, 0, 0, 0));
                    break;
                case Sample::Gap:
                    style->drawHatch(painter, QRectF(x, sample.top(), sample.width(), sample.height()));
                    painter->setPen(style->text());
                    PrintText::drawLine(painter, entry.name, nameFont, style->layoutDevice(), sample.adjusted(4, 0, 0, 0));
                    break;
                case Sample::MovedCell: {
                    const QFont small = style->smallBold();
                    painter->setPen(style->highlight().accent(ChangeClass::Moved));
                    PrintText::drawLine(painter, QStringLiteral("↕ ") + Messages::tr("moved paragraph"), small, style->layoutDevice(), sample);
                    break;
                }
                case Sample::Note: {
                    const QRectF badge(x, sample.top() + 1, PrintStyle::noteStripWidth() - 2, sample.height() - 2);
                    painter->save();
                    painter->setRenderHint(QPainter::Antialiasing);
                    painter->setPen(Qt::NoPen);
                    painter->setBrush(style->noteFill());
                    painter->drawRoundedRect(badge, 3, 3);
                    painter->restore();
                    painter->setPen(style->noteInk());
                    PrintText::drawLine(painter, QStringLiteral("1"), style->smallBold(), style->layoutDevice(), badge,
                                        Qt::AlignHCenter | Qt::AlignVCenter);
                    painter->setPen(style->text());
                    PrintText::drawLine(painter, entry.name, nameFont, style->layoutDevice(), sample.adjusted(badge.width() + 4, 0, 0, 0));
                    break;
                }
                }
                painter->setPen(style->muted());
                PrintText::draw(painter, *pair[k].second, QPointF(x + sampleWidth, 1));
            }
        };
        blocks.push_back(block);
    }
    return blocks;
}

std::vector<PrintBlock> CoverPage::uniqueParagraphs(const PrintContext &context)
{
    const Comparison &comparison = context.markup.comparison();
    const PrintStyle *style = &context.style;
    const std::vector<ExportMarkup::UniqueParagraph> unique = context.markup.uniqueParagraphs();
    std::vector<PrintBlock> blocks;
    blocks.push_back(heading(context, Messages::tr("Found in no other source")));
    if (unique.empty()) {
        blocks.push_back(explanation(context, Messages::tr("Every paragraph has a counterpart in at least one other article.")));
        return blocks;
    }
    const auto sentences = std::count_if(unique.begin(), unique.end(), [](const auto &entry) { return entry.isSentence(); });
    if (sentences == 0) {
        blocks.push_back(explanation(context, Messages::tr("Paragraphs of counted text that appear in one article only: %1. They are "
                                                 "additions, or text every other version dropped.").arg(unique.size())));
    } else {
        blocks.push_back(explanation(context, Messages::tr("Paragraphs of counted text that appear in one article only: %1; "
                                                 "sentences no other article has inside shared paragraphs: %2. They are "
                                                 "additions, or text every other version dropped.")
                                                 .arg(unique.size() - size_t(sentences)).arg(sentences)));
    }
    const qreal labelWidth = PrintStyle::mm(38);
    const qreal textWidth = context.width - labelWidth;
    const auto listed = std::min<qsizetype>(qsizetype(unique.size()), InputLimits::maxPrintedUniqueParagraphs);
    for (qsizetype k = 0; k < listed; ++k) {
        const ExportMarkup::UniqueParagraph &entry = unique[size_t(k)];
        const Article &article = comparison.articles[size_t(entry.article)];
        QString text = entry.text(comparison);
        if (entry.isSentence())
            text = Messages::tr("A sentence in a shared paragraph: %1")
                       .arg(ExportFindings::uniqueQuote(text, true, qsizetype(maximumQuoteLength)));
        else
            text = TextExcerpt::elided(text, qsizetype(maximumQuoteLength)); // after a whole word, never a fragment
        const auto layout = PrintText::layout(text, style->body(), textWidth - 10, style->layoutDevice());
        const QString label = Messages::tr("%1, ¶%2").arg(PrintText::isolated(article.id), QString::number(entry.paragraph + 1));
        const qreal height = PrintText::height(*layout) + 6;
        PrintBlock block;
        block.height = height + 3;
        block.paint = [=](QPainter *painter) {
            painter->setPen(style->text());
            PrintText::drawLine(painter, label, style->smallBold(), style->layoutDevice(),
                                QRectF(0, 3, labelWidth - 6, PrintText::lineHeight(style->smallBold(), style->layoutDevice())),
                                Qt::AlignLeft | Qt::AlignTop);
            painter->fillRect(QRectF(labelWidth, 0, textWidth, height), style->highlight().uniqueBackground());
            painter->fillRect(QRectF(labelWidth, 0, 2.5, height), style->uniqueBar());
            painter->setPen(style->text());
            PrintText::draw(painter, *layout, QPointF(labelWidth + 7, 3));
        };
        block.breakBefore = [layout](qreal limit) { return PrintText::lineTopAt(*layout, limit - 3) + 3; };
        blocks.push_back(block);
    }
    if (listed < qsizetype(unique.size())) {
        blocks.push_back(explanation(context, Messages::tr("… and %n more, not listed here (the HTML and JSON exports "
                                                           "list them all).", nullptr, int(qsizetype(unique.size()) - listed))));
    }
    return blocks;
}

std::vector<PrintBlock> CoverPage::detachedNotes(const PrintContext &context)
{
    const PrintStyle &style = context.style;
    std::vector<PrintBlock> blocks;
    if (context.markup.detachedNotes().empty())
        return blocks;
    blocks.push_back(heading(context, Messages::tr("Notes whose passage is no longer in the articles")));
    blocks.push_back(explanation(context, Messages::tr("Kept as they were written; the quoted text was not found when the folder was loaded.")));
    for (const ExportMarkup::NoteMark &mark : context.markup.detachedNotes()) {
        const Note &note = mark.note;
        // Numbered as in the window. The words the note was written on
        // (before a rewording the note followed, if any), shortened after a
        // whole word: the note's own text is what the list is for. The name
        // and the passage isolated: a right-to-left passage reorders only
        // itself, not the line.
        const QString written = TextExcerpt::elided(note.originalQuote.isEmpty() ? note.quote : note.originalQuote,
                                                    longestDetachedQuote);
        const QString where = Messages::tr("%1, paragraph %2: “%3”")
                                  .arg(PrintText::isolated(note.articleId), QString::number(note.paragraph + 1),
                                       PrintText::isolated(written));
        PrintBlock number = wrappedText(context, QStringLiteral("%1. ").arg(mark.number) + where, style.smallBold(), style.text(), 0, 1);
        number.listedNote = mark.number;
        blocks.push_back(std::move(number));
        QString text = note.text;
        if (!note.author.isEmpty())
            text += QStringLiteral(" — ") + note.author;
        blocks.push_back(wrappedText(context, text, style.body(), style.text(), PrintStyle::mm(4), 6));
    }
    return blocks;
}

} // namespace WireDiff
