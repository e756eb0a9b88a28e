#include "movebar.h"

namespace WireDiff {

MoveBar::Verdict MoveBar::judge(const Passage &passage)
{
    if (passage.contentWords == 0)
        return Verdict::Unpaired;
    if (passage.wholeSentence && passage.words >= 2)
        return Verdict::Moved;
    if (passage.editedInPlace && passage.words < clauseWords)
        return Verdict::Unpaired;
    // A small tolerance: the weights are sums of fractions.
    const bool substantial = passage.contentWords >= minContentWords && passage.weight + 1e-9 >= minWeight;
    if (substantial && (passage.words >= clauseWords || passage.places < 2))
        return Verdict::Moved;
    return Verdict::Same;
}

} // namespace WireDiff
