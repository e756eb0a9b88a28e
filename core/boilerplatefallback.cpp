#include "boilerplatefallback.h"

#include "flatdocument.h"

#include <algorithm>

namespace WireDiff {

std::vector<ChangeClass> BoilerplateFallback::classes(const std::vector<Paragraph> &paragraphs,
                                                      const std::vector<Paragraph> &others, const FlatDocument &flat,
                                                      ChangeClass missing)
{
    std::vector<ChangeClass> fallback(paragraphs.size(), missing);
    for (size_t p = 0; p < paragraphs.size(); ++p) {
        // Only paragraphs without diffed tokens use the fallback (SpanBuilder).
        const qint32 end = p + 1 < flat.paragraphStart.size() ? flat.paragraphStart[p + 1] : flat.size();
        if (flat.paragraphStart[p] < end)
            continue;
        const bool present = std::any_of(others.begin(), others.end(),
                                         [&](const Paragraph &other) { return other.text == paragraphs[p].text; });
        if (present)
            fallback[p] = ChangeClass::Same;
    }
    return fallback;
}

} // namespace WireDiff
