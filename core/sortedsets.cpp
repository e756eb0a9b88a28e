#include "sortedsets.h"

#include <bit>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define WIREDIFF_SORTEDSETS_X86 1
#include <immintrin.h>
#endif

namespace WireDiff {

namespace {

// The plain merge, which the vector loops finish with: walks both lists in
// step and tells `step` at every step whether a[i] equals b[j]. Without
// data-dependent branches, as which side advances is unpredictable; the
// steps below add 0 where the values differ.
template<typename T, typename Step>
void merge(const T *a, size_t na, const T *b, size_t nb, Step step)
{
    size_t i = 0, j = 0;
    while (i < na && j < nb) {
        const T x = a[i];
        const T y = b[j];
        step(i, j, x == y);
        i += x <= y;
        j += y <= x;
    }
}

template<typename T>
qsizetype mergeCount(const T *a, size_t na, const T *b, size_t nb)
{
    qsizetype shared = 0;
    merge(a, na, b, nb, [&](size_t, size_t, bool equal) { shared += equal; });
    return shared;
}

qsizetype mergeCountAndWeight(const qint32 *a, const double *aWeights, size_t na, const qint32 *b, size_t nb,
                              double *weight)
{
    qsizetype shared = 0;
    merge(a, na, b, nb, [&](size_t i, size_t, bool equal) {
        *weight += equal ? aWeights[i] : 0.0;
        shared += equal;
    });
    return shared;
}

qint64 mergeDot(const quint64 *a, const qint32 *aCounts, size_t na, const quint64 *b, const qint32 *bCounts,
                size_t nb)
{
    qint64 dot = 0;
    merge(a, na, b, nb, [&](size_t i, size_t j, bool equal) { dot += equal ? qint64(aCounts[i]) * bCounts[j] : 0; });
    return dot;
}

// The block loops below all rest on one invariant. With blocks a[i, i + 4)
// and b[j, j + 4) compared all against all, the block whose last value is
// the smaller (both when equal) is passed: its values are below every
// value after the other block, so none can match a later one, and each
// pair of blocks meets at most once, so no shared value is counted twice.
// What is left when either list has under four values to go is merged
// plainly from the same i and j. Shared values come out in ascending
// order: a block's matches with one block of b are all below its matches
// with the next.
#ifdef WIREDIFF_SORTEDSETS_X86

// Which of a's four 32-bit values occur among b's four (one bit each).
inline int matches32(__m128i va, __m128i vb)
{
    const __m128i eq = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi32(va, vb), _mm_cmpeq_epi32(va, _mm_shuffle_epi32(vb, _MM_SHUFFLE(0, 3, 2, 1)))),
        _mm_or_si128(_mm_cmpeq_epi32(va, _mm_shuffle_epi32(vb, _MM_SHUFFLE(1, 0, 3, 2))),
                     _mm_cmpeq_epi32(va, _mm_shuffle_epi32(vb, _MM_SHUFFLE(2, 1, 0, 3)))));
    return _mm_movemask_ps(_mm_castsi128_ps(eq));
}

// The set bits of a four-bit mask. std::popcount compiles to a call into
// libgcc without the popcnt instruction, which x86-64 does not promise:
// it took 0.6 % of a folder of 100 versions, one call per block compared.
constexpr int bitsOfFour(int mask)
{
    return int((0x4332322132212110ull >> (4 * mask)) & 0xf);
}
static_assert([] {
    for (unsigned mask = 0; mask < 16; ++mask) {
        if (bitsOfFour(int(mask)) != std::popcount(mask))
            return false;
    }
    return true;
}());

inline __m128i load128(const qint32 *p)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
}

