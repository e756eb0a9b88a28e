#pragma once

#include "comparison.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <vector>

namespace WireDiff {

class ExportMarkup;

// What the PDF's first pages (widgets/coverpage) and the HTML page
// (HtmlExporter) both report beside the aligned rows, and the words they
// report it in: when the comparison was made, each article's shares, the
// facts that differ from the base and the family tree as an outline. One
// piece of code for both, so an editor who files either gets the same
// findings. Layout and markup stay with each export.
class ExportFindings
{
public:
    // The comparison's own time (Comparison::comparedAt), in the local
    // time zone and the locale's long format (the "Compared on" line of
    // both) or `format`; never the time of the export. "—" for a
    // comparison that carries no time.
    static QString comparedOn(const Comparison &comparison, QLocale::FormatType format = QLocale::LongFormat);

    // "82 %": a whole percent as both exports print it.
    static QString percent(int wholePercent);
    // True when a shown article has changed facts: only then do the
    // exports give the fourth share (verbatim, reworded, new and changed
    // facts add up to 100 %, as in the pane header).
    static bool showsChangedFactShare(const ExportMarkup &markup);
    static QString changedFactShareTitle(); // the fourth share's column
    // Whether an article's shares are approximate: parts of it were
    // compared with the base as whole blocks (ArticleComparison::coarse,
    // the cost limit of InputLimits::maxExactDiffCells), so words found in
    // the base may count as new there. Then a sentence that says so and
    // what the containment finds of it in the base (verbatim, reworded),
    // which no cost limit coarsens; else empty. Plain text.
    static bool sharesApproximate(const Comparison &comparison, qint32 article);
    static QString approximateSharesNote(const Comparison &comparison, qint32 article);

    // The changed facts of one shown article, in its reading order.
    struct FactGroup
    {
        qint32 article = 0;
        qsizetype position = 0; // among the shown articles (CoverPage::articleKey)
        const std::vector<FactChange> *changes = nullptr;
    };
    static std::vector<FactGroup> factGroups(const ExportMarkup &markup);
    static qsizetype factCount(const std::vector<FactGroup> &groups);
    static QString factsHeading();
    // Said when no shown article has a changed fact; else how many there
    // are. Either names the base (plain text: the caller escapes it).
    static QString factsSummary(const Comparison &comparison, qsizetype count);
    // The column titles: kind, this article's wording, the base's.
    static QStringList factColumns(const Comparison &comparison);
    static QString changedCount(qsizetype count); // "3 changed", after a group's article

    // "Found in no other source": where an entry is ("¶3", or for a
    // sentence of a shared paragraph "¶3, a sentence in a shared
    // paragraph"), and the text to print, a sentence quoted and shortened
    // to `maxLength` (TextExcerpt). Plain text.
    static QString uniquePlace(qint32 paragraph, bool sentence);
    static QString uniqueQuote(const QString &text, bool sentence, qsizetype maxLength);
    // Longest quote of a unique sentence, in UTF-16 units.
    static constexpr qsizetype maxUniqueSentenceQuote = 400;

    // The family tree as an outline: every article once, each source
    // followed by its copies one level deeper, roots and siblings in the
    // tree's order (oldest generation first).
    struct TreeLine
    {
        qint32 article = 0;
        qint32 depth = 0;
    };
    static std::vector<TreeLine> familyOutline(const FamilyTree &tree);
    static QString familyTreeHeading();
    // What the tree is built from; each export adds how it shows it.
    static QString familyTreeBasis();
};

} // namespace WireDiff
