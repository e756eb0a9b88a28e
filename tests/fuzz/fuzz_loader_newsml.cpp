// NewsML-G2: the XML reader, inline XHTML and inline plain text.
#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return FuzzTargets::loaderNewsml(data, size);
}
