#include "annotationcontroller.h"
#include "comparisonsession.h"
#include "comparisonview.h"
#include "isolatedsettings.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "notedecorator.h"
#include "notedialog.h"
#include "notelistmodel.h"
#include "notespanel.h"
#include "noticebanner.h"
#include "sidecar.h"
#include "storywindow.h"
#include "viewfixtures.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QListView>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace WireDiff;

// Notes and manual paragraph links in the real window, driven as an editor
// does: a selection and Ctrl+M, the pane's context menu. Checks what is
// saved in the sidecar, what the panes show, and that it all survives
// opening the folder again.
class TestAnnotationController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void noteOnSelection_data();
    void noteOnSelection();
    void notesSurviveReopening();
    void linkFromContextMenu();
    void unlinkFromContextMenu();
    void noteWrittenWhileFolderChanges_data();
    void noteWrittenWhileFolderChanges();
    void unreadableNotesFileIsSetAside();
    void menuClosesWhenFolderChanges();
    void selectedNoteSurvivesReload();
    void unsavedNotesAskBeforeLeaving_data();
    void unsavedNotesAskBeforeLeaving();
    void jumpingToANoteShowsItsPane_data();
    void jumpingToANoteShowsItsPane();

private:
    std::unique_ptr<MainWindow> openWindow();
    bool waitForComparison(MainWindow *window, int count = 1);
    void answerNextNoteDialog(const QString &text);
    QString m_dialogLabel; // what the last note dialog said it was on
    void chooseFromContextMenu(qint32 row, qint32 article, const QString &actionPrefix);
    qint32 indexOf(const QString &id) const { return m_window->view()->model().comparison().indexOf(id); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    std::unique_ptr<MainWindow> m_window;
};

void TestAnnotationController::initTestCase()
{
    TestSettings::isolate(QStringLiteral("tst_annotationcontroller"), m_settingsDir.path());
}

void TestAnnotationController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(QStringLiteral("story"));
    QVERIFY(ViewFixtures::writeStoryFolder(m_folder, 12));
    m_window = openWindow();
    QVERIFY(m_window);
}

void TestAnnotationController::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestAnnotationController::openWindow()
{
    return StoryWindow::open(m_folder);
}

bool TestAnnotationController::waitForComparison(MainWindow *window, int count)
{
    QSignalSpy ready(window->session(), &ComparisonSession::comparisonReady);
    while (ready.count() < count) {
        if (!ready.wait(20000))
            return false;
    }
    return true;
}

// The note dialog is modal: answer it from the event loop it runs, as the
// editor would: type the text, then Ctrl+Return (Return alone makes a new
// line).
void TestAnnotationController::answerNextNoteDialog(const QString &text)
{
    m_dialogLabel.clear();
    QTimer::singleShot(0, this, [this, text] {
        auto *dialog = qobject_cast<NoteDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (const QLabel *label = dialog->findChild<QLabel *>())
            m_dialogLabel = label->text();
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(dialog->editor(), Qt::Key_Return);
            QTest::keyClicks(dialog->editor(), lines[i]);
        }
        QTest::keyClick(dialog->editor(), Qt::Key_Return, Qt::ControlModifier);
    });
}

void TestAnnotationController::chooseFromContextMenu(qint32 row, qint32 article, const QString &actionPrefix)
{
    ComparisonView *view = m_window->view();
    view->scrollToRow(row, false);
    const QRectF cell = view->cellRect(row, article);
    QVERIFY(!cell.isEmpty());
    const QPoint at = (cell.topLeft() + QPointF(30, 12)).toPoint();
    bool found = false;
    QTimer::singleShot(0, this, [actionPrefix, &found] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            if (action->text().remove(QLatin1Char('&')).startsWith(actionPrefix)) {
                found = true;
                menu->close();
                action->trigger();
                return;
            }
        }
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    QVERIFY2(found, qPrintable(actionPrefix));
}

