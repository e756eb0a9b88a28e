#include "workranges.h"

#include <QTest>

#include <vector>

using namespace WireDiff;

// WorkRanges cuts items into consecutive ranges of about equal size,
// never cutting an item.
class TestWorkRanges : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
};

using Positions = QList<qint32>;

void TestWorkRanges::split_data()
{
    QTest::addColumn<Positions>("starts");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("pieces");
    QTest::addColumn<Positions>("boundaries");
    QTest::newRow("no items") << Positions {} << 0 << 4 << Positions { 0 };
    QTest::newRow("one piece") << Positions { 0, 10, 20 } << 30 << 1 << Positions { 0, 3 };
    QTest::newRow("equal items, equal pieces") << Positions { 0, 10, 20, 30 } << 40 << 2 << Positions { 0, 2, 4 };
    QTest::newRow("equal items, as many pieces") << Positions { 0, 10, 20, 30 } << 40 << 4
                                                 << Positions { 0, 1, 2, 3, 4 };
    QTest::newRow("more pieces than items") << Positions { 0, 10, 20 } << 30 << 8 << Positions { 0, 1, 2, 3 };
    QTest::newRow("one long item first") << Positions { 0, 90, 95 } << 100 << 4 << Positions { 0, 1, 3 };
    QTest::newRow("one long item last") << Positions { 0, 5, 10 } << 100 << 4 << Positions { 0, 3 };
    QTest::newRow("uneven items") << Positions { 0, 2, 4, 6, 50, 52, 54 } << 100 << 2 << Positions { 0, 4, 7 };
    QTest::newRow("a cut lands inside an item") << Positions { 0, 7, 14, 21 } << 28 << 3 << Positions { 0, 2, 3, 4 };
    QTest::newRow("not starting at 0") << Positions { 100, 110, 120, 130 } << 140 << 2 << Positions { 0, 2, 4 };
    QTest::newRow("empty items") << Positions { 0, 0, 0, 10, 10 } << 20 << 2 << Positions { 0, 3, 5 };
}

void TestWorkRanges::split()
{
    QFETCH(Positions, starts);
    QFETCH(int, end);
    QFETCH(int, pieces);
    QFETCH(Positions, boundaries);
    const std::vector<qint32> items(starts.begin(), starts.end());
    const std::vector<qint32> result = WorkRanges::split(items, end, pieces);
    QCOMPARE(Positions(result.begin(), result.end()), boundaries);
}

QTEST_GUILESS_MAIN(TestWorkRanges)
#include "tst_workranges.moc"
