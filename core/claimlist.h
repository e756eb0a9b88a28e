#pragma once

#include <QtGlobal>

#include <bit>
#include <vector>

namespace WireDiff::VerbatimClaims {

// A claim of VerbatimPairer: a word of the other article that was decided
// copied, a base token it may have been copied from, and how strongly.
// Where a claim comes from; on equal runs the lower is granted first.
enum class Origin : quint8 { Current, Run, Source, Place };

struct Claim
{
    qint32 j = -1;        // token of the other article
    qint32 i = -1;        // base token
    quint8 strength = 0;  // words in the run through the pair (VerbatimPairer bounds it)
    Origin origin = Origin::Current;
    bool tells = false;   // the run alone tells the word was copied
    bool granted = false; // set by grant(): at most one claim of a word is
};
static_assert(sizeof(Claim) == 12, "the granted mark takes the padding byte");

// The claims in the order they were made, in blocks of a fixed size: a
// vector grown by doubling held the old and the new copy at once (2.4 MB
// of a pair of 100k-word texts, 130 000 claims, beside the base's tokens
// by key), and up to twice the claims' size after. A block grows by
// doubling from a small start up to its fixed size (a power of two, so the
// doubling lands on it): a pair's claims are made in ranges of sentences,
// each with a list of its own, and a whole block reserved per range took
// 1.5 MB of a pair of 10k-word texts for 12,000 claims.
class ClaimList
{
public:
    qint32 size() const { return m_size; }
    Claim &operator[](qint32 c) { return m_blocks[size_t(c >> blockShift)][size_t(c & blockMask)]; }
    const Claim &operator[](qint32 c) const { return m_blocks[size_t(c >> blockShift)][size_t(c & blockMask)]; }
    const Claim &back() const { return (*this)[m_size - 1]; }
    // Moves the claims of `more` to the end, freeing its blocks as they are read.
    void append(ClaimList &&more)
    {
        if (m_size == 0) {
            *this = std::move(more);
            return;
        }
        for (std::vector<Claim> &block : more.m_blocks) {
            for (const Claim &claim : block)
                push_back(claim);
            block = std::vector<Claim>();
        }
        more = ClaimList();
    }
    void push_back(const Claim &claim)
    {
        if ((m_size & blockMask) == 0) {
            m_blocks.emplace_back();
            m_blocks.back().reserve(firstCapacity);
        }
        m_blocks.back().push_back(claim);
        ++m_size;
    }

private:
    static constexpr qint32 blockShift = 14; // 192 KiB a block
    static constexpr qint32 blockMask = (1 << blockShift) - 1;
    static constexpr size_t firstCapacity = 256;
    static_assert(std::has_single_bit(firstCapacity) && firstCapacity <= size_t(blockMask) + 1,
                  "doubling from firstCapacity lands on the block size");

    std::vector<std::vector<Claim>> m_blocks;
    qint32 m_size = 0;
};

} // namespace WireDiff::VerbatimClaims
