#include "appsettings.h"
#include "comparisonsession.h"
#include "comparisonview.h"
#include "findbar.h"
#include "isolatedsettings.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "noticebanner.h"
#include "paneheaderbar.h"
#include "samplefolder.h"
#include "viewfixtures.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace WireDiff;

// The main window end to end, offscreen: drops, the file watcher, the base
// combo box, skipped files and the bundled samples. Comparisons run on the
// real worker thread; the tests wait for their results.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dropFolderLoadsIt();
    void refusesUnsupportedDrops_data();
    void refusesUnsupportedDrops();
    void dropFilesOnPaneHeaderAddsThem();
    void watcherPicksUpChangedFile();
    void watcherPicksUpNewFile();
    void baseComboSwitchesBase();
    void skippedFilesShowNotice();
    void failedOpenKeepsShownSet();
    void aBaseThatIsNotThereIsSaid_data();
    void aBaseThatIsNotThereIsSaid();
    void nothingComparedNamesTheFolder_data();
    void nothingComparedNamesTheFolder();
    void optionRecomputes();
    void commandLineOptionsAreNotSaved();
    void summaryCountsArticlesRead();
    void findBarReopensWithItsSearch();
    void cancelledChangesAreForgotten();
    void f7MovesToNextChange();
    void samplesOpenByDefault();

private:
    QString writeStory(const QString &folder, int articles = 3, int paragraphs = 12);
    bool waitForComparison(int count = 1);
    void drop(QWidget *target, const QList<QUrl> &urls, const QString &text = QString());

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QSignalSpy> m_ready;
};

void TestMainWindow::initTestCase()
{
    TestSettings::isolate(QStringLiteral("tst_mainwindow"), m_settingsDir.path());
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->session()->setReloadDelay(50);
    m_ready = std::make_unique<QSignalSpy>(m_window->session(), &ComparisonSession::comparisonReady);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_ready.reset();
    m_window.reset();
    m_dir.reset();
}

QString TestMainWindow::writeStory(const QString &folder, int articles, int paragraphs)
{
    QDir().mkpath(folder);
    const std::vector<Article> set = ViewFixtures::storySet(paragraphs);
    for (int a = 0; a < articles && a < int(set.size()); ++a) {
        QFile file(QDir(folder).filePath(set[size_t(a)].id + QStringLiteral(".txt")));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        for (const Paragraph &paragraph : set[size_t(a)].paragraphs)
            file.write(paragraph.text.toUtf8() + "\n\n");
    }
    return folder;
}

bool TestMainWindow::waitForComparison(int count)
{
    while (m_ready->count() < count) {
        if (!m_ready->wait(20000))
            return false;
    }
    return true;
}

void TestMainWindow::drop(QWidget *target, const QList<QUrl> &urls, const QString &text)
{
    QMimeData mime;
    if (!urls.isEmpty())
        mime.setUrls(urls);
    if (!text.isEmpty())
        mime.setText(text);
    const QPoint at(target->width() / 2, target->height() / 2);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropEvent);
}

void TestMainWindow::dropFolderLoadsIt()
{
    const QString folder = writeStory(m_dir->filePath(QStringLiteral("story")));
    drop(m_window.get(), { QUrl::fromLocalFile(folder) });
    QVERIFY(waitForComparison());
    QCOMPARE(m_window->view()->model().articleCount(), 3);
    QCOMPARE(m_window->session()->paths(), QStringList { folder });
    QVERIFY(!m_window->noticeBanner()->isVisible());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("story")));
}

void TestMainWindow::refusesUnsupportedDrops_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("text");
    QTest::newRow("dragged text") << QString() << QStringLiteral("a few words from a browser");
    QTest::newRow("a web page") << QStringLiteral("https://example.org/story.html") << QString();
    QTest::newRow("an image") << QStringLiteral("photo.png") << QString();
    QTest::newRow("a file that is gone") << QStringLiteral("missing.txt") << QString();
}

