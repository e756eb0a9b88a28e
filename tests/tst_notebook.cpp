#include "notebook.h"
#include "sidecar.h"
#include "testarticles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace WireDiff;

// The folder's notes as the window edits them: numbers that stay when
// notes are deleted and are never given again, notes on a reworded passage
// or a renamed file, and what the status bar says after a reload.
class TestNoteBook : public QObject
{
    Q_OBJECT

private slots:
    void numbersSurviveDeletes_data();
    void numbersSurviveDeletes();
    void reloadOutcome_data();
    void reloadOutcome();
    void savingConfirmsRewording_data();
    void savingConfirmsRewording();
    void authorIsKeptAndChanged_data();
    void authorIsKeptAndChanged();
};

namespace {

const QString paragraph = QStringLiteral("Officials said the river would crest on Tuesday near the old bridge.");

QList<int> numbersOf(const NoteBook &book)
{
    QList<int> numbers;
    for (const Note &note : book.notes())
        numbers.append(note.number);
    return numbers;
}

} // namespace

void TestNoteBook::numbersSurviveDeletes_data()
{
    QTest::addColumn<QStringList>("operations"); // add, remove:NUMBER, reopen
    QTest::addColumn<QList<int>>("numbers");     // the notes' numbers afterwards, in their order

    QTest::newRow("three notes") << QStringList { "add", "add", "add" } << QList<int> { 1, 2, 3 };
    // Before, deleting note 2 made note 3 the new note 2.
    QTest::newRow("the middle one deleted") << QStringList { "add", "add", "add", "remove:2" } << QList<int> { 1, 3 };
    QTest::newRow("the middle one deleted, then one added")
        << QStringList { "add", "add", "add", "remove:2", "add" } << QList<int> { 1, 3, 4 };
    QTest::newRow("the last one deleted, then one added: its number is not given again")
        << QStringList { "add", "add", "remove:2", "add" } << QList<int> { 1, 3 };
    QTest::newRow("the last one deleted, the folder opened again, one added")
        << QStringList { "add", "add", "remove:2", "reopen", "add" } << QList<int> { 1, 3 };
    QTest::newRow("all deleted, the folder opened again, one added")
        << QStringList { "add", "add", "remove:1", "remove:2", "reopen", "add" } << QList<int> { 3 };
    QTest::newRow("the middle one deleted, the folder opened again")
        << QStringList { "add", "add", "add", "remove:2", "reopen" } << QList<int> { 1, 3 };
}

void TestNoteBook::numbersSurviveDeletes()
{
    QFETCH(QStringList, operations);
    QFETCH(QList<int>, numbers);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::vector<Article> articles { TestArticles::make(QStringLiteral("agency"), { paragraph }) };
    NoteBook book;
    book.open(dir.path(), articles);
    for (const QString &operation : operations) {
        if (operation == QLatin1String("add")) {
            book.add(QStringLiteral("agency"), 0, paragraph, 19, 24, QStringLiteral("check"));
        } else if (operation == QLatin1String("reopen")) {
            book = NoteBook();
            book.open(dir.path(), articles);
        } else {
            const int number = operation.section(QLatin1Char(':'), 1).toInt();
            const auto it = std::find_if(book.notes().begin(), book.notes().end(),
                                         [number](const Note &note) { return note.number == number; });
            QVERIFY(it != book.notes().end());
            QVERIFY(book.remove(it->id));
        }
        QCOMPARE(book.save(), QString());
    }
    QCOMPARE(numbersOf(book), numbers);
    NoteBook reopened;
    reopened.open(dir.path(), articles);
    QCOMPARE(numbersOf(reopened), numbers);
}

