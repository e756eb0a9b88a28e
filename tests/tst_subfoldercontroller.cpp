#include "appsettings.h"
#include "comparisonsession.h"
#include "comparisonview.h"
#include "isolatedsettings.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "noticebanner.h"
#include "subfoldercontroller.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace WireDiff;

// File ▸ Include Subfolders, offscreen: a folder whose articles are in its
// subfolders says so and is read whole once the option is on; the choice
// is remembered, --recursive is for one run.
class TestSubfolderController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void subfoldersAreSaidThenRead_data();
    void subfoldersAreSaidThenRead();
    void choiceIsRememberedCommandLineIsNot_data();
    void choiceIsRememberedCommandLineIsNot();

private:
    QString writeFolder(const QStringList &files) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QByteArray stories[] = {
    "Ferry services to the islands resumed on Sunday after two days of gales.\n\n"
    "The operator said crossings would run to the winter timetable until March.\n",
    "Ferry services to the islands resumed on Sunday after two days of storms.\n\n"
    "The operator said crossings would run to the winter timetable until March.\n\n"
    "Passengers queued from dawn at the harbour.\n",
    "Island ferries sailed again on Sunday once two days of gales had passed.\n\n"
    "Crossings follow the winter timetable until March, the operator said.\n",
};

} // namespace

void TestSubfolderController::initTestCase()
{
    TestSettings::isolate(QStringLiteral("tst_subfoldercontroller"), m_settingsDir.path());
}

void TestSubfolderController::init()
{
    AppSettings().setIncludeSubfolders(false);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSubfolderController::cleanup()
{
    m_dir.reset();
}

QString TestSubfolderController::writeFolder(const QStringList &files) const
{
    const QString folder = m_dir->filePath(QStringLiteral("desk"));
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString path = QDir(folder).filePath(files.at(i));
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(stories[i % 3]);
    }
    return folder;
}

void TestSubfolderController::subfoldersAreSaidThenRead_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("articlesBefore"); // 0: nothing to compare
    QTest::addColumn<QString>("said");
    QTest::addColumn<int>("articlesAfter");
    QTest::newRow("all in subfolders") << QStringList { "afp/a.txt", "reuters/b.txt" } << 0 << QStringLiteral("2 subfolder") << 2;
    QTest::newRow("articles and a subfolder") << QStringList { "a.txt", "b.txt", "sub/c.txt" } << 2
                                              << QStringLiteral("1 subfolder") << 3;
}

void TestSubfolderController::subfoldersAreSaidThenRead()
{
    QFETCH(QStringList, files);
    QFETCH(int, articlesBefore);
    QFETCH(QString, said);
    QFETCH(int, articlesAfter);
    const QString folder = writeFolder(files);
    QVERIFY(!folder.isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy ready(window.session(), &ComparisonSession::comparisonReady);
    QSignalSpy failed(window.session(), &ComparisonSession::failed);
    QAction *include = window.actions().includeSubfolders;
    QVERIFY(include->isCheckable());
    QVERIFY(!include->isChecked());
    window.open({ folder });
    QVERIFY((articlesBefore == 0 ? failed : ready).wait(20000));
    const NoticeBanner *banner = window.noticeBanner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), articlesBefore == 0 ? NoticeBanner::Kind::Error : NoticeBanner::Kind::Warning);
    QVERIFY2(banner->message().contains(said) && banner->message().contains(QLatin1String("Include Subfolders")),
             qPrintable(banner->message()));
    if (articlesBefore > 0)
        QCOMPARE(window.view()->model().articleCount(), articlesBefore);

    // Turning the option on reads the folder on show again, whole.
    ready.clear();
    include->trigger();
    QVERIFY(ready.wait(20000));
    QCOMPARE(window.view()->model().articleCount(), articlesAfter);
    QVERIFY2(!banner->isVisible() || !banner->message().contains(QLatin1String("subfolder")), qPrintable(banner->message()));
}

void TestSubfolderController::choiceIsRememberedCommandLineIsNot_data()
{
    QTest::addColumn<bool>("saved");
    QTest::addColumn<bool>("recursiveGiven");
    QTest::addColumn<bool>("inForce");
    QTest::newRow("saved off") << false << false << false;
    QTest::newRow("saved on") << true << false << true;
    QTest::newRow("--recursive over saved off") << false << true << true;
}

void TestSubfolderController::choiceIsRememberedCommandLineIsNot()
{
    QFETCH(bool, saved);
    QFETCH(bool, recursiveGiven);
    QFETCH(bool, inForce);
    AppSettings().setIncludeSubfolders(saved);
    const QString folder = writeFolder({ QStringLiteral("afp/a.txt"), QStringLiteral("reuters/b.txt") });
    MainWindow window;
    LoadOptions options;
    options.recurse = recursiveGiven;
    window.subfolders()->useCommandLine(options, recursiveGiven);
    QAction *include = window.actions().includeSubfolders;
    QCOMPARE(include->isChecked(), inForce);
    QCOMPARE(AppSettings().includeSubfolders(), saved);
    QSignalSpy ready(window.session(), &ComparisonSession::comparisonReady);
    QSignalSpy failed(window.session(), &ComparisonSession::failed);
    window.open({ folder });
    QVERIFY((inForce ? ready : failed).wait(20000));

    // The editor's own choice is what is remembered, for the next window.
    include->trigger();
    QCOMPARE(AppSettings().includeSubfolders(), !inForce);
    QCOMPARE(MainWindow().actions().includeSubfolders->isChecked(), !inForce);
}

QTEST_MAIN(TestSubfolderController)
#include "tst_subfoldercontroller.moc"
