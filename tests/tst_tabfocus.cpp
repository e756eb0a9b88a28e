#include "comparisonview.h"
#include "isolatedsettings.h"
#include "mainwindow.h"
#include "provenancematrix.h"
#include "storywindow.h"
#include "viewfixtures.h"

#include <QApplication>
#include <QDockWidget>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace WireDiff;

// Tab through the main window (review 16): every stop is one the editor can
// see. Docks behind their tab stay "visible" to Qt, moved out of the
// window, and their list and buttons took the focus unseen (Space then
// opened a note's editor); the matrix took it without showing it.
class TestTabFocus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyStopIsInSight_data();
    void everyStopIsInSight();
    void matrixShowsItHasTheFocus_data();
    void matrixShowsItHasTheFocus();

private:
    QTemporaryDir m_settingsDir;
};

void TestTabFocus::initTestCase()
{
    TestSettings::isolate(QStringLiteral("tst_tabfocus"), m_settingsDir.path());
}

void TestTabFocus::everyStopIsInSight_data()
{
    QTest::addColumn<bool>("backwards");
    QTest::addColumn<QString>("raisedDock"); // the tab in front among the lower docks

    QTest::newRow("Tab, Changed Facts in front") << false << QStringLiteral("FactsDock");
    QTest::newRow("Shift+Tab, Changed Facts in front") << true << QStringLiteral("FactsDock");
    QTest::newRow("Tab, Notes in front") << false << QStringLiteral("NotesDock");
    QTest::newRow("Tab, Family Tree in front") << false << QStringLiteral("FamilyTreeDock");
}

void TestTabFocus::everyStopIsInSight()
{
    QFETCH(bool, backwards);
    QFETCH(QString, raisedDock);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("story"));
    QVERIFY(ViewFixtures::writeStoryFolder(folder, 12));
    const std::unique_ptr<MainWindow> window = StoryWindow::open(folder);
    QVERIFY(window);
    QDockWidget *raised = window->findChild<QDockWidget *>(raisedDock);
    QVERIFY(raised);
    raised->raise();
    QApplication::setActiveWindow(window.get());
    window->view()->setFocus(Qt::OtherFocusReason);
    QTest::qWait(50);

    QSet<const QWidget *> stops;
    for (int press = 0; press < 30; ++press) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key_Tab, backwards ? Qt::ShiftModifier : Qt::NoModifier);
        const QWidget *now = QApplication::focusWidget();
        QVERIFY(now);
        stops.insert(now);
        const QRect inWindow(now->mapTo(window.get(), QPoint(0, 0)), now->size());
        QVERIFY2(inWindow.intersects(window->rect()),
                 qPrintable(QStringLiteral("%1 at %2,%3 is out of sight").arg(QString::fromLatin1(now->metaObject()->className()))
                                .arg(inWindow.x()).arg(inWindow.y())));
    }
    // Still a cycle through the view, the tool bar and the docks in front.
    QVERIFY(stops.contains(window->view()));
    QVERIFY(stops.contains(window->findChild<ProvenanceMatrix *>()));
    QVERIFY(stops.size() >= 4);
}

void TestTabFocus::matrixShowsItHasTheFocus_data()
{
    QTest::addColumn<int>("versions");
    QTest::newRow("three versions") << 3;
    QTest::newRow("twelve versions") << 12;
}

// With the focus the matrix draws a frame and its keyboard cursor; a Tab
// that lands on it changes what it shows.
void TestTabFocus::matrixShowsItHasTheFocus()
{
    QFETCH(int, versions);
    QWidget holder;
    auto *other = new QWidget(&holder);
    other->setFocusPolicy(Qt::StrongFocus);
    auto *matrix = new ProvenanceMatrix(&holder);
    matrix->setGeometry(0, 0, 500, 500);
    other->setGeometry(0, 500, 10, 10);
    matrix->setComparison(ViewFixtures::versions(versions));
    holder.resize(500, 510);
    holder.show();
    QVERIFY(QTest::qWaitForWindowExposed(&holder));
    QApplication::setActiveWindow(&holder);
    other->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(other->hasFocus());
    const QImage without = matrix->viewport()->grab().toImage();
    QTest::keyClick(other, Qt::Key_Tab);
    QTRY_VERIFY(matrix->hasFocus());
    QTest::qWait(20);
    const QImage with = matrix->viewport()->grab().toImage();
    QVERIFY(with != without);
    // The frame: the highlight colour along the panel's left edge.
    const QColor highlight = matrix->palette().color(QPalette::Highlight);
    QCOMPARE(with.pixelColor(1, with.height() / 2), highlight);
    QVERIFY(without.pixelColor(1, without.height() / 2) != highlight);
}

QTEST_MAIN(TestTabFocus)
#include "tst_tabfocus.moc"
