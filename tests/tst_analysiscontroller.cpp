#include "comparisonsession.h"
#include "comparisonview.h"
#include "factlistmodel.h"
#include "factspanel.h"
#include "isolatedsettings.h"
#include "legendwidget.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "viewfixtures.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace WireDiff;

// The changed-facts panel in the real window, driven as an editor does:
// its keys while it has the focus, and going to a fact from it. On a
// folder of more versions than the window has room for side by side.
class TestAnalysisController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void factsPanelKeysActOnTheFacts_data();
    void factsPanelKeysActOnTheFacts();
    void goingToAFactShowsItsPane_data();
    void goingToAFactShowsItsPane();
    void legendFollowsAgreementShading_data();
    void legendFollowsAgreementShading();

private:
    bool waitForComparison();
    qint32 indexOf(const QString &id) const { return m_window->view()->model().comparison().indexOf(id); }
    FactsPanel *factsPanel() const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

constexpr int outletCount = 6;

QString outletId(int outlet)
{
    return QStringLiteral("outlet%1").arg(outlet);
}

// The agency's story and `outletCount` copies, each with one figure of its
// own paragraph changed: one changed fact per copy, in a different row.
bool writeStory(const QString &folder)
{
    const QStringList agency = ViewFixtures::story(10);
    auto write = [&folder](const QString &id, const QStringList &paragraphs) {
        QFile file(QDir(folder).filePath(id + QStringLiteral(".txt")));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        for (const QString &paragraph : paragraphs)
            file.write(paragraph.toUtf8() + "\n\n");
        return file.flush();
    };
    bool written = write(QStringLiteral("agency"), agency);
    for (int outlet = 1; outlet <= outletCount; ++outlet) {
        QStringList copy = agency;
        copy[outlet].replace(QString::number(1000 + outlet * 37), QString::number(9000 + outlet));
        written = write(outletId(outlet), copy) && written;
    }
    return written;
}

} // namespace

void TestAnalysisController::initTestCase()
{
    TestSettings::isolate(QStringLiteral("tst_analysiscontroller"), m_settingsDir.path());
}

void TestAnalysisController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(writeStory(m_dir->path()));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Shortcuts of the window count only in the active window.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->session()->setBase(QStringLiteral("agency"));
    m_window->open({ m_dir->path() });
    QVERIFY(waitForComparison());
    QCOMPARE(m_window->view()->model().articleCount(), outletCount + 1);
    QCOMPARE(factsPanel()->model()->factCount(), outletCount);
    // The panes do not fit side by side: the view scrolls sideways.
    QVERIFY(m_window->view()->horizontalScrollBar()->maximum() > 0);
}

void TestAnalysisController::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

bool TestAnalysisController::waitForComparison()
{
    QSignalSpy ready(m_window->session(), &ComparisonSession::comparisonReady);
    return ready.wait(20000);
}

FactsPanel *TestAnalysisController::factsPanel() const
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("FactsDock"));
    if (!dock)
        return nullptr;
    dock->show();
    dock->raise();
    return qobject_cast<FactsPanel *>(dock->widget());
}

void TestAnalysisController::factsPanelKeysActOnTheFacts_data()
{
    // With a selection in the comparison the window's Copy is enabled: two
    // actions claimed Ctrl+C and neither copied. Without one, Ctrl+A went
    // to the window's Select All in Pane.
    QTest::addColumn<bool>("comparisonSelected");
    QTest::newRow("text selected in the comparison") << true;
    QTest::newRow("nothing selected in the comparison") << false;
}