void TestAnnotationController::noteOnSelection_data()
{
    QTest::addColumn<QString>("articleId");
    QTest::addColumn<QString>("noteText");
    QTest::newRow("on the base") << QStringLiteral("agency") << QStringLiteral("Checked with the agency desk.");
    QTest::newRow("on a version") << QStringLiteral("edit") << QStringLiteral("Which baker? Ask the stringer.\nSecond line.");
}

void TestAnnotationController::noteOnSelection()
{
    QFETCH(QString, articleId);
    QFETCH(QString, noteText);
    const qint32 article = indexOf(articleId);
    QVERIFY(article >= 0);
    QSignalSpy started(m_window->session(), &ComparisonSession::started);

    m_window->view()->selectAllInPane(article);
    QVERIFY(m_window->actions().addNote->isEnabled());
    answerNextNoteDialog(noteText);
    m_window->actions().addNote->trigger();

    NoteListModel *notes = m_window->annotations()->notes();
    QCOMPARE(notes->rowCount(), 1);
    const QModelIndex note = notes->index(0);
    QCOMPARE(note.data(NoteListModel::ArticleIdRole).toString(), articleId);
    QCOMPARE(note.data(NoteListModel::ParagraphRole).toInt(), 0); // a selection over paragraphs keeps the first
    QCOMPARE(note.data(NoteListModel::TextRole).toString(), noteText);
    // The dialog and the list say which outlet's copy the note is on.
    QVERIFY2(m_dialogLabel.startsWith(QStringLiteral("Note on %1, \u00B61:").arg(articleId)), qPrintable(m_dialogLabel));
    QVERIFY2(note.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("1. %1, \u00B61:").arg(articleId)),
             qPrintable(note.data(Qt::DisplayRole).toString()));
    // Edit… in the panel: the dialog says which note it edits (review 11, finding 10).
    QPushButton *edit = nullptr;
    const auto buttons = m_window->findChild<NotesPanel *>()->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text().remove(QLatin1Char('&')).startsWith(QLatin1String("Edit")))
            edit = button;
    }
    QVERIFY(edit && edit->isEnabled());
    answerNextNoteDialog(QStringLiteral(" Edited."));
    QTest::mouseClick(edit, Qt::LeftButton);
    QVERIFY2(m_dialogLabel.startsWith(QStringLiteral("Edit note 1 on %1, \u00B61:").arg(articleId)), qPrintable(m_dialogLabel));
    QCOMPARE(notes->index(0).data(NoteListModel::TextRole).toString(), noteText + QStringLiteral(" Edited."));

    // Saved beside the articles; the articles themselves untouched.
    const Sidecar::LoadResult saved = Sidecar::load(m_folder);
    QCOMPARE(saved.status, Sidecar::Status::Loaded);
    QCOMPARE(saved.content.notes.size(), size_t(1));
    QCOMPARE(saved.content.notes.front().text, noteText + QStringLiteral(" Edited."));

    // Shown in the pane: the passage answers with the note.
    const NoteDecorator *decorator = m_window->annotations()->decorator();
    QCOMPARE(decorator->notesOn(article, 0), std::vector<int> { 0 });
    QVERIFY(decorator->toolTip(article, 0, 3).contains(noteText.section(QLatin1Char('\n'), 0, 0).toHtmlEscaped()));

    // Writing the sidecar into the watched folder is not a change to compare.
    QTest::qWait(400);
    QCOMPARE(started.count(), 0);
}

void TestAnnotationController::notesSurviveReopening()
{
    m_window->view()->selectAllInPane(indexOf(QStringLiteral("rewrite")));
    answerNextNoteDialog(QStringLiteral("Kept across sessions"));
    m_window->actions().addNote->trigger();
    QCOMPARE(m_window->annotations()->notes()->rowCount(), 1);
    m_window.reset();

    m_window = openWindow();
    QVERIFY(m_window);
    NoteListModel *notes = m_window->annotations()->notes();
    QCOMPARE(notes->rowCount(), 1);
    QCOMPARE(notes->index(0).data(NoteListModel::TextRole).toString(), QStringLiteral("Kept across sessions"));
    QVERIFY(!notes->index(0).data(NoteListModel::DetachedRole).toBool());
}

