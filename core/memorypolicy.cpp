#include "memorypolicy.h"

#include <cstdlib> // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace WireDiff::MemoryPolicy {

void returnLargeBlocksToSystem()
{
#if defined(__GLIBC__)
    // glibc's own starting value; setting it at all is what stops the
    // threshold from rising (mallopt(3), M_MMAP_THRESHOLD).
    constexpr int largeBlockBytes = 128 * 1024;
    mallopt(M_MMAP_THRESHOLD, largeBlockBytes);
#endif
}

void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace WireDiff::MemoryPolicy
