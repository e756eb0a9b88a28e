#pragma once

#include "changeclass.h"
#include "paragraph.h"

#include <vector>

namespace WireDiff {

struct FlatDocument;

// The class of each paragraph the word diff never saw (boilerplate, which
// has no diffed tokens; see SpanBuilder): same when the other article
// carries the identical paragraph, else `missing` (added or removed).
class BoilerplateFallback
{
public:
    // One class per paragraph of `paragraphs` (flattened as `flat`);
    // paragraphs with diffed tokens get `missing` too, and SpanBuilder
    // never reads theirs.
    static std::vector<ChangeClass> classes(const std::vector<Paragraph> &paragraphs,
                                            const std::vector<Paragraph> &others, const FlatDocument &flat,
                                            ChangeClass missing);
};

} // namespace WireDiff
