#include "comparisonview.h"
#include "isolatedsettings.h"
#include "mainwindow.h"
#include "navigationkeys.h"
#include "notedialog.h"
#include "shortcutsdialog.h"
#include "storywindow.h"
#include "viewfixtures.h"

#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace WireDiff;

// Help ▸ Keyboard Shortcuts lists every key the README's keyboard table
// names: the actions' shortcuts, and the keys the panes and the note
// dialog read themselves (Ctrl+Up, Ctrl+Right, the Menu key, Ctrl+click,
// Ctrl+Return) and the base box's Alt+B. Before, the dialog knew only the
// actions (review 11, finding 6). Those keys come from one list,
// NavigationKeys, which the panes and the dialog ask: pressed in the real
// window, each does what the dialog says.
class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void placesListTheirKeys_data();
    void placesListTheirKeys();
    void readmeKeysAreListed_data();
    void readmeKeysAreListed();
    void listedKeysAct_data();
    void listedKeysAct();
    void noteDialogSavesOnItsKey();

private:
    // Every key the dialog lists, lower case ("ctrl+up", "menu", "ctrl+click").
    QSet<QString> listedKeys() const;

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestShortcutsDialog::initTestCase()
{
    TestSettings::isolate(QStringLiteral("tst_shortcutsdialog"), m_settingsDir.path());
    const QString folder = m_dir.filePath(QStringLiteral("story"));
    QVERIFY(ViewFixtures::writeStoryFolder(folder, 12));
    m_window = StoryWindow::open(folder);
    QVERIFY(m_window);
}

void TestShortcutsDialog::cleanupTestCase()
{
    m_window.reset();
}

QSet<QString> TestShortcutsDialog::listedKeys() const
{
    QList<QMenu *> menus;
    for (QAction *top : m_window->menuBar()->actions()) {
        if (top->menu())
            menus.append(top->menu());
    }
    ShortcutsDialog dialog(menus, m_window->QWidget::actions(), m_window.get());
    QSet<QString> keys;
    const QTreeWidget *tree = dialog.tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            for (const QString &key : group->child(i)->text(1).split(QStringLiteral(", ")))
                keys.insert(key.toLower());
        }
    }
    return keys;
}

// Each place with keys of its own has a group listing what they do: the
// Family Tree's Fit and zoom were missing (review 12, finding 7).
void TestShortcutsDialog::placesListTheirKeys_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("keys");
    QTest::newRow("matrix fit") << "In Who Copied Whom" << "Fit the whole matrix in the panel, or back to the zoom before" << "F";
    QTest::newRow("tree fit") << "In the Family Tree" << "Fit the whole tree in the panel, or back to the zoom before" << "F";
    QTest::newRow("tree zoom in") << "In the Family Tree" << "Larger boxes" << "Ctrl++";
    QTest::newRow("tree wheel") << "In the Family Tree" << "Larger or smaller boxes" << "Ctrl+Wheel";
}

void TestShortcutsDialog::placesListTheirKeys()
{
    QFETCH(QString, group);
    QFETCH(QString, entry);
    QFETCH(QString, keys);
    ShortcutsDialog dialog({}, {}, m_window.get());
    const QTreeWidget *tree = dialog.tree();
    QStringList listed;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *item = tree->topLevelItem(g);
        if (item->text(0) != group)
            continue;
        for (int i = 0; i < item->childCount(); ++i)
            listed << item->child(i)->text(0) + QLatin1Char('=') + item->child(i)->text(1);
    }
    QVERIFY2(listed.contains(entry + QLatin1Char('=') + keys), qPrintable(listed.join(QStringLiteral(" | "))));
}

