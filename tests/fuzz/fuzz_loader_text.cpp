// Plain text, Markdown and the PA wire layout through the whole loader:
// encoding detection, line endings, paragraphs, roles and the paragraph
// length limit. The first byte picks the file name the bytes pretend to have.
#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return FuzzTargets::loaderText(data, size);
}