void TestMainWindow::refusesUnsupportedDrops()
{
    QFETCH(QString, url);
    QFETCH(QString, text);
    const QString folder = writeStory(m_dir->filePath(QStringLiteral("story")));
    m_window->open({ folder });
    QVERIFY(waitForComparison());
    QFile image(m_dir->filePath(QStringLiteral("photo.png")));
    QVERIFY(image.open(QIODevice::WriteOnly));
    image.write("\x89PNG\r\n\x1a\n");
    image.close();

    QList<QUrl> urls;
    if (!url.isEmpty())
        urls.append(url.contains(QLatin1String("://")) ? QUrl(url) : QUrl::fromLocalFile(m_dir->filePath(url)));
    drop(m_window.get(), urls, text);
    QVERIFY(m_window->noticeBanner()->isVisible());
    QVERIFY(m_window->noticeBanner()->message().startsWith(QStringLiteral("Not opened")));
    QVERIFY(!m_window->session()->isBusy()); // nothing was started
    QCOMPARE(m_window->session()->paths(), QStringList { folder });
    QCOMPARE(m_window->view()->model().articleCount(), 3);
}

void TestMainWindow::dropFilesOnPaneHeaderAddsThem()
{
    const QString folder = writeStory(m_dir->filePath(QStringLiteral("story")), 2);
    m_window->open({ folder });
    QVERIFY(waitForComparison());
    QCOMPARE(m_window->view()->model().articleCount(), 2);
    const QString extra = writeStory(m_dir->filePath(QStringLiteral("extra")), 3);
    drop(m_window->view()->headerBar(), { QUrl::fromLocalFile(QDir(extra).filePath(QStringLiteral("rewrite.txt"))) });
    QVERIFY(waitForComparison(2));
    QCOMPARE(m_window->view()->model().articleCount(), 3);
    QVERIFY(m_window->view()->model().comparison().indexOf(QStringLiteral("rewrite")) >= 0);
}

void TestMainWindow::watcherPicksUpChangedFile()
{
    const QString folder = writeStory(m_dir->filePath(QStringLiteral("story")), 3, 40);
    m_window->open({ folder });
    QVERIFY(waitForComparison());
    ComparisonView *view = m_window->view();
    view->scrollToRow(20, false);
    const qint32 topBefore = view->topRow();
    const qint32 edit = view->model().comparison().indexOf(QStringLiteral("edit"));
    const size_t paragraphsBefore = view->model().article(edit).paragraphs.size();

    QFile file(QDir(folder).filePath(QStringLiteral("edit.txt")));
    QVERIFY(file.open(QIODevice::Append));
    file.write("A write-through adds this closing paragraph about the clean-up crews.\n");
    file.close();
    QVERIFY(waitForComparison(2));
    QCOMPARE(m_ready->last().at(1).toBool(), true); // the same set: keep the place
    QCOMPARE(view->model().article(edit).paragraphs.size(), paragraphsBefore + 1);
    QVERIFY(std::abs(view->topRow() - topBefore) <= 1);
}

