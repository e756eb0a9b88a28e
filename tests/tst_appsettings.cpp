#include "accountname.h"
#include "appsettings.h"
#include "isolatedsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace WireDiff;

// What the window remembers between runs, read back as a new run reads it.
class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void noteAuthor_data();
    void noteAuthor();
    void matrixZoom_data();
    void matrixZoom();

private:
    QTemporaryDir m_dir;
};

void TestAppSettings::initTestCase()
{
    TestSettings::isolate(QStringLiteral("tst_appsettings"), m_dir.path());
}

void TestAppSettings::init()
{
    QSettings().clear();
}

void TestAppSettings::noteAuthor_data()
{
    QTest::addColumn<bool>("set");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("read"); // "-": the account's name

    QTest::newRow("never given: the account's") << false << QString() << "-";
    QTest::newRow("a name") << true << QStringLiteral("Ana Silva") << QStringLiteral("Ana Silva");
    QTest::newRow("white space folded") << true << QStringLiteral("  Ana \t Silva ") << QStringLiteral("Ana Silva");
    // Chosen, not forgotten: the account's name does not come back.
    QTest::newRow("none") << true << QString() << QString();
}

void TestAppSettings::noteAuthor()
{
    QFETCH(bool, set);
    QFETCH(QString, given);
    QFETCH(QString, read);
    if (set)
        AppSettings().setNoteAuthor(given);
    QCOMPARE(AppSettings().noteAuthor(), read == QLatin1String("-") ? AccountName::current() : read);
}

void TestAppSettings::matrixZoom_data()
{
    QTest::addColumn<QString>("panel"); // matrix: Who Copied Whom; tree: the Family Tree
    QTest::addColumn<bool>("set");
    QTest::addColumn<bool>("fit");
    QTest::addColumn<double>("zoom");

    QTest::newRow("matrix never set: not fitted, zoom 1") << "matrix" << false << false << 1.0;
    QTest::newRow("matrix fitted, zoom kept for later") << "matrix" << true << true << 0.8;
    QTest::newRow("matrix zoomed in") << "matrix" << true << false << 1.5625;
    QTest::newRow("tree never set, whatever the matrix: not fitted, zoom 1") << "tree" << false << false << 1.0;
    QTest::newRow("tree fitted, zoom kept for later") << "tree" << true << true << 0.64;
    QTest::newRow("tree zoomed out") << "tree" << true << false << 0.8;
}

void TestAppSettings::matrixZoom()
{
    QFETCH(QString, panel);
    QFETCH(bool, set);
    QFETCH(bool, fit);
    QFETCH(double, zoom);
    const bool tree = panel == QLatin1String("tree");
    if (set && tree)
        AppSettings().setTreeZoom(fit, zoom);
    else if (set)
        AppSettings().setMatrixZoom(fit, zoom);
    const AppSettings read;
    QCOMPARE(tree ? read.treeFit() : read.matrixFit(), fit);
    QCOMPARE(tree ? read.treeZoom() : read.matrixZoom(), zoom);
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
