#include "sortedsets.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <limits>
#include <set>
#include <vector>

using namespace WireDiff;

// SortedSets compares blocks of four values at once and merges the rest one
// by one: held to a plain reference merge on generated lists of every
// length around the block size, with few, some and all values shared, and
// values whose order depends on the type's sign (negative, top bit set).
class TestSortedSets : public QObject
{
    Q_OBJECT

private slots:
    void sameAsMerge_data();
    void sameAsMerge();
};

namespace {

// Two sorted lists of distinct values drawn from `pool`, sharing about
// `sharedPercent` of the smaller one.
template<typename T>
std::pair<std::vector<T>, std::vector<T>> generated(const std::vector<T> &pool, int sizeA, int sizeB,
                                                    int sharedPercent, QRandomGenerator *random)
{
    std::vector<T> shuffled = pool;
    std::shuffle(shuffled.begin(), shuffled.end(), *random);
    const int shared = std::min(sizeA, sizeB) * sharedPercent / 100;
    std::set<T> a(shuffled.begin(), shuffled.begin() + shared);
    std::set<T> b = a;
    auto next = shuffled.begin() + shared;
    while (int(a.size()) < sizeA)
        a.insert(*next++);
    while (int(b.size()) < sizeB)
        b.insert(*next++);
    return { std::vector<T>(a.begin(), a.end()), std::vector<T>(b.begin(), b.end()) };
}

template<typename T>
std::vector<T> pool(quint32 seed, bool extremes)
{
    QRandomGenerator random(seed);
    std::set<T> values;
    while (values.size() < 2000) {
        // Narrow ranges, so lists interleave and share runs; with extremes,
        // values near the type's ends too.
        T value = T(random.bounded(5000));
        if (extremes && random.bounded(3) == 0)
            value = random.bounded(2) == 0 ? std::numeric_limits<T>::max() - value : std::numeric_limits<T>::min() + value;
        values.insert(value);
    }
    return std::vector<T>(values.begin(), values.end());
}

// The reference: a plain merge, branching, in a's order.
template<typename T>
std::vector<std::pair<size_t, size_t>> sharedPositions(const std::vector<T> &a, const std::vector<T> &b)
{
    std::vector<std::pair<size_t, size_t>> positions;
    for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            positions.emplace_back(i++, j++);
        }
    }
    return positions;
}

} // namespace

void TestSortedSets::sameAsMerge_data()
{
    QTest::addColumn<int>("sizeA");
    QTest::addColumn<int>("sizeB");
    QTest::addColumn<int>("sharedPercent");
    QTest::addColumn<bool>("extremes");

    for (const int sizeA : { 0, 1, 3, 4, 5, 7, 8, 9, 16, 31, 150 }) {
        for (const int sizeB : { 0, 3, 4, 5, 8, 13, 150, 600 }) {
            for (const int sharedPercent : { 0, 50, 90, 100 }) {
                for (const bool extremes : { false, true }) {
                    QTest::addRow("%d and %d values, %d%% shared%s", sizeA, sizeB, sharedPercent,
                                  extremes ? ", extremes" : "")
                        << sizeA << sizeB << sharedPercent << extremes;
                }
            }
        }
    }
}

void TestSortedSets::sameAsMerge()
{
    QFETCH(int, sizeA);
    QFETCH(int, sizeB);
    QFETCH(int, sharedPercent);
    QFETCH(bool, extremes);
    const auto seed = quint32(sizeA * 7919 + sizeB * 104729 + sharedPercent * 31 + int(extremes));
    QRandomGenerator random(seed);

    // 32-bit values, with weights summed in a's order.
    const auto [a32, b32] = generated(pool<qint32>(seed, extremes), sizeA, sizeB, sharedPercent, &random);
    std::vector<double> weights;
    for (size_t i = 0; i < a32.size(); ++i)
        weights.push_back(1.0 + random.generateDouble() * 1e3 / double(i + 1));
    const auto positions32 = sharedPositions(a32, b32);
    double expectedWeight = 0;
    for (const auto &[i, j] : positions32)
        expectedWeight += weights[i];
    QCOMPARE(SortedSets::sharedCount(a32, b32), qsizetype(positions32.size()));
    QCOMPARE(SortedSets::sharedCount(b32, a32), qsizetype(positions32.size()));
    double weight = 0;
    QCOMPARE(SortedSets::sharedCountAndWeight(a32, weights, b32, &weight), qsizetype(positions32.size()));
    QVERIFY2(weight == expectedWeight, qPrintable(QString::number(weight - expectedWeight)));

    // 64-bit values, signed and unsigned (their orders differ where the
    // top bit is set).
    const auto [a64, b64] = generated(pool<qint64>(seed, extremes), sizeA, sizeB, sharedPercent, &random);
    QCOMPARE(SortedSets::sharedCount(a64, b64), qsizetype(sharedPositions(a64, b64).size()));
    const auto [au, bu] = generated(pool<quint64>(seed, extremes), sizeA, sizeB, sharedPercent, &random);
    const auto positions = sharedPositions(au, bu);
    QCOMPARE(SortedSets::sharedCount(au, bu), qsizetype(positions.size()));
    QCOMPARE(SortedSets::sharedCount(bu, au), qsizetype(positions.size()));

    // The dot product of counts, large ones included.
    std::vector<qint32> countsA(au.size());
    std::vector<qint32> countsB(bu.size());
    for (qint32 &count : countsA)
        count = random.bounded(8) == 0 ? qint32(random.bounded(1 << 30)) : qint32(1 + random.bounded(4));
    for (qint32 &count : countsB)
        count = qint32(1 + random.bounded(1000));
    qint64 expectedDot = 0;
    for (const auto &[i, j] : positions)
        expectedDot += qint64(countsA[i]) * countsB[j];
    QCOMPARE(SortedSets::dotProduct(au, countsA, bu, countsB), expectedDot);
    QCOMPARE(SortedSets::dotProduct(bu, countsB, au, countsA), expectedDot);

    // Unsigned 32-bit values (synset offsets), in unsigned order.
    const auto [a32u, b32u] = generated(pool<quint32>(seed, extremes), sizeA, sizeB, sharedPercent, &random);
    QCOMPARE(SortedSets::sharedCount(a32u, b32u), qsizetype(sharedPositions(a32u, b32u).size()));
    QCOMPARE(SortedSets::sharedCount(b32u, a32u), qsizetype(sharedPositions(a32u, b32u).size()));
}

QTEST_GUILESS_MAIN(TestSortedSets)
#include "tst_sortedsets.moc"