void TestAnalysisController::factsPanelKeysActOnTheFacts()
{
    QFETCH(bool, comparisonSelected);
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Ambiguous shortcut")));
    ComparisonView *view = m_window->view();
    if (comparisonSelected)
        view->selectAllInPane(indexOf(QStringLiteral("agency")));
    const QString paneText = view->selectedText();
    FactsPanel *panel = factsPanel();
    QTreeView *facts = panel->view();
    facts->setFocus();
    QTRY_VERIFY(facts->hasFocus());

    QApplication::clipboard()->clear();
    const QModelIndex firstFact = panel->model()->index(0, 0, panel->model()->index(0, 0));
    facts->setCurrentIndex(firstFact);
    QTest::keyClick(facts, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), panel->selectedText());
    QCOMPARE(QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);

    QTest::keyClick(facts, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(view->selectedText(), paneText);
    QCOMPARE(facts->selectionModel()->selectedRows().size(), outletCount * 2); // each article and its fact
    QTest::keyClick(facts, Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    QCOMPARE(copied, panel->selectedText());
    QCOMPARE(copied.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), outletCount);

    // In the comparison the same keys still mean its text.
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    if (!comparisonSelected) {
        QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
        QVERIFY(view->hasSelection());
    }
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), view->selectedText());
    QVERIFY(QApplication::clipboard()->text() != copied);
}

void TestAnalysisController::goingToAFactShowsItsPane_data()
{
    QTest::addColumn<int>("outlet");      // whose fact is clicked
    QTest::addColumn<bool>("fromTheEnd"); // the view scrolled to its right end first, else to its left

    QTest::newRow("last pane, from the left") << outletCount << false;
    QTest::newRow("second pane, from the right") << 1 << true;
}

void TestAnalysisController::goingToAFactShowsItsPane()
{
    QFETCH(int, outlet);
    QFETCH(bool, fromTheEnd);
    ComparisonView *view = m_window->view();
    QScrollBar *bar = view->horizontalScrollBar();
    bar->setValue(fromTheEnd ? bar->maximum() : 0);
    const qint32 article = indexOf(outletId(outlet));
    const qint32 pane = view->model().paneOf(article);
    QVERIFY(pane >= 0);
    QVERIFY(view->paneX(pane) + view->paneWidth(pane) <= bar->value() || view->paneX(pane) >= bar->value() + view->viewport()->width());

    FactsPanel *panel = factsPanel();
    const QModelIndex fact = panel->model()->index(0, 0, panel->model()->indexOfArticle(article));
    QVERIFY(panel->model()->factAt(fact));
    panel->view()->scrollTo(fact);
    QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, Qt::NoModifier, panel->view()->visualRect(fact).center());

    QVERIFY2(view->paneX(pane) >= bar->value() && view->paneX(pane) + view->paneWidth(pane) <= bar->value() + view->viewport()->width(),
             qPrintable(QStringLiteral("pane %1 at %2, %3 wide; view at %4, %5 wide")
                            .arg(pane).arg(view->paneX(pane)).arg(view->paneWidth(pane)).arg(bar->value()).arg(view->viewport()->width())));
    const qint32 row = view->model().rowOf(article, panel->model()->factAt(fact)->paragraph);
    QCOMPARE(view->currentRow(), row);
    QVERIFY(!view->cellRect(row, article).isEmpty());
    QCOMPARE(view->currentArticle(), article);
}

// With agreement shading on, the panes draw no change classes: the legend
// shows the agreement shades instead, and the classes again once it is off.
// Before, the key kept listing Added, Removed… beside panes drawing none.
void TestAnalysisController::legendFollowsAgreementShading_data()
{
    QTest::addColumn<bool>("shading");
    QTest::newRow("shading on") << true;
    QTest::newRow("on, then off") << false;
}

void TestAnalysisController::legendFollowsAgreementShading()
{
    QFETCH(bool, shading);
    QAction *action = m_window->actions().agreementShading;
    action->setChecked(true);
    if (!shading)
        action->setChecked(false);
    const QStringList labels = m_window->legend()->labels();
    QCOMPARE(labels.contains(QStringLiteral("In this article only")), shading);
    QCOMPARE(labels.contains(QStringLiteral("In every article")), shading);
    QCOMPARE(labels.contains(QStringLiteral("Added")), !shading);
    QCOMPARE(labels.contains(QStringLiteral("Paraphrased")), !shading);
    QVERIFY(labels.contains(QStringLiteral("In no other source"))); // drawn either way
    QVERIFY(m_window->legend()->height() >= m_window->legend()->heightForWidth(m_window->legend()->width()) - 1);
}

QTEST_MAIN(TestAnalysisController)
#include "tst_analysiscontroller.moc"
