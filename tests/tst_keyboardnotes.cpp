#include "annotationcontroller.h"
#include "comparisonview.h"
#include "isolatedsettings.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "navigationkeys.h"
#include "notedialog.h"
#include "notelistmodel.h"
#include "shortcutsdialog.h"
#include "storywindow.h"
#include "viewfixtures.h"

#include <QAction>
#include <QApplication>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace WireDiff;

// A note on a few words without a mouse (review 16): Shift+Left/Right
// select characters and Ctrl+Shift+Left/Right words in the current cell,
// Ctrl+M then notes them widened to whole words as after a drag, and where
// the current cell has no text the status bar says which keys to use.
class TestKeyboardNotes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keysSelectWhatTheNoteQuotes_data();
    void keysSelectWhatTheNoteQuotes();
    void emptyCellSaysWhichKeys();
    void shortcutsListTheSelectionKeys_data();
    void shortcutsListTheSelectionKeys();

private:
    void answerNextNoteDialog(const QString &text);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

struct Press
{
    Qt::Key key;
    Qt::KeyboardModifiers modifiers;
    int times;
};

} // namespace

Q_DECLARE_METATYPE(QList<Press>)

void TestKeyboardNotes::initTestCase()
{
    TestSettings::isolate(QStringLiteral("tst_keyboardnotes"), m_settingsDir.path());
}

void TestKeyboardNotes::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString folder = m_dir->filePath(QStringLiteral("story"));
    QVERIFY(ViewFixtures::writeStoryFolder(folder, 12));
    m_window = StoryWindow::open(folder);
    QVERIFY(m_window);
}

void TestKeyboardNotes::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestKeyboardNotes::answerNextNoteDialog(const QString &text)
{
    QTimer::singleShot(0, this, [text] {
        auto *dialog = qobject_cast<NoteDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTest::keyClicks(dialog->editor(), text);
        QTest::keyClick(dialog->editor(), Qt::Key_Return, Qt::ControlModifier);
    });
}

void TestKeyboardNotes::keysSelectWhatTheNoteQuotes_data()
{
    QTest::addColumn<QList<Press>>("presses");
    QTest::addColumn<QString>("quote"); // empty: no selection, the whole paragraph is noted
    QTest::addColumn<int>("pane");      // the current pane after the keys

    const Qt::KeyboardModifiers shift = Qt::ShiftModifier;
    const Qt::KeyboardModifiers word = Qt::ShiftModifier | Qt::ControlModifier;
    // The agency's first paragraph: "The river warned on day 1 that levees
    // near the old mill would matter, citing … from rescue crews."
    QTest::newRow("three words on") << QList<Press> { { Qt::Key_Right, word, 3 } } << QStringLiteral("The river warned") << 0;
    QTest::newRow("six characters, widened to the word") << QList<Press> { { Qt::Key_Right, shift, 6 } }
                                                         << QStringLiteral("The river") << 0;
    QTest::newRow("four words on, one back") << QList<Press> { { Qt::Key_Right, word, 4 }, { Qt::Key_Left, word, 1 } }
                                             << QStringLiteral("The river warned") << 0;
    QTest::newRow("two words back from the end") << QList<Press> { { Qt::Key_Left, word, 2 } }
                                                 << QStringLiteral("rescue crews.") << 0;
    QTest::newRow("a character back, then a word back") << QList<Press> { { Qt::Key_Left, shift, 1 }, { Qt::Key_Left, word, 1 } }
                                                        << QStringLiteral("crews.") << 0;
    // Ctrl+Right still goes to the next pane and selects nothing.
    QTest::newRow("Ctrl+Right moves on") << QList<Press> { { Qt::Key_Right, Qt::ControlModifier, 1 } } << QString() << 1;
}

