#pragma once

#include <QString>

namespace WireDiff {

class ExportMarkup;

// The HTML page's sections on what the articles say and where they come
// from, the same findings as the PDF's first pages (ExportFindings): the
// changed facts of each shown article beside the base's wording, and the
// family tree as a nested list, each copy under its most likely source
// with the evidence in words. All article text is escaped.
class HtmlFindings
{
public:
    static QString factsSection(const ExportMarkup &markup);
    // Empty when there is no tree (fewer than two articles).
    static QString familyTreeSection(const ExportMarkup &markup);
    // The rules the two sections add to the page's style sheet.
    static QString css();
};

} // namespace WireDiff
