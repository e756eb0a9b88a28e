#include "sequencediff.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace WireDiff;

// SequenceDiff, the anchored word diff: its scripts are complete and
// ordered, minimal on small edited sequences, coarse (and flagged) where a
// gap without anchors is over the limit, and, once cancelled, still
// complete: whatever was left is reported coarsely, never dropped.
class TestSequenceDiff : public QObject
{
    Q_OBJECT

private slots:
    void scripts_data();
    void scripts();
};

namespace {

using Sequence = std::vector<qint32>;

// `length` tokens from a vocabulary of `vocabulary` ids, then `edits`
// single-token replacements, insertions and deletions.
std::pair<Sequence, Sequence> editedPair(int length, int vocabulary, int edits, quint32 seed)
{
    QRandomGenerator random(seed);
    Sequence a;
    for (int i = 0; i < length; ++i)
        a.push_back(qint32(random.bounded(vocabulary)));
    Sequence b = a;
    for (int e = 0; e < edits && !b.empty(); ++e) {
        const auto at = qsizetype(random.bounded(int(b.size())));
        switch (random.bounded(3)) {
        case 0:
            b[size_t(at)] = qint32(random.bounded(vocabulary));
            break;
        case 1:
            b.insert(b.begin() + at, qint32(random.bounded(vocabulary)));
            break;
        default:
            b.erase(b.begin() + at);
            break;
        }
    }
    return { a, b };
}

// Runs cover both sequences in order, without overlap, and Equal runs
// pair equal tokens.
QString invariantBroken(const EditScript &script, const Sequence &a, const Sequence &b)
{
    qint32 i = 0;
    qint32 j = 0;
    for (const EditRun &run : script.runs) {
        if (run.aStart != i || run.bStart != j)
            return QStringLiteral("run at (%1, %2) expected at (%3, %4)").arg(run.aStart).arg(run.bStart).arg(i).arg(j);
        if (run.length <= 0)
            return QStringLiteral("empty run");
        if (run.op == EditOp::Equal) {
            for (qint32 k = 0; k < run.length; ++k) {
                if (a[size_t(i + k)] != b[size_t(j + k)])
                    return QStringLiteral("unequal tokens in an Equal run");
            }
        }
        i = run.aEnd();
        j = run.bEnd();
    }
    if (i != qint32(a.size()) || j != qint32(b.size()))
        return QStringLiteral("script ends at (%1, %2) of (%3, %4)").arg(i).arg(j).arg(a.size()).arg(b.size());
    return {};
}

} // namespace

void TestSequenceDiff::scripts_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("vocabulary");
    QTest::addColumn<int>("edits");
    QTest::addColumn<qint64>("maxExactCells");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<int>("expectCoarse"); // 1 must, 0 must not, -1 either
    QTest::addColumn<bool>("expectMinimal");

    const qint64 defaultCells = SequenceDiff::Limits {}.maxExactCells;
    QTest::newRow("identical") << 500 << 300 << 0 << defaultCells << false << 0 << true;
    QTest::newRow("few edits, rich vocabulary") << 2000 << 5000 << 40 << defaultCells << false << 0 << true;
    QTest::newRow("few edits, small vocabulary (few anchors)") << 2000 << 20 << 40 << defaultCells << false << 0 << false;
    QTest::newRow("unrelated, over the exact limit") << 3000 << 50 << 6000 << qint64(10000) << false << 1 << false;
    QTest::newRow("cancelled before it starts") << 2000 << 5000 << 40 << defaultCells << true << 1 << false;
    QTest::newRow("cancelled, identical sequences") << 500 << 300 << 0 << defaultCells << true << 1 << false;
}

void TestSequenceDiff::scripts()
{
    QFETCH(int, length);
    QFETCH(int, vocabulary);
    QFETCH(int, edits);
    QFETCH(qint64, maxExactCells);
    QFETCH(bool, cancelled);
    QFETCH(int, expectCoarse);
    QFETCH(bool, expectMinimal);

    const auto [a, b] = editedPair(length, vocabulary, edits, quint32(length * 31 + edits));
    SequenceDiff::Limits limits;
    limits.maxExactCells = maxExactCells;
    if (cancelled) {
        limits.cancel = Cancellation::create();
        limits.cancel.cancel();
    }
    const EditScript script = SequenceDiff::diff(a, b, limits);
    const QString broken = invariantBroken(script, a, b);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    if (expectCoarse >= 0)
        QCOMPARE(script.coarse, expectCoarse == 1);
    if (cancelled) {
        // Nothing was compared: every token is reported changed.
        QCOMPARE(script.editCount(), qint64(a.size() + b.size()));
    }
    const qint64 minimal = SequenceDiff::minimalEditCount(a, b);
    QVERIFY(script.editCount() >= minimal);
    if (expectMinimal)
        QCOMPARE(script.editCount(), minimal);
}

QTEST_GUILESS_MAIN(TestSequenceDiff)
#include "tst_sequencediff.moc"
