#include "contextmenuchoice.h"
#include "familytreefixtures.h"
#include "familytreeview.h"
#include "testarticles.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMainWindow>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QWheelEvent>

#include <cmath>

using namespace WireDiff;
using WireDiff::FamilyTreeFixtures::chain;
using WireDiff::FamilyTreeFixtures::star;

// The family tree seen whole (review 12: at 20 versions a dock of the
// 1366x768 window showed 3 of 20 boxes and had no Fit): Fit (F, the
// button, the context menu) scales every box into the panel; Ctrl+wheel,
// Ctrl++ / Ctrl+- / Ctrl+0 (taken before the window's zoom of the panes)
// and the buttons zoom by hand, as in Who Copied Whom. Offscreen, driven
// as an editor does.
class TestFamilyTreeZoom : public QObject
{
    Q_OBJECT

private slots:
    void fitShowsEveryBox_data();
    void fitShowsEveryBox();
    void zoomByHand_data();
    void zoomByHand();
};

namespace {

// Articles named as a newsroom folder names them ("care8_outlet").
std::shared_ptr<const Comparison> withTree(const Parents &parents)
{
    return FamilyTreeFixtures::withTree(parents, [](qint32 a) { return QStringLiteral("care%1_outlet").arg(a * 7 + 1); });
}

// A newsroom's: the agency copy, four rewrites of it, and copies of those.
Parents newsroom(int n)
{
    Parents parents { -1, 0, 0, 0, 0 };
    for (int a = 5; a < n; ++a)
        parents.append(1 + (a - 5) % 4);
    return parents;
}

bool everyBoxShows(const FamilyTreeView &view, int count)
{
    for (qint32 a = 0; a < count; ++a) {
        if (!view.viewport()->rect().contains(view.articleRect(a)))
            return false;
    }
    return true;
}

void keepScreenshot(QWidget *widget)
{
    const QString dir = qEnvironmentVariable("WIREDIFF_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        widget->grab().save(QDir(dir).filePath(QStringLiteral("tree-") + name + QStringLiteral(".png")));
    }
}

} // namespace

void TestFamilyTreeZoom::fitShowsEveryBox_data()
{
    QTest::addColumn<Parents>("parents");
    QTest::addColumn<QSize>("room");
    QTest::addColumn<QString>("how"); // key, button, menu

    // The dock's room in the window at 1366x768 and 1920x1080.
    QTest::newRow("20 in a newsroom's tree, 1366x768, F") << newsroom(20) << QSize(360, 230) << "key";
    QTest::newRow("20 in a chain, 1366x768, the Fit button") << chain(20) << QSize(360, 230) << "button";
    QTest::newRow("20 copies of one, 1920x1080, the menu") << star(20) << QSize(520, 320) << "menu";
    QTest::newRow("40 in a newsroom's tree, 1920x1080, F") << newsroom(40) << QSize(520, 320) << "key";
    QTest::newRow("3 in a chain, room to spare: never larger") << chain(3) << QSize(800, 600) << "key";
}

void TestFamilyTreeZoom::fitShowsEveryBox()
{
    QFETCH(Parents, parents);
    QFETCH(QSize, room);
    QFETCH(QString, how);
    const int count = int(parents.size());
    FamilyTreeView view;
    view.setComparison(withTree(parents));
    view.resize(room);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    const bool showsAllBefore = everyBoxShows(view, count);
    QSignalSpy changed(&view, &FamilyTreeView::zoomChanged);

    if (how == QLatin1String("key")) {
        QTest::keyClick(&view, Qt::Key_F);
    } else if (how == QLatin1String("button")) {
        QVERIFY(view.fitButton() && view.fitButton()->isVisible());
        QTest::mouseClick(view.fitButton(), Qt::LeftButton);
    } else {
        QVERIFY(ContextMenuChoice::choose(view.viewport(), view.viewport()->rect().center(), QStringLiteral("Fit Whole Tree")));
    }
    QVERIFY(view.fitsToView());
    QCOMPARE(changed.count(), 1);
    QVERIFY(view.fitButton()->isChecked());
    keepScreenshot(&view);
    // Every box in the panel, nothing to scroll, never larger than life.
    for (qint32 a = 0; a < count; ++a)
        QVERIFY2(view.viewport()->rect().contains(view.articleRect(a)), qPrintable(QString::number(a)));
    QCOMPARE(view.verticalScrollBar()->maximum(), 0);
    QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
    QVERIFY(view.scale() <= 1.0);
    if (!showsAllBefore)
        QVERIFY(view.scale() < 1.0);

    // Fitted as the dock grows or shrinks.
    view.resize(room.width() + 120, room.height() - 40);
    QVERIFY2(everyBoxShows(view, count), qPrintable(QStringLiteral("scale %1, viewport %2x%3, last box at %4,%5").arg(view.scale()).arg(view.viewport()->width()).arg(view.viewport()->height()).arg(view.articleRect(count - 1).bottom()).arg(view.articleRect(count - 1).right())));
    // F again: back to the zoom before.
    QTest::keyClick(&view, Qt::Key_F);
    QVERIFY(!view.fitsToView());
    QVERIFY(!view.fitButton()->isChecked());
    QCOMPARE(view.manualZoom(), 1.0);
}

