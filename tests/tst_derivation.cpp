#include "comparison.h"
#include "derivation.h"

#include <QTest>

using namespace WireDiff;

Q_DECLARE_METATYPE(WireDiff::ClassCounts)

// Derivation turns an article's word classes against its source (and its
// 3-word-run containment) into METER's three levels.
class TestDerivation : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void fittedLevelsRiseWithDerivedShare();
};

namespace {

ClassCounts counts(qint64 words, qint64 same, qint64 moved, qint64 paraphrased)
{
    ClassCounts c;
    c.words = words;
    c.same = same;
    c.moved = moved;
    c.paraphrased = paraphrased;
    c.added = words - same - moved - paraphrased;
    return c;
}

} // namespace

void TestDerivation::classify_data()
{
    QTest::addColumn<ClassCounts>("counts");
    QTest::addColumn<double>("contained");
    QTest::addColumn<double>("rewordedWeight");
    QTest::addColumn<double>("containmentWeight");
    QTest::addColumn<int>("expected");
    const int wholly = int(DerivationLevel::Wholly);
    const int partially = int(DerivationLevel::Partially);
    const int none = int(DerivationLevel::None);
    // Thresholds 0.8 (wholly) and 0.3 (partially) throughout.
    QTest::newRow("all copied") << counts(100, 90, 10, 0) << 1.0 << 1.0 << 0.0 << wholly;
    QTest::newRow("copied and reworded count together") << counts(100, 50, 0, 35) << 0.0 << 1.0 << 0.0 << wholly;
    QTest::newRow("reworded at half weight") << counts(100, 50, 0, 40) << 0.0 << 0.5 << 0.0 << partially;
    QTest::newRow("moved counts as copied") << counts(100, 0, 40, 0) << 0.0 << 1.0 << 0.0 << partially;
    QTest::newRow("little taken") << counts(100, 10, 5, 10) << 0.0 << 1.0 << 0.0 << none;
    QTest::newRow("containment alone") << counts(100, 0, 0, 0) << 0.9 << 1.0 << 1.0 << wholly;
    QTest::newRow("half and half") << counts(100, 20, 0, 0) << 0.6 << 1.0 << 0.5 << partially;
    QTest::newRow("empty article") << counts(0, 0, 0, 0) << 0.0 << 1.0 << 0.0 << none;
    QTest::newRow("exactly at the threshold") << counts(100, 80, 0, 0) << 0.0 << 0.0 << 0.0 << wholly;
}

void TestDerivation::classify()
{
    QFETCH(ClassCounts, counts);
    QFETCH(double, contained);
    QFETCH(double, rewordedWeight);
    QFETCH(double, containmentWeight);
    QFETCH(int, expected);
    const Derivation::Thresholds thresholds { rewordedWeight, containmentWeight, 0.8, 0.3 };
    ContainmentShare share;
    share.verbatim = contained;
    QCOMPARE(int(Derivation::classify(counts, share, thresholds)), expected);
}

void TestDerivation::fittedLevelsRiseWithDerivedShare()
{
    // With the fitted constants, a growing derived share never lowers the
    // level: none, then partially, then wholly.
    int previous = int(DerivationLevel::None);
    int levelsSeen = 1;
    for (qint64 derived = 0; derived <= 100; ++derived) {
        const int level = int(Derivation::classify(counts(100, derived, 0, 0), ContainmentShare { double(derived) / 100, 0 }));
        QVERIFY2(level <= previous, qPrintable(QStringLiteral("at %1 %").arg(derived)));
        levelsSeen += level < previous;
        previous = level;
    }
    QCOMPARE(levelsSeen, 3);
}

QTEST_GUILESS_MAIN(TestDerivation)
#include "tst_derivation.moc"
