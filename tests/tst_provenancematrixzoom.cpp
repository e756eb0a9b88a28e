#include "contextmenuchoice.h"
#include "matrixgeometry.h"
#include "provenancematrix.h"
#include "viewfixtures.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QImage>
#include <QMainWindow>
#include <QMenu>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

using namespace WireDiff;

// Who Copied Whom seen whole: Fit shrinks the cells until every one of 20
// versions' is inside the panel (review 12: at 20 versions it scrolled and
// could not be seen whole), dropping the numbers when too small to read
// while the shade and the tooltip still give the share; Ctrl+wheel, the
// zoom keys (taken before the window's own zoom of the panes) and the
// buttons zoom the cells. Driven as an editor does, offscreen.
class TestProvenanceMatrixZoom : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fitShowsTheWholeGrid_data();
    void fitShowsTheWholeGrid();
    void ctrlWheelZooms_data();
    void ctrlWheelZooms();
    void zoomKeysWhileFocused_data();
    void zoomKeysWhileFocused();
    void fittedGeometryFits_data();
    void fittedGeometryFits();

private:
    // A matrix of `count` versions in a window of `room`, shown.
    std::unique_ptr<ProvenanceMatrix> shown(int count, QSize room) const;
    static QString toolTipAt(ProvenanceMatrix *matrix, const QPoint &at);
    // The cell whose rectangle holds `point`, or (-1, -1).
    static std::pair<int, int> cellHolding(const ProvenanceMatrix &matrix, int count, const QPoint &point);
    std::shared_ptr<const Comparison> m_five;
    std::shared_ptr<const Comparison> m_twenty;
};

void TestProvenanceMatrixZoom::initTestCase()
{
    m_five = ViewFixtures::versions(5);
    m_twenty = ViewFixtures::versions(20);
    QVERIFY(m_five && m_twenty);
}

std::unique_ptr<ProvenanceMatrix> TestProvenanceMatrixZoom::shown(int count, QSize room) const
{
    auto matrix = std::make_unique<ProvenanceMatrix>();
    matrix->setComparison(count == 5 ? m_five : m_twenty);
    matrix->resize(room);
    matrix->show();
    if (!QTest::qWaitForWindowExposed(matrix.get()))
        return {};
    return matrix;
}

QString TestProvenanceMatrixZoom::toolTipAt(ProvenanceMatrix *matrix, const QPoint &at)
{
    QToolTip::hideText();
    QHelpEvent help(QEvent::ToolTip, at, matrix->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(matrix->viewport(), &help);
    return QToolTip::text();
}

std::pair<int, int> TestProvenanceMatrixZoom::cellHolding(const ProvenanceMatrix &matrix, int count, const QPoint &point)
{
    for (int a = 0; a < count; ++a) {
        for (int b = 0; b < count; ++b) {
            if (matrix.cellRect(a, b).contains(point))
                return { a, b };
        }
    }
    return { -1, -1 };
}

void TestProvenanceMatrixZoom::fitShowsTheWholeGrid_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QSize>("room");
    QTest::addColumn<QString>("how");  // key, button, menu
    QTest::addColumn<int>("numbers");  // 1 shown, 0 hidden, -1 either
    QTest::addColumn<bool>("shrinks"); // smaller than zoom 1

    // The dock's room in the window at 1366x768 and 1920x1080.
    QTest::newRow("20 versions, 1366x768, F") << 20 << QSize(370, 250) << "key" << 0 << true;
    QTest::newRow("20 versions, 1920x1080, the Fit button") << 20 << QSize(520, 480) << "button" << -1 << true;
    QTest::newRow("20 versions, a tall narrow dock, the menu") << 20 << QSize(300, 700) << "menu" << -1 << true;
    QTest::newRow("5 versions, room to spare: never larger") << 5 << QSize(1000, 800) << "key" << 1 << false;
}

