#pragma once

#include "paragraph.h"

#include <QString>

#include <optional>

namespace WireDiff {

struct HtmlToken;

// What HtmlParser knows about HTML elements: how each name behaves in the
// tree (block, void, dropped furniture, implied </p>, <head> content,
// heading level), where the story is, what counts as page furniture by its
// attributes, and the paragraph role markup states explicitly.
class HtmlElement
{
public:
    struct Info
    {
        bool block = false;           // starts and ends a paragraph
        bool isVoid = false;          // has neither content nor an end tag
        bool dropped = false;         // page furniture: nothing inside is article text
        bool closesParagraph = false; // an open <p> ends where this starts
        bool paragraphScope = false;  // ... but not an open <p> outside this element
        bool headContent = false;     // belongs in <head>; anything else ends an unclosed <head>
        int headingLevel = 0;
    };

    // By lower-case name; unknown names are inline elements.
    static const Info &info(const QString &name);
    // Where the story is: <article>, <main> and their ARIA equivalents.
    static bool isStoryContainer(const HtmlToken &token);
    static bool isSectioning(const QString &name);
    // Page furniture marked by attributes rather than by the element's
    // name (hidden, chrome roles, class or id words); `inSection`: inside an
    // article, main or section, where header and footer words are the story's.
    static bool isChrome(const HtmlToken &token, bool inSection);
    // The role an element gives the text inside it, where its markup says.
    static std::optional<ParagraphRole> markupRole(const HtmlToken &token);
};

} // namespace WireDiff