// One row per key in the README's table ("| keys | |"), read at run time,
// so a key added to the README and not to the dialog fails here.
void TestShortcutsDialog::readmeKeysAreListed_data()
{
    QTest::addColumn<QString>("key");
    QFile readme(QStringLiteral(WIREDIFF_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(readme.readAll()).split(QLatin1Char('\n'));
    const qsizetype start = lines.indexOf(QStringLiteral("| keys | |"));
    QVERIFY(start >= 0);
    int rows = 0;
    for (qsizetype i = start + 2; i < lines.size() && lines[i].startsWith(QLatin1Char('|')); ++i) {
        const QString cell = lines[i].section(QLatin1Char('|'), 1, 1).trimmed();
        for (QString key : cell.split(QRegularExpression(QStringLiteral(", | / ")))) {
            key = key.trimmed();
            if (key.endsWith(QLatin1String(" key")))
                key.chop(4);
            QTest::newRow(qPrintable(key)) << key;
            ++rows;
        }
    }
    QVERIFY(rows > 15);
}

void TestShortcutsDialog::readmeKeysAreListed()
{
    QFETCH(QString, key);
    const QSet<QString> keys = listedKeys();
    QVERIFY2(keys.contains(key.toLower()), qPrintable(QStringList(keys.values()).join(QStringLiteral(" | "))));
}

void TestShortcutsDialog::listedKeysAct_data()
{
    QTest::addColumn<int>("key"); // NavigationKeys::Key
    QTest::addColumn<bool>("pane"); // moves the current pane, else the current row
    QTest::addColumn<int>("direction");
    QTest::newRow("next pane") << int(NavigationKeys::Key::NextPane) << true << 1;
    QTest::newRow("previous pane") << int(NavigationKeys::Key::PreviousPane) << true << -1;
    QTest::newRow("next row") << int(NavigationKeys::Key::NextRowWithText) << false << 1;
    QTest::newRow("previous row") << int(NavigationKeys::Key::PreviousRowWithText) << false << -1;
}

// The key as the list gives it, pressed on the real panes.
void TestShortcutsDialog::listedKeysAct()
{
    QFETCH(int, key);
    QFETCH(bool, pane);
    QFETCH(int, direction);
    ComparisonView *view = m_window->view();
    view->setFocus();
    const QKeyCombination combination = NavigationKeys::entry(NavigationKeys::Key(key)).combination;
    const auto press = [&] { QTest::keyClick(view, combination.key(), combination.keyboardModifiers()); };
    // First the other way, a few times, so this way has room to move.
    using Key = NavigationKeys::Key;
    const Key back = pane ? (direction > 0 ? Key::PreviousPane : Key::NextPane)
                          : (direction > 0 ? Key::PreviousRowWithText : Key::NextRowWithText);
    const QKeyCombination other = NavigationKeys::entry(back).combination;
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(view, other.key(), other.keyboardModifiers());
    const qint32 before = pane ? view->currentPane() : view->currentRow();
    press();
    const qint32 after = pane ? view->currentPane() : view->currentRow();
    QVERIFY2(direction > 0 ? after > before : after < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QVERIFY(listedKeys().contains(NavigationKeys::keyText(NavigationKeys::Key(key)).toLower()));
}

void TestShortcutsDialog::noteDialogSavesOnItsKey()
{
    Note note;
    note.articleId = QStringLiteral("agency");
    note.quote = QStringLiteral("quoted");
    NoteDialog dialog(note);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QKeyCombination newLine = NavigationKeys::entry(NavigationKeys::Key::NewLineInNote).combination;
    QTest::keyClicks(dialog.editor(), QStringLiteral("One"));
    QTest::keyClick(dialog.editor(), newLine.key(), newLine.keyboardModifiers());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.text(), QStringLiteral("One\n"));
    const QKeyCombination save = NavigationKeys::entry(NavigationKeys::Key::SaveNote).combination;
    QTest::keyClick(dialog.editor(), save.key(), save.keyboardModifiers());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(listedKeys().contains(NavigationKeys::keyText(NavigationKeys::Key::SaveNote).toLower()));
}

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
