#pragma once

#include "editscript.h"

#include <span>

namespace WireDiff {

class Lexicon;

// Makes a minimal word diff read as an editor reads text: whole phrases
// changed, not confetti.
//  - absorbIslands(): an equal run made only of function words and
//    punctuation ("of the", ",") sitting between two changes is folded into
//    the change: it is coincidence, not copied text. Runs holding a content
//    word stay equal, however short ("Government" kept between two rewrites).
//  - alignBoundaries(): a pure insertion or deletion that could equally sit
//    a few tokens earlier or later (because the tokens around it repeat) is
//    slid to the position whose edges fall on sentence or clause boundaries,
//    the idea of diff-match-patch's semantic cleanup applied to words.
class DiffCleanup
{
public:
    static EditScript absorbIslands(const EditScript &script, std::span<const qint32> a,
                                    const Lexicon &lexicon);
    static EditScript alignBoundaries(const EditScript &script, std::span<const qint32> a,
                                      std::span<const qint32> b, const Lexicon &lexicon);
    static EditScript cleanup(const EditScript &script, std::span<const qint32> a,
                              std::span<const qint32> b, const Lexicon &lexicon);
};

} // namespace WireDiff
