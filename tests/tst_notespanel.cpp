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
#include "sidecar.h"
#include "storywindow.h"
#include "viewfixtures.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace WireDiff;

// The Notes panel and the notes' numbers in the real window: a deleted
// note's number is not given again and the others keep theirs in the
// panel, the markers and the menus; a reload that finds a passage reworded
// or its file renamed says so, in a sentence; a note on a drag selection
// quotes whole words.
class TestNotesPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void deletingKeepsNumbers_data();
    void deletingKeepsNumbers();
    void reloadSaysWhatHappened_data();
    void reloadSaysWhatHappened();
    void dragSelectionQuotesWholeWords_data();
    void dragSelectionQuotesWholeWords();
    void filesFromSeveralFoldersSayWhy_data();
    void filesFromSeveralFoldersSayWhy();

private:
    std::unique_ptr<MainWindow> openWindow();
    bool waitForComparison();
    void addNoteOnPane(const QString &articleId, const QString &text);
    // The texts of the pane's context menu on `article`'s cell of `row`;
    // the action starting with `trigger` (if any) is chosen.
    QStringList contextMenu(qint32 row, qint32 article, const QString &trigger = {});
    QList<int> panelNumbers() const;
    qint32 indexOf(const QString &id) const { return m_window->view()->model().comparison().indexOf(id); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    std::unique_ptr<MainWindow> m_window;
};

void TestNotesPanel::initTestCase()
{
    TestSettings::isolate(QStringLiteral("tst_notespanel"), m_settingsDir.path());
}

void TestNotesPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(QStringLiteral("story"));
    QVERIFY(ViewFixtures::writeStoryFolder(m_folder, 12));
    m_window = openWindow();
    QVERIFY(m_window);
}

void TestNotesPanel::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestNotesPanel::openWindow()
{
    return StoryWindow::open(m_folder);
}

bool TestNotesPanel::waitForComparison()
{
    QSignalSpy ready(m_window->session(), &ComparisonSession::comparisonReady);
    return ready.wait(20000);
}

// Ctrl+M on the whole pane: a note on its first paragraph, written in the
// dialog as the editor does.
void TestNotesPanel::addNoteOnPane(const QString &articleId, const QString &text)
{
    m_window->view()->selectAllInPane(indexOf(articleId));
    QTimer::singleShot(0, this, [text] {
        if (auto *dialog = qobject_cast<NoteDialog *>(QApplication::activeModalWidget())) {
            QTest::keyClicks(dialog->editor(), text);
            QTest::keyClick(dialog->editor(), Qt::Key_Return, Qt::ControlModifier);
        }
    });
    m_window->actions().addNote->trigger();
}

QStringList TestNotesPanel::contextMenu(qint32 row, qint32 article, const QString &trigger)
{
    ComparisonView *view = m_window->view();
    view->scrollToRow(row, false);
    const QRectF cell = view->cellRect(row, article);
    const QPoint at = (cell.topLeft() + QPointF(30, 12)).toPoint();
    QStringList texts;
    QTimer::singleShot(0, this, [&texts, trigger] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction *chosen = nullptr;
        for (QAction *action : menu->actions()) {
            const QString text = action->text().remove(QLatin1Char('&'));
            texts.append(text);
            if (!trigger.isEmpty() && !chosen && text.startsWith(trigger))
                chosen = action;
        }
        menu->close();
        if (chosen)
            chosen->trigger();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    return texts;
}

QList<int> TestNotesPanel::panelNumbers() const
{
    QList<int> numbers;
    const QAbstractItemModel *model = m_window->annotations()->panel()->listView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        numbers.append(model->index(row, 0).data().toString().section(QLatin1Char('.'), 0, 0).toInt());
    return numbers;
}

void TestNotesPanel::deletingKeepsNumbers_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("the panel's Delete button") << QStringLiteral("button");
    QTest::newRow("the Delete key in the list") << QStringLiteral("key");
    QTest::newRow("the passage's context menu") << QStringLiteral("menu");
}

