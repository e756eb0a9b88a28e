#include "annotationcontroller.h"
#include "comparisonsession.h"
#include "comparisonview.h"
#include "isolatedsettings.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "notedialog.h"
#include "notelistmodel.h"
#include "notespanel.h"
#include "sidecar.h"
#include "storywindow.h"
#include "viewfixtures.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <ctime>
#include <functional>

using namespace WireDiff;

// Notes are signed: the note dialog in the real window asks who writes the
// note, starting from the name used last (remembered in the settings), and
// shows an edited note's author and when it was written and changed, in
// local time (the test runs in Kathmandu time, UTC+5:45, so a date left in
// UTC shows). The Notes panel's line ends with the name, and Edit ▸ Your
// Name for Notes changes the name new notes get.
class TestNoteDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void newNoteIsSigned_data();
    void newNoteIsSigned();
    void editedNoteKeepsItsAuthor_data();
    void editedNoteKeepsItsAuthor();
    void nameForNewNotesFromTheMenu_data();
    void nameForNewNotesFromTheMenu();

private:
    // What the dialog showed when it opened: the name, and its labels' text.
    struct Shown
    {
        bool found = false;
        QString author;
        QString labels;
    };
    // Answers the next note dialog: `act` on it (typing), then Ctrl+Return
    // in the note's text.
    void answerNextNoteDialog(Shown *shown, const std::function<void(NoteDialog *)> &act);
    static void retype(QLineEdit *edit, const QString &text);
    void openWindow();
    void addNoteOnPane(const QString &articleId, Shown *shown, const std::function<void(NoteDialog *)> &act);
    QAction *actionNamed(const QString &prefix) const;
    static QString rememberedName() { return QSettings().value(QStringLiteral("notes/author")).toString(); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    std::unique_ptr<MainWindow> m_window;
};

void TestNoteDialog::initTestCase()
{
    TestSettings::isolate(QStringLiteral("tst_notedialog"), m_settingsDir.path());
    qputenv("TZ", "Asia/Kathmandu");
    tzset();
}

void TestNoteDialog::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(QStringLiteral("story"));
    QVERIFY(ViewFixtures::writeStoryFolder(m_folder, 12));
}

void TestNoteDialog::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestNoteDialog::openWindow()
{
    m_window = StoryWindow::open(m_folder);
    QVERIFY(m_window);
}

void TestNoteDialog::answerNextNoteDialog(Shown *shown, const std::function<void(NoteDialog *)> &act)
{
    QTimer::singleShot(0, this, [shown, act] {
        auto *dialog = qobject_cast<NoteDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QLineEdit *name = dialog->findChild<QLineEdit *>();
        shown->found = name != nullptr;
        shown->author = name ? name->text() : QString();
        const auto labels = dialog->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            shown->labels += label->text() + QLatin1Char('\n');
        act(dialog);
        QTest::keyClick(dialog->editor(), Qt::Key_Return, Qt::ControlModifier);
    });
}

// Replaces a line edit's text as the editor does: select all, type. A
// dialog without the box (before notes were signed) is left alone, so the
// checks after it say what is missing.
void TestNoteDialog::retype(QLineEdit *edit, const QString &text)
{
    if (!edit)
        return;
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    // Key by key; a letter beyond ASCII as a keyboard layout sends it.
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(edit, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void TestNoteDialog::addNoteOnPane(const QString &articleId, Shown *shown, const std::function<void(NoteDialog *)> &act)
{
    m_window->view()->selectAllInPane(m_window->view()->model().comparison().indexOf(articleId));
    answerNextNoteDialog(shown, act);
    m_window->actions().addNote->trigger();
}

QAction *TestNoteDialog::actionNamed(const QString &prefix) const
{
    const auto actions = m_window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text().remove(QLatin1Char('&')).startsWith(prefix))
            return action;
    }
    return nullptr;
}

void TestNoteDialog::newNoteIsSigned_data()
{
    QTest::addColumn<QString>("remembered"); // the name in the settings; "-": none yet
    QTest::addColumn<QString>("typed");      // typed over the name; "-": left as shown
    QTest::addColumn<QString>("signedBy");   // saved with the note; "-": the name shown

    QTest::newRow("the account's name the first time") << "-" << "-" << "-";
    QTest::newRow("the name used last") << "Ana Silva" << "-" << "Ana Silva";
    QTest::newRow("another name typed") << "Ana Silva" << "Bo Chen" << "Bo Chen";
    QTest::newRow("the name cleared: unsigned") << "Ana Silva" << "" << "";
    QTest::newRow("a name with accents") << "-" << "  Zoë   Ångström " << "Zoë Ångström";
}