void TestAnnotationController::linkFromContextMenu()
{
    // The rewrite's third paragraph says the news in other words: nothing
    // aligns it with the agency's third paragraph until the editor links them.
    const ComparisonModel &model = m_window->view()->model();
    const qint32 agency = indexOf(QStringLiteral("agency"));
    const qint32 rewrite = indexOf(QStringLiteral("rewrite"));
    QVERIFY(model.rowOf(agency, 2) != model.rowOf(rewrite, 2));

    chooseFromContextMenu(model.rowOf(agency, 2), agency, QStringLiteral("Mark Paragraph for Linking"));
    chooseFromContextMenu(model.rowOf(rewrite, 2), rewrite, QStringLiteral("Link with Marked Paragraph"));
    QVERIFY(waitForComparison(m_window.get()));

    const ComparisonModel &after = m_window->view()->model();
    QCOMPARE(after.rowOf(indexOf(QStringLiteral("rewrite")), 2), after.rowOf(indexOf(QStringLiteral("agency")), 2));
    const Sidecar::LoadResult saved = Sidecar::load(m_folder);
    QCOMPARE(saved.content.links.size(), size_t(1));
    QCOMPARE(saved.content.links.front().kind, ParagraphLink::Kind::Link);

    // Honoured when the folder is opened again.
    m_window = openWindow();
    QVERIFY(m_window);
    const ComparisonModel &reopened = m_window->view()->model();
    QCOMPARE(reopened.rowOf(indexOf(QStringLiteral("rewrite")), 2), reopened.rowOf(indexOf(QStringLiteral("agency")), 2));
}

void TestAnnotationController::unlinkFromContextMenu()
{
    const ComparisonModel &model = m_window->view()->model();
    const qint32 agency = indexOf(QStringLiteral("agency"));
    const qint32 edit = indexOf(QStringLiteral("edit"));
    // The edit's first paragraph is the agency's, word for word.
    const qint32 row = model.rowOf(edit, 0);
    QCOMPARE(model.rowOf(agency, 0), row);

    chooseFromContextMenu(row, edit, QStringLiteral("Unlink from This Row"));
    QVERIFY(waitForComparison(m_window.get()));
    const ComparisonModel &after = m_window->view()->model();
    QVERIFY(after.rowOf(indexOf(QStringLiteral("edit")), 0) != after.rowOf(indexOf(QStringLiteral("agency")), 0));
    const Sidecar::LoadResult saved = Sidecar::load(m_folder);
    QCOMPARE(saved.content.links.size(), size_t(1));
    QCOMPARE(saved.content.links.front().kind, ParagraphLink::Kind::Unlink);

    chooseFromContextMenu(after.rowOf(indexOf(QStringLiteral("edit")), 0), indexOf(QStringLiteral("edit")),
                          QStringLiteral("Forget Manual Links"));
    QVERIFY(waitForComparison(m_window.get()));
    const ComparisonModel &restored = m_window->view()->model();
    QCOMPARE(restored.rowOf(indexOf(QStringLiteral("edit")), 0), restored.rowOf(indexOf(QStringLiteral("agency")), 0));
    QVERIFY(Sidecar::load(m_folder).content.links.empty());
}

void TestAnnotationController::noteWrittenWhileFolderChanges_data()
{
    QTest::addColumn<QString>("changedFile");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("paragraphAfter"); // where the noted paragraph is once the change is compared
    // Sorted first: every article's index moves up by one.
    QTest::newRow("an earlier version arrives") << QStringLiteral("00-early.txt")
                                                << QByteArray("Storm nears the coast\n\nA storm is expected tonight.\n") << 0;
    // The noted article gains a paragraph before the noted one.
    QTest::newRow("the noted article grows at the top") << QStringLiteral("edit.txt") << QByteArray() << 1;
}

