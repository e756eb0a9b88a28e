#include "pageflow.h"

#include <QTest>

#include <cmath>

using namespace WireDiff;

using Slices = QList<QList<qreal>>; // per page: block, from, to, block, from, to, …
Q_DECLARE_METATYPE(std::vector<WireDiff::PrintBlock>)

// PageFlow, the pagination of the PDF and print-out: blocks that do not fit
// move whole, a block taller than a page is cut between its lines, a
// heading stays with what follows, and notes take their room at the foot of
// the page their passage is on.
class TestPageFlow : public QObject
{
    Q_OBJECT

private slots:
    void pageFlow_data();
    void pageFlow();
};

namespace {

PrintBlock block(qreal height, bool keepWithNext = false, std::vector<std::pair<qreal, qint32>> notes = {})
{
    PrintBlock block;
    block.height = height;
    block.keepWithNext = keepWithNext;
    block.footnotes = std::move(notes);
    // Text lines every 10 units.
    block.breakBefore = [](qreal limit) { return std::floor(limit / 10.0) * 10.0; };
    return block;
}

} // namespace

void TestPageFlow::pageFlow_data()
{
    QTest::addColumn<std::vector<PrintBlock>>("blocks");
    QTest::addColumn<Slices>("expected");

    QTest::newRow("all fit on one page") << std::vector { block(30), block(40) } << Slices { { 0, 0, 30, 1, 0, 40 } };
    QTest::newRow("a block that does not fit moves whole")
        << std::vector { block(60), block(50) } << Slices { { 0, 0, 60 }, { 1, 0, 50 } };
    QTest::newRow("a block taller than a page is cut between lines")
        << std::vector { block(20), block(215) } << Slices { { 0, 0, 20, 1, 0, 80 }, { 1, 80, 180 }, { 1, 180, 215 } };
    QTest::newRow("a heading stays with what follows")
        << std::vector { block(75), block(10, true), block(30) } << Slices { { 0, 0, 75 }, { 1, 0, 10, 2, 0, 30 } };
    QTest::newRow("notes take room at the page foot")
        << std::vector { block(50), block(40, false, { { 5, 1 } }) } << Slices { { 0, 0, 50 }, { 1, 0, 40 } };
    QTest::newRow("a block and its note that just fit stay")
        << std::vector { block(40), block(40, false, { { 5, 1 } }) } << Slices { { 0, 0, 40, 1, 0, 40 } };
    QTest::newRow("a note's slice keeps its note")
        << std::vector { block(150, false, { { 5, 1 }, { 120, 2 } }) } << Slices { { 0, 0, 80 }, { 0, 80, 150 } };
}

void TestPageFlow::pageFlow()
{
    QFETCH(std::vector<PrintBlock>, blocks);
    QFETCH(Slices, expected);
    // Pages of 100 units; each note needs 15 units and the first one 5 more.
    const std::vector<PageFlow::Page> pages = PageFlow::paginate(blocks, 100, [](qint32) { return 15.0; }, 5);
    Slices actual;
    for (const PageFlow::Page &page : pages) {
        QList<qreal> slices;
        qreal used = 0;
        for (const PageFlow::Slice &slice : page.slices) {
            slices << qreal(slice.block) << slice.from << slice.to;
            used += slice.to - slice.from;
        }
        QVERIFY(used + page.footnoteHeight <= 100.01);
        actual.append(slices);
    }
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestPageFlow)
#include "tst_pageflow.moc"