// Three notes, the second deleted: the third stays note 3 everywhere, and
// the next note made is note 4, also after the folder is opened again.
// Before, the third became note 2 and the next one note 3.
void TestNotesPanel::deletingKeepsNumbers()
{
    QFETCH(QString, how);
    addNoteOnPane(QStringLiteral("agency"), QStringLiteral("First."));
    addNoteOnPane(QStringLiteral("edit"), QStringLiteral("Second."));
    addNoteOnPane(QStringLiteral("rewrite"), QStringLiteral("Third."));
    NoteListModel *notes = m_window->annotations()->notes();
    QCOMPARE(notes->rowCount(), 3);
    QCOMPARE(panelNumbers(), (QList<int> { 1, 2, 3 }));
    NotesPanel *panel = m_window->annotations()->panel();
    const ComparisonModel &model = m_window->view()->model();

    // The question comes from the menu's action or the panel; it is
    // answered when it shows, as the editor would: Delete.
    QString question;
    QTimer answer;
    answer.setInterval(10);
    connect(&answer, &QTimer::timeout, this, [&question, &answer] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        answer.stop();
        question = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                QTest::mouseClick(button, Qt::LeftButton);
        }
    });
    answer.start();
    if (how == QLatin1String("menu")) {
        const qint32 edit = indexOf(QStringLiteral("edit"));
        QVERIFY(contextMenu(model.rowOf(edit, 0), edit, QStringLiteral("Delete Note 2")).contains(QStringLiteral("Delete Note 2")));
    } else {
        panel->selectNote(notes->index(1).data(NoteListModel::NoteIdRole).toString());
        if (how == QLatin1String("key")) {
            QListView *list = panel->listView();
            m_window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
            list->setFocus();
            QTRY_COMPARE(QApplication::focusWidget(), list);
            QTest::keyClick(list, Qt::Key_Delete);
        } else {
            QPushButton *remove = nullptr;
            for (QPushButton *button : panel->findChildren<QPushButton *>()) {
                if (button->text().remove(QLatin1Char('&')) == QLatin1String("Delete"))
                    remove = button;
            }
            QVERIFY(remove && remove->isEnabled());
            QTest::mouseClick(remove, Qt::LeftButton);
        }
    }
    QVERIFY2(question.startsWith(QLatin1String("Delete note 2?")) && question.contains(QLatin1String("2 will not be given to a new note")),
             qPrintable(question));
    QCOMPARE(notes->rowCount(), 2);
    QCOMPARE(panelNumbers(), (QList<int> { 1, 3 }));

    // The third note's marker, tooltip and menu keep its number.
    const qint32 rewrite = indexOf(QStringLiteral("rewrite"));
    const NoteDecorator *decorator = m_window->annotations()->decorator();
    QVERIFY(decorator->toolTip(rewrite, 0, 3).startsWith(QLatin1String("<b>Note 3</b>")));
    const QStringList menu = contextMenu(model.rowOf(rewrite, 0), rewrite);
    QVERIFY2(menu.contains(QStringLiteral("Edit Note 3…")) && menu.contains(QStringLiteral("Delete Note 3")), qPrintable(menu.join(u'|')));

    addNoteOnPane(QStringLiteral("edit"), QStringLiteral("Fourth."));
    QCOMPARE(panelNumbers(), (QList<int> { 1, 3, 4 }));
    m_window.reset();
    m_window = openWindow();
    QVERIFY(m_window);
    QCOMPARE(panelNumbers(), (QList<int> { 1, 3, 4 }));
    addNoteOnPane(QStringLiteral("agency"), QStringLiteral("Fifth."));
    QCOMPARE(panelNumbers(), (QList<int> { 1, 3, 4, 5 }));
}

void TestNotesPanel::reloadSaysWhatHappened_data()
{
    QTest::addColumn<QString>("change");     // reword: the agency edits the passage; rename: the file is renamed
    QTest::addColumn<QString>("line");       // how the panel's line starts afterwards
    QTest::addColumn<QString>("status");     // in the status bar

    QTest::newRow("the passage reworded") << QStringLiteral("reword") << QStringLiteral("1. [changed] edit, ¶6:")
                                          << QStringLiteral("1 note's passage was reworded; the note now sits on the new wording.");
    QTest::newRow("the file renamed") << QStringLiteral("rename") << QStringLiteral("1. edit-update, ¶6:")
                                      << QStringLiteral("1 note followed its passage to a renamed file.");
}