// The note dialog runs its own event loop: a file that changes meanwhile
// brings a new comparison. The note goes on the passage the editor chose,
// in the article chosen, wherever the new comparison put them.
void TestAnnotationController::noteWrittenWhileFolderChanges()
{
    QFETCH(QString, changedFile);
    QFETCH(QByteArray, content);
    QFETCH(int, paragraphAfter);
    const QString articleId = QStringLiteral("edit");
    const qint32 article = indexOf(articleId);
    QVERIFY(article >= 0);
    const QString noted = m_window->view()->model().paragraph(article, 0).text;
    m_window->view()->selectAllInPane(article);

    const QString path = QDir(m_folder).filePath(changedFile);
    if (content.isEmpty()) {
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        content = "A paragraph added on top by the night desk.\n\n" + original.readAll();
    }
    bool changedMeanwhile = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<NoteDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size()) {
            file.close();
            changedMeanwhile = waitForComparison(m_window.get());
        }
        dialog->editor()->setPlainText(QStringLiteral("Written while the folder changed"));
        dialog->accept();
    });
    m_window->actions().addNote->trigger();
    QVERIFY(changedMeanwhile);

    NoteListModel *notes = m_window->annotations()->notes();
    QCOMPARE(notes->rowCount(), 1);
    const QModelIndex note = notes->index(0);
    QCOMPARE(note.data(NoteListModel::ArticleIdRole).toString(), articleId);
    QCOMPARE(note.data(NoteListModel::ParagraphRole).toInt(), paragraphAfter);
    QVERIFY(!note.data(NoteListModel::DetachedRole).toBool());
    const qint32 now = indexOf(articleId);
    QCOMPARE(m_window->view()->model().paragraph(now, paragraphAfter).text, noted);
    QCOMPARE(m_window->annotations()->decorator()->notesOn(now, paragraphAfter), std::vector<int> { 0 });
}

// A notes file that cannot be read is kept as it is; the banner offers to
// set it aside, and until then nothing can be noted or linked.
void TestAnnotationController::unreadableNotesFileIsSetAside()
{
    m_window.reset();
    const QString sidecar = Sidecar::pathFor(m_folder);
    const QByteArray damaged("{\"schema\": \"wirediff-sidecar/1\", \"notes\": [");
    {
        QFile file(sidecar);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(damaged);
    }
    m_window = openWindow();
    QVERIFY(m_window);
    QVERIFY(!m_window->actions().addNote->isEnabled());
    NoticeBanner *banner = m_window->noticeBanner();
    QVERIFY(banner->isVisible());
    QToolButton *setAside = nullptr;
    for (QToolButton *button : banner->findChildren<QToolButton *>())
        if (button->isVisible() && button->text() == QLatin1String("Set Aside"))
            setAside = button;
    QVERIFY(setAside);
    QTest::mouseClick(setAside, Qt::LeftButton);

    QVERIFY(m_window->actions().addNote->isEnabled());
    QVERIFY(!banner->isVisible());
    // Kept under another name, byte for byte.
    const QStringList kept = QDir(m_folder).entryList({ QStringLiteral(".wirediff-kept-*") }, QDir::Files | QDir::Hidden);
    QCOMPARE(kept.size(), 1);
    QFile keptFile(QDir(m_folder).filePath(kept.front()));
    QVERIFY(keptFile.open(QIODevice::ReadOnly));
    QCOMPARE(keptFile.readAll(), damaged);

    m_window->view()->selectAllInPane(indexOf(QStringLiteral("agency")));
    answerNextNoteDialog(QStringLiteral("Saved again"));
    m_window->actions().addNote->trigger();
    const Sidecar::LoadResult saved = Sidecar::load(m_folder);
    QCOMPARE(saved.status, Sidecar::Status::Loaded);
    QCOMPARE(saved.content.notes.size(), size_t(1));
}

void TestAnnotationController::unsavedNotesAskBeforeLeaving_data()
{
    QTest::addColumn<bool>("closing"); // else opening another folder
    QTest::addColumn<bool>("lose");    // the editor's answer; else Cancel
    QTest::newRow("closing, stay") << true << false;
    QTest::newRow("closing, lose them") << true << true;
    QTest::newRow("opening another folder, stay") << false << false;
    QTest::newRow("opening another folder, lose them") << false << true;
}

