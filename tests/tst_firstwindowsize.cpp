#include "appsettings.h"
#include "firstwindowsize.h"
#include "isolatedsettings.h"
#include "mainwindow.h"

#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace WireDiff;

// The window's size on a first start fits the screen it opens on; a size
// the editor left it at is kept.
class TestFirstWindowSize : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void forScreen_data();
    void forScreen();
    void firstWindowFitsTheScreen();
    void savedSizeIsKept();

private:
    QTemporaryDir m_settingsDir;
};

void TestFirstWindowSize::initTestCase()
{
    TestSettings::isolate(QStringLiteral("tst_firstwindowsize"), m_settingsDir.path());
}

void TestFirstWindowSize::forScreen_data()
{
    QTest::addColumn<QSize>("available");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("a 1024×700 projector") << QSize(1024, 700) << QSize(921, 630);
    QTest::newRow("a 1366×768 laptop under a 32-pixel panel") << QSize(1366, 736) << QSize(1229, 662);
    QTest::newRow("a full HD screen: the largest") << QSize(1920, 1050) << QSize(1440, 900);
    QTest::newRow("wide but short") << QSize(3840, 800) << QSize(1440, 720);
    QTest::newRow("no screen size known") << QSize() << QSize(1440, 900);
}

void TestFirstWindowSize::forScreen()
{
    QFETCH(QSize, available);
    QFETCH(QSize, expected);
    QCOMPARE(FirstWindowSize::forScreen(available), expected);
}

// Offscreen the screen is 800×600: a 1440×900 window would hang off it.
void TestFirstWindowSize::firstWindowFitsTheScreen()
{
    QSettings().clear();
    MainWindow window;
    const QSize available = window.screen()->availableGeometry().size();
    QVERIFY(available.width() < 1440 || available.height() < 900);
    QCOMPARE(window.size(), FirstWindowSize::forScreen(available));
    QVERIFY(window.width() <= available.width() && window.height() <= available.height());
}

void TestFirstWindowSize::savedSizeIsKept()
{
    QSettings().clear();
    {
        MainWindow window;
        window.resize(700, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    MainWindow window;
    QCOMPARE(window.size(), QSize(700, 500));
}

QTEST_MAIN(TestFirstWindowSize)
#include "tst_firstwindowsize.moc"