void TestProvenanceMatrixZoom::fitShowsTheWholeGrid()
{
    QFETCH(int, count);
    QFETCH(QSize, room);
    QFETCH(QString, how);
    QFETCH(int, numbers);
    QFETCH(bool, shrinks);
    const std::unique_ptr<ProvenanceMatrix> matrix = shown(count, room);
    QVERIFY(matrix);
    matrix->setFocus();
    const QSize normal = matrix->cellRect(0, 0).size();
    QSignalSpy changed(matrix.get(), &ProvenanceMatrix::zoomChanged);
    if (how == QLatin1String("key")) {
        QTest::keyClick(matrix.get(), Qt::Key_F);
    } else if (how == QLatin1String("button")) {
        QTest::mouseClick(matrix->fitButton(), Qt::LeftButton);
    } else {
        QVERIFY(ContextMenuChoice::choose(matrix->viewport(), matrix->cellRect(1, 2).center(), QStringLiteral("Fit Whole Matrix")));
    }
    QVERIFY(matrix->fitsToView());
    QVERIFY(matrix->fitButton()->isChecked());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(matrix->cellRect(0, 0).width() < normal.width(), shrinks);
    QVERIFY(matrix->cellRect(0, 0).width() <= normal.width() && matrix->cellRect(0, 0).height() <= normal.height());

    // Every cell inside the viewport and the cells' area, with its row's
    // label and its column's name beside it; nothing to scroll. And so
    // after the dock is made smaller.
    for (const QSize size : { room, QSize(room.width() * 4 / 5, room.height() * 4 / 5) }) {
        matrix->resize(size);
        QCoreApplication::processEvents();
        const QRect viewport = matrix->viewport()->rect();
        const QRect area = matrix->cellArea();
        for (int a = 0; a < count; ++a) {
            for (int b = 0; b < count; ++b) {
                const QRect cell = matrix->cellRect(a, b);
                QVERIFY2(viewport.contains(cell) && area.contains(cell),
                         qPrintable(QStringLiteral("%1x%2: cell %3,%4 at %5,%6 outside %7x%8")
                                        .arg(size.width()).arg(size.height()).arg(a).arg(b).arg(cell.right()).arg(cell.bottom())
                                        .arg(area.right()).arg(area.bottom())));
            }
            QVERIFY(viewport.contains(matrix->rowHeaderRect(a)) && !matrix->rowHeaderRect(a).isEmpty());
            QVERIFY(viewport.contains(matrix->columnHeaderRect(a)) && !matrix->columnHeaderRect(a).isEmpty());
        }
        QCOMPARE(matrix->horizontalScrollBar()->maximum(), 0);
        QCOMPARE(matrix->verticalScrollBar()->maximum(), 0);
    }
    matrix->resize(room);
    QCoreApplication::processEvents();
    if (numbers >= 0)
        QCOMPARE(matrix->showsNumbers(), numbers == 1);

    // The shade still shows the share: the cell with the larger share is
    // the darker; a cell's inside (above the band) is its shade alone when
    // the numbers are hidden, and has the number's ink when they show.
    QImage picture(matrix->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    matrix->viewport()->render(&picture);
    const auto &grid = count == 5 ? m_five->containment : m_twenty->containment;
    const auto shareOf = [&grid](std::pair<int, int> at) { return grid[size_t(at.first)][size_t(at.second)].verbatim; };
    std::pair<int, int> most { 1, 2 };
    std::pair<int, int> least { 1, 2 };
    for (int a = 1; a < count; ++a) {
        for (int b = 1; b < count; ++b) {
            if (a != b && shareOf({ a, b }) > shareOf(most))
                most = { a, b };
            if (a != b && shareOf({ a, b }) < shareOf(least))
                least = { a, b };
        }
    }
    QVERIFY2(shareOf(most) > shareOf(least) + 0.02, qPrintable(QStringLiteral("%1 %2").arg(shareOf(most)).arg(shareOf(least))));
    const auto inside = [&](std::pair<int, int> at) {
        const QRect cell = matrix->cellRect(at.first, at.second);
        return QRect(cell.left() + 1, cell.top() + 1, cell.width() - 2, std::max(1, cell.height() * 2 / 3 - 1));
    };
    const auto shade = [&](std::pair<int, int> at) { return QColor(picture.pixel(inside(at).topLeft())); };
    QVERIFY2(shade(most).lightnessF() < shade(least).lightnessF(),
             qPrintable(QStringLiteral("%1 vs %2").arg(shade(most).name(), shade(least).name())));
    QSet<QRgb> colours;
    const QRect inner = inside(most);
    for (int y = inner.top(); y <= inner.bottom(); ++y) {
        for (int x = inner.left(); x <= inner.right(); ++x)
            colours.insert(picture.pixel(x, y));
    }
    QCOMPARE(colours.size() > 1, matrix->showsNumbers());

    // The tooltip still gives the exact figure and both names.
    const QString tip = toolTipAt(matrix.get(), matrix->cellRect(most.first, most.second).center());
    QCOMPARE(tip, matrix->toolTipFor(most.first, most.second));
    QVERIFY(tip.contains(QLatin1String("version-")));
}

void TestProvenanceMatrixZoom::ctrlWheelZooms_data()
{
    QTest::addColumn<QList<int>>("turns"); // angle deltas, in eighths of a degree (120 a notch)
    QTest::addColumn<bool>("control");
    QTest::addColumn<bool>("fitFirst");
    QTest::addColumn<int>("steps");        // zoom steps expected; 0 with no Ctrl: it scrolls

    QTest::newRow("a notch up: larger") << QList<int> { 120 } << true << false << 1;
    QTest::newRow("two notches down: smaller") << QList<int> { -120, -120 } << true << false << -2;
    QTest::newRow("half notches add up") << QList<int> { 60, 60 } << true << false << 1;
    QTest::newRow("a half notch alone does nothing") << QList<int> { 60 } << true << false << 0;
    QTest::newRow("from Fit: a notch larger than fitted") << QList<int> { 120 } << true << true << 1;
    QTest::newRow("no Ctrl: the grid scrolls") << QList<int> { -120 } << false << false << 0;
}

void TestProvenanceMatrixZoom::ctrlWheelZooms()
{
    QFETCH(QList<int>, turns);
    QFETCH(bool, control);
    QFETCH(bool, fitFirst);
    QFETCH(int, steps);
    const std::unique_ptr<ProvenanceMatrix> matrix = shown(20, QSize(520, 480));
    QVERIFY(matrix);
    if (fitFirst)
        matrix->setFitToView(true);
    const double before = matrix->zoom();
    const QSize cellBefore = matrix->cellRect(0, 0).size();
    const QPoint at = matrix->cellRect(3, 4).center();
    const std::pair<int, int> under = cellHolding(*matrix, 20, at);
    QCOMPARE(under, std::make_pair(3, 4));
    for (const int delta : turns) {
        QWheelEvent wheel(at, matrix->viewport()->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                          control ? Qt::ControlModifier : Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(matrix->viewport(), &wheel);
    }
    QCOMPARE(matrix->fitsToView(), fitFirst && steps == 0);
    QVERIFY2(std::abs(matrix->zoom() - before * std::pow(MatrixGeometry::step, steps)) < 1e-6,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(matrix->zoom())));
    // (Fitted cells may be stretched one way; zoomed they are not.)
    const QSize cellAfter = matrix->cellRect(0, 0).size();
    if (!fitFirst) {
        QCOMPARE(cellAfter.width() > cellBefore.width(), steps > 0);
        QCOMPARE(cellAfter.width() < cellBefore.width(), steps < 0);
    }
    if (!control)
        QVERIFY(matrix->verticalScrollBar()->value() > 0);
    // Zoomed in, the grid scrolls so the pointer is still on the cell
    // (zoomed out from the top left there is nothing to scroll back).
    if (steps > 0)
        QCOMPARE(cellHolding(*matrix, 20, at), under);
}

void TestProvenanceMatrixZoom::zoomKeysWhileFocused_data()
{
    QTest::addColumn<QList<int>>("keys"); // key | modifiers, pressed in turn
    QTest::addColumn<double>("zoom");     // the manual zoom afterwards
    QTest::addColumn<bool>("fit");

    const int ctrl = int(Qt::ControlModifier);
    QTest::newRow("Ctrl++") << QList<int> { ctrl | Qt::Key_Plus } << MatrixGeometry::step << false;
    QTest::newRow("Ctrl+= (+ without Shift)") << QList<int> { ctrl | Qt::Key_Equal } << MatrixGeometry::step << false;
    QTest::newRow("Ctrl+-") << QList<int> { ctrl | Qt::Key_Minus } << 1 / MatrixGeometry::step << false;
    QTest::newRow("Ctrl+0 after zooming in twice") << QList<int> { ctrl | Qt::Key_Plus, ctrl | Qt::Key_Plus, ctrl | Qt::Key_0 } << 1.0
                                                   << false;
    QTest::newRow("F fits") << QList<int> { Qt::Key_F } << 1.0 << true;
    QTest::newRow("F again: back to the zoom before") << QList<int> { ctrl | Qt::Key_Minus, Qt::Key_F, Qt::Key_F }
                                                     << 1 / MatrixGeometry::step << false;
    QTest::newRow("Ctrl++ in Fit leaves it") << QList<int> { Qt::Key_F, ctrl | Qt::Key_Plus } << -1.0 << false;
}

// In a window whose own actions have Ctrl++, Ctrl+- and Ctrl+0 (as the
// panes' zoom has): with the grid focused the keys zoom the grid, and the
// window's actions do not fire. The arrow keys still move the cursor and
// scroll it into view.
void TestProvenanceMatrixZoom::zoomKeysWhileFocused()
{
    QFETCH(QList<int>, keys);
    QFETCH(double, zoom);
    QFETCH(bool, fit);
    QMainWindow window;
    int windowZooms = 0;
    for (const QKeySequence &key : { QKeySequence(QKeySequence::ZoomIn), QKeySequence(QKeySequence::ZoomOut), QKeySequence(Qt::CTRL | Qt::Key_0) }) {
        auto *action = new QAction(&window);
        action->setShortcut(key);
        connect(action, &QAction::triggered, &window, [&windowZooms] { ++windowZooms; });
        window.addAction(action);
    }
    auto *matrix = new ProvenanceMatrix;
    matrix->setComparison(m_twenty);
    window.setCentralWidget(matrix);
    window.resize(520, 480);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    matrix->setFocus();
    QVERIFY(matrix->hasFocus());

    double fitted = 0;
    for (const int key : keys) {
        if (key == Qt::Key_F && !matrix->fitsToView())
            fitted = -1;
        QTest::keyClick(matrix, Qt::Key(key & ~Qt::KeyboardModifierMask), Qt::KeyboardModifiers(key & Qt::KeyboardModifierMask));
        if (fitted < 0)
            fitted = matrix->zoom();
    }
    QCOMPARE(windowZooms, 0);
    QCOMPARE(matrix->fitsToView(), fit);
    const double expected = zoom > 0 ? zoom : fitted * MatrixGeometry::step;
    QVERIFY2(std::abs(matrix->manualZoom() - expected) < 1e-6, qPrintable(QStringLiteral("%1, not %2").arg(matrix->manualZoom()).arg(expected)));

    for (int i = 0; i < 19; ++i)
        QTest::keyClick(matrix, Qt::Key_Down);
    QTest::keyClick(matrix, Qt::Key_End);
    QVERIFY(matrix->cellArea().contains(matrix->cellRect(19, 19)));
}

void TestProvenanceMatrixZoom::fittedGeometryFits_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QSize>("room");
    for (const int count : { 2, 5, 12, 20, 40, 100 }) {
        for (const QSize room : { QSize(220, 160), QSize(370, 190), QSize(520, 400), QSize(1200, 900) })
            QTest::addRow("%d articles in %dx%d", count, room.width(), room.height()) << count << room;
    }
}