// A note that could not be saved (here: another program changed the notes
// file, which is then never overwritten) is not lost without a word when
// the window closes or opens another folder.
void TestAnnotationController::unsavedNotesAskBeforeLeaving()
{
    QFETCH(bool, closing);
    QFETCH(bool, lose);
    const qint32 article = indexOf(QStringLiteral("agency"));
    m_window->view()->selectAllInPane(article);
    answerNextNoteDialog(QStringLiteral("Saved"));
    m_window->actions().addNote->trigger();
    {
        QFile file(Sidecar::pathFor(m_folder));
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n");
    }
    m_window->view()->selectAllInPane(article);
    answerNextNoteDialog(QStringLiteral("Not saved"));
    m_window->actions().addNote->trigger();
    QVERIFY(m_window->annotations()->notes()->noteBook().isModified());

    QString question;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        question = box->text() + box->informativeText();
        for (QAbstractButton *button : box->buttons()) {
            if ((box->buttonRole(button) == QMessageBox::DestructiveRole) == lose) {
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
    });
    const QString other = m_dir->filePath(QStringLiteral("other"));
    if (closing) {
        QCOMPARE(m_window->close(), lose);
    } else {
        QVERIFY(QDir().mkpath(other));
        QVERIFY(QFile::copy(QDir(m_folder).filePath(QStringLiteral("agency.txt")), QDir(other).filePath(QStringLiteral("a.txt"))));
        m_window->open({ other });
        QCOMPARE(m_window->session()->paths() == QStringList { other }, lose);
    }
    QVERIFY2(question.contains(QLatin1String("could not be saved")) && question.contains(QLatin1String("changed by another program")),
             qPrintable(question));
    if (!lose)
        QCOMPARE(m_window->annotations()->notes()->rowCount(), 2);
}

// A context menu's actions name rows and paragraphs of the comparison it was
// opened on. When a file changes while it is open (the wire updates a
// story), the new comparison closes it: adding a note to the last paragraph
// of a version that has just lost it read past its paragraphs.
void TestAnnotationController::menuClosesWhenFolderChanges()
{
    const qint32 article = indexOf(QStringLiteral("edit"));
    QVERIFY(article >= 0);
    const ComparisonModel &model = m_window->view()->model();
    const auto last = qint32(model.article(article).paragraphs.size()) - 1;
    const qint32 row = model.rowOf(article, last);
    QVERIFY(last > 3 && row >= 0);
    ComparisonView *view = m_window->view();
    view->scrollToRow(row, false);
    const QRectF cell = view->cellRect(row, article);
    QVERIFY(!cell.isEmpty());
    const QPoint at = (cell.topLeft() + QPointF(30, 12)).toPoint();

    bool reloaded = false;
    bool menuStillOpen = false;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QFile file(QDir(m_folder).filePath(QStringLiteral("edit.txt")));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            for (qint32 p = 0; p < 3; ++p)
                file.write(model.paragraph(article, p).text.toUtf8() + "\n\n");
            file.close();
            reloaded = waitForComparison(m_window.get());
        }
        menuStillOpen = QApplication::activePopupWidget() == menu && menu->isVisible();
        if (menuStillOpen)
            menu->close(); // not triggered: on the old code it would crash the test
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    QVERIFY(reloaded);
    QVERIFY(!menuStillOpen);
    QCOMPARE(qsizetype(model.article(indexOf(QStringLiteral("edit"))).paragraphs.size()), qsizetype(3));
}

