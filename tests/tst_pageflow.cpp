#include "pageflow.h"

#include <QSet>
#include <QTest>

#include <cmath>

using namespace WireDiff;

using Slices = QList<QList<qreal>>; // per page: block, from, to, block, from, to, …
using NoteHeights = QList<qreal>;   // by note number, from 1
Q_DECLARE_METATYPE(std::vector<WireDiff::PrintBlock>)

// PageFlow, the pagination of the PDF and print-out: blocks that do not fit
// move whole, a block taller than a page is cut between its lines, a
// heading stays with what follows, and notes are printed at the foot of the
// page their passage is on, rows making way for them; only what no page
// could hold goes on at the next page's foot, marked as continued. Each
// page lists the notes marked on it (the PDF's outline points at them).
class TestPageFlow : public QObject
{
    Q_OBJECT

private slots:
    void pageFlow_data();
    void pageFlow();
    void notesStayWithTheirMarks_data();
    void notesStayWithTheirMarks();
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

// The notes whose marks a page's slices show (a slice that ends its block
// takes the marks below its end too).
QSet<qint32> markedOn(const PageFlow::Page &page, const std::vector<PrintBlock> &blocks)
{
    QSet<qint32> marked;
    for (const PageFlow::Slice &slice : page.slices) {
        const PrintBlock &block = blocks[slice.block];
        for (const auto &[y, number] : block.footnotes) {
            if (y >= slice.from && (y < slice.to || slice.to >= block.height))
                marked.insert(number);
        }
    }
    return marked;
}

// A page as "B0 B1:0-70 | N1 +N2:60-150": its slices (":from-to" when not
// the whole block), then its notes (":from-to" when not the whole note;
// "+" when the note's mark is on another page).
QString describe(const PageFlow::Page &page, const std::vector<PrintBlock> &blocks, const QList<qreal> &noteHeights)
{
    QStringList parts;
    const auto range = [](qreal from, qreal to, qreal whole) {
        return from <= 0 && to >= whole ? QString() : QStringLiteral(":%1-%2").arg(from).arg(to);
    };
    for (const PageFlow::Slice &slice : page.slices)
        parts << QStringLiteral("B%1").arg(slice.block) + range(slice.from, slice.to, blocks[slice.block].height);
    if (!page.footnotes.empty())
        parts << QStringLiteral("|");
    const QSet<qint32> marked = markedOn(page, blocks);
    for (const PageFlow::FootnotePiece &piece : page.footnotes) {
        parts << (marked.contains(piece.number) ? QString() : QStringLiteral("+")) + QStringLiteral("N%1").arg(piece.number)
                + range(piece.from, piece.to, noteHeights.value(piece.number - 1));
    }
    return parts.join(QLatin1Char(' '));
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

void TestPageFlow::notesStayWithTheirMarks_data()
{
    QTest::addColumn<std::vector<PrintBlock>>("blocks");
    QTest::addColumn<NoteHeights>("notes");
    QTest::addColumn<QStringList>("pages"); // see describe()

    // Before, notes reserved at most half a page and the rest flowed on
    // beneath the next pages' rows, one page or more from their marks.
    QTest::newRow("a row whose notes do not fit moves with them")
        << std::vector { block(20), block(20, false, { { 5, 1 }, { 6, 2 }, { 7, 3 } }) } << NoteHeights { 20, 20, 20 }
        << QStringList { "B0", "B1 | N1 N2 N3" };
    QTest::newRow("three rows of three long notes, a page each")
        << std::vector { block(20, false, { { 5, 1 }, { 6, 2 }, { 7, 3 } }), block(20, false, { { 5, 4 }, { 6, 5 }, { 7, 6 } }),
                         block(20, false, { { 5, 7 }, { 6, 8 }, { 7, 9 } }) }
        << NoteHeights(9, 20.0) << QStringList { "B0 | N1 N2 N3", "B1 | N4 N5 N6", "B2 | N7 N8 N9" };
    QTest::newRow("rows and notes that fit share a page")
        << std::vector { block(20, false, { { 5, 1 } }), block(20, false, { { 5, 2 } }) } << NoteHeights { 20, 20 }
        << QStringList { "B0 B1 | N1 N2" };
    QTest::newRow("a page's notes in the order of their numbers")
        << std::vector { block(20, false, { { 5, 3 }, { 10, 1 } }), block(20, false, { { 5, 2 } }) } << NoteHeights { 10, 10, 10 }
        << QStringList { "B0 B1 | N1 N2 N3" };
    QTest::newRow("a slice of a tall row keeps its note")
        << std::vector { block(150, false, { { 5, 1 }, { 120, 2 } }) } << NoteHeights { 20, 20 }
        << QStringList { "B0:0-70 | N1", "B0:70-140 | N2", "B0:140-150" };
    QTest::newRow("a note too long for a page goes on at the next page's foot")
        << std::vector { block(30, false, { { 5, 1 } }), block(20) } << NoteHeights { 150 }
        << QStringList { "B0 | N1:0-60", "| +N1:60-150", "B1" };
    QTest::newRow("notes of one row too many for a page go on whole")
        << std::vector { block(30, false, { { 5, 1 }, { 6, 2 }, { 7, 3 }, { 8, 4 }, { 9, 5 } }) } << NoteHeights(5, 30.0)
        << QStringList { "B0 | N1 N2", "| +N3 +N4 +N5" };
}

// Each page's notes are at its foot, whole, unless no page could hold them;
// no page's body overflows.
void TestPageFlow::notesStayWithTheirMarks()
{
    QFETCH(std::vector<PrintBlock>, blocks);
    QFETCH(NoteHeights, notes);
    QFETCH(QStringList, pages);
    const PageFlow::Footnotes footnotes { [&notes](qint32 number) { return notes.value(number - 1); },
                                          [](qint32, qreal limit) { return std::floor(limit / 10.0) * 10.0; }, 5 };
    QStringList laid;
    for (const PageFlow::Page &page : PageFlow::paginate(blocks, 100, footnotes)) {
        qreal used = page.footnoteHeight;
        for (const PageFlow::Slice &slice : page.slices)
            used += slice.to - slice.from;
        QVERIFY2(used <= 100.01, qPrintable(QString::number(used)));
        // What the PDF's outline takes a note's page from.
        QCOMPARE(QSet<qint32>(page.marked.begin(), page.marked.end()), markedOn(page, blocks));
        laid << describe(page, blocks, notes);
    }
    QCOMPARE(laid, pages);
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
    // Whole notes move on whole: 3 beside the row, then 4 a page.
    QTest::newRow("twelve notes on one row") << std::vector { block(30, false, many) } << NoteHeights(12, 20.0) << 4;
    QTest::newRow("one note longer than a page") << std::vector { block(30, false, { { 5, 1 } }) } << NoteHeights { 250 } << 4;
    QTest::newRow("notes of two rows, carried before the next page's own")
        << std::vector { block(40, false, { { 5, 1 }, { 10, 2 } }), block(60, false, { { 5, 3 } }) }
        << NoteHeights { 40, 40, 20 } << 3;
    QTest::newRow("small notes stay with their rows")
        << std::vector { block(50, false, { { 5, 1 } }), block(40, false, { { 5, 2 } }) } << NoteHeights { 15, 15 } << 2;
}

// Every note's text is shown once, whole, in order, at the feet of the
// page of its mark and the pages after, a piece on a later page under its
// "continued" label; no page holds more than its body.
void TestPageFlow::notesCarryOver()
{
    QFETCH(std::vector<PrintBlock>, blocks);
    QFETCH(NoteHeights, notes);
    QFETCH(int, pages);
    constexpr qreal label = 10;
    const PageFlow::Footnotes footnotes { [&notes](qint32 number) { return notes.value(number - 1); },
                                          [](qint32, qreal limit) { return std::floor(limit / 10.0) * 10.0; }, 5, label };
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
            QCOMPARE(piece.continued, !markedOn(page, blocks).contains(piece.number));
            shown[piece.number - 1] = piece.to;
            foot += piece.to - piece.from + (piece.continued ? label : 0);
            if (piece.number == 1 && firstPageOf1 < 0)
                firstPageOf1 = qint32(p);
        }
        QCOMPARE(page.footnoteHeight, foot);
        QCOMPARE(QSet<qint32>(page.marked.begin(), page.marked.end()), markedOn(page, blocks));
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