// The geometry alone: fitted cells and labels fit the room, unless the
// cells are already the smallest drawn; never larger than zoom 1.
void TestProvenanceMatrixZoom::fittedGeometryFits()
{
    QFETCH(int, count);
    QFETCH(QSize, room);
    MatrixGeometry::Labels labels;
    for (int a = 0; a < count; ++a) {
        labels.ids.append(QStringLiteral("care%1_independent").arg(a * 7));
        labels.names.append(QStringLiteral("%1 %2_independent").arg(a + 1).arg(a * 7));
    }
    const QFont font = QApplication::font();
    const MatrixGeometry fitted = MatrixGeometry::fitting(font, labels, room);
    const MatrixGeometry normal = MatrixGeometry::zoomed(font, labels, 1.0);
    QVERIFY(fitted.zoom <= 1.0 && fitted.cellWidth <= normal.cellWidth && fitted.cellHeight <= normal.cellHeight);
    const QSize grid = fitted.gridSize(count);
    const bool smallest = fitted.zoom <= MatrixGeometry::minimumZoom || fitted.cellWidth <= MatrixGeometry::minimumCell
        || fitted.cellHeight <= MatrixGeometry::minimumCell;
    QVERIFY2(smallest || (grid.width() <= room.width() && grid.height() <= room.height()),
             qPrintable(QStringLiteral("%1x%2 in %3x%4").arg(grid.width()).arg(grid.height()).arg(room.width()).arg(room.height())));
    // Labels never overlap: each named row or column has a line's room.
    QVERIFY(fitted.rowLabelStride * fitted.cellHeight >= fitted.line);
    QVERIFY(fitted.columnLabelStride * fitted.cellWidth >= QFontMetrics(fitted.labelFont).height());
    QCOMPARE(normal.rowLabelStride, 1);
    QCOMPARE(normal.numbers, true);
}

QTEST_MAIN(TestProvenanceMatrixZoom)
#include "tst_provenancematrixzoom.moc"
