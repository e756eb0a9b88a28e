// The segmenter and tokenizer: ICU word and sentence breaks for the
// article's language, comparison keys, and the flat document the diff reads.
// Lines of the input are paragraphs; the first byte picks the language.
#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return FuzzTargets::tokenizer(data, size);
}
