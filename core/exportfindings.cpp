#include "exportfindings.h"

#include "exportmarkup.h"
#include "textexcerpt.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace WireDiff {

namespace {

// lupdate takes the context from this declaration, so messages from free
// functions and helper classes land where the lookup at run time finds them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::ExportFindings)
};

} // namespace

QString ExportFindings::comparedOn(const Comparison &comparison, QLocale::FormatType format)
{
    if (!comparison.comparedAt.isValid())
        return QStringLiteral("—");
    return QLocale().toString(comparison.comparedAt.toLocalTime(), format);
}

QString ExportFindings::percent(int wholePercent)
{
    return QStringLiteral("%1\u202f%").arg(wholePercent);
}

bool ExportFindings::showsChangedFactShare(const ExportMarkup &markup)
{
    const Comparison &comparison = markup.comparison();
    return std::any_of(markup.articles().begin(), markup.articles().end(), [&comparison](qint32 a) {
        return a != comparison.base && comparison.counts[size_t(a)].changedFacts > 0;
    });
}

QString ExportFindings::changedFactShareTitle()
{
    return Messages::tr("Changed facts");
}

bool ExportFindings::sharesApproximate(const Comparison &comparison, qint32 article)
{
    return article >= 0 && size_t(article) < comparison.comparisons.size() && article != comparison.base
        && comparison.comparisons[size_t(article)].isValid() && comparison.comparisons[size_t(article)].coarse;
}

QString ExportFindings::approximateSharesNote(const Comparison &comparison, qint32 article)
{
    if (!sharesApproximate(comparison, article))
        return {};
    const QString id = comparison.articles[size_t(article)].id;
    const bool contained = size_t(article) < comparison.containment.size()
        && size_t(comparison.base) < comparison.containment[size_t(article)].size();
    if (!contained)
        return Messages::tr("%1 differs so much from the base in places that those places were compared as whole blocks: "
                            "its shares are approximate.").arg(id);
    const ContainmentShare &found = comparison.containment[size_t(article)][size_t(comparison.base)];
    return Messages::tr("%1 differs so much from the base in places that those places were compared as whole blocks: "
                        "its shares are approximate. Of its words, %2 are found in the base verbatim and %3 reworded.")
        .arg(id, percent(qRound(found.verbatim * 100.0)), percent(qRound(found.reworded * 100.0)));
}

std::vector<ExportFindings::FactGroup> ExportFindings::factGroups(const ExportMarkup &markup)
{
    const Comparison &comparison = markup.comparison();
    const std::vector<qint32> &shown = markup.articles();
    std::vector<FactGroup> groups;
    for (size_t position = 0; position < shown.size(); ++position) {
        const qint32 a = shown[position];
        if (size_t(a) >= comparison.comparisons.size())
            continue;
        const ArticleComparison &own = comparison.comparisons[size_t(a)];
        if (own.isValid() && !own.factChanges.empty())
            groups.push_back({ a, qsizetype(position), &own.factChanges });
    }
    return groups;
}

qsizetype ExportFindings::factCount(const std::vector<FactGroup> &groups)
{
    qsizetype count = 0;
    for (const FactGroup &group : groups)
        count += qsizetype(group.changes->size());
    return count;
}

QString ExportFindings::factsHeading()
{
    return Messages::tr("Changed facts and quotes");
}

QString ExportFindings::factsSummary(const Comparison &comparison, qsizetype count)
{
    const QString &base = comparison.articles[size_t(comparison.base)].id;
    if (count == 0) {
        return Messages::tr("No article contradicts the base (%1) in a number, date, weekday, name, quote, attribution, "
                            "stance or meaning (a statement reversed by a negation or an antonym).").arg(base);
    }
    return Messages::tr("Numbers, dates, names, quotations, attributions, stances and meaning reversals in which an article "
                        "differs from the base (%1): %n in all.", nullptr, int(count)).arg(base);
}

QStringList ExportFindings::factColumns(const Comparison &comparison)
{
    return { Messages::tr("Kind"), Messages::tr("This article"),
             Messages::tr("Source says (%1)").arg(comparison.articles[size_t(comparison.base)].id) };
}

QString ExportFindings::changedCount(qsizetype count)
{
    return Messages::tr("%n changed", nullptr, int(count));
}

std::vector<ExportFindings::TreeLine> ExportFindings::familyOutline(const FamilyTree &tree)
{
    const auto articles = qint32(tree.parent.size());
    std::vector<std::vector<qint32>> children(size_t(articles) + 1); // the last: the roots
    std::vector<bool> listed(size_t(articles), false);
    const auto place = [&](qint32 a) {
        if (a < 0 || a >= articles || listed[size_t(a)])
            return;
        listed[size_t(a)] = true;
        const qint32 from = tree.parent[size_t(a)];
        children[from >= 0 && from < articles && from != a ? size_t(from) : size_t(articles)].push_back(a);
    };
    for (const qint32 a : tree.order)
        place(a);
    for (qint32 a = 0; a < articles; ++a) // any the order left out, after it
        place(a);

    // Depth first from the roots. A parent is always an earlier generation,
    // so there is no cycle; `shown` still keeps a malformed tree from
    // listing an article twice or looping.
    std::vector<TreeLine> lines;
    std::vector<bool> shown(size_t(articles), false);
    std::vector<TreeLine> stack;
    const std::vector<qint32> &roots = children[size_t(articles)];
    for (auto it = roots.rbegin(); it != roots.rend(); ++it)
        stack.push_back({ *it, 0 });
    while (!stack.empty()) {
        const TreeLine line = stack.back();
        stack.pop_back();
        if (shown[size_t(line.article)])
            continue;
        shown[size_t(line.article)] = true;
        lines.push_back(line);
        const std::vector<qint32> &below = children[size_t(line.article)];
        for (auto it = below.rbegin(); it != below.rend(); ++it)
            stack.push_back({ *it, line.depth + 1 });
    }
    // Articles only reachable through a cycle (a malformed tree): at the top.
    for (qint32 a = 0; a < articles; ++a) {
        if (!shown[size_t(a)])
            lines.push_back({ a, 0 });
    }
    return lines;
}

QString ExportFindings::familyTreeHeading()
{
    return Messages::tr("Family tree");
}

QString ExportFindings::familyTreeBasis()
{
    return Messages::tr("Which article most likely derives from which, from the wording they share (above all wording only "
                        "two of them have) and publication times where the metadata gives them.");
}

QString ExportFindings::uniquePlace(qint32 paragraph, bool sentence)
{
    // A sentence says what it is: the paragraph around it is shared, so
    // "¶3" alone would point at copied text.
    return sentence ? Messages::tr("¶%1, a sentence in a shared paragraph").arg(paragraph + 1)
                    : QStringLiteral("¶%1").arg(paragraph + 1);
}

QString ExportFindings::uniqueQuote(const QString &text, bool sentence, qsizetype maxLength)
{
    return sentence ? Messages::tr("\u201C%1\u201D").arg(TextExcerpt::elided(text, maxLength - 2)) : text;
}

} // namespace WireDiff
