#include "sequencemeasures.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace WireDiff;

// SequenceMeasures computes short sequences bit-parallel and long ones by
// table: hand-checked values first, then the fast path held to the table on
// generated sequences of every length around the 64-symbol word boundary.
class TestSequenceMeasures : public QObject
{
    Q_OBJECT

private slots:
    void knownValues_data();
    void knownValues();
    void greedyMatches_data();
    void greedyMatches();
    void sameAsTable_data();
    void sameAsTable();
};

namespace {

using Symbols = std::vector<qint32>;

Symbols fromLetters(const char *letters)
{
    Symbols symbols;
    for (const char *c = letters; *c; ++c)
        symbols.push_back(qint32(*c));
    return symbols;
}

// Sequences that share a common stock, with edits (replacements, drops,
// insertions, swapped neighbours) so the measures are neither 0 nor trivial.
std::pair<Symbols, Symbols> generated(int lengthA, int lengthB, int alphabet, quint32 seed)
{
    QRandomGenerator rng(seed);
    Symbols a;
    for (int i = 0; i < lengthA; ++i)
        a.push_back(qint32(rng.bounded(alphabet)));
    Symbols b;
    for (int i = 0; i < lengthB; ++i) {
        const quint32 roll = rng.bounded(10u);
        if (roll < 6 && !a.empty())
            b.push_back(a[size_t(i) % a.size()]);
        else
            b.push_back(qint32(rng.bounded(alphabet)));
    }
    for (size_t i = 0; i + 1 < b.size(); i += 1 + rng.bounded(7u))
        std::swap(b[i], b[i + 1]);
    return { a, b };
}

} // namespace

Q_DECLARE_METATYPE(Symbols)

void TestSequenceMeasures::knownValues_data()
{
    QTest::addColumn<Symbols>("a");
    QTest::addColumn<Symbols>("b");
    QTest::addColumn<int>("subsequence");
    QTest::addColumn<int>("distance");
    QTest::addColumn<int>("run");

    QTest::newRow("both empty") << Symbols() << Symbols() << 0 << 0 << 0;
    QTest::newRow("one empty") << fromLetters("abc") << Symbols() << 0 << 3 << 0;
    QTest::newRow("identical") << fromLetters("abcd") << fromLetters("abcd") << 4 << 0 << 4;
    QTest::newRow("kitten sitting") << fromLetters("kitten") << fromLetters("sitting") << 4 << 3 << 3;
    QTest::newRow("nothing shared") << fromLetters("abc") << fromLetters("xyzw") << 0 << 4 << 0;
    QTest::newRow("swapped halves") << fromLetters("abcdef") << fromLetters("defabc") << 3 << 6 << 3;
    QTest::newRow("repeats") << fromLetters("aaaa") << fromLetters("aa") << 2 << 2 << 2;
    QTest::newRow("one insertion") << fromLetters("abcdefgh") << fromLetters("abcXdefgh") << 8 << 1 << 5;
    Symbols longA(100);
    Symbols longB(100);
    for (int i = 0; i < 100; ++i) {
        longA[size_t(i)] = i;
        longB[size_t(i)] = i == 50 ? 1000 : i;
    }
    QTest::newRow("100 symbols, one replaced") << longA << longB << 99 << 1 << 50;
    Symbols exactly64(64);
    for (int i = 0; i < 64; ++i)
        exactly64[size_t(i)] = i % 7;
    QTest::newRow("64 symbols against themselves") << exactly64 << exactly64 << 64 << 0 << 64;
}

void TestSequenceMeasures::knownValues()
{
    QFETCH(Symbols, a);
    QFETCH(Symbols, b);
    QFETCH(int, subsequence);
    QFETCH(int, distance);
    QFETCH(int, run);
    SequenceMeasures measures;
    for (int direction = 0; direction < 2; ++direction) {
        const Symbols &x = direction == 0 ? a : b;
        const Symbols &y = direction == 0 ? b : a;
        QCOMPARE(measures.commonSubsequence(x, y), subsequence);
        QCOMPARE(SequenceMeasures::commonSubsequenceByTable(x, y), subsequence);
        const SequenceMeasures::EditAndRun fast = measures.editDistanceAndLongestRun(x, y);
        const SequenceMeasures::EditAndRun table = SequenceMeasures::editDistanceAndLongestRunByTable(x, y);
        QCOMPARE(fast.distance, distance);
        QCOMPARE(table.distance, distance);
        QCOMPARE(fast.longestRun, run);
        QCOMPARE(table.longestRun, run);
    }
}

void TestSequenceMeasures::greedyMatches_data()
{
    QTest::addColumn<Symbols>("a");
    QTest::addColumn<Symbols>("b");
    QTest::addColumn<Symbols>("expected");

    QTest::newRow("none") << fromLetters("ab") << fromLetters("cd") << Symbols { -1, -1 };
    QTest::newRow("first free one") << fromLetters("aab") << fromLetters("baa") << Symbols { 1, 2, 0 };
    QTest::newRow("more in a than in b") << fromLetters("aaa") << fromLetters("a") << Symbols { 0, -1, -1 };
    Symbols many(70, 5);
    Symbols expected(70);
    for (int i = 0; i < 70; ++i)
        expected[size_t(i)] = i;
    QTest::newRow("70 equal symbols") << many << many << expected;
}

void TestSequenceMeasures::greedyMatches()
{
    QFETCH(Symbols, a);
    QFETCH(Symbols, b);
    QFETCH(Symbols, expected);
    SequenceMeasures measures;
    std::vector<qint32> matches;
    measures.greedyMatches(a, b, &matches);
    QCOMPARE(matches, expected);
    SequenceMeasures::greedyMatchesByScan(a, b, &matches);
    QCOMPARE(matches, expected);
}

void TestSequenceMeasures::sameAsTable_data()
{
    QTest::addColumn<int>("lengthA");
    QTest::addColumn<int>("lengthB");
    QTest::addColumn<int>("alphabet");
    const int lengths[] = { 1, 2, 5, 17, 31, 63, 64, 65, 90 };
    const int alphabets[] = { 2, 6, 40, 5000 };
    for (const int la : lengths)
        for (const int lb : lengths)
            for (const int alphabet : alphabets)
                QTest::addRow("%d x %d symbols of %d", la, lb, alphabet) << la << lb << alphabet;
}

void TestSequenceMeasures::sameAsTable()
{
    QFETCH(int, lengthA);
    QFETCH(int, lengthB);
    QFETCH(int, alphabet);
    // One object across the seeds, as a scorer keeps one: its scratch
    // state must not leak from one call into the next.
    SequenceMeasures measures;
    for (quint32 seed = 1; seed <= 20; ++seed) {
        const auto [a, b] = generated(lengthA, lengthB, alphabet, seed * 7919u + quint32(lengthA * 131 + lengthB));
        QCOMPARE(measures.commonSubsequence(a, b), SequenceMeasures::commonSubsequenceByTable(a, b));
        const SequenceMeasures::EditAndRun fast = measures.editDistanceAndLongestRun(a, b);
        const SequenceMeasures::EditAndRun table = SequenceMeasures::editDistanceAndLongestRunByTable(a, b);
        QCOMPARE(fast.distance, table.distance);
        QCOMPARE(fast.longestRun, table.longestRun);
        std::vector<qint32> matches;
        std::vector<qint32> scanned;
        measures.greedyMatches(a, b, &matches);
        SequenceMeasures::greedyMatchesByScan(a, b, &scanned);
        QCOMPARE(matches, scanned);
    }
}

QTEST_GUILESS_MAIN(TestSequenceMeasures)
#include "tst_sequencemeasures.moc"
