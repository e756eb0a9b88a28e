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

} // namespace WireDiff::MemoryPolicy