void TestMainWindow::watcherPicksUpNewFile()
{
    const QString folder = writeStory(m_dir->filePath(QStringLiteral("story")), 2);
    m_window->open({ folder });
    QVERIFY(waitForComparison());
    QFile file(QDir(folder).filePath(QStringLiteral("late-copy.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (const QString &paragraph : ViewFixtures::story(12))
        file.write(paragraph.toUtf8() + "\n\n");
    file.close();
    QVERIFY(waitForComparison(2));
    QCOMPARE(m_window->view()->model().articleCount(), 3);
}

void TestMainWindow::baseComboSwitchesBase()
{
    const QString folder = writeStory(m_dir->filePath(QStringLiteral("story")));
    m_window->open({ folder });
    QVERIFY(waitForComparison());
    QComboBox *combo = m_window->baseComboBox();
    QCOMPARE(combo->count(), 3);
    const int rewrite = combo->findData(QStringLiteral("rewrite"));
    QVERIFY(rewrite >= 0);
    QVERIFY(combo->currentIndex() != rewrite);
    combo->setCurrentIndex(rewrite);
    emit combo->activated(rewrite);
    QVERIFY(waitForComparison(2));
    const ComparisonModel &model = m_window->view()->model();
    QCOMPARE(model.article(model.base()).id, QStringLiteral("rewrite"));
    QCOMPARE(combo->currentIndex(), rewrite);
    // The new base pane is painted with the base spans of the focus comparison.
    m_window->view()->setRecordPainting(true);
    m_window->view()->viewport()->repaint();
    bool sawBaseSpan = false;
    for (const PaintedSpan &span : m_window->view()->paintedSpans()) {
        if (span.article == model.base()) {
            sawBaseSpan = true;
            QVERIFY(span.changeClass != ChangeClass::Added);
        }
    }
    QVERIFY(sawBaseSpan);
}

void TestMainWindow::skippedFilesShowNotice()
{
    const QString folder = writeStory(m_dir->filePath(QStringLiteral("story")));
    QFile binary(QDir(folder).filePath(QStringLiteral("image.dat")));
    QVERIFY(binary.open(QIODevice::WriteOnly));
    binary.write(QByteArray(2048, '\0'));
    binary.close();
    m_window->open({ folder });
    QVERIFY(waitForComparison());
    QVERIFY(m_window->noticeBanner()->isVisible());
    QCOMPARE(m_window->noticeBanner()->kind(), NoticeBanner::Kind::Warning);
    QVERIFY(m_window->noticeBanner()->details().join(QLatin1Char('\n')).contains(QStringLiteral("image.dat")));
    QCOMPARE(m_window->view()->model().articleCount(), 3); // the rest still compared
}

// Opening a folder with nothing to compare leaves the comparison on show,
// and the session (title, reload, notes, exports) still names its folder:
// before, the title and a reload named the empty folder over the old panes.
void TestMainWindow::failedOpenKeepsShownSet()
{
    const QString folder = writeStory(m_dir->filePath(QStringLiteral("story")));
    const QString empty = m_dir->filePath(QStringLiteral("nothing-here"));
    QVERIFY(QDir().mkpath(empty));
    QFile binary(QDir(empty).filePath(QStringLiteral("image.dat")));
    QVERIFY(binary.open(QIODevice::WriteOnly));
    binary.write(QByteArray(2048, '\0'));
    binary.close();
    m_window->open({ folder });
    QVERIFY(waitForComparison());
    const QString title = m_window->windowTitle();
    QSignalSpy failed(m_window->session(), &ComparisonSession::failed);
    m_window->open({ empty });
    QVERIFY(failed.wait(20000));
    QCOMPARE(m_window->session()->paths(), QStringList { folder });
    QCOMPARE(m_window->windowTitle(), title);
    QCOMPARE(m_window->view()->model().articleCount(), 3);
    QVERIFY(m_window->noticeBanner()->isVisible());
    QCOMPARE(m_window->noticeBanner()->kind(), NoticeBanner::Kind::Error);
    const QString message = failed.constFirst().constFirst().toString();
    QVERIFY2(message.contains(QStringLiteral("nothing-here")), qPrintable(message));
    // The notice says why the new folder failed; the session's skipped files
    // (what exports list and never write over) stay those of the folder shown.
    QVERIFY(m_window->noticeBanner()->details().join(QLatin1Char('\n')).contains(QStringLiteral("image.dat")));
    QVERIFY(m_window->session()->skipped().empty());
    const QStringList recent = AppSettings().recentFolders();
    QVERIFY(recent.contains(folder));
    QVERIFY(!recent.contains(empty));
    m_window->session()->reload();
    QVERIFY(waitForComparison(2));
    QCOMPARE(m_window->view()->model().articleCount(), 3);
    QCOMPARE(m_window->session()->paths(), QStringList { folder });
}

// A base asked for that is not among the articles (mistyped on the command
// line, or its file went away) falls back to the article that shares most,
// and the banner says so: every highlight now reads against another text.
// Before, the base changed with no word.
void TestMainWindow::aBaseThatIsNotThereIsSaid_data()
{
    QTest::addColumn<bool>("removeFile");
    QTest::addColumn<QString>("asked");
    QTest::newRow("mistyped --base") << false << QStringLiteral("rewritten");
    QTest::newRow("the base's file removed") << true << QStringLiteral("rewrite");
}

void TestMainWindow::aBaseThatIsNotThereIsSaid()
{
    QFETCH(bool, removeFile);
    QFETCH(QString, asked);
    const QString folder = writeStory(m_dir->filePath(QStringLiteral("story")));
    m_window->open({ folder }, asked);
    QVERIFY(waitForComparison());
    int shown = 1;
    if (removeFile) {
        QCOMPARE(m_window->view()->model().article(m_window->view()->model().base()).id, asked);
        QVERIFY(!m_window->noticeBanner()->isVisible());
        QVERIFY(QFile::remove(QDir(folder).filePath(asked + QStringLiteral(".txt"))));
        QVERIFY(waitForComparison(++shown));
    }
    const ComparisonModel &model = m_window->view()->model();
    QVERIFY(model.article(model.base()).id != asked);
    QVERIFY(m_window->noticeBanner()->isVisible());
    QCOMPARE(m_window->noticeBanner()->kind(), NoticeBanner::Kind::Warning);
    QVERIFY2(m_window->noticeBanner()->message().contains(QStringLiteral("\u201C%1\u201D").arg(asked)),
             qPrintable(m_window->noticeBanner()->message()));
    // Said once: the next comparison (another file changed) has nothing to say.
    QFile file(QDir(folder).filePath(QStringLiteral("edit.txt")));
    QVERIFY(file.open(QIODevice::Append));
    file.write("A closing paragraph about the clean-up crews.\n");
    file.close();
    QVERIFY(waitForComparison(++shown));
    QVERIFY(!m_window->noticeBanner()->isVisible());
}

void TestMainWindow::nothingComparedNamesTheFolder_data()
{
    QTest::addColumn<int>("images");      // PNG files in the folder
    QTest::addColumn<QString>("message"); // the banner's, up to its end or the count's noun
    QTest::newRow("an empty folder") << 0 << QStringLiteral("The folder \u201Cempty-desk\u201D holds no files.");
    QTest::newRow("a folder of images") << 3 << QStringLiteral("None of the 3 file");
}

// With nothing compared yet, the error names what was opened and says why
// in its first line: no files at all, or how many files, none of which
// compares. The commands that go through rows are off, and no empty band
// of pane headers stands over the drop hint.
void TestMainWindow::nothingComparedNamesTheFolder()
{
    QFETCH(int, images);
    QFETCH(QString, message);
    const QString empty = m_dir->filePath(QStringLiteral("empty-desk"));
    QVERIFY(QDir().mkpath(empty));
    for (int i = 0; i < images; ++i) {
        QFile image(QDir(empty).filePath(QStringLiteral("photo-%1.png").arg(i)));
        QVERIFY(image.open(QIODevice::WriteOnly));
        image.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, '\0'));
    }
    QSignalSpy failed(m_window->session(), &ComparisonSession::failed);
    m_window->open({ empty });
    QVERIFY(failed.wait(20000));
    QCOMPARE(m_window->noticeBanner()->kind(), NoticeBanner::Kind::Error);
    const QString shown = m_window->noticeBanner()->message();
    QVERIFY2(shown.startsWith(message), qPrintable(shown));
    QVERIFY2(shown.count(QStringLiteral("\u201Cempty-desk\u201D")) == 1, qPrintable(shown));
    if (images > 0)
        QVERIFY2(shown.endsWith(QStringLiteral("can be compared: a PNG image, not article text.")), qPrintable(shown));
    QVERIFY(!m_window->view()->headerBar()->isVisible());
    QCOMPARE(m_window->view()->viewport()->geometry().top(), 0);
    const MainActions &actions = m_window->actions();
    for (const QAction *action : { actions.nextChange, actions.previousChange, actions.nextUnique, actions.previousUnique,
                                   actions.find, actions.findNext, actions.findPrevious, actions.selectAll })
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    QVERIFY(actions.reload->isEnabled()); // files may arrive
    const QString folder = writeStory(m_dir->filePath(QStringLiteral("story")));
    m_window->open({ folder });
    QVERIFY(waitForComparison());
    QVERIFY(actions.nextChange->isEnabled());
    QVERIFY(actions.find->isEnabled());
    QVERIFY(m_window->view()->headerBar()->isVisible());
    QCOMPARE(m_window->view()->viewport()->geometry().top(), m_window->view()->headerBar()->height());
}

void TestMainWindow::optionRecomputes()
{
    const QString folder = writeStory(m_dir->filePath(QStringLiteral("story")));
    m_window->open({ folder });
    QVERIFY(waitForComparison());
    QAction *punctuation = m_window->actions().ignorePunctuation;
    const bool before = punctuation->isChecked();
    punctuation->trigger();
    QVERIFY(waitForComparison(2));
    QCOMPARE(m_window->session()->comparisonOptions().ignorePunctuation, !before);
    punctuation->trigger(); // leave the settings as they were
    QVERIFY(waitForComparison(3));
}

// Options given on the command line hold for that run: the saved ones are
// what the editor chose in the window last time.
void TestMainWindow::commandLineOptionsAreNotSaved()
{
    const ComparisonOptions saved = AppSettings().comparisonOptions();
    ComparisonOptions oneRun = saved;
    oneRun.ignoreCase = !saved.ignoreCase;
    oneRun.paraphraseSensitivity = saved.paraphraseSensitivity > 0.8 ? 0.2 : 0.9;
    m_window->useComparisonOptions(oneRun);
    QTest::qWait(600); // past the window's settling delay for option changes
    QCOMPARE(m_window->session()->comparisonOptions().ignoreCase, oneRun.ignoreCase);
    QCOMPARE(m_window->session()->comparisonOptions().paraphraseSensitivity, oneRun.paraphraseSensitivity);
    const ComparisonOptions after = AppSettings().comparisonOptions();
    QCOMPARE(after.ignoreCase, saved.ignoreCase);
    QCOMPARE(after.paraphraseSensitivity, saved.paraphraseSensitivity);
}

// The status bar counts the articles read, not the consensus pane.
void TestMainWindow::summaryCountsArticlesRead()
{
    const QString folder = writeStory(m_dir->filePath(QStringLiteral("story")), 3);
    m_window->open({ folder });
    QVERIFY(waitForComparison());
    const auto *summary = m_window->findChild<QLabel *>(QStringLiteral("ComparisonSummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().startsWith(QStringLiteral("3 articles")), qPrintable(summary->text()));
    QAction *consensus = m_window->actions().showConsensus;
    const bool wasShown = consensus->isChecked();
    if (!wasShown) {
        consensus->trigger();
        QVERIFY(waitForComparison(2));
    }
    QVERIFY(std::any_of(m_window->view()->model().comparison().articles.begin(),
                        m_window->view()->model().comparison().articles.end(),
                        [](const Article &article) { return article.isVirtual; }));
    QVERIFY2(summary->text().startsWith(QStringLiteral("3 articles")), qPrintable(summary->text()));
    if (!wasShown)
        consensus->trigger(); // leave the setting as it was
}

// Closed, the find bar clears its matches from the panes; opened again it
// shows its last text, which must search again, not sit on "No matches".
void TestMainWindow::findBarReopensWithItsSearch()
{
    const QString folder = writeStory(m_dir->filePath(QStringLiteral("story")), 3, 20);
    m_window->open({ folder });
    QVERIFY(waitForComparison());
    ComparisonView *view = m_window->view();
    m_window->actions().find->trigger();
    auto *bar = m_window->findChild<FindBar *>();
    QVERIFY(bar);
    auto *edit = bar->findChild<QLineEdit *>();
    QVERIFY(edit && edit->isVisible());
    QTest::keyClicks(edit, QStringLiteral("paragraph"));
    const auto found = qsizetype(view->findMatches().size());
    QVERIFY(found > 0);
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!edit->isVisible());
    QVERIFY(view->findMatches().empty());

    m_window->actions().find->trigger();
    QVERIFY(edit->isVisible());
    QCOMPARE(edit->text(), QStringLiteral("paragraph"));
    QCOMPARE(qsizetype(view->findMatches().size()), found);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(view->currentFindIndex() >= 0);
}

// A base or option change cancelled before its comparison came is not
// applied: the controls show what the comparison on show was made with,
// and a later reload does not bring the cancelled change back.
void TestMainWindow::cancelledChangesAreForgotten()
{
    // Long enough to compare that the cancel lands before the result.
    const QString folder = writeStory(m_dir->filePath(QStringLiteral("story")), 3, 1500);
    m_window->open({ folder });
    QVERIFY(waitForComparison());
    ComparisonSession *session = m_window->session();
    const ComparisonModel &model = m_window->view()->model();
    const QString shownBase = model.article(model.base()).id;
    const QString otherBase = shownBase == QStringLiteral("rewrite") ? QStringLiteral("edit") : QStringLiteral("rewrite");
    auto *combo = m_window->findChild<QComboBox *>();
    QVERIFY(combo);
    QSignalSpy cancelled(session, &ComparisonSession::cancelled);
    const auto connection = connect(session, &ComparisonSession::started, session, &ComparisonSession::cancel, Qt::DirectConnection);

    combo->setCurrentIndex(combo->findData(otherBase));
    session->setBase(otherBase); // what choosing it in the box does
    QVERIFY(cancelled.wait(10000));
    QCOMPARE(combo->currentData().toString(), shownBase);

    // An option: the window starts the comparison after a short delay.
    QAction *punctuation = m_window->actions().ignorePunctuation;
    const bool before = punctuation->isChecked();
    punctuation->trigger();
    QVERIFY(cancelled.wait(10000));
    QCOMPARE(punctuation->isChecked(), before);
    QCOMPARE(AppSettings().comparisonOptions().ignorePunctuation, before);
    disconnect(connection);

    session->reload();
    QVERIFY(waitForComparison(2));
    QCOMPARE(model.article(model.base()).id, shownBase);
    QCOMPARE(session->comparisonOptions().ignorePunctuation, before);
}

void TestMainWindow::f7MovesToNextChange()
{
    const QString folder = writeStory(m_dir->filePath(QStringLiteral("story")), 3, 30);
    m_window->open({ folder });
    QVERIFY(waitForComparison());
    ComparisonView *view = m_window->view();
    QCOMPARE(view->currentRow(), -1);
    view->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F7);
    const qint32 first = view->currentRow();
    QVERIFY(first >= 0);
    QVERIFY(view->model().rowFlags(first) & ComparisonModel::RowChangeMask);
    QTest::keyClick(m_window.get(), Qt::Key_F7);
    QVERIFY(view->currentRow() > first);
    QTest::keyClick(m_window.get(), Qt::Key_F7, Qt::ShiftModifier);
    QCOMPARE(view->currentRow(), first);
}

void TestMainWindow::samplesOpenByDefault()
{
    m_window->open({});
    QVERIFY(waitForComparison());
    QCOMPARE(m_window->view()->model().articleCount(), 6);
    const QString installed = SampleFolder::defaultLocation();
    QVERIFY(installed.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QCOMPARE(m_window->session()->paths(), QStringList { installed });
    // A second install leaves identical files alone and restores a deleted one.
    QVERIFY(QFile::remove(QDir(installed).filePath(QStringLiteral("01-agency.txt"))));
    QString error;
    QCOMPARE(SampleFolder::install(&error), installed);
    QVERIFY(QFile::exists(QDir(installed).filePath(QStringLiteral("01-agency.txt"))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
