// The whole comparison on two to four small articles: the input is split at
// NUL bytes into articles and at line breaks into paragraphs. Checks the
// alignment's promise (every paragraph in exactly one row) and that spans
// stay inside their paragraphs, then writes the JSON report.
#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return FuzzTargets::comparator(data, size);
}
