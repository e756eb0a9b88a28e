#pragma once

#include "containment.h"

#include <QtGlobal>

#include <vector>

namespace WireDiff {

// The article a folder is compared against when the editor has not chosen
// one: the agency's own copy where the folder has one that belongs to the
// story (the wire is what every outlet works from), else the article that
// shares most with the others, in both directions. An article that repeats
// another's text (a digest of the versions, a page pasted twice, a file of
// one story over and over) is never chosen while another is eligible: it
// holds the others whole, so it would share most with them and leave every
// version "all verbatim" against it.
class BaseChooser
{
public:
    struct Candidate
    {
        qint64 countedWords = 0; // the words the containment counts
        bool agencyCopy = false;
    };

    // `containment[a][b]`: how much of a is found in b (Containment). At
    // least one candidate; returns its index.
    static qint32 choose(const ContainmentMatrix &containment, const std::vector<Candidate> &articles);

    // The article whose text article `a` repeats, or -1: an article b that
    // `a` holds whole while being at least twice as long, with half of `a`
    // or more found in b, so that b's text stands in it more than once on
    // the whole. The first such b.
    static qint32 repeatedArticle(const ContainmentMatrix &containment, const std::vector<Candidate> &articles,
                                  qint32 a);

    // An agency copy is the base when it shares at least this share of
    // what the article sharing most does: enough to belong to the story
    // (its own copy of it, cut or padded), not another story's wire.
    static constexpr double agencyBaseShare = 0.5;
    // "Holds b whole": this share of b's counted words is found in a.
    static constexpr double wholeShare = 0.95;
};

} // namespace WireDiff