void TestNoteDialog::newNoteIsSigned()
{
    QFETCH(QString, remembered);
    QFETCH(QString, typed);
    QFETCH(QString, signedBy);
    if (remembered != QLatin1String("-"))
        QSettings().setValue(QStringLiteral("notes/author"), remembered);
    openWindow();

    Shown shown;
    addNoteOnPane(QStringLiteral("edit"), &shown, [typed](NoteDialog *dialog) {
        QTest::keyClicks(dialog->editor(), QStringLiteral("Who is the baker?"));
        if (typed != QLatin1String("-"))
            retype(dialog->findChild<QLineEdit *>(), typed);
    });
    QVERIFY2(shown.found, "the dialog asks who signs the note");
    if (remembered == QLatin1String("-"))
        QVERIFY2(!shown.author.isEmpty(), "a first note is signed with the account's name");
    else
        QCOMPARE(shown.author, remembered);
    const QString expected = signedBy == QLatin1String("-") ? shown.author : signedBy;

    NoteListModel *notes = m_window->annotations()->notes();
    QCOMPARE(notes->rowCount(), 1);
    const Sidecar::LoadResult saved = Sidecar::load(m_folder);
    QCOMPARE(saved.content.notes.size(), size_t(1));
    QCOMPARE(saved.content.notes.front().author, expected);
    const QString line = notes->index(0).data().toString();
    QVERIFY2(expected.isEmpty() ? !line.endsWith(QLatin1Char(')')) : line.endsWith(QStringLiteral(" (%1)").arg(expected)), qPrintable(line));
    // The next note starts from the name this one was signed with.
    QCOMPARE(rememberedName(), expected);
    Shown next;
    addNoteOnPane(QStringLiteral("agency"), &next, [](NoteDialog *dialog) { QTest::keyClicks(dialog->editor(), QStringLiteral("Second.")); });
    QCOMPARE(next.author, expected);
}

void TestNoteDialog::editedNoteKeepsItsAuthor_data()
{
    QTest::addColumn<QString>("author");    // the note's, in the file
    QTest::addColumn<QString>("typed");     // "-": left as shown
    QTest::addColumn<QString>("signedBy");  // afterwards
    QTest::addColumn<bool>("changedLater"); // modified after it was created

    QTest::newRow("kept") << "Ana Silva" << "-" << "Ana Silva" << true;
    QTest::newRow("signed by another") << "Ana Silva" << "Bo Chen" << "Bo Chen" << false;
    QTest::newRow("an unsigned note stays unsigned") << "" << "-" << "" << false;
}