// A reload re-anchors the notes and resets the panel's list: the note the
// editor selected stays selected, and Edit and Delete stay enabled.
void TestAnnotationController::selectedNoteSurvivesReload()
{
    for (const QString &text : { QStringLiteral("First note."), QStringLiteral("Second note.") }) {
        m_window->view()->selectAllInPane(indexOf(QStringLiteral("edit")));
        answerNextNoteDialog(text);
        m_window->actions().addNote->trigger();
    }
    NoteListModel *notes = m_window->annotations()->notes();
    QCOMPARE(notes->rowCount(), 2);
    NotesPanel *panel = m_window->annotations()->panel();
    const QString id = notes->index(1).data(NoteListModel::NoteIdRole).toString();
    panel->selectNote(id);
    QCOMPARE(panel->currentNoteId(), id);

    QFile file(QDir(m_folder).filePath(QStringLiteral("rewrite.txt")));
    QVERIFY(file.open(QIODevice::Append));
    file.write("\n\nA paragraph the night desk added.\n");
    file.close();
    QVERIFY(waitForComparison(m_window.get()));
    QCOMPARE(notes->rowCount(), 2);
    QCOMPARE(panel->currentNoteId(), id);
}

void TestAnnotationController::jumpingToANoteShowsItsPane_data()
{
    QTest::addColumn<QString>("articleId"); // whose note the panel jumps to
    QTest::addColumn<bool>("fromTheEnd");   // the view scrolled to its right end first, else to its left
    QTest::addColumn<bool>("inViewBefore");

    QTest::newRow("last pane, from the left") << QStringLiteral("wire6") << false << false;
    QTest::newRow("the pane after the base, from the right") << QStringLiteral("edit") << true << false;
    QTest::newRow("the base, pinned, from the right") << QStringLiteral("agency") << true << true;
}

// More versions than the window has room for side by side: the jump
// scrolls sideways to the note's pane, not only down to its row. The base
// is pinned at the left edge (the default), so it is in view throughout.
void TestAnnotationController::jumpingToANoteShowsItsPane()
{
    QFETCH(QString, articleId);
    QFETCH(bool, fromTheEnd);
    QFETCH(bool, inViewBefore);
    QFile agency(QDir(m_folder).filePath(QStringLiteral("agency.txt")));
    QVERIFY(agency.open(QIODevice::ReadOnly));
    const QByteArray text = agency.readAll();
    for (int copy = 1; copy <= 6; ++copy) {
        QFile file(QDir(m_folder).filePath(QStringLiteral("wire%1.txt").arg(copy)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Wire copy " + QByteArray::number(copy) + " of the agency story.\n\n" + text);
    }
    m_window.reset();
    m_window = openWindow();
    QVERIFY(m_window);
    ComparisonView *view = m_window->view();
    QScrollBar *bar = view->horizontalScrollBar();
    QVERIFY(bar->maximum() > 0);

    const qint32 article = indexOf(articleId);
    view->selectAllInPane(article);
    answerNextNoteDialog(QStringLiteral("Which desk filed this?"));
    m_window->actions().addNote->trigger();
    NoteListModel *notes = m_window->annotations()->notes();
    QCOMPARE(notes->rowCount(), 1);

    bar->setValue(fromTheEnd ? bar->maximum() : 0);
    const qint32 pane = view->model().paneOf(article);
    QCOMPARE(view->pinnedPane(), view->model().paneOf(view->model().base()));
    // Whole on screen, and not under the pinned pane.
    const auto wholeInView = [view, pane] {
        const qint32 pinned = view->pinnedPane();
        const int left = pinned >= 0 && pane != pinned ? view->paneWidth(pinned) : 0;
        return view->paneViewX(pane) >= left && view->paneViewX(pane) + view->paneWidth(pane) <= view->viewport()->width();
    };
    QCOMPARE(wholeInView(), inViewBefore);
    QListView *list = m_window->annotations()->panel()->listView();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualRect(notes->index(0)).center());

    QVERIFY2(wholeInView(), qPrintable(QStringLiteral("pane %1 at %2, %3 wide; view at %4, %5 wide")
                                           .arg(pane).arg(view->paneViewX(pane)).arg(view->paneWidth(pane))
                                           .arg(bar->value()).arg(view->viewport()->width())));
    const qint32 row = view->model().rowOf(article, notes->index(0).data(NoteListModel::ParagraphRole).toInt());
    QCOMPARE(view->currentRow(), row);
    QVERIFY(!view->cellRect(row, article).isEmpty());
}

QTEST_MAIN(TestAnnotationController)
#include "tst_annotationcontroller.moc"
