#include "annotationcontroller.h"
#include "comparisonsession.h"
#include "isolatedsettings.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "notelistmodel.h"
#include "sidecar.h"
#include "storywindow.h"
#include "viewfixtures.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace WireDiff;

// File ▸ Export Report (JSON)… in the real window, offscreen: the report
// `wirediff --export-json` writes, with the notes on show, asked for by
// the menu or by its shortcut, its place chosen in the real file dialog.
class TestExportJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void writesTheReportWithNotes_data();
    void writesTheReportWithNotes();
    void isInTheFileMenu();
    void failureIsSaid();

private:
    // Triggers the export as `how` says and answers the file dialog with
    // `path`; false when no file dialog came.
    bool exportTo(MainWindow *window, const QString &how, const QString &path);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
};

void TestExportJson::initTestCase()
{
    TestSettings::isolate(QStringLiteral("tst_exportjson"), m_settingsDir.path());
}

void TestExportJson::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(QStringLiteral("story"));
    QVERIFY(ViewFixtures::writeStoryFolder(m_folder, 12));
}

void TestExportJson::cleanup()
{
    m_dir.reset();
}

bool TestExportJson::exportTo(MainWindow *window, const QString &how, const QString &path)
{
    bool answered = false;
    QTimer::singleShot(0, this, [&answered, path] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            answered = true;
            dialog->selectFile(path);
            QMetaObject::invokeMethod(dialog, "accept");
        }
    });
    if (how == QLatin1String("shortcut"))
        QTest::keyClick(window, Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
    else
        window->actions().exportJson->trigger();
    return answered;
}

void TestExportJson::writesTheReportWithNotes_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("notes");
    QTest::addColumn<bool>("unreadableNotesFile");
    QTest::newRow("menu, no notes: an empty list") << QStringLiteral("menu") << 0 << false;
    QTest::newRow("menu, two notes") << QStringLiteral("menu") << 2 << false;
    QTest::newRow("Ctrl+Shift+J, one note") << QStringLiteral("shortcut") << 1 << false;
    QTest::newRow("unreadable notes file: no notes key") << QStringLiteral("menu") << 0 << true;
}

void TestExportJson::writesTheReportWithNotes()
{
    QFETCH(QString, how);
    QFETCH(int, notes);
    QFETCH(bool, unreadableNotesFile);
    if (unreadableNotesFile) {
        QFile sidecar(Sidecar::pathFor(m_folder));
        QVERIFY(sidecar.open(QIODevice::WriteOnly));
        sidecar.write("{ not json");
    }
    const std::unique_ptr<MainWindow> window = StoryWindow::open(m_folder);
    QVERIFY(window);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    const std::shared_ptr<const Comparison> comparison = window->session()->comparison();
    QVERIFY(comparison);
    QVERIFY(window->actions().exportJson->isEnabled());
    QStringList written;
    for (int n = 0; n < notes; ++n) {
        const Article &article = comparison->articles.at(size_t(n % comparison->articles.size()));
        const QString &text = article.paragraphs.front().text;
        written.append(QStringLiteral("Check this, note %1").arg(n + 1));
        QVERIFY(!window->annotations()->notes()->addNote(article.id, 0, text, 0, qint32(std::min<qsizetype>(text.size(), 12)),
                                                         written.back(), QStringLiteral("Ana Silva")).isEmpty());
    }

    const QString path = m_dir->filePath(QStringLiteral("report.json"));
    QVERIFY(exportTo(window.get(), how, path));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(report.value(QStringLiteral("schema")).toString(), QStringLiteral("wirediff-report/1"));
    QCOMPARE(report.value(QStringLiteral("articles")).toArray().size(), qsizetype(comparison->articles.size()));
    QCOMPARE(report.contains(QStringLiteral("notes")), !unreadableNotesFile);
    const QJsonArray list = report.value(QStringLiteral("notes")).toArray();
    QCOMPARE(list.size(), notes);
    QStringList texts;
    for (const QJsonValue &note : list) {
        texts.append(note.toObject().value(QStringLiteral("text")).toString());
        QCOMPARE(note.toObject().value(QStringLiteral("author")).toString(), QStringLiteral("Ana Silva"));
    }
    QCOMPARE(texts, written);
    // Nothing but the report was written beside it (atomically: no temporary left).
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList { QStringLiteral("report.json") });
}

// In the File menu beside the other exports, where Help ▸ Keyboard
// Shortcuts (which lists the menus' actions) finds its shortcut.
void TestExportJson::isInTheFileMenu()
{
    const std::unique_ptr<MainWindow> window = StoryWindow::open(m_folder);
    QVERIFY(window);
    const QAction *action = window->actions().exportJson;
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    QMenu *file = window->menuBar()->actions().constFirst()->menu();
    QVERIFY(file);
    const QList<QAction *> actions = file->actions();
    const qsizetype html = actions.indexOf(window->actions().exportHtml);
    QVERIFY(html >= 0);
    QCOMPARE(actions.value(html + 1), action);
    // No other action of the window answers the same keys.
    for (const QAction *other : window->findChildren<QAction *>()) {
        if (other != action)
            QVERIFY2(!other->shortcuts().contains(action->shortcut()), qPrintable(other->text()));
    }
}

// A place that cannot be written is said in a message box, and nothing is
// left there.
void TestExportJson::failureIsSaid()
{
    const std::unique_ptr<MainWindow> window = StoryWindow::open(m_folder);
    QVERIFY(window);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    const QString path = m_dir->filePath(QStringLiteral("no-such-folder/report.json"));
    QString warning;
    QTimer::singleShot(0, this, [&warning, path] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            dialog->selectFile(path);
            QMetaObject::invokeMethod(dialog, "accept");
        }
        QTimer::singleShot(0, [&warning] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                warning = box->text();
                box->accept();
            }
        });
    });
    window->actions().exportJson->trigger();
    QVERIFY2(!warning.isEmpty(), "no message box");
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestExportJson)
#include "tst_exportjson.moc"