// A note on the paragraph only the edited copy has; then the agency
// rewords it, or the file is renamed, and the folder reloads on its own.
void TestNotesPanel::reloadSaysWhatHappened()
{
    QFETCH(QString, change);
    QFETCH(QString, line);
    QFETCH(QString, status);
    const qint32 edit = indexOf(QStringLiteral("edit"));
    const QString text = m_window->view()->model().paragraph(edit, 5).text;
    QVERIFY(text.startsWith(QLatin1String("Only the edited copy")));
    NoteListModel *notes = m_window->annotations()->notes();
    notes->addNote(QStringLiteral("edit"), 5, text, 0, qint32(text.size()), QStringLiteral("Name the baker."));

    const QString path = QDir(m_folder).filePath(QStringLiteral("edit.txt"));
    if (change == QLatin1String("reword")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        bytes.replace("volunteer baker", "local baker");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    } else {
        QVERIFY(QFile::rename(path, QDir(m_folder).filePath(QStringLiteral("edit-update.txt"))));
    }
    QVERIFY(waitForComparison());
    QCoreApplication::processEvents();

    QCOMPARE(notes->rowCount(), 1);
    const QString shown = notes->index(0).data().toString();
    QVERIFY2(shown.startsWith(line), qPrintable(shown));
    // A sentence, as the other status messages are (review 11, finding 10).
    QCOMPARE(m_window->statusBar()->currentMessage(), status);
    QVERIFY(!notes->index(0).data(NoteListModel::DetachedRole).toBool());
    // The marker is on the passage in its pane, and it is saved so.
    const qint32 article = indexOf(notes->index(0).data(NoteListModel::ArticleIdRole).toString());
    QCOMPARE(m_window->annotations()->decorator()->notesOn(article, 5), std::vector<int> { 0 });
    // Saved with the next change, or when the window closes.
    QCOMPARE(notes->saveAgain(), QString());
    const Sidecar::LoadResult saved = Sidecar::load(m_folder);
    QCOMPARE(saved.content.notes.size(), size_t(1));
    QCOMPARE(saved.content.notes.front().articleId, notes->index(0).data(NoteListModel::ArticleIdRole).toString());
    QCOMPARE(saved.content.notes.front().originalQuote.isEmpty(), change != QLatin1String("reword"));
}

void TestNotesPanel::dragSelectionQuotesWholeWords_data()
{
    QTest::addColumn<QString>("articleId");
    QTest::addColumn<qreal>("from"); // of the first line's width, where the drag starts and ends
    QTest::addColumn<qreal>("to");
    QTest::newRow("inside two words") << QStringLiteral("agency") << 0.07 << 0.61;
    QTest::newRow("inside two other words") << QStringLiteral("edit") << 0.21 << 0.83;
    QTest::newRow("backwards") << QStringLiteral("rewrite") << 0.74 << 0.28;
}