void TestNoteBook::reloadOutcome_data()
{
    QTest::addColumn<QString>("noted");          // the paragraph of 04-wire with the noted [[passage]]
    QTest::addColumn<QStringList>("articles");   // "id: paragraph" loaded on reopening
    QTest::addColumn<QStringList>("filesThere"); // files in the folder on reopening
    QTest::addColumn<QString>("articleAfter");   // the note's article afterwards
    QTest::addColumn<bool>("detached");
    QTest::addColumn<int>("outcome");            // NoteAnchor::Outcome of the note

    const QString noted = QStringLiteral("Officials said [[the river would crest on Tuesday near the old bridge]].");
    QTest::newRow("unchanged: nothing to say")
        << noted << QStringList { "04-wire: Officials said the river would crest on Tuesday near the old bridge." }
        << QStringList { "04-wire.txt" } << QStringLiteral("04-wire") << false << int(NoteAnchor::Outcome::Kept);
    QTest::newRow("a word of the passage changed")
        << noted << QStringList { "04-wire: Officials said the river would peak on Tuesday near the old bridge." }
        << QStringList { "04-wire.txt" } << QStringLiteral("04-wire") << false
        << int(NoteAnchor::Outcome::Changed);
    QTest::newRow("the file renamed")
        << noted << QStringList { "04-wire-update: Officials said the river would crest on Tuesday near the old bridge." }
        << QStringList { "04-wire-update.txt" } << QStringLiteral("04-wire-update") << false
        << int(NoteAnchor::Outcome::Renamed);
    // A comparison of some of the folder's files: the note waits for its own.
    QTest::newRow("the file still there, only not opened")
        << noted << QStringList { "04-wire-update: Officials said the river would crest on Tuesday near the old bridge." }
        << QStringList { "04-wire.txt", "04-wire-update.txt" } << QStringLiteral("04-wire") << true
        << int(NoteAnchor::Outcome::Detached);
    QTest::newRow("the passage gone")
        << noted << QStringList { "04-wire: The storm passed." } << QStringList { "04-wire.txt" } << QStringLiteral("04-wire") << true
        << int(NoteAnchor::Outcome::Detached);
    QTest::newRow("the passage moved")
        << noted << QStringList { "04-wire: UPDATE. Officials said the river would crest on Tuesday near the old bridge." }
        << QStringList { "04-wire.txt" } << QStringLiteral("04-wire") << false
        << int(NoteAnchor::Outcome::Moved);
}

// A note made on 04-wire, the folder opened again after the agency's update.
void TestNoteBook::reloadOutcome()
{
    QFETCH(QString, noted);
    QFETCH(QStringList, articles);
    QFETCH(QStringList, filesThere);
    QFETCH(QString, articleAfter);
    QFETCH(bool, detached);
    QFETCH(int, outcome);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const qsizetype open = noted.indexOf(QLatin1String("[["));
    const qsizetype close = noted.indexOf(QLatin1String("]]"));
    const QString text = QString(noted).remove(QLatin1String("[[")).remove(QLatin1String("]]"));
    NoteBook book;
    book.open(dir.path(), { TestArticles::make(QStringLiteral("04-wire"), { text }) });
    book.add(QStringLiteral("04-wire"), 0, text, qint32(open), qint32(close - 2), QStringLiteral("Check the date."));
    QCOMPARE(book.save(), QString());

    std::vector<Article> loaded;
    for (const QString &entry : articles)
        loaded.push_back(TestArticles::make(entry.section(QStringLiteral(": "), 0, 0), { entry.section(QStringLiteral(": "), 1) }));
    for (const QString &name : filesThere) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    NoteBook reopened;
    reopened.open(dir.path(), loaded);
    QCOMPARE(reopened.notes().size(), size_t(1));
    QCOMPARE(reopened.notes().front().articleId, articleAfter);
    QCOMPARE(reopened.notes().front().detached, detached);
    QCOMPARE(reopened.lastAnchoring().size(), size_t(1));
    QCOMPARE(int(reopened.lastAnchoring().front().outcome), outcome);
    // What the anchoring changed is saved with the next change.
    QCOMPARE(reopened.isModified(), NoteAnchor::Outcome(outcome) != NoteAnchor::Outcome::Kept);
}

void TestNoteBook::savingConfirmsRewording_data()
{
    QTest::addColumn<QString>("newText"); // what the editor saves in the note dialog

    QTest::newRow("the note's text changed") << QStringLiteral("Checked again: Tuesday stands.");
    QTest::newRow("saved as it was") << QStringLiteral("Check the date.");
}

