#pragma once

#include "printblock.h"

#include <functional>
#include <vector>

namespace WireDiff {

class ExportMarkup;
class PrintStyle;

// What a first-page section is given: the comparison (through the export
// markup, which knows the shown articles and the notes), the page style and
// the width of the page body. Layout only: sections measure their text
// against style.layoutDevice().
struct PrintContext
{
    const ExportMarkup &markup;
    const PrintStyle &style;
    qreal width = 0;
};

// A section of the first pages (summary, articles, provenance, legend,
// shares, unique paragraphs, and whatever later features add: a list of
// changed facts, a family tree). It returns its blocks; the page flow puts
// them on the first page and the pages after it as needed, keeping headings
// with what follows.
using CoverSection = std::function<std::vector<PrintBlock>(const PrintContext &context)>;

} // namespace WireDiff
