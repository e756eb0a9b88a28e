// NITF: the XML reader with its entity limits, on whatever bytes come.
#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return FuzzTargets::loaderNitf(data, size);
}
