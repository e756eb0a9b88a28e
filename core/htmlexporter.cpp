#include "htmlexporter.h"

#include "exportfindings.h"
#include "exportmarkup.h"
#include "htmlfindings.h"
#include "uniquesentence.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <array>
#include <map>
#include <span>

namespace WireDiff {

namespace {

// lupdate takes the context from this declaration, so messages from free
// functions and helper classes land where the lookup at run time finds them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::HtmlExporter)
};

struct CssColours
{
    const char *lightBackground;
    const char *darkBackground;
    const char *lightAccent;
    const char *darkAccent;
};

// Same values as HighlightStyle's coloursOf(); see the class comment.
CssColours coloursOf(ChangeClass changeClass)
{
    switch (changeClass) {
    case ChangeClass::Added: return { "#d4f2dc", "#1f4d2e", "#007a3d", "#6fd895" };
    case ChangeClass::Removed: return { "#fbdbd9", "#5c2222", "#c0261e", "#ff8a80" };
    case ChangeClass::Paraphrased: return { "#fdedc4", "#5a4712", "#b06a00", "#f4c04f" };
    case ChangeClass::Moved: return { "#d8e8fb", "#1d3b5e", "#0a5cb8", "#7db6f2" };
    case ChangeClass::FactChanged: return { "#f9d0e8", "#661745", "#b0006a", "#ff7ec8" };
    case ChangeClass::Same: break;
    }
    return { "transparent", "transparent", "transparent", "transparent" };
}

constexpr std::array<ChangeClass, 5> markedClasses { ChangeClass::Added, ChangeClass::Removed, ChangeClass::Paraphrased,
                                                     ChangeClass::Moved, ChangeClass::FactChanged };

QString percent(double share)
{
    return QStringLiteral("%1\u202f%").arg(qRound(share * 100.0));
}

QString css()
{
    QString sheet = QStringLiteral(
        ":root{color-scheme:light dark}"
        "body{font:15px/1.45 'Noto Sans','DejaVu Sans',system-ui,sans-serif;margin:1.5em;color:#1b1b1b;background:#fff}"
        "h1{font-size:1.5em;margin:0 0 .2em}h2{font-size:1.15em;margin:1.6em 0 .5em;border-bottom:1px solid #ccc}"
        ".meta{color:#555;margin:0}"
        "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}"
        "th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums}"
        "caption{caption-side:top;text-align:left;color:#555;padding:0 0 .4em}"
        "p.approx{color:#555;font-size:.9em;margin:.4em 0}"
        ".matrix td{text-align:center;font-variant-numeric:tabular-nums;min-width:6em}"
        ".matrix td.self{background:#eee;color:#999}"
        ".legend{list-style:none;padding:0}.legend li{margin:.25em 0}"
        // The aligned rows scroll in a box of their own, so the header row
        // (sticky at its top) and the base's column (sticky at its left)
        // stay in view both ways, as the window freezes the base: CSS
        // only, the page's policy runs no script. Borders are the cells'
        // own (separate, not collapsed), so they stay with sticky cells.
        ".scroll{overflow:auto;max-height:85vh}"
        "table.rows{table-layout:fixed;width:max(100%,calc(var(--columns)*17em));border-collapse:separate;border-spacing:0}"
        "table.rows th,table.rows td{border-width:0 1px 1px 0}table.rows tr>:first-child{border-left-width:1px}"
        "table.rows thead th{border-top-width:1px;position:sticky;top:0;z-index:2}"
        "table.rows tr:not(.skipped)>td:first-child{position:sticky;left:0;z-index:1;background-color:#fff}"
        "table.rows thead th:first-child{position:sticky;left:0;z-index:3}"
        "table.rows td{font-size:.93em}table.rows td p{margin:0 0 .5em}"
        "td.gap{background:repeating-linear-gradient(135deg,transparent 0 6px,rgba(0,0,0,.12) 6px 7px)}"
        "td.movedrow{box-shadow:inset 3px 0 0 %1}"
        ".unique{background:%2;box-shadow:inset 3px 0 0 %4;padding-left:.3em}"
        // A unique sentence's tint lies over the diff's fills (it is mostly
        // added text, and green would hide it), as the window paints it; the
        // classes' underlines and boxes still show. The bar starts each of
        // its lines.
        ".unique-sentence{background:%2;box-shadow:inset 2px 0 0 %4;-webkit-box-decoration-break:clone;"
        "box-decoration-break:clone}.unique-sentence span{background:transparent}"
        ".skipped td{color:#777;text-align:center;font-style:italic;background:#fafafa}"
        ".role-headline{font-weight:bold;font-size:1.08em}.role-byline,.role-caption,.role-dateline{font-style:italic}"
        ".role-boilerplate{color:#8a8a8a}"
        ".caret{display:inline-block;width:0;position:relative;border-left:1.5px solid %3;height:1em;vertical-align:-.15em;margin:0 1px}"
        ".note{outline:1px solid #777;outline-offset:1px}"
        "sup.noteref a{font-weight:bold;color:#333;text-decoration:none;background:#ffe97a;border-radius:.6em;padding:0 .3em;font-size:.8em}"
        ".notes li{margin:.3em 0}.notes blockquote{margin:.1em 0 .1em 1em;color:#555;font-style:italic}"
        ".notes div{white-space:pre-line}.notes .reworded{margin:.1em 0 .1em 1em;color:#555;font-size:.9em}"
        "footer{margin-top:2em;color:#777;font-size:.85em}"
        "bdi{unicode-bidi:isolate}")
        .arg(QLatin1String(coloursOf(ChangeClass::Moved).lightAccent), HtmlExporter::uniqueColour(false),
             QLatin1String(coloursOf(ChangeClass::Removed).lightAccent), HtmlExporter::uniqueAccentColour(false));
    const auto rules = [](bool dark) {
        QString out;
        for (const ChangeClass changeClass : markedClasses) {
            const QString name = HtmlExporter::cssClass(changeClass);
            const QString background = HtmlExporter::backgroundColour(changeClass, dark);
            const QString accent = HtmlExporter::accentColour(changeClass, dark);
            out += QStringLiteral(".%1{background:%2;text-decoration-color:%3;outline-color:%3}").arg(name, background, accent);
        }
        return out;
    };
    sheet += rules(false);
    sheet += QStringLiteral(".added{text-decoration:underline solid 1.5px}"
                            ".removed{text-decoration:line-through 1.2px}"
                            ".paraphrased{text-decoration:underline wavy 1px;text-underline-offset:2px}"
                            ".moved{outline:1px dotted}"
                            ".changed-fact{outline:1.6px solid}");
    sheet += QStringLiteral("@media (prefers-color-scheme:dark){body{color:#e6e6e6;background:#1e1e1e}"
                            "th{background:#2c2c2c}th,td{border-color:#444}.matrix td.self{background:#333}"
                            "table.rows tr:not(.skipped)>td:first-child{background-color:#1e1e1e}"
                            "sup.noteref a{color:#111}.unique{background:%1;box-shadow:inset 3px 0 0 %2}"
                            ".unique-sentence{background:%1;box-shadow:inset 2px 0 0 %2}%3"
                            ".unique-sentence span{background:transparent}}")
                 .arg(HtmlExporter::uniqueColour(true), HtmlExporter::uniqueAccentColour(true), rules(true));
    sheet += HtmlFindings::css();
    sheet += QStringLiteral("@media print{.scroll{overflow:visible;max-height:none}table.rows{width:100%}"
                            "table.rows th,table.rows td{position:static}}");
    return sheet;
}

// Writes one paragraph's text with its classes, carets and notes: the text
// is cut at every boundary of a mark so each piece carries the marks that
// cover it.
//
// A sentence found in no other source is wrapped whole in a span of its
// own, tinted as in the window and the PDF: its boundaries are cuts too, so
// the pieces inside it nest in that span.
QString paragraphHtml(const QString &text, const ExportMarkup::ParagraphMarks &marks,
                      const std::vector<const ExportMarkup::NoteMark *> &notes, std::span<const UniqueSentence> sentences)
{
    std::vector<qint32> cuts { 0, qint32(text.size()) };
    for (const UniqueSentence &sentence : sentences) {
        cuts.push_back(sentence.start);
        cuts.push_back(sentence.end);
    }
    for (const ExportMarkup::Range &range : marks.ranges) {
        cuts.push_back(range.start);
        cuts.push_back(range.end);
    }
    for (const ExportMarkup::Caret &caret : marks.carets)
        cuts.push_back(caret.position);
    for (const ExportMarkup::NoteMark *note : notes) {
        cuts.push_back(note->start);
        cuts.push_back(note->end);
    }
    for (qint32 &cut : cuts)
        cut = std::clamp(cut, 0, qint32(text.size()));
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QString html;
    size_t caret = 0;
    for (size_t i = 0; i + 1 <= cuts.size(); ++i) {
        const qint32 at = cuts[i];
        for (; caret < marks.carets.size() && marks.carets[caret].position <= at; ++caret) {
            if (marks.carets[caret].position == at) {
                html += QStringLiteral("<span class=\"caret\" title=\"%1\"></span>")
                            .arg(HtmlExporter::escaped(Messages::tr("Missing here: %1").arg(marks.carets[caret].missingText)));
            }
        }
        if (i + 1 == cuts.size())
            break;
        const qint32 next = cuts[i + 1];
        for (const UniqueSentence &sentence : sentences) {
            if (sentence.start == at && sentence.start < sentence.end)
                html += QStringLiteral("<span class=\"unique-sentence\">");
        }
        QStringList classes;
        for (const ExportMarkup::Range &range : marks.ranges) {
            if (range.start <= at && next <= range.end)
                classes.append(HtmlExporter::cssClass(range.changeClass));
        }
        for (const ExportMarkup::NoteMark *note : notes) {
            if (note->start <= at && next <= note->end && note->start < note->end) {
                classes.append(QStringLiteral("note"));
                break;
            }
        }
        const QString piece = HtmlExporter::escaped(text.mid(at, next - at));
        html += classes.isEmpty() ? piece : QStringLiteral("<span class=\"%1\">%2</span>").arg(classes.join(QLatin1Char(' ')), piece);
        for (const ExportMarkup::NoteMark *note : notes) {
            if (note->end == next || (note->start == note->end && note->start == at && i == 0)) {
                html += QStringLiteral("<sup class=\"noteref\"><a href=\"#note-%1\" id=\"ref-%1\">%1</a></sup>").arg(note->number);
            }
        }
        for (const UniqueSentence &sentence : sentences) {
            if (sentence.end == next && sentence.start < sentence.end)
                html += QStringLiteral("</span>");
        }
    }
    return html;
}

QString articleTable(const Comparison &comparison, const ExportMarkup &markup)
{
    const ClassCounts &baseCounts = comparison.counts[size_t(comparison.base)];
    // The shares the pane header and the PDF give: verbatim, reworded, new
    // and, where an article has any, changed facts, adding up to 100 %.
    const bool factShare = ExportFindings::showsChangedFactShare(markup);
    QString html = QStringLiteral("<table><caption>%9</caption><thead><tr><th scope=\"col\">%1</th><th scope=\"col\">%2</th>"
                                  "<th scope=\"col\">%3</th><th scope=\"col\">%4</th><th scope=\"col\">%5</th>"
                                  "<th scope=\"col\">%6</th><th scope=\"col\">%7</th><th scope=\"col\">%8</th>")
                       .arg(Messages::tr("Article"), Messages::tr("Outlet"), Messages::tr("File"), Messages::tr("Words"), Messages::tr("Encoding"),
                            HtmlExporter::displayName(ChangeClass::Same) + QStringLiteral(" / ") + Messages::tr("verbatim"),
                            Messages::tr("Reworded"), Messages::tr("New"),
                            Messages::tr("The articles compared: each one’s words, and how many of them are the base’s, "
                                         "verbatim or reworded, or new."));
    if (factShare)
        html += QStringLiteral("<th scope=\"col\">%1</th>").arg(HtmlExporter::escaped(ExportFindings::changedFactShareTitle()));
    html += QStringLiteral("<th scope=\"col\">%1</th></tr></thead><tbody>").arg(Messages::tr("Removed"));
    QStringList approximate;
    for (const qint32 a : markup.articles()) {
        const Article &article = comparison.articles[size_t(a)];
        const ClassCounts &counts = comparison.counts[size_t(a)];
        const ClassCounts::Percents parts = counts.percents();
        const bool isBase = a == comparison.base;
        const QString dash = QStringLiteral("—");
        // Shares of a comparison made coarser are marked "≈" and explained
        // under the table (ExportFindings::approximateSharesNote()).
        const QString note = ExportFindings::approximateSharesNote(comparison, a);
        if (!note.isEmpty())
            approximate.append(note);
        const QString approx = note.isEmpty() ? QString() : QStringLiteral("≈\u202f");
        const auto shareCell = [isBase, &dash, &approx](int whole) {
            return QStringLiteral("<td class=\"num\">%1</td>").arg(isBase ? dash : approx + ExportFindings::percent(whole));
        };
        // One substitution pass: a chained arg() would read a "%1" in a file
        // name put in by an earlier one as a place for the next value.
        html += QStringLiteral("<tr><th scope=\"row\"><bdi>%1</bdi>%2</th><td><bdi>%3</bdi></td><td><bdi>%4</bdi></td>"
                               "<td class=\"num\">%5</td><td>%6</td>")
                    .arg(HtmlExporter::escaped(article.id),
                         isBase ? QStringLiteral(" <strong>(%1)</strong>").arg(Messages::tr("base")) : QString(),
                         // An outlet not known is a dash, as the PDF prints it.
                         article.outlet.isEmpty() ? dash : HtmlExporter::escaped(article.outlet),
                         HtmlExporter::escaped(QDir::toNativeSeparators(article.filePath)),
                         QString::number(counts.words),
                         HtmlExporter::escaped(article.encoding));
        html += shareCell(parts.verbatim) + shareCell(parts.reworded) + shareCell(parts.added);
        if (factShare)
            html += shareCell(parts.changedFacts);
        html += QStringLiteral("<td class=\"num\">%1</td></tr>")
                    .arg(isBase || baseCounts.words == 0 ? dash : percent(double(counts.removed) / double(baseCounts.words)));
    }
    html += QStringLiteral("</tbody></table>");
    for (const QString &note : approximate)
        html += QStringLiteral("<p class=\"approx\">≈ %1</p>").arg(HtmlExporter::escaped(note));
    return html;
}

QString provenanceMatrix(const Comparison &comparison, const ExportMarkup &markup)
{
    QString html = QStringLiteral("<table class=\"matrix\"><caption>%1</caption><thead><tr><td></td>")
                       .arg(Messages::tr("Share of each row’s article found in each column’s article: verbatim / reworded."));
    for (const qint32 b : markup.articles())
        html += QStringLiteral("<th scope=\"col\"><bdi>%1</bdi></th>").arg(HtmlExporter::escaped(comparison.articles[size_t(b)].id));
    html += QStringLiteral("</tr></thead><tbody>");
    for (const qint32 a : markup.articles()) {
        html += QStringLiteral("<tr><th scope=\"row\"><bdi>%1</bdi></th>").arg(HtmlExporter::escaped(comparison.articles[size_t(a)].id));
        for (const qint32 b : markup.articles()) {
            if (a == b || comparison.containment.size() <= size_t(a)) {
                html += QStringLiteral("<td class=\"self\">—</td>");
                continue;
            }
            const ContainmentShare &share = comparison.containment[size_t(a)][size_t(b)];
            // The cell's wash deepens with the verbatim share, like the PDF.
            const int alpha = qRound(std::clamp(share.verbatim, 0.0, 1.0) * 60.0);
            html += QStringLiteral("<td style=\"background:rgba(0,122,61,.%1)\">%2 / %3</td>")
                        .arg(alpha, 2, 10, QLatin1Char('0'))
                        .arg(percent(share.verbatim), percent(share.reworded));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

QString legend()
{
    QString html = QStringLiteral("<ul class=\"legend\">");
    for (const ChangeClass changeClass : markedClasses) {
        html += QStringLiteral("<li><span class=\"%1\">%2</span> — %3</li>")
                    .arg(HtmlExporter::cssClass(changeClass), HtmlExporter::escaped(HtmlExporter::displayName(changeClass)),
                         HtmlExporter::escaped(HtmlExporter::description(changeClass)));
    }
    html += QStringLiteral("<li><span class=\"caret\"></span> — %1</li>").arg(Messages::tr("Base text missing at this point"));
    html += QStringLiteral("<li><span class=\"unique\">%1</span> — %2</li>")
                .arg(Messages::tr("Unique"), Messages::tr("Paragraph or sentence found in no other source"));
    html += QStringLiteral("<li><span class=\"note\">%1</span><sup class=\"noteref\"><a>1</a></sup> — %2</li>")
                .arg(Messages::tr("Note"), Messages::tr("Passage with an editor’s note, listed below"));
    return html + QStringLiteral("</ul>");
}

// The sentences found in no other source in paragraph `paragraph` of
// `article` (Comparison::uniqueSentences is in article, then reading order).
std::span<const UniqueSentence> uniqueSentencesOf(const Comparison &comparison, qint32 article, qint32 paragraph)
{
    const std::vector<UniqueSentence> &all = comparison.uniqueSentences;
    const auto place = [](const UniqueSentence &s) { return std::pair(s.article, s.paragraph); };
    const auto key = std::pair(article, paragraph);
    const auto from = std::lower_bound(all.begin(), all.end(), key,
                                       [&](const UniqueSentence &s, const auto &k) { return place(s) < k; });
    const auto to = std::upper_bound(from, all.end(), key, [&](const auto &k, const UniqueSentence &s) { return k < place(s); });
    return { from, to };
}

QString rowsTable(const Comparison &comparison, const ExportMarkup &markup)
{
    const std::vector<qint32> &columns = markup.articles();
    QString html = QStringLiteral("<div class=\"scroll\"><table class=\"rows\" style=\"--columns:%1\"><caption>%2</caption><thead><tr>")
                       .arg(QString::number(columns.size()),
                            Messages::tr("The articles’ paragraphs side by side, aligned in rows; the base is the first column "
                                         "and stays in view as the table scrolls."));
    for (const qint32 a : columns) {
        const Article &article = comparison.articles[size_t(a)];
        html += QStringLiteral("<th scope=\"col\"><bdi>%1</bdi>%2</th>")
                    .arg(HtmlExporter::escaped(article.id),
                         a == comparison.base ? QStringLiteral(" (%1)").arg(Messages::tr("base")) : QString());
    }
    html += QStringLiteral("</tr></thead><tbody>");
    const auto skippedRow = [&columns](qint32 count) {
        return QStringLiteral("<tr class=\"skipped\"><td colspan=\"%1\">%2</td></tr>")
            .arg(columns.size())
            .arg(Messages::tr("Unchanged rows not shown: %1").arg(count));
    };
    qint32 skippedAtEnd = 0;
    for (const ExportMarkup::ShownRow &shown : markup.rows(columns, &skippedAtEnd)) {
        if (shown.skippedBefore > 0)
            html += skippedRow(shown.skippedBefore);
        html += QStringLiteral("<tr>");
        const AlignedRow &row = comparison.rows[size_t(shown.row)];
        for (const qint32 a : columns) {
            const RowCell &cell = row.cells[size_t(a)];
            if (cell.isGap()) {
                html += QStringLiteral("<td class=\"gap\" title=\"%1\"></td>").arg(Messages::tr("nothing here"));
                continue;
            }
            html += cell.moved ? QStringLiteral("<td class=\"movedrow\" title=\"%1\">").arg(Messages::tr("moved from elsewhere in this article"))
                               : QStringLiteral("<td>");
            const Article &article = comparison.articles[size_t(a)];
            for (const qint32 p : cell.paragraphs) {
                const Paragraph &paragraph = article.paragraphs[size_t(p)];
                const ExportMarkup::ParagraphMarks marks = markup.marks(a, p, columns);
                QString classes = QStringLiteral("role-") + paragraphRoleName(paragraph.role);
                if (marks.unique)
                    classes += QStringLiteral(" unique");
                html += QStringLiteral("<p dir=\"auto\" class=\"%1\">%2</p>")
                            .arg(classes, paragraphHtml(paragraph.text, marks, markup.notesOn(a, p),
                                                        uniqueSentencesOf(comparison, a, p)));
            }
            html += QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>");
    }
    if (skippedAtEnd > 0)
        html += skippedRow(skippedAtEnd);
    return html + QStringLiteral("</tbody></table></div>");
}

// " — author", the name isolated so its direction stays its own.
QString authorSuffix(const Note &note)
{
    return note.author.isEmpty() ? QString() : QStringLiteral(" — <bdi>%1</bdi>").arg(HtmlExporter::escaped(note.author));
}

// For a note whose passage was reworded since it was written: the wording
// it was written on, under the passage as it reads now.
QString rewordedFrom(const Note &note)
{
    if (note.originalQuote.isEmpty())
        return {};
    return QStringLiteral("<p class=\"reworded\">%1 <q dir=\"auto\">%2</q></p>")
        .arg(Messages::tr("[changed] The passage was reworded since the note was written. It read:"),
             HtmlExporter::escaped(note.originalQuote));
}

QString notesList(const Comparison &comparison, const ExportMarkup &markup)
{
    if (markup.notes().empty() && markup.detachedNotes().empty())
        return {};
    QString html = QStringLiteral("<section id=\"notes\"><h2>%1</h2><ol class=\"notes\">").arg(Messages::tr("Notes"));
    for (const ExportMarkup::NoteMark &mark : markup.notes()) {
        const Note &note = mark.note;
        html += QStringLiteral("<li id=\"note-%1\" value=\"%1\"><a href=\"#ref-%1\">↑</a> <bdi>%2</bdi>, %3 %4%5"
                               "<blockquote dir=\"auto\">%6</blockquote>%8<div dir=\"auto\">%7</div></li>")
                    .arg(QString::number(mark.number), HtmlExporter::escaped(comparison.articles[size_t(mark.article)].id),
                         Messages::tr("paragraph"), QString::number(note.paragraph + 1),
                         authorSuffix(note), HtmlExporter::escaped(note.quote), HtmlExporter::escaped(note.text),
                         rewordedFrom(note));
    }
    html += QStringLiteral("</ol>");
    if (!markup.detachedNotes().empty()) {
        // Numbered too: a detached note keeps the number the window gives it.
        html += QStringLiteral("<h3>%1</h3><ol class=\"notes\">").arg(Messages::tr("Notes whose passage is no longer in the articles"));
        for (const ExportMarkup::NoteMark &mark : markup.detachedNotes()) {
            const Note &note = mark.note;
            html += QStringLiteral("<li id=\"note-%1\" value=\"%1\"><bdi>%2</bdi>, %3 %4%5<blockquote dir=\"auto\">%6</blockquote>"
                                   "%8<div dir=\"auto\">%7</div></li>")
                        .arg(QString::number(mark.number), HtmlExporter::escaped(note.articleId), Messages::tr("paragraph"),
                             QString::number(note.paragraph + 1), authorSuffix(note), HtmlExporter::escaped(note.quote),
                             HtmlExporter::escaped(note.text), rewordedFrom(note));
        }
        html += QStringLiteral("</ol>");
    }
    return html + QStringLiteral("</section>");
}

} // namespace

QString HtmlExporter::escaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    // What HTML does not allow in text becomes U+FFFD: controls (C0 but
    // tab and newlines, DEL, C1), noncharacters and lone surrogates.
    const auto isNoncharacter = [](char32_t u) { return (u >= 0xFDD0 && u <= 0xFDEF) || (u & 0xFFFE) == 0xFFFE; };
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t u = out[i].unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < out.size() && QChar::isLowSurrogate(out[i + 1].unicode())) {
            if (isNoncharacter(QChar::surrogateToUcs4(u, out[i + 1].unicode())))
                out.replace(i, 2, QChar(0xfffd));
            else
                ++i;
            continue;
        }
        const bool control = (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || (u >= 0x7F && u <= 0x9F);
        if (control || isNoncharacter(u) || QChar::isSurrogate(u))
            out[i] = QChar(0xfffd);
    }
    return out;
}

QString HtmlExporter::backgroundColour(ChangeClass changeClass, bool dark)
{
    const CssColours colours = coloursOf(changeClass);
    return QLatin1String(dark ? colours.darkBackground : colours.lightBackground);
}

QString HtmlExporter::accentColour(ChangeClass changeClass, bool dark)
{
    const CssColours colours = coloursOf(changeClass);
    return QLatin1String(dark ? colours.darkAccent : colours.lightAccent);
}

QString HtmlExporter::uniqueColour(bool dark)
{
    return dark ? QStringLiteral("#4a2f55") : QStringLiteral("#f1e4f7");
}

QString HtmlExporter::uniqueAccentColour(bool dark)
{
    return dark ? QStringLiteral("#c78fe0") : QStringLiteral("#7b3f98");
}

QString HtmlExporter::cssClass(ChangeClass changeClass)
{
    return changeClassName(changeClass);
}

QString HtmlExporter::displayName(ChangeClass changeClass)
{
    switch (changeClass) {
    case ChangeClass::Same: return Messages::tr("Same");
    case ChangeClass::Added: return Messages::tr("Added");
    case ChangeClass::Removed: return Messages::tr("Removed");
    case ChangeClass::Paraphrased: return Messages::tr("Paraphrased");
    case ChangeClass::Moved: return Messages::tr("Moved");
    case ChangeClass::FactChanged: return Messages::tr("Changed fact");
    }
    return {};
}

QString HtmlExporter::description(ChangeClass changeClass)
{
    switch (changeClass) {
    case ChangeClass::Same: return Messages::tr("Verbatim as in the base");
    case ChangeClass::Added: return Messages::tr("Only in this article (solid underline)");
    case ChangeClass::Removed: return Messages::tr("In the base but missing here (struck through; a caret where it is missing)");
    case ChangeClass::Paraphrased: return Messages::tr("Says what the base says in other words (wavy underline)");
    case ChangeClass::Moved: return Messages::tr("Same text at another place (dotted box)");
    case ChangeClass::FactChanged: return Messages::tr("A number, date, name, quote or attribution that differs from the base (solid box)");
    }
    return {};
}

QByteArray HtmlExporter::toHtml(const Comparison &comparison, const Notes &notes, const ExportOptions &options)
{
    if (comparison.isEmpty() || comparison.base < 0)
        return {};
    const ExportMarkup markup(comparison, notes, options);
    const Article &base = comparison.articles[size_t(comparison.base)];
    // As on the PDF's first page: the story's headline as the title, the
    // folder under it.
    const QString title = base.title.isEmpty() ? base.id : base.title;
    QString folder = options.title;
    if (folder.isEmpty() && !base.filePath.isEmpty())
        folder = QFileInfo(base.filePath).absolutePath();
    folder = folder.isEmpty() ? Messages::tr("(articles in memory)") : QDir::toNativeSeparators(folder);

    QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"generator\" content=\"WireDiff\">\n<title>%2</title>\n<style>%3</style></head>\n<body>\n")
                       .arg(HtmlExporter::escaped(QLocale().language() == QLocale::C ? QStringLiteral("en") : QLocale().bcp47Name()),
                            HtmlExporter::escaped(Messages::tr("WireDiff: %1").arg(title)), css());
    html += QStringLiteral("<header><h1><bdi>%1</bdi></h1><p class=\"meta\">%4</p><p class=\"meta\">%2</p><p class=\"meta\">%3</p>"
                           "</header>\n")
                .arg(HtmlExporter::escaped(title),
                     HtmlExporter::escaped(Messages::tr("Compared on %1. Articles: %2.")
                                               .arg(ExportFindings::comparedOn(comparison))
                                               .arg(markup.articles().size())),
                     HtmlExporter::escaped(Messages::tr("Base: %1 — %2"))
                         .arg(QStringLiteral("<bdi>%1</bdi>").arg(HtmlExporter::escaped(base.id)),
                              QStringLiteral("<bdi>%1</bdi>").arg(HtmlExporter::escaped(base.title))),
                     HtmlExporter::escaped(Messages::tr("Folder: %1")).arg(QStringLiteral("<bdi>%1</bdi>").arg(HtmlExporter::escaped(folder))));
    // The options the marks were made with, as on the PDF's first page.
    if (const QString line = markup.optionsLine(); !line.isEmpty())
        html.insert(html.lastIndexOf(QLatin1String("</header>")), QStringLiteral("<p class=\"meta\">%1</p>").arg(HtmlExporter::escaped(line)));
    if (!comparison.notices.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString &notice : comparison.notices)
            html += QStringLiteral("<li>%1</li>").arg(HtmlExporter::escaped(notice));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<section id=\"articles\"><h2>%1</h2>%2</section>\n").arg(Messages::tr("Articles"), articleTable(comparison, markup));
    html += HtmlFindings::factsSection(markup);
    html += HtmlFindings::familyTreeSection(markup);
    html += QStringLiteral("<section id=\"provenance\"><h2>%1</h2>%2</section>\n").arg(Messages::tr("Who copied whom"), provenanceMatrix(comparison, markup));
    html += QStringLiteral("<section id=\"legend\"><h2>%1</h2>%2</section>\n").arg(Messages::tr("Legend"), legend());
    const std::vector<ExportMarkup::UniqueParagraph> unique = markup.uniqueParagraphs();
    if (!unique.empty()) {
        html += QStringLiteral("<section id=\"unique\"><h2>%1</h2><ul>").arg(Messages::tr("Found in no other source"));
        for (const ExportMarkup::UniqueParagraph &entry : unique) {
            const Article &article = comparison.articles[size_t(entry.article)];
            const QString where = ExportFindings::uniquePlace(entry.paragraph, entry.isSentence());
            const QString text = ExportFindings::uniqueQuote(entry.text(comparison), entry.isSentence(),
                                                             ExportFindings::maxUniqueSentenceQuote);
            html += QStringLiteral("<li><bdi>%1</bdi> %2: <span dir=\"auto\" class=\"unique\">%3</span></li>")
                        .arg(HtmlExporter::escaped(article.id), HtmlExporter::escaped(where), HtmlExporter::escaped(text));
        }
        html += QStringLiteral("</ul></section>\n");
    }
    html += QStringLiteral("<section id=\"comparison\"><h2>%1</h2>%2</section>\n").arg(Messages::tr("Aligned comparison"), rowsTable(comparison, markup));
    html += notesList(comparison, markup);
    html += QStringLiteral("\n<footer>%1</footer>\n</body></html>\n")
                .arg(HtmlExporter::escaped(Messages::tr("Generated by WireDiff %1.").arg(QCoreApplication::applicationVersion())));
    return html.toUtf8();
}

} // namespace WireDiff
