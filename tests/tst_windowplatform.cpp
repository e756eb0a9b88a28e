#include "windowplatform.h"

#include <QTest>

#include <vector>

using namespace WireDiff;

// Whether Qt would find a display for a window, asked before Qt is
// started: without one main() checks the command line headless instead of
// letting Qt's platform plugin abort the process.
class TestWindowPlatform : public QObject
{
    Q_OBJECT

private slots:
    void hasDisplay_data();
    void hasDisplay();
    void readsPlatformArgument_data();
    void readsPlatformArgument();
};

void TestWindowPlatform::hasDisplay_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("x11");
    QTest::addColumn<QString>("wayland");
    QTest::addColumn<bool>("expected");
    QTest::newRow("a server: no platform, no display") << QString() << QString() << QString() << false;
    QTest::newRow("an X11 desktop") << QString() << QStringLiteral(":0") << QString() << true;
    QTest::newRow("a Wayland desktop") << QString() << QString() << QStringLiteral("wayland-0") << true;
    QTest::newRow("xcb asked for without DISPLAY") << QStringLiteral("xcb") << QString() << QStringLiteral("wayland-0") << false;
    QTest::newRow("xcb with options and DISPLAY") << QStringLiteral("xcb:nograb") << QStringLiteral(":1") << QString() << true;
    QTest::newRow("wayland asked for without WAYLAND_DISPLAY") << QStringLiteral("wayland") << QStringLiteral(":0") << QString()
                                                               << false;
    QTest::newRow("wayland-egl with WAYLAND_DISPLAY") << QStringLiteral("wayland-egl") << QString() << QStringLiteral("w")
                                                      << true;
    QTest::newRow("a list falls back to xcb") << QStringLiteral("wayland;xcb") << QStringLiteral(":0") << QString() << true;
    QTest::newRow("a list of desktops without a display") << QStringLiteral("wayland;xcb") << QString() << QString() << false;
    QTest::newRow("offscreen needs no display") << QStringLiteral("offscreen") << QString() << QString() << true;
    QTest::newRow("minimal needs no display") << QStringLiteral("minimal") << QString() << QString() << true;
    QTest::newRow("vnc with options") << QStringLiteral("vnc:size=800x600") << QString() << QString() << true;
    QTest::newRow("a blank platform is the default") << QStringLiteral(" ") << QString() << QString() << false;
}

void TestWindowPlatform::hasDisplay()
{
    QFETCH(QString, platform);
    QFETCH(QString, x11);
    QFETCH(QString, wayland);
    QFETCH(bool, expected);
    QCOMPARE(WindowPlatform::hasDisplay({ platform, x11, wayland }), expected);
}

void TestWindowPlatform::readsPlatformArgument_data()
{
    QTest::addColumn<QByteArrayList>("arguments");
    QTest::addColumn<QString>("platform");
    QTest::newRow("none: the environment's") << QByteArrayList { "wirediff", "/tmp/wire" } << QStringLiteral("from-environment");
    QTest::newRow("-platform") << QByteArrayList { "wirediff", "-platform", "offscreen", "/tmp/wire" } << QStringLiteral("offscreen");
    QTest::newRow("--platform") << QByteArrayList { "wirediff", "--platform", "minimal" } << QStringLiteral("minimal");
    QTest::newRow("-platform without a name") << QByteArrayList { "wirediff", "-platform" } << QStringLiteral("from-environment");
}

void TestWindowPlatform::readsPlatformArgument()
{
    QFETCH(QByteArrayList, arguments);
    QFETCH(QString, platform);
    const bool wasSet = qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    const QByteArray saved = qgetenv("QT_QPA_PLATFORM");
    qputenv("QT_QPA_PLATFORM", "from-environment");
    std::vector<char *> argv;
    for (QByteArray &argument : arguments)
        argv.push_back(argument.data());
    const WindowPlatform::Environment environment = WindowPlatform::current(int(argv.size()), argv.data());
    if (wasSet)
        qputenv("QT_QPA_PLATFORM", saved);
    else
        qunsetenv("QT_QPA_PLATFORM");
    QCOMPARE(environment.platform, platform);
}

QTEST_GUILESS_MAIN(TestWindowPlatform)
#include "tst_windowplatform.moc"
