#include "isolatedsettings.h"
#include "mainwindow.h"
#include "provenancematrix.h"
#include "viewfixtures.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace WireDiff;

// The view options the window remembers between runs, as the next window
// finds them: here Who Copied Whom's Fit and zoom, set with the matrix's
// own keys and buttons.
class TestViewOptionsController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void matrixZoomIsRemembered_data();
    void matrixZoomIsRemembered();

private:
    QTemporaryDir m_settingsDir;
};

void TestViewOptionsController::initTestCase()
{
    TestSettings::isolate(QStringLiteral("tst_viewoptionscontroller"), m_settingsDir.path());
}

void TestViewOptionsController::init()
{
    QSettings().clear();
}

void TestViewOptionsController::matrixZoomIsRemembered_data()
{
    QTest::addColumn<QString>("done"); // F: the key; +, -: the buttons
    QTest::addColumn<bool>("fit");
    QTest::addColumn<double>("zoom");  // set by hand, which Fit keeps for later

    QTest::newRow("nothing") << QString() << false << 1.0;
    QTest::newRow("Fit") << QStringLiteral("F") << true << 1.0;
    QTest::newRow("larger twice") << QStringLiteral("++") << false << 1.5625;
    QTest::newRow("smaller, then Fit") << QStringLiteral("-F") << true << 0.8;
    QTest::newRow("Fit, then smaller: Fit left") << QStringLiteral("F-") << false << -1.0;
}

void TestViewOptionsController::matrixZoomIsRemembered()
{
    QFETCH(QString, done);
    QFETCH(bool, fit);
    QFETCH(double, zoom);
    double fittedSmaller = 0;
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProvenanceMatrix *matrix = window.provenanceMatrix();
        matrix->setComparison(ViewFixtures::versions(12));
        matrix->setFocus();
        for (const QChar c : done) {
            if (c == QLatin1Char('F'))
                QTest::keyClick(matrix, Qt::Key_F);
            else
                QTest::mouseClick(c == QLatin1Char('+') ? matrix->zoomInButton() : matrix->zoomOutButton(), Qt::LeftButton);
            if (c == QLatin1Char('F'))
                fittedSmaller = matrix->zoom() / 1.25;
        }
    }
    MainWindow again;
    const ProvenanceMatrix *matrix = again.provenanceMatrix();
    QCOMPARE(matrix->fitsToView(), fit);
    QCOMPARE(matrix->fitButton()->isChecked(), fit);
    const double expected = zoom > 0 ? zoom : fittedSmaller;
    QVERIFY2(std::abs(matrix->manualZoom() - expected) < 1e-6, qPrintable(QStringLiteral("%1, not %2").arg(matrix->manualZoom()).arg(expected)));
}

QTEST_MAIN(TestViewOptionsController)
#include "tst_viewoptionscontroller.moc"