void TestKeyboardNotes::keysSelectWhatTheNoteQuotes()
{
    QFETCH(QList<Press>, presses);
    QFETCH(QString, quote);
    QFETCH(int, pane);
    ComparisonView *view = m_window->view();
    view->setFocus(Qt::TabFocusReason);
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier); // to the first row with text
    QCOMPARE(view->currentRow(), 0);
    QCOMPARE(view->currentPane(), 0);
    for (const Press &press : presses) {
        for (int i = 0; i < press.times; ++i)
            QTest::keyClick(view, press.key, press.modifiers);
    }
    QCOMPARE(view->currentPane(), pane);
    QCOMPARE(view->hasSelection(), !quote.isEmpty());

    answerNextNoteDialog(QStringLiteral("Checked."));
    m_window->actions().addNote->trigger();
    const NoteListModel *notes = m_window->annotations()->notes();
    QCOMPARE(notes->rowCount(), 1);
    const QModelIndex note = notes->index(0);
    const qint32 article = view->model().panes()[size_t(pane)];
    const QString &paragraph = view->model().paragraph(article, 0).text;
    QCOMPARE(note.data(NoteListModel::QuoteRole).toString(), quote.isEmpty() ? paragraph : quote);
}

// Where the current pane has no text in the current row, Ctrl+M says how to
// get to text and select it with the keys.
void TestKeyboardNotes::emptyCellSaysWhichKeys()
{
    ComparisonView *view = m_window->view();
    const ComparisonModel &model = view->model();
    // A row where some pane has a gap: the edit cut the agency's fourth paragraph.
    qint32 row = -1;
    qint32 pane = -1;
    for (qint32 r = 0; r < model.rowCount() && row < 0; ++r) {
        for (qint32 p = 0; p < qint32(model.panes().size()); ++p) {
            if (model.cell(r, model.panes()[size_t(p)]).isGap()) {
                row = r;
                pane = p;
                break;
            }
        }
    }
    QVERIFY(row >= 0);
    view->revealPane(model.panes()[size_t(pane)]);
    view->setCurrentRow(row);
    QCOMPARE(view->currentPane(), pane);
    view->setFocus(Qt::TabFocusReason);
    QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier | Qt::ControlModifier);
    QVERIFY(!view->hasSelection());
    m_window->actions().addNote->trigger();
    QCOMPARE(m_window->annotations()->notes()->rowCount(), 0);
    const QString message = m_window->statusBar()->currentMessage();
    for (const char *keys : { "Ctrl+Left/Right", "Ctrl+Up/Down", " Shift+Left/Right", "Ctrl+Shift+Left/Right", "Ctrl+M" })
        QVERIFY2(message.contains(QLatin1String(keys)), qPrintable(message));
}

void TestKeyboardNotes::shortcutsListTheSelectionKeys_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("Shift+Left") << int(NavigationKeys::Key::SelectCharacterBack);
    QTest::newRow("Shift+Right") << int(NavigationKeys::Key::SelectCharacterOn);
    QTest::newRow("Ctrl+Shift+Left") << int(NavigationKeys::Key::SelectWordBack);
    QTest::newRow("Ctrl+Shift+Right") << int(NavigationKeys::Key::SelectWordOn);
}

// Help ▸ Keyboard Shortcuts lists them with what they do.
void TestKeyboardNotes::shortcutsListTheSelectionKeys()
{
    QFETCH(int, key);
    const auto which = NavigationKeys::Key(key);
    QCOMPARE(NavigationKeys::keyText(which), QString::fromLatin1(QTest::currentDataTag()));
    ShortcutsDialog dialog({}, {}, m_window.get());
    bool listed = false;
    const QTreeWidget *tree = dialog.tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
            const QTreeWidgetItem *item = tree->topLevelItem(g)->child(i);
            listed = listed || (item->text(1) == NavigationKeys::keyText(which) && item->text(0) == NavigationKeys::description(which));
        }
    }
    QVERIFY(listed);
}

QTEST_MAIN(TestKeyboardNotes)
#include "tst_keyboardnotes.moc"
