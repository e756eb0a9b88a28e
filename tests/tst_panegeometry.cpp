#include "panegeometry.h"

#include <QTest>

using namespace WireDiff;
using Weights = QHash<QString, double>;

// PaneGeometry: panes share the width by weight, never narrower than a
// readable column (the content then scrolls sideways), the last pane takes
// what is left, panes tile the content without gaps, and resizing one pane
// changes its weight within bounds; the panes in a stretch of content are
// those it touches. A pinned pane stays at the left edge of the viewport
// while the others scroll beside it, but only when they do not all fit.
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
    void pinned_data();
    void pinned();
    void scrollToShow_data();
    void scrollToShow();
};

namespace {

using Panes = QList<qint32>;

// Twenty panes of 150 pixels (3000 in all) in a viewport of 1000.
PaneGeometry twenty(qint32 pin, int scroll)
{
    QStringList ids;
    for (int p = 0; p < 20; ++p)
        ids.append(QStringLiteral("a%1").arg(p));
    PaneGeometry geometry;
    geometry.setPinnedRequest(pin);
    geometry.layout(ids, 1000, 150);
    geometry.setScroll(scroll);
    return geometry;
}

} // namespace

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

void TestPaneGeometry::pinned_data()
{
    QTest::addColumn<int>("panes");
    QTest::addColumn<int>("available");
    QTest::addColumn<int>("pin");
    QTest::addColumn<int>("scroll");
    QTest::addColumn<int>("expectedPinned");
    QTest::addColumn<Panes>("inView"); // in the order on screen
    QTest::addColumn<int>("atTen");    // the pane under viewport x = 10
    QTest::addColumn<int>("atTwoHundred");

    // Panes of 150 pixels at least.
    QTest::newRow("not pinned, scrolled") << 20 << 1000 << -1 << 800 << -1 << Panes { 5, 6, 7, 8, 9, 10, 11 } << 5 << 6;
    QTest::newRow("the first pinned, at the start") << 20 << 1000 << 0 << 0 << 0 << Panes { 0, 1, 2, 3, 4, 5, 6 } << 0 << 1;
    QTest::newRow("the first pinned, scrolled") << 20 << 1000 << 0 << 800 << 0 << Panes { 0, 6, 7, 8, 9, 10, 11 } << 0 << 6;
    QTest::newRow("the first pinned, at the end") << 20 << 1000 << 0 << 2000 << 0 << Panes { 0, 14, 15, 16, 17, 18, 19 } << 0 << 14;
    QTest::newRow("one in the middle pinned comes first") << 20 << 1000 << 5 << 0 << 5 << Panes { 5, 0, 1, 2, 3, 4, 6 } << 5 << 0;
    QTest::newRow("one in the middle pinned, scrolled past it") << 20 << 1000 << 5 << 800 << 5 << Panes { 5, 6, 7, 8, 9, 10, 11 } << 5 << 6;
    QTest::newRow("all panes fit: nothing pinned") << 5 << 1000 << 0 << 0 << -1 << Panes { 0, 1, 2, 3, 4 } << 0 << 1;
    QTest::newRow("no readable column beside it: nothing pinned") << 2 << 250 << 0 << 50 << -1 << Panes { 0, 1 } << 0 << 1;
}

void TestPaneGeometry::pinned()
{
    QFETCH(int, panes);
    QFETCH(int, available);
    QFETCH(int, pin);
    QFETCH(int, scroll);
    QFETCH(int, expectedPinned);
    QFETCH(Panes, inView);
    QFETCH(int, atTen);
    QFETCH(int, atTwoHundred);

    QStringList ids;
    for (int p = 0; p < panes; ++p)
        ids.append(QStringLiteral("a%1").arg(p));
    PaneGeometry geometry;
    geometry.setPinnedRequest(pin);
    geometry.layout(ids, available, 150);
    geometry.setScroll(scroll);
    QCOMPARE(geometry.pinned(), expectedPinned);
    const std::vector<qint32> shown = geometry.panesInView();
    QCOMPARE(Panes(shown.begin(), shown.end()), inView);
    QCOMPARE(geometry.paneAtView(10), atTen);
    QCOMPARE(geometry.paneAtView(200), atTwoHundred);
    // Pinning moves no pane's width, only where it stands; the scroll range
    // stays what it was.
    QCOMPARE(geometry.totalWidth(), panes * 150 > available ? panes * 150 : available);
    QCOMPARE(geometry.maximumScroll(), std::max(0, geometry.totalWidth() - available));

    if (expectedPinned >= 0) {
        QCOMPARE(geometry.viewX(expectedPinned), 0);
        QCOMPARE(geometry.scrollingLeft(), geometry.width(expectedPinned));
        QCOMPARE(geometry.neighbour(expectedPinned, -1), -1);
    }
    // Every pane on screen shows a part no other pane covers, and the pane
    // found at a point of that part is that pane: hit-testing and painting
    // agree.
    for (const qint32 pane : shown) {
        const auto [left, right] = geometry.visibleSpan(pane);
        QVERIFY(left < right);
        QVERIFY(left >= 0 && right <= available);
        QCOMPARE(geometry.paneAtView(left), pane);
        QCOMPARE(geometry.paneAtView(right - 1), pane);
    }
    // The order on screen, step by step; the pinned pane's next is the
    // first of the others, whether it has scrolled under it or not.
    for (size_t i = expectedPinned >= 0 ? 2 : 1; i < shown.size(); ++i)
        QCOMPARE(geometry.neighbour(shown[i - 1], 1), shown[i]);
    if (expectedPinned >= 0)
        QCOMPARE(geometry.neighbour(expectedPinned, 1), expectedPinned == 0 ? 1 : 0);
}

void TestPaneGeometry::scrollToShow_data()
{
    QTest::addColumn<int>("pin");
    QTest::addColumn<int>("scroll");
    QTest::addColumn<int>("pane");
    QTest::addColumn<int>("expected");

    QTest::newRow("not pinned: to the left edge") << -1 << 0 << 10 << 1500;
    QTest::newRow("not pinned: the last as far as it goes") << -1 << 0 << 19 << 2000;
    QTest::newRow("already whole on screen") << -1 << 800 << 7 << 800;
    QTest::newRow("pinned: beside the pinned pane") << 0 << 0 << 10 << 1350;
    QTest::newRow("pinned: one under the pinned pane comes out") << 0 << 800 << 3 << 300;
    QTest::newRow("pinned: the pinned pane needs no scroll") << 0 << 800 << 0 << 800;
    QTest::newRow("pinned: already whole beside it") << 0 << 800 << 8 << 800;
    QTest::newRow("pinned: back to the start") << 0 << 800 << 1 << 0;
}

void TestPaneGeometry::scrollToShow()
{
    QFETCH(int, pin);
    QFETCH(int, scroll);
    QFETCH(int, pane);
    QFETCH(int, expected);
    const PaneGeometry geometry = twenty(pin, scroll);
    QCOMPARE(geometry.scrollToShow(pane), expected);
    // Once there, it shows whole.
    PaneGeometry moved = geometry;
    moved.setScroll(expected);
    const auto [left, right] = moved.visibleSpan(pane);
    QCOMPARE(right - left, moved.width(pane));
}

QTEST_GUILESS_MAIN(TestPaneGeometry)
#include "tst_panegeometry.moc"
