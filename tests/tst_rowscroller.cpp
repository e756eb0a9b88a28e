#include "rowscroller.h"

#include <QTest>

using namespace WireDiff;

// RowScroller, the vertical position of the comparison view: scrolling by
// pixels across rows of different heights, the end position where the last
// row meets the bottom, rows shown with context above, the scroll-bar
// mapping, and the promise the view relies on to stay fast on a book-length
// comparison: only the rows that are needed are ever laid out.
class TestRowScroller : public QObject
{
    Q_OBJECT

private slots:
    void position_data();
    void position();
    void laysOutOnlyWhatIsNeeded_data();
    void laysOutOnlyWhatIsNeeded();
};

namespace {

// Row r is 20 px tall, every fifth row 100 px.
qreal heightOf(qint32 row)
{
    return row % 5 == 4 ? 100 : 20;
}

} // namespace

void TestRowScroller::position_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<double>("argument");
    QTest::addColumn<int>("expectedRow");
    QTest::addColumn<double>("expectedOffset");
    QTest::addColumn<int>("expectedVisible");

    // Viewport 200 px. Rows 0-4: 20 20 20 20 100 (180 px), rows 5-9 likewise.
    // Ten rows: 360 px, so the end is 80 px into row 4 (rows 5-9 fill 180).
    QTest::newRow("start") << 100 << "none" << 0.0 << 0 << 0.0 << 6;
    QTest::newRow("scroll 30 px") << 100 << "scrollBy" << 30.0 << 1 << 10.0 << 7;
    QTest::newRow("scroll into the tall row") << 100 << "scrollBy" << 130.0 << 4 << 50.0 << 6;
    QTest::newRow("scroll back above the start") << 100 << "scrollBy" << -50.0 << 0 << 0.0 << 6;
    QTest::newRow("scroll past the end stops at the end") << 10 << "scrollBy" << 5000.0 << 4 << 80.0 << 6;
    QTest::newRow("end: the last row meets the bottom") << 10 << "toEnd" << 0.0 << 4 << 80.0 << 6;
    QTest::newRow("everything fits: the end is the start") << 3 << "toEnd" << 0.0 << 0 << 0.0 << 3;
    QTest::newRow("show a row with 30 px of context") << 100 << "showRow" << 52.0 << 50 << 10.0 << 7;
    QTest::newRow("show a row after a tall one") << 100 << "showRow" << 55.0 << 54 << 70.0 << 6;
    QTest::newRow("scroll value: row 7 and a half") << 100 << "scrollValue" << 7.5 << 7 << 10.0 << 7;
    QTest::newRow("no rows") << 0 << "scrollBy" << 40.0 << 0 << 0.0 << 0;
}

void TestRowScroller::position()
{
    QFETCH(int, rows);
    QFETCH(QString, operation);
    QFETCH(double, argument);
    QFETCH(int, expectedRow);
    QFETCH(double, expectedOffset);
    QFETCH(int, expectedVisible);

    RowScroller scroller(heightOf);
    scroller.setViewportHeight(200);
    scroller.setRowCount(rows);
    if (operation == QLatin1String("scrollBy")) {
        scroller.scrollBy(argument);
    } else if (operation == QLatin1String("toEnd")) {
        scroller.toEnd();
    } else if (operation == QLatin1String("showRow")) {
        scroller.showRow(qint32(argument), 30);
    } else if (operation == QLatin1String("scrollValue")) {
        scroller.setScrollValue(int(argument * RowScroller::unitsPerRow));
    }
    QCOMPARE(scroller.topRow(), expectedRow);
    QCOMPARE(scroller.topOffset(), expectedOffset);
    const auto &visible = scroller.visibleRows();
    QCOMPARE(int(visible.size()), expectedVisible);
    // The visible rows follow each other from the top of the viewport down
    // past its bottom (or to the last row).
    qreal y = -expectedOffset;
    for (const RowScroller::VisibleRow &row : visible) {
        QCOMPARE(row.y, y);
        QCOMPARE(row.height, heightOf(row.row));
        y += row.height;
    }
    QVERIFY(visible.empty() || y >= 200 || visible.back().row == rows - 1);
    // The scroll value maps back to the same position.
    const int value = scroller.scrollValue();
    QVERIFY(value <= scroller.scrollMaximum());
    RowScroller again(heightOf);
    again.setViewportHeight(200);
    again.setRowCount(rows);
    again.setScrollValue(value);
    QCOMPARE(again.topRow(), scroller.topRow());
    QVERIFY(qAbs(again.topOffset() - scroller.topOffset()) <= heightOf(scroller.topRow()) / RowScroller::unitsPerRow);
}

void TestRowScroller::laysOutOnlyWhatIsNeeded_data()
{
    QTest::addColumn<int>("rows");
    QTest::newRow("a thousand rows") << 1000;
    QTest::newRow("a million rows") << 1000000;
}

void TestRowScroller::laysOutOnlyWhatIsNeeded()
{
    QFETCH(int, rows);
    int laidOut = 0;
    RowScroller scroller([&laidOut](qint32 row) {
        ++laidOut;
        return heightOf(row);
    });
    scroller.setViewportHeight(600);
    scroller.setRowCount(rows);
    scroller.visibleRows();
    scroller.setScrollValue(scroller.scrollMaximum() / 2);
    scroller.visibleRows();
    scroller.scrollBy(900);
    scroller.visibleRows();
    scroller.toEnd();
    scroller.visibleRows();
    // Three screenfuls and the last one, each at most 30 rows of 20 px,
    // whatever the number of rows.
    QVERIFY2(laidOut <= 4 * 31 + 10, qPrintable(QString::number(laidOut)));
    // A height is kept until invalidated.
    const int before = laidOut;
    scroller.toStart();
    scroller.visibleRows();
    scroller.toStart();
    scroller.visibleRows();
    QVERIFY(laidOut - before <= 31);
    const int cached = laidOut;
    scroller.visibleRows();
    QCOMPARE(laidOut, cached);
    scroller.invalidate();
    scroller.visibleRows();
    QVERIFY(laidOut > cached);
}

QTEST_GUILESS_MAIN(TestRowScroller)
#include "tst_rowscroller.moc"