// A drag that starts and stops inside words, as a mouse does: the note
// quotes the whole words (review 11, finding 10: it stored "homes, emerg").
void TestNotesPanel::dragSelectionQuotesWholeWords()
{
    QFETCH(QString, articleId);
    QFETCH(qreal, from);
    QFETCH(qreal, to);
    ComparisonView *view = m_window->view();
    const qint32 article = indexOf(articleId);
    view->scrollToRow(0, false);
    qint32 row = 0;
    while (row < view->model().rowCount() && view->model().cell(row, article).isGap())
        ++row;
    view->scrollToRow(row, false);
    QCoreApplication::processEvents();
    const QRectF cell = view->cellRect(row, article);
    QVERIFY(!cell.isEmpty());
    const qreal y = cell.top() + CellInsets::top + 6;
    const qreal width = cell.width() - CellInsets::left - CellInsets::right;
    const QPoint start((cell.left() + CellInsets::left + from * width), y);
    const QPoint end((cell.left() + CellInsets::left + to * width), y);
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, start);
    QMouseEvent move(QEvent::MouseMove, end, view->viewport()->mapToGlobal(end), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, end);
    QVERIFY(view->hasSelection());
    const qint32 paragraph = view->selection().start().paragraph;
    const QString text = view->model().paragraph(article, paragraph).text;
    const qint32 dragStart = view->selection().start().offset;
    const qint32 dragEnd = view->selection().end().offset;
    const auto insideWord = [&text](qint32 at) { return at > 0 && at < text.size() && text[at - 1].isLetter() && text[at].isLetter(); };
    // The drag itself cut a word, or the row tests nothing.
    QVERIFY2(insideWord(dragStart) || insideWord(dragEnd), qPrintable(text.mid(dragStart, dragEnd - dragStart)));

    QString dialogLabel;
    QTimer::singleShot(0, this, [&dialogLabel] {
        if (auto *dialog = qobject_cast<NoteDialog *>(QApplication::activeModalWidget())) {
            if (const QLabel *label = dialog->findChild<QLabel *>())
                dialogLabel = label->text();
            QTest::keyClicks(dialog->editor(), QStringLiteral("Whole words?"));
            QTest::keyClick(dialog->editor(), Qt::Key_Return, Qt::ControlModifier);
        }
    });
    m_window->actions().addNote->trigger();
    NoteListModel *notes = m_window->annotations()->notes();
    QCOMPARE(notes->rowCount(), 1);
    const QModelIndex note = notes->index(0);
    const qint32 noteStart = note.data(NoteListModel::StartRole).toInt();
    const qint32 noteEnd = note.data(NoteListModel::EndRole).toInt();
    const QString quote = note.data(NoteListModel::QuoteRole).toString();
    // Out to the whole words where the drag cut one, and no white space at the edges.
    QVERIFY2(insideWord(dragStart) ? noteStart < dragStart : noteStart >= dragStart, qPrintable(quote));
    QVERIFY2(insideWord(dragEnd) ? noteEnd > dragEnd : noteEnd <= dragEnd, qPrintable(quote));
    QVERIFY2(!insideWord(noteStart) && !insideWord(noteEnd), qPrintable(quote));
    QVERIFY2(quote == quote.trimmed() && !quote.isEmpty(), qPrintable(quote));
    QCOMPARE(note.data(NoteListModel::QuoteRole).toString(), text.mid(noteStart, noteEnd - noteStart));
    QVERIFY2(dialogLabel.contains(text.mid(noteStart, noteEnd - noteStart)), qPrintable(dialogLabel));
}

// Notes live beside the articles, one file per folder: with files from
// two folders, the panel and Ctrl+M say so (before, Ctrl+M did nothing and
// the panel still told the editor to press it). Review 12, finding 3.
void TestNotesPanel::filesFromSeveralFoldersSayWhy_data()
{
    QTest::addColumn<bool>("twoFolders");
    QTest::newRow("files from two folders") << true;
    QTest::newRow("files from one folder") << false;
}

void TestNotesPanel::filesFromSeveralFoldersSayWhy()
{
    QFETCH(bool, twoFolders);
    const QString elsewhere = m_dir->filePath(QStringLiteral("downloads"));
    QVERIFY(QDir().mkpath(elsewhere));
    const QString copy = QDir(twoFolders ? elsewhere : m_folder).filePath(QStringLiteral("paper.txt"));
    QVERIFY(QFile::copy(QDir(m_folder).filePath(QStringLiteral("rewrite.txt")), copy));
    QSignalSpy ready(m_window->session(), &ComparisonSession::comparisonReady);
    m_window->open({ QDir(m_folder).filePath(QStringLiteral("agency.txt")), copy });
    QVERIFY(ready.wait(20000));
    const QString said = m_window->annotations()->panel()->emptyText();
    QCOMPARE(said.contains(QLatin1String("2 folders")), twoFolders);
    QVERIFY(m_window->actions().addNote->isEnabled());
    if (!twoFolders)
        return;
    m_window->statusBar()->clearMessage();
    m_window->actions().addNote->trigger();
    QCOMPARE(m_window->statusBar()->currentMessage(), said);
}

QTEST_MAIN(TestNotesPanel)
#include "tst_notespanel.moc"
