#pragma once

#include "coversection.h"

#include <QString>

namespace WireDiff {

// The built-in sections of the first pages, in order: the summary (folder,
// date, base), the articles (outlet, file, words, encoding), the changed
// facts and quotes, the family tree, who copied whom (the containment
// matrix), the legend, each article's shares, the paragraphs found in no
// other source, and notes that lost their passage. Further sections are
// inserted with ComparisonPrinter::insertCoverSection and may use heading()
// and explanation() to look the same.
class CoverPage
{
public:
    static std::vector<CoverSection> defaultSections();

    static std::vector<PrintBlock> summary(const PrintContext &context);
    static std::vector<PrintBlock> articles(const PrintContext &context);
    // Per shown article: kind, its wording (marked as the pages mark it), the
    // base's wording (coveranalysis.cpp).
    static std::vector<PrintBlock> changedFacts(const PrintContext &context);
    // The family tree as FamilyTreeView draws it, and its evidence in words.
    static std::vector<PrintBlock> familyTree(const PrintContext &context);
    static std::vector<PrintBlock> provenance(const PrintContext &context);
    static std::vector<PrintBlock> legend(const PrintContext &context);
    static std::vector<PrintBlock> shares(const PrintContext &context);
    static std::vector<PrintBlock> uniqueParagraphs(const PrintContext &context);
    // Notes whose passage was not found (no blocks when there are none).
    static std::vector<PrintBlock> detachedNotes(const PrintContext &context);

    // The short key of the article at `position` among the shown ones
    // (A, B, … Z, AA, …), used where a column is too narrow for its id.
    static QString articleKey(qsizetype position);

    // A section heading, kept with what follows it; the PDF's outline lists
    // it.
    static PrintBlock heading(const PrintContext &context, const QString &text);
    // Wrapped explanatory text in the small muted font.
    static PrintBlock explanation(const PrintContext &context, const QString &text);
};

} // namespace WireDiff
