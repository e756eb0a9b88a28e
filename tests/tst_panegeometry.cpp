#include "panegeometry.h"

#include <QTest>

using namespace WireDiff;
using Weights = QHash<QString, double>;

// PaneGeometry: panes share the width by weight, never narrower than a
// readable column (the content then scrolls sideways), the last pane takes
// what is left, panes tile the content without gaps, and resizing one pane
// changes its weight within bounds; the panes in a stretch of content are
// those it touches.
class TestPaneGeometry : public QObject
{
    Q_OBJECT

private slots:
    void layout_data();
    void layout();
    void resize_data();
    void resize();
    void panesIn_data();
    void panesIn();
};

void TestPaneGeometry::layout_data()
{
    QTest::addColumn<int>("panes");
    QTest::addColumn<int>("available");
    QTest::addColumn<int>("readable");
    QTest::addColumn<Weights>("weights"); // by "a0", "a1", ...
    QTest::addColumn<QList<int>>("expectedWidths");

    QTest::newRow("five even panes") << 5 << 1000 << 150 << Weights {} << QList<int> { 200, 200, 200, 200, 200 };
    QTest::newRow("the last pane takes the remainder") << 3 << 1000 << 150 << Weights {}
                                                       << QList<int> { 333, 333, 334 };
    QTest::newRow("twenty panes: readable minimum, wider than the view")
        << 20 << 1000 << 150 << Weights {} << QList<int>(20, 150);
    QTest::newRow("a double-weight pane") << 3 << 1000 << 100 << Weights { { QStringLiteral("a1"), 2.0 } }
                                          << QList<int> { 250, 500, 250 };
    QTest::newRow("a light pane may shrink under the readable width")
        << 2 << 300 << 200 << Weights { { QStringLiteral("a0"), 0.5 } } << QList<int> { 100, 200 };
    QTest::newRow("one pane") << 1 << 640 << 150 << Weights {} << QList<int> { 640 };
    QTest::newRow("no panes") << 0 << 640 << 150 << Weights {} << QList<int> {};
}

void TestPaneGeometry::layout()
{
    QFETCH(int, panes);
    QFETCH(int, available);
    QFETCH(int, readable);
    QFETCH(Weights, weights);
    QFETCH(QList<int>, expectedWidths);

    QStringList ids;
    for (int p = 0; p < panes; ++p)
        ids.append(QStringLiteral("a%1").arg(p));
    PaneGeometry geometry;
    geometry.setWeights(weights);
    QCOMPARE(geometry.layout(ids, available, readable), panes > 0);
    QCOMPARE(QList<int>(geometry.widths().begin(), geometry.widths().end()), expectedWidths);
    QVERIFY(!geometry.layout(ids, available, readable)); // the same layout again changes nothing

    // The panes tile the content: each starts where the previous ends, and
    // every x maps back to its pane.
    int x = 0;
    for (qint32 p = 0; p < panes; ++p) {
        QCOMPARE(geometry.x(p), x);
        QCOMPARE(geometry.paneAt(x), p);
        QCOMPARE(geometry.paneAt(x + geometry.width(p) - 1), p);
        x += geometry.width(p);
    }
    QCOMPARE(geometry.totalWidth(), x);
    QVERIFY(x >= std::min(available, panes > 0 ? available : 0));
    QCOMPARE(geometry.paneAt(x), -1);
    QCOMPARE(geometry.paneAt(-1), -1);
    QCOMPARE(geometry.width(panes), 0);
}

void TestPaneGeometry::resize_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<double>("expectedWeight");

    // Two panes of 500 out of 1000.
    QTest::newRow("wider") << 750 << 1.5;
    QTest::newRow("narrower") << 250 << 0.5;
    QTest::newRow("clamped at four times") << 5000 << 4.0;
    QTest::newRow("clamped at 0.4") << 10 << 0.4;
}

void TestPaneGeometry::resize()
{
    QFETCH(int, requested);
    QFETCH(double, expectedWeight);

    const QStringList ids { QStringLiteral("agency"), QStringLiteral("rewrite") };
    PaneGeometry geometry;
    geometry.layout(ids, 1000, 100);
    geometry.resize(0, ids[0], requested);
    QCOMPARE(geometry.weights().value(ids[0]), expectedWeight);
    QVERIFY(!geometry.weights().contains(ids[1]));
    QVERIFY(geometry.layout(ids, 1000, 100));
    QVERIFY((geometry.width(0) > 500) == (expectedWeight > 1.0));
    geometry.resize(7, ids[1], 300); // no such pane: nothing changes
    QVERIFY(!geometry.weights().contains(ids[1]));
}

void TestPaneGeometry::panesIn_data()
{
    // Twenty panes of 150 pixels (3000 in all).
    QTest::addColumn<int>("left");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");

    QTest::newRow("at the start") << 0 << 1000 << 0 << 6;
    QTest::newRow("a pane's last pixel") << 0 << 150 << 0 << 0;
    QTest::newRow("one pixel into the next") << 0 << 151 << 0 << 1;
    QTest::newRow("from inside a pane") << 149 << 2 << 0 << 1;
    QTest::newRow("scrolled to the end") << 2000 << 1000 << 13 << 19;
    QTest::newRow("wider than all panes") << 0 << 5000 << 0 << 19;
}

void TestPaneGeometry::panesIn()
{
    QFETCH(int, left);
    QFETCH(int, width);
    QFETCH(int, first);
    QFETCH(int, last);
    QStringList ids;
    for (int p = 0; p < 20; ++p)
        ids.append(QStringLiteral("a%1").arg(p));
    PaneGeometry geometry;
    QCOMPARE(geometry.panesIn(left, width), (std::pair<qint32, qint32>(0, -1))); // nothing laid out yet
    geometry.layout(ids, 1000, 150);
    QCOMPARE(geometry.panesIn(left, width), (std::pair<qint32, qint32>(first, last)));
}

QTEST_GUILESS_MAIN(TestPaneGeometry)
#include "tst_panegeometry.moc"