// SSE2 is part of x86-64: no check needed.
qsizetype blockCount32(const qint32 *a, size_t na, const qint32 *b, size_t nb)
{
    qsizetype shared = 0;
    size_t i = 0, j = 0;
    while (i + 4 <= na && j + 4 <= nb) {
        shared += bitsOfFour(matches32(load128(a + i), load128(b + j)));
        const qint32 lastA = a[i + 3];
        const qint32 lastB = b[j + 3];
        i += lastA <= lastB ? 4 : 0;
        j += lastB <= lastA ? 4 : 0;
    }
    return shared + mergeCount(a + i, na - i, b + j, nb - j);
}

qsizetype blockCountAndWeight32(const qint32 *a, const double *aWeights, size_t na, const qint32 *b, size_t nb,
                                double *weight)
{
    qsizetype shared = 0;
    size_t i = 0, j = 0;
    while (i + 4 <= na && j + 4 <= nb) {
        // Lowest bit first: a's order.
        for (unsigned found = unsigned(matches32(load128(a + i), load128(b + j))); found; found &= found - 1) {
            *weight += aWeights[i + size_t(std::countr_zero(found))];
            ++shared;
        }
        const qint32 lastA = a[i + 3];
        const qint32 lastB = b[j + 3];
        i += lastA <= lastB ? 4 : 0;
        j += lastB <= lastA ? 4 : 0;
    }
    return shared + mergeCountAndWeight(a + i, aWeights + i, na - i, b + j, nb - j, weight);
}

#define WIREDIFF_AVX2 __attribute__((target("avx2,popcnt")))

WIREDIFF_AVX2 inline __m256i load256(const void *p)
{
    return _mm256_loadu_si256(static_cast<const __m256i *>(p));
}

// b's four 64-bit values turned by 1, 2 and 3 places.
WIREDIFF_AVX2 inline __m256i turned1(__m256i v)
{
    return _mm256_permute4x64_epi64(v, _MM_SHUFFLE(0, 3, 2, 1));
}
WIREDIFF_AVX2 inline __m256i turned2(__m256i v)
{
    return _mm256_permute4x64_epi64(v, _MM_SHUFFLE(1, 0, 3, 2));
}
WIREDIFF_AVX2 inline __m256i turned3(__m256i v)
{
    return _mm256_permute4x64_epi64(v, _MM_SHUFFLE(2, 1, 0, 3));
}

template<typename T>
WIREDIFF_AVX2 qsizetype blockCount64(const T *a, size_t na, const T *b, size_t nb)
{
    qsizetype shared = 0;
    size_t i = 0, j = 0;
    while (i + 4 <= na && j + 4 <= nb) {
        const __m256i va = load256(a + i);
        const __m256i vb = load256(b + j);
        const __m256i eq = _mm256_or_si256(
            _mm256_or_si256(_mm256_cmpeq_epi64(va, vb), _mm256_cmpeq_epi64(va, turned1(vb))),
            _mm256_or_si256(_mm256_cmpeq_epi64(va, turned2(vb)), _mm256_cmpeq_epi64(va, turned3(vb))));
        shared += std::popcount(unsigned(_mm256_movemask_pd(_mm256_castsi256_pd(eq))));
        const T lastA = a[i + 3];
        const T lastB = b[j + 3];
        i += lastA <= lastB ? 4 : 0;
        j += lastB <= lastA ? 4 : 0;
    }
    return shared + mergeCount(a + i, na - i, b + j, nb - j);
}

// a's counts times b's where a's and b's values are equal, else 0.
WIREDIFF_AVX2 inline __m256i term(__m256i va, __m256i ca, __m256i vb, __m256i cb)
{
    return _mm256_and_si256(_mm256_cmpeq_epi64(va, vb), _mm256_mul_epu32(ca, cb));
}