// The note dialog shows both wordings; saving the note confirms it on the
// new one: it no longer shows as changed, in memory or in the file.
void TestNoteBook::savingConfirmsRewording()
{
    QFETCH(QString, newText);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    NoteBook book;
    book.open(dir.path(), { TestArticles::make(QStringLiteral("agency"), { paragraph }) });
    const qint32 start = qint32(paragraph.indexOf(QLatin1String("the river")));
    const QString id = book.add(QStringLiteral("agency"), 0, paragraph, start, qint32(paragraph.size()) - 1, QStringLiteral("Check the date."));
    QCOMPARE(book.save(), QString());

    QString reworded = paragraph;
    reworded.replace(QLatin1String("crest"), QLatin1String("peak"));
    const std::vector<Article> now { TestArticles::make(QStringLiteral("agency"), { reworded }) };
    NoteBook reopened;
    reopened.open(dir.path(), now);
    QCOMPARE(reopened.lastAnchoring().front().outcome, NoteAnchor::Outcome::Changed);
    QCOMPARE(reopened.find(id)->originalQuote, QStringLiteral("the river would crest on Tuesday near the old bridge"));
    QCOMPARE(reopened.save(), QString());
    QCOMPARE(Sidecar::load(dir.path()).content.notes.front().originalQuote, reopened.find(id)->originalQuote);

    QVERIFY(reopened.setText(id, newText));
    QVERIFY(reopened.isModified());
    QVERIFY(reopened.find(id)->originalQuote.isEmpty());
    QCOMPARE(reopened.find(id)->quote, QStringLiteral("the river would peak on Tuesday near the old bridge"));
    QCOMPARE(reopened.save(), QString());
    NoteBook again;
    again.open(dir.path(), now);
    QCOMPARE(again.lastAnchoring().front().outcome, NoteAnchor::Outcome::Kept);
    QVERIFY(again.find(id)->originalQuote.isEmpty());
    QCOMPARE(again.find(id)->text, newText);
}

void TestNoteBook::authorIsKeptAndChanged_data()
{
    QTest::addColumn<QString>("signedBy"); // when the note was added
    QTest::addColumn<QString>("changedTo");
    QTest::addColumn<bool>("modified");    // whether the note counts as changed

    QTest::newRow("signed, kept") << QStringLiteral("Ana Silva") << QStringLiteral("Ana Silva") << false;
    QTest::newRow("signed, signed by another") << QStringLiteral("Ana Silva") << QStringLiteral("Bo Chen") << true;
    QTest::newRow("signed, then unsigned") << QStringLiteral("Ana Silva") << QString() << true;
    QTest::newRow("unsigned, then signed") << QString() << QStringLiteral("Zoë Ångström") << true;
}

// A note keeps who signed it through saving and reopening; a new name is a
// change to the note (its modified time moves on), the same name is not.
void TestNoteBook::authorIsKeptAndChanged()
{
    QFETCH(QString, signedBy);
    QFETCH(QString, changedTo);
    QFETCH(bool, modified);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::vector<Article> articles { TestArticles::make(QStringLiteral("agency"), { paragraph }) };
    NoteBook book;
    book.open(dir.path(), articles);
    const QString id = book.add(QStringLiteral("agency"), 0, paragraph, 0, 9, QStringLiteral("Check."), signedBy);
    QCOMPARE(book.find(id)->author, signedBy);
    QCOMPARE(book.save(), QString());
    const QDateTime written = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    SidecarContent content = Sidecar::load(dir.path()).content;
    content.notes.front().modified = written; // long ago, so a change shows
    QFile file(Sidecar::pathFor(dir.path()));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(Sidecar::serialize(content));
    file.close();

    NoteBook reopened;
    reopened.open(dir.path(), articles);
    QCOMPARE(reopened.find(id)->author, signedBy);
    QVERIFY(reopened.setAuthor(id, changedTo));
    QCOMPARE(reopened.isModified(), modified);
    QCOMPARE(reopened.find(id)->modified != written, modified);
    QVERIFY(!reopened.setAuthor(QStringLiteral("no such note"), changedTo));
    QCOMPARE(reopened.save(), QString());
    QCOMPARE(Sidecar::load(dir.path()).content.notes.front().author, changedTo);
}

QTEST_GUILESS_MAIN(TestNoteBook)
#include "tst_notebook.moc"
