#pragma once

namespace WireDiff::MemoryPolicy {

// Has the C library map every block of 128 KiB or more from the system on
// its own and hand it back when it is freed. A comparison allocates large
// arrays phase after phase (token lists, diff scripts, evidence tables, the
// containment matrix). glibc raises its mapping threshold each time such a
// mapped block is freed, up to 32 MiB, after which large blocks come from
// the heap, and a freed one stays resident until the heap's top above it
// is free too: on a pair of million-word texts the peak resident set was
// 379 MB for a 239 MB peak of live heap. Fixing the threshold keeps it at
// 277 MB at no measured cost in time (README "Performance").
//
// Call once, first thing in main(), before any other thread starts. Does
// nothing where the C library is not glibc.
void returnLargeBlocksToSystem();

// Hands back to the system the free memory of every heap of the process
// (each thread allocates from one of several, and a heap gives back only
// its free top by itself), for after a large piece of work whose working
// memory is freed, and before the next (what was freed in between, such
// as a comparison the window dropped, would stay resident under its peak). Without it, three comparisons of a pair of
// million-word texts in one process peaked 59 MB above one (335 against
// 276 MB); with it, 14 MB. It takes 8-12 ms after such a pair, 3 ms after
// a folder of 100 versions. Does nothing where the C library is not glibc.
void releaseFreedMemory();

} // namespace WireDiff::MemoryPolicy
