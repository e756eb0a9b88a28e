#pragma once

#include "paragraph.h"

#include <vector>

namespace WireDiff {

// Heuristic roles for paragraphs whose format does not mark them (plain
// text, and what markup left as body). The rules, in order of precedence:
//  - boilerplate: site chrome and credits ("Source: …", "Back to top",
//    "Advertisement", "Read more", copyright lines, a lone agency or site
//    name such as "Reuters", rules and dashes);
//  - dateline: a short line that is mostly a date, a time or a place line
//    ("19:52 UTC+8, 2023-01-30", "Seoul, South Korea");
//  - byline: a short line starting "By …" or ending with a desk credit;
//  - caption: a photo description ending with a bracketed photo credit
//    ("[Jane Doe/AFP]"), starting "Photo:", or ending with a full date
//    ("…, January 29, 2023.") while shorter than a body paragraph, and the
//    alt-text line that repeats such a caption;
//  - headline: the first remaining paragraph when short and not a sentence;
//  - everything else is body.
class RoleClassifier
{
public:
    static void classify(std::vector<Paragraph> &paragraphs);
    static ParagraphRole roleOf(const Paragraph &paragraph, bool isFirstCandidate);
    static bool isBoilerplate(const QString &text);
    static bool isDateline(const QString &text);
    static bool isByline(const QString &text);
    static bool isCaption(const QString &text);
};

} // namespace WireDiff
