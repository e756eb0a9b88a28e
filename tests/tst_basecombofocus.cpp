#include "comparisonsession.h"
#include "comparisonview.h"
#include "isolatedsettings.h"
#include "mainwindow.h"
#include "storywindow.h"
#include "viewfixtures.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace WireDiff;

namespace {

// As the keyboard delivers it: to the open list if there is one, else to
// the widget with the focus, shortcuts first.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(static_cast<QWidget *>(nullptr), key, modifiers);
}

void wheel(QWidget *widget, int delta)
{
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

bool panesHaveFocus(const MainWindow &window)
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && (focus == window.view() || window.view()->isAncestorOf(focus));
}

} // namespace

// The toolbar's Base box in the real window, offscreen, driven by keys,
// clicks and the wheel as an editor drives it: a base picked there sends
// the focus back to the panes, so reading on with the keys never picks
// another base; the wheel over the box without the focus does nothing.
class TestBaseComboFocus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pickedBaseReturnsToPanes_data();
    void pickedBaseReturnsToPanes();
    void wheelWithoutFocusKeepsBase_data();
    void wheelWithoutFocusKeepsBase();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestBaseComboFocus::initTestCase()
{
    TestSettings::isolate(QStringLiteral("tst_basecombofocus"), m_settingsDir.path());
}

void TestBaseComboFocus::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString folder = m_dir->filePath(QStringLiteral("story"));
    QVERIFY(ViewFixtures::writeStoryFolder(folder, 30));
    m_window = StoryWindow::open(folder);
    QVERIFY(m_window);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(m_window->baseComboBox()->currentData().toString(), QStringLiteral("agency"));
}

void TestBaseComboFocus::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestBaseComboFocus::pickedBaseReturnsToPanes_data()
{
    QTest::addColumn<QString>("pick");   // how the base is picked
    QTest::addColumn<int>("next");       // the key pressed after the pick, to read on
    QTest::addColumn<int>("modifiers");
    QTest::newRow("Alt+B, Down, Return; then Down") << QStringLiteral("keys") << int(Qt::Key_Down) << int(Qt::NoModifier);
    QTest::newRow("Alt+B, Down, Return; then Page Down") << QStringLiteral("keys") << int(Qt::Key_PageDown) << int(Qt::NoModifier);
    QTest::newRow("Alt+B, Down, Return; then Ctrl+Home") << QStringLiteral("keys") << int(Qt::Key_Home) << int(Qt::ControlModifier);
    QTest::newRow("Alt+B, Down, Return; then Up") << QStringLiteral("keys") << int(Qt::Key_Up) << int(Qt::NoModifier);
    QTest::newRow("click in the list; then Down") << QStringLiteral("click") << int(Qt::Key_Down) << int(Qt::NoModifier);
    QTest::newRow("click in the list; then End") << QStringLiteral("click") << int(Qt::Key_End) << int(Qt::NoModifier);
}

void TestBaseComboFocus::pickedBaseReturnsToPanes()
{
    QFETCH(QString, pick);
    QFETCH(int, next);
    QFETCH(int, modifiers);
    QComboBox *combo = m_window->baseComboBox();
    QVERIFY(combo->count() >= 3);
    const int picked = combo->currentIndex() + 1;
    const QString pickedId = combo->itemData(picked).toString();
    QSignalSpy ready(m_window->session(), &ComparisonSession::comparisonReady);

    if (pick == QLatin1String("keys")) {
        press(Qt::Key_B, Qt::AltModifier);
        QVERIFY(combo->hasFocus());
        press(Qt::Key_Down);
        press(Qt::Key_Return);
    } else {
        QTest::mouseClick(combo, Qt::LeftButton);
        QAbstractItemView *list = combo->view();
        QTRY_VERIFY(list->isVisible());
        // After the double-click time, so the list takes the click as a pick.
        QTest::qWait(QApplication::doubleClickInterval() + 50);
        const QPoint at = list->visualRect(list->model()->index(picked, 0)).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    }
    QVERIFY(!combo->view()->isVisible());
    QVERIFY(ready.count() >= 1 || ready.wait(20000));
    QCOMPARE(combo->currentData().toString(), pickedId);
    QVERIFY2(panesHaveFocus(*m_window),
             qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QStringLiteral("none")));

    // Reading on: the key moves in the panes, no comparison starts.
    QSignalSpy started(m_window->session(), &ComparisonSession::started);
    press(Qt::Key(next), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(started.count(), 0);
    QCOMPARE(combo->currentData().toString(), pickedId);
    QVERIFY(panesHaveFocus(*m_window));
}

void TestBaseComboFocus::wheelWithoutFocusKeepsBase_data()
{
    QTest::addColumn<int>("delta");
    QTest::newRow("wheel down") << -120;
    QTest::newRow("wheel up") << 120;
    QTest::newRow("a long turn down") << -600;
}

// The closed box under a scrolling mouse, the focus in the panes.
void TestBaseComboFocus::wheelWithoutFocusKeepsBase()
{
    QFETCH(int, delta);
    QComboBox *combo = m_window->baseComboBox();
    m_window->view()->setFocus();
    QVERIFY(!combo->hasFocus());
    if (delta > 0) // somewhere to go up to
        combo->setCurrentIndex(1);
    const int before = combo->currentIndex();
    QSignalSpy started(m_window->session(), &ComparisonSession::started);
    wheel(combo, delta);
    QCOMPARE(started.count(), 0);
    QCOMPARE(combo->currentIndex(), before);
    QVERIFY(!combo->hasFocus());
}

QTEST_MAIN(TestBaseComboFocus)
#include "tst_basecombofocus.moc"
