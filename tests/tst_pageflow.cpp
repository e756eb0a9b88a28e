#include "pageflow.h"

#include <QTest>

#include <cmath>

using namespace WireDiff;

using Slices = QList<QList<qreal>>; // per page: block, from, to, block, from, to, …
using NoteHeights = QList<qreal>;   // by note number, from 1
Q_DECLARE_METATYPE(std::vector<WireDiff::PrintBlock>)

// PageFlow, the pagination of the PDF and print-out: blocks that do not fit
// move whole, a block taller than a page is cut between its lines, a
// heading stays with what follows, and notes take their room at the foot of
// the page their passage is on, going on at the next page's foot when they
// do not fit there.
class TestPageFlow : public QObject
{
    Q_OBJECT

private slots:
    void pageFlow_data();
    void pageFlow();
    void notesCarryOver_data();
    void notesCarryOver();
    void cutThroughLinesResumesAtTheirTop();
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
    const std::vector<PageFlow::Page> pages = PageFlow::paginate(blocks, 100, PageFlow::Footnotes { [](qint32) { return 15.0; }, {}, 5 });
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

void TestPageFlow::notesCarryOver_data()
{
    QTest::addColumn<std::vector<PrintBlock>>("blocks");
    QTest::addColumn<NoteHeights>("notes");
    QTest::addColumn<int>("pages");

    // Before, a page's notes all stayed on it: taller than the page, they
    // were painted from above its top, and the first ones were lost.
    std::vector<std::pair<qreal, qint32>> many;
    for (qint32 n = 1; n <= 12; ++n)
        many.emplace_back(2.0 * n, n);
    QTest::newRow("twelve notes on one row") << std::vector { block(30, false, many) } << NoteHeights(12, 20.0) << 3;
    QTest::newRow("one note longer than a page") << std::vector { block(30, false, { { 5, 1 } }) } << NoteHeights { 250 } << 4;
    QTest::newRow("notes of two rows, carried before the next page's own")
        << std::vector { block(40, false, { { 5, 1 }, { 10, 2 } }), block(60, false, { { 5, 3 } }) }
        << NoteHeights { 40, 40, 20 } << 3;
    QTest::newRow("small notes stay with their rows")
        << std::vector { block(50, false, { { 5, 1 } }), block(40, false, { { 5, 2 } }) } << NoteHeights { 15, 15 } << 2;
}

// Every note's text is shown once, whole, in order, at the feet of the
// page of its mark and the pages after; no page holds more than its body.
void TestPageFlow::notesCarryOver()
{
    QFETCH(std::vector<PrintBlock>, blocks);
    QFETCH(NoteHeights, notes);
    QFETCH(int, pages);
    const PageFlow::Footnotes footnotes { [&notes](qint32 number) { return notes.value(number - 1); },
                                          [](qint32, qreal limit) { return std::floor(limit / 10.0) * 10.0; }, 5 };
    const std::vector<PageFlow::Page> laid = PageFlow::paginate(blocks, 100, footnotes);
    QCOMPARE(int(laid.size()), pages);
    QList<qreal> shown(notes.size(), 0.0);
    qint32 firstPageOf1 = -1;
    for (size_t p = 0; p < laid.size(); ++p) {
        const PageFlow::Page &page = laid[p];
        qreal used = 0;
        for (const PageFlow::Slice &slice : page.slices)
            used += slice.to - slice.from;
        qreal foot = page.footnotes.empty() ? 0 : 5;
        for (const PageFlow::FootnotePiece &piece : page.footnotes) {
            QCOMPARE(piece.from, shown[piece.number - 1]); // goes on where it stopped
            QVERIFY(piece.to > piece.from);
            shown[piece.number - 1] = piece.to;
            foot += piece.to - piece.from;
            if (piece.number == 1 && firstPageOf1 < 0)
                firstPageOf1 = qint32(p);
        }
        QCOMPARE(page.footnoteHeight, foot);
        QVERIFY2(used + page.footnoteHeight <= 100.01, qPrintable(QString::number(used + page.footnoteHeight)));
    }
    QCOMPARE(shown, notes);
    QCOMPARE(firstPageOf1, 0); // the first note starts on its mark's page
}

// Two columns whose lines do not line up (every 10 units, and every 10
// from 5): no cut falls between lines in both. The cut goes where the room
// ends, and the next slice starts at the top of the line it went through.
void TestPageFlow::cutThroughLinesResumesAtTheirTop()
{
    std::vector<std::pair<qreal, qreal>> lines;
    for (qreal y = 0; y < 300; y += 10)
        lines.emplace_back(y, y + 10);
    for (qreal y = 5; y < 300; y += 10)
        lines.emplace_back(y, y + 10);
    PrintBlock row;
    row.height = 305;
    row.breakBefore = [lines](qreal limit) { return PageFlow::breakBetweenLines(lines, limit); };
    row.resumeAt = [lines](qreal cut) { return PageFlow::resumeAfterCut(lines, cut); };
    const std::vector<PageFlow::Page> pages = PageFlow::paginate({ row }, 100, PageFlow::Footnotes { [](qint32) { return 0.0; }, {}, 0 });
    QCOMPARE(int(pages.size()), 4);
    // Each line is wholly inside exactly one slice.
    for (const auto &[top, bottom] : lines) {
        int inside = 0;
        for (const PageFlow::Page &page : pages)
            for (const PageFlow::Slice &slice : page.slices)
                inside += top >= slice.from - 0.5 && bottom <= slice.to + 0.5;
        QVERIFY2(inside == 1, qPrintable(QStringLiteral("line at %1 shown %2 times").arg(top).arg(inside)));
    }
}

QTEST_GUILESS_MAIN(TestPageFlow)
#include "tst_pageflow.moc"