// A note in the folder's notes file, written on 1 March 2026 at 23:30 UTC
// (2 March, 05:15 in Kathmandu), perhaps changed on 4 March at 08:10 UTC
// (13:55). The remembered name is someone else's: editing never signs
// another's note with it.
void TestNoteDialog::editedNoteKeepsItsAuthor()
{
    QFETCH(QString, author);
    QFETCH(QString, typed);
    QFETCH(QString, signedBy);
    QFETCH(bool, changedLater);
    QSettings().setValue(QStringLiteral("notes/author"), QStringLiteral("Desk Editor"));
    const QString paragraph = ViewFixtures::storySet(12)[1].paragraphs.front().text;
    Note note = Note::onPassage(QStringLiteral("edit"), 0, paragraph, 0, 9, QStringLiteral("Check the name."));
    note.number = 1;
    note.author = author;
    note.created = QDateTime(QDate(2026, 3, 1), QTime(23, 30), Qt::UTC);
    note.modified = changedLater ? QDateTime(QDate(2026, 3, 4), QTime(8, 10), Qt::UTC) : note.created;
    SidecarContent content;
    content.notes.push_back(note);
    content.lastNoteNumber = 1;
    QVERIFY(QDir().mkpath(m_folder));
    QFile file(Sidecar::pathFor(m_folder));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Sidecar::serialize(content));
    file.close();
    openWindow();

    NoteListModel *notes = m_window->annotations()->notes();
    QCOMPARE(notes->rowCount(), 1);
    const QLocale locale;
    const QString written = locale.toString(QDateTime(QDate(2026, 3, 2), QTime(5, 15)), QLocale::ShortFormat);
    const QString changed = locale.toString(QDateTime(QDate(2026, 3, 4), QTime(13, 55)), QLocale::ShortFormat);
    // The panel's line and tooltip, before the edit.
    const QString line = notes->index(0).data().toString();
    QVERIFY2(author.isEmpty() ? !line.endsWith(QLatin1Char(')')) : line.endsWith(QStringLiteral(" (%1)").arg(author)), qPrintable(line));
    const QString tip = notes->index(0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QLatin1String("Check the name.")) && tip.contains(written) && tip.contains(author)
                 && tip.contains(changed) == changedLater,
             qPrintable(tip));

    auto *panel = m_window->findChild<NotesPanel *>();
    panel->selectNote(note.id);
    QPushButton *edit = nullptr;
    const auto buttons = panel->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text().remove(QLatin1Char('&')).startsWith(QLatin1String("Edit")))
            edit = button;
    }
    QVERIFY(edit && edit->isEnabled());
    Shown shown;
    answerNextNoteDialog(&shown, [typed](NoteDialog *dialog) {
        QTest::keyClicks(dialog->editor(), QStringLiteral(" Done."));
        if (typed != QLatin1String("-"))
            retype(dialog->findChild<QLineEdit *>(), typed);
    });
    QTest::mouseClick(edit, Qt::LeftButton);
    QVERIFY2(shown.found, "the dialog shows who signed the note");
    QCOMPARE(shown.author, author);
    // When it was written and changed, in local time; never the UTC time.
    QVERIFY2(shown.labels.contains(written), qPrintable(shown.labels));
    QCOMPARE(shown.labels.contains(changed), changedLater);
    const QString utc = locale.toString(QDateTime(QDate(2026, 3, 1), QTime(23, 30)), QLocale::ShortFormat);
    QVERIFY2(!shown.labels.contains(utc), qPrintable(shown.labels));

    const Note saved = Sidecar::load(m_folder).content.notes.front();
    QCOMPARE(saved.text, QStringLiteral("Check the name. Done."));
    QCOMPARE(saved.author, signedBy);
    QCOMPARE(rememberedName(), QStringLiteral("Desk Editor"));
}

void TestNoteDialog::nameForNewNotesFromTheMenu_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("button"); // what the Notes panel's button then says

    QTest::newRow("a name") << QStringLiteral("Ana Silva") << QStringLiteral("Signed: Ana Silva");
    QTest::newRow("none") << QString() << QStringLiteral("Not signed");
}

// Edit ▸ Your Name for Notes… asks for the name; the Notes panel says it,
// the settings keep it, and the next new note is signed with it.
void TestNoteDialog::nameForNewNotesFromTheMenu()
{
    QFETCH(QString, name);
    QFETCH(QString, button);
    QSettings().setValue(QStringLiteral("notes/author"), QStringLiteral("Desk Editor"));
    openWindow();
    QAction *action = actionNamed(QStringLiteral("Your Name for Notes"));
    QVERIFY(action);
    bool asked = false;
    QTimer::singleShot(0, this, [&asked, name] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        asked = dialog->textValue() == QLatin1String("Desk Editor");
        auto *edit = dialog->findChild<QLineEdit *>();
        retype(edit, name);
        QTest::keyClick(edit, Qt::Key_Return);
    });
    action->trigger();
    QVERIFY2(asked, "the dialog starts from the name in use");
    QCOMPARE(rememberedName(), name);
    bool said = false;
    const auto toolButtons = m_window->findChild<NotesPanel *>()->findChildren<QToolButton *>();
    for (const QToolButton *tool : toolButtons)
        said = said || tool->text() == button;
    QVERIFY2(said, qPrintable(button));

    Shown shown;
    addNoteOnPane(QStringLiteral("agency"), &shown, [](NoteDialog *dialog) { QTest::keyClicks(dialog->editor(), QStringLiteral("Checked.")); });
    QCOMPARE(shown.author, name);
    QCOMPARE(Sidecar::load(m_folder).content.notes.front().author, name);
}

QTEST_MAIN(TestNoteDialog)
#include "tst_notedialog.moc"