void TestFamilyTreeZoom::zoomByHand_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("steps"); // zoom steps expected, + in, - out; 0: back to 1

    QTest::newRow("Ctrl+wheel up") << "wheel" << 1;
    QTest::newRow("Ctrl+wheel down twice") << "wheel" << -2;
    QTest::newRow("Ctrl++") << "Ctrl++" << 1;
    QTest::newRow("Ctrl+-") << "Ctrl+-" << -1;
    QTest::newRow("Ctrl+0 after Ctrl+-") << "Ctrl+0" << 0;
    QTest::newRow("the + button") << "button+" << 1;
    QTest::newRow("the \u2212 button") << "button-" << -1;
}

void TestFamilyTreeZoom::zoomByHand()
{
    QFETCH(QString, how);
    QFETCH(int, steps);
    // In a window whose own Ctrl++ / Ctrl+- / Ctrl+0 zoom the panes.
    QMainWindow window;
    int windowZooms = 0;
    for (const QKeySequence &key : { QKeySequence(QKeySequence::ZoomIn), QKeySequence(QKeySequence::ZoomOut), QKeySequence(Qt::CTRL | Qt::Key_0) }) {
        auto *action = new QAction(&window);
        action->setShortcut(key);
        connect(action, &QAction::triggered, &window, [&windowZooms] { ++windowZooms; });
        window.addAction(action);
    }
    auto *view = new FamilyTreeView;
    view->setComparison(withTree(newsroom(20)));
    window.setCentralWidget(view);
    window.resize(520, 480);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    view->setFocus();
    QVERIFY(view->hasFocus());
    const qreal before = view->scale();

    const QPoint centre = view->viewport()->rect().center();
    const auto wheel = [&](int notches) {
        QWheelEvent event(centre, view->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &event);
    };
    if (how == QLatin1String("wheel")) {
        for (int i = 0; i < std::abs(steps); ++i)
            wheel(steps > 0 ? 1 : -1);
    } else if (how == QLatin1String("Ctrl++")) {
        QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
    } else if (how == QLatin1String("Ctrl+-")) {
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    } else if (how == QLatin1String("Ctrl+0")) {
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(view->manualZoom() < 1.0);
        QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
    } else {
        QTest::mouseClick(how.endsWith(QLatin1Char('+')) ? view->zoomInButton() : view->zoomOutButton(), Qt::LeftButton);
    }
    QCOMPARE(windowZooms, 0);
    QVERIFY(!view->fitsToView());
    const double expected = std::pow(1.25, steps);
    QVERIFY2(std::abs(view->manualZoom() - expected) < 1e-6, qPrintable(QString::number(view->manualZoom())));
    // Zoomed out the boxes are smaller, in larger; each box keeps its size
    // relation to the zoom at 1.
    if (steps > 0)
        QVERIFY(view->scale() > before);
    else if (steps < 0)
        QVERIFY(view->scale() < before);
    else
        QCOMPARE(view->scale(), before);
    // The keyboard still walks the boxes, and the current one is brought into view.
    QTest::keyClick(view, Qt::Key_Home);
    QVERIFY(view->currentArticle() >= 0);
    QVERIFY(view->viewport()->rect().contains(view->articleRect(view->currentArticle())));
}

QTEST_MAIN(TestFamilyTreeZoom)
#include "tst_familytreezoom.moc"
