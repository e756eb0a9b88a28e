// HTML: the tokenizer and article extraction on decoded text, then the same
// bytes through the loader as a .html file (charset sniffing included).
#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return FuzzTargets::loaderHtml(data, size);
}
