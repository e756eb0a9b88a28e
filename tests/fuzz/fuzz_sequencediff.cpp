// The word diff on two token sequences over a small alphabet (so that
// repeats, missing anchors and the coarse fallback all occur): the edit
// script must cover both sequences in order, and equal runs must be equal.
#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return FuzzTargets::sequenceDiff(data, size);
}
