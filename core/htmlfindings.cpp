#include "htmlfindings.h"

#include "exportfindings.h"
#include "exportmarkup.h"
#include "htmlexporter.h"

#include <QCoreApplication>

namespace WireDiff {

namespace {

// lupdate takes the context from this declaration, so messages from free
// functions and helper classes land where the lookup at run time finds them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::HtmlFindings)
};

QString isolated(const QString &text)
{
    return QStringLiteral("<bdi>%1</bdi>").arg(HtmlExporter::escaped(text));
}

// "id · outlet", each isolated; the outlet only where it says more.
QString articleName(const Article &article)
{
    QString name = isolated(article.id);
    if (article.displayName() != article.id)
        name += QStringLiteral(" · ") + isolated(article.displayName());
    return name;
}

} // namespace

QString HtmlFindings::css()
{
    return QStringLiteral("table.facts{width:100%}table.facts td{width:40%}table.facts td.kind{width:20%;color:#555}"
                          "table.facts tr.group th{background:none;border-left:0;border-right:0;padding-top:.8em}"
                          "ul.tree,ul.tree ul{list-style:none;margin:0;padding-left:1.4em}ul.tree{padding-left:0}"
                          "ul.tree li{margin:.35em 0}ul.tree ul li:before{content:'↳ ';color:#777}"
                          ".evidence{color:#555;font-size:.9em}");
}

QString HtmlFindings::factsSection(const ExportMarkup &markup)
{
    const Comparison &comparison = markup.comparison();
    const std::vector<ExportFindings::FactGroup> groups = ExportFindings::factGroups(markup);
    const qsizetype total = ExportFindings::factCount(groups);
    QString summary = HtmlExporter::escaped(ExportFindings::factsSummary(comparison, total));
    if (total > 0)
        summary += QLatin1Char(' ') + HtmlExporter::escaped(Messages::tr("Each is boxed in magenta in the comparison below."));
    QString html = QStringLiteral("<section id=\"facts\"><h2>%1</h2><p>%2</p>")
                       .arg(HtmlExporter::escaped(ExportFindings::factsHeading()), summary);
    if (total == 0)
        return html + QStringLiteral("</section>\n");

    const QStringList columns = ExportFindings::factColumns(comparison);
    // Each article's facts are a group of rows under a header of its own.
    html += QStringLiteral("<table class=\"facts\"><caption>%4</caption><thead><tr><th scope=\"col\">%1</th>"
                           "<th scope=\"col\">%2</th><th scope=\"col\">%3</th></tr></thead>")
                .arg(HtmlExporter::escaped(columns.value(0)), HtmlExporter::escaped(columns.value(1)),
                     HtmlExporter::escaped(columns.value(2)),
                     HtmlExporter::escaped(Messages::tr("Each article’s facts that differ from the base: its wording, then the base’s.")));
    for (const ExportFindings::FactGroup &group : groups) {
        const Article &article = comparison.articles[size_t(group.article)];
        // One substitution pass: a "%1" in a name stays text.
        html += QStringLiteral("<tbody><tr class=\"group\"><th colspan=\"3\" scope=\"rowgroup\">%1 — %2</th></tr>")
                    .arg(articleName(article), HtmlExporter::escaped(ExportFindings::changedCount(qsizetype(group.changes->size()))));
        for (const FactChange &fact : *group.changes) {
            html += QStringLiteral("<tr><td class=\"kind\">%1</td><td dir=\"auto\"><span class=\"%2\">%3</span></td>"
                                   "<td dir=\"auto\">%4</td></tr>")
                        .arg(HtmlExporter::escaped(factKindDisplayName(fact.kind)), HtmlExporter::cssClass(ChangeClass::FactChanged),
                             HtmlExporter::escaped(fact.text.simplified()), HtmlExporter::escaped(fact.sourceText.simplified()));
        }
        html += QStringLiteral("</tbody>");
    }
    return html + QStringLiteral("</table></section>\n");
}

QString HtmlFindings::familyTreeSection(const ExportMarkup &markup)
{
    const Comparison &comparison = markup.comparison();
    const FamilyTree &tree = comparison.familyTree;
    if (comparison.articles.size() < 2 || tree.isEmpty() || tree.parent.size() != comparison.articles.size())
        return {};
    QString html = QStringLiteral("<section id=\"family\"><h2>%1</h2><p>%2</p><ul class=\"tree\">")
                       .arg(HtmlExporter::escaped(ExportFindings::familyTreeHeading()),
                            HtmlExporter::escaped(ExportFindings::familyTreeBasis() + QLatin1Char(' ')
                                                  + Messages::tr("Each copy is listed under its most likely source.")));
    // The outline as nested lists: a deeper line opens a list in the item
    // before it; a shallower one closes the lists and items down to its level.
    qint32 depth = 0;
    bool itemOpen = false;
    for (const ExportFindings::TreeLine &line : ExportFindings::familyOutline(tree)) {
        for (; depth < line.depth; ++depth) {
            html += QStringLiteral("<ul>");
            itemOpen = false;
        }
        for (; depth > line.depth; --depth)
            html += QStringLiteral("</li></ul>");
        if (itemOpen)
            html += QStringLiteral("</li>");
        const Article &article = comparison.articles[size_t(line.article)];
        html += QStringLiteral("<li><strong>%1</strong>%2<div class=\"evidence\">%3</div>")
                    .arg(articleName(article),
                         line.article == comparison.base ? QStringLiteral(" (%1)").arg(HtmlExporter::escaped(Messages::tr("base"))) : QString(),
                         HtmlExporter::escaped(tree.describe(line.article, comparison.articles)));
        itemOpen = true;
    }
    for (; depth > 0; --depth)
        html += QStringLiteral("</li></ul>");
    if (itemOpen)
        html += QStringLiteral("</li>");
    return html + QStringLiteral("</ul></section>\n");
}

} // namespace WireDiff
