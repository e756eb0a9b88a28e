#pragma once

#include "paragraph.h"

#include <vector>

namespace WireDiff {

// Heuristic roles for paragraphs whose format does not mark them (plain
// text, and what markup left as body). The rules describe newsroom
// conventions, never one site's layout. "Not a sentence" means the text does
// not end with . ! ? … (closing quotes and brackets aside).
//
// Each paragraph on its own, first match wins (roleOf() and the is…()
// predicates):
//  1. Boilerplate: nothing but rules, dashes, bullets or punctuation
//     ("—", "* * *"); a whole line of site furniture ("Advertisement",
//     "Back to top", "Read more: …", "Share this article", "Related
//     articles", "Sign up for our newsletter", "Tags: …"); a credit line
//     ("Source: …", "Sources: …", "Editor: …", "Credit: …", "(Reporting by
//     …; Editing by …)"); a rights line ("© 2023 …", "All rights reserved")
//     of at most 25 words; an editors' note, a whole paragraph in
//     parentheses addressed to the editors who take wire copy ("(Memo to
//     CSEs: …)", "(Corrected repetition …)", "(Adds …)", "(reopens)",
//     "(with pics)"; the forms are listed in EditorsNote).
//  2. Byline, at most 14 words and not a sentence: a byline marker of a
//     wire language with a name (BylineRecognizer: "By Jane Doe", "Von Anna
//     Müller", "Від Марти Ліндквіст", "מאת מרתה לינדקוויסט", "홍길동 기자",
//     "本报记者 张三"; where the script has case the name is capitalised words,
//     so "By noon the pier was full" and "Von Kiew nach Lwiw" are not), or
//     a name with a desk credit after a comma ("Jane Doe, Reuters", "Jane
//     Doe, Political Editor", "Staff Writer"), or agencies for a name
//     ("Staff and agencies", "Agencies").
//  3. Dateline, not a sentence: at most 10 words holding a date or a time
//     ("19:52 UTC+8, 2023-01-30", "January 30, 2023", "30.01.2023",
//     "Updated …" with a date, a weekday or a colon after it, never
//     "Posted Letters Go Missing"); a place of at most 5 capitalised words
//     with a comma
//     ("Seoul, South Korea") or a wire place line ("SEOUL (AFP) –",
//     "SEOUL, Monday –", "SEOUL —"); or up
//     to 20 words opening with a date-and-time stamp ("2023-01-30 01:40:02
//     Headline repeated").
//  4. Caption, at most 60 words: ending with a bracketed photo credit
//     ("[Jane Doe/AFP]", "(AP Photo/Jane Doe)") or "Photograph: …",
//     starting "Photo:" or "Image:", or, within 45 words, ending with the
//     full date the picture was taken ("…, January 29, 2023.").
//
// Then over the whole article (classify(), classifyRemaining()):
//  5. Headline: the first paragraph left, when it is at most 30 words and
//     not a sentence, or at most 16 words ending in ? or ! ("Who pays for
//     the ferry?"). When that is a short label (at most 3 words) and the
//     next paragraph is headline-like too, the label is boilerplate (a
//     section name such as "News") and the next paragraph is the headline.
//     With no such paragraph, a place-shaped dateline above everything but
//     boilerplate is a Title Case headline ("Storm Hits Coast, Thousands
//     Flee"): a dateline comes under the headline, not in its stead.
//  6. Bare-name byline: between the headline and the story's first body
//     paragraph, a line of two to four capitalised words of a script with
//     case and nothing else ("Jane Doe", "Марта Ліндквіст", "Ursula von der
//     Leyen"; BylineRecognizer::isBareName()). Only there: the same words
//     elsewhere are a label, a crosshead or a photo credit.
//  7. Other short labels (at most 3 words, not a sentence) are boilerplate
//     outside the story's flow, before its first body paragraph or after its
//     last ("CNN" under the headline, a site name at the end), and next to a
//     caption when every word is capitalised, a name crediting the photo
//     ("Reuters", "Getty Images"); between body paragraphs they are
//     crossheads and stay body.
//  8. A story credit ("Source: …", "(Reporting by …)", "Editing by …") that
//     starts in the last third of the text closes the story: what follows is
//     boilerplate (a site blurb, "Related articles"), unless two or more of
//     those paragraphs read as prose (a sentence of 12 words or more), in
//     which case it was a source note inside the story.
//  9. Alt text: a body paragraph sharing at least 80% of its words with the
//     caption that follows is that image's alt text, a caption too.
// 10. Everything else is body.
class RoleClassifier
{
public:
    // Decides every paragraph's role, replacing whatever it was.
    static void classify(std::vector<Paragraph> &paragraphs);
    // Decides only the paragraphs still marked Body and keeps the roles a
    // format's markup set; no headline is chosen when one is already marked.
    static void classifyRemaining(std::vector<Paragraph> &paragraphs);

    // Rules 1-4, plus the headline and short-label rules for a paragraph
    // judged without its neighbours.
    static ParagraphRole roleOf(const Paragraph &paragraph, bool isFirstCandidate);
    // Rule 5's test of the paragraph itself: at most 30 words and not a
    // sentence, or at most 16 ending in ? or !.
    static bool isHeadlineLike(const QString &text);
    static bool isBoilerplate(const QString &text);
    static bool isDateline(const QString &text);
    static bool isByline(const QString &text);
    static bool isCaption(const QString &text);
    static bool isStoryCredit(const QString &text);
};

} // namespace WireDiff