// Each turn of b's values is matched with the same turn of b's counts; a
// product is kept where the values are equal. The counts are below 2^31,
// so the unsigned 32 x 32 -> 64-bit products are exact.
WIREDIFF_AVX2 qint64 blockDot64(const quint64 *a, const qint32 *aCounts, size_t na, const quint64 *b,
                                const qint32 *bCounts, size_t nb)
{
    __m256i sums = _mm256_setzero_si256();
    size_t i = 0, j = 0;
    while (i + 4 <= na && j + 4 <= nb) {
        const __m256i va = load256(a + i);
        const __m256i vb = load256(b + j);
        const __m256i ca = _mm256_cvtepu32_epi64(_mm_loadu_si128(reinterpret_cast<const __m128i *>(aCounts + i)));
        const __m256i cb = _mm256_cvtepu32_epi64(_mm_loadu_si128(reinterpret_cast<const __m128i *>(bCounts + j)));
        sums = _mm256_add_epi64(sums, _mm256_add_epi64(_mm256_add_epi64(term(va, ca, vb, cb),
                                                                         term(va, ca, turned1(vb), turned1(cb))),
                                                       _mm256_add_epi64(term(va, ca, turned2(vb), turned2(cb)),
                                                                        term(va, ca, turned3(vb), turned3(cb)))));
        const quint64 lastA = a[i + 3];
        const quint64 lastB = b[j + 3];
        i += lastA <= lastB ? 4 : 0;
        j += lastB <= lastA ? 4 : 0;
    }
    alignas(32) qint64 lanes[4];
    _mm256_store_si256(reinterpret_cast<__m256i *>(lanes), sums);
    return lanes[0] + lanes[1] + lanes[2] + lanes[3]
        + mergeDot(a + i, aCounts + i, na - i, b + j, bCounts + j, nb - j);
}

#undef WIREDIFF_AVX2

#endif // WIREDIFF_SORTEDSETS_X86

template<typename T>
qsizetype sharedCount64(std::span<const T> a, std::span<const T> b)
{
#ifdef WIREDIFF_SORTEDSETS_X86
    if (SortedSets::hasAvx2())
        return blockCount64(a.data(), a.size(), b.data(), b.size());
#endif
    return mergeCount(a.data(), a.size(), b.data(), b.size());
}

} // namespace

bool SortedSets::hasAvx2()
{
#ifdef WIREDIFF_SORTEDSETS_X86
    static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt");
    return has;
#else
    return false;
#endif
}

qsizetype SortedSets::sharedCount(std::span<const qint32> a, std::span<const qint32> b)
{
#ifdef WIREDIFF_SORTEDSETS_X86
    return blockCount32(a.data(), a.size(), b.data(), b.size());
#else
    return mergeCount(a.data(), a.size(), b.data(), b.size());
#endif
}

qsizetype SortedSets::sharedCount(std::span<const quint32> a, std::span<const quint32> b)
{
    return mergeCount(a.data(), a.size(), b.data(), b.size());
}

qsizetype SortedSets::sharedCount(std::span<const qint64> a, std::span<const qint64> b)
{
    return sharedCount64(a, b);
}

qsizetype SortedSets::sharedCount(std::span<const quint64> a, std::span<const quint64> b)
{
    return sharedCount64(a, b);
}

qsizetype SortedSets::sharedCountAndWeight(std::span<const qint32> a, std::span<const double> aWeights,
                                           std::span<const qint32> b, double *weight)
{
#ifdef WIREDIFF_SORTEDSETS_X86
    return blockCountAndWeight32(a.data(), aWeights.data(), a.size(), b.data(), b.size(), weight);
#else
    return mergeCountAndWeight(a.data(), aWeights.data(), a.size(), b.data(), b.size(), weight);
#endif
}

qint64 SortedSets::dotProduct(std::span<const quint64> a, std::span<const qint32> aCounts,
                              std::span<const quint64> b, std::span<const qint32> bCounts)
{
#ifdef WIREDIFF_SORTEDSETS_X86
    if (hasAvx2())
        return blockDot64(a.data(), aCounts.data(), a.size(), b.data(), bCounts.data(), b.size());
#endif
    return mergeDot(a.data(), aCounts.data(), a.size(), b.data(), bCounts.data(), b.size());
}

} // namespace WireDiff
