#include "notelistmodel.h"
#include "paragraphlink.h"
#include "sidecar.h"
#include "testarticles.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace WireDiff;

// The notes model the window's panel and panes use: every edit shows in
// the model and is in the sidecar at once; a file it cannot read is kept.
class TestNoteListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editsAreSavedAtOnce_data();
    void editsAreSavedAtOnce();
    void reanchorsAfterReload();
    void reloadedNoteSaysWhatHappened_data();
    void reloadedNoteSaysWhatHappened();
    void unreadableFileIsReported();
    void refusedLinkChangeIsNotKept_data();
    void refusedLinkChangeIsNotKept();
    void linesAreSigned_data();
    void linesAreSigned();
};

// Local time is Kathmandu's (UTC+5:45) here, so a time shown in UTC is
// told from one in local time.
void TestNoteListModel::initTestCase()
{
    qputenv("TZ", "Asia/Kathmandu");
    tzset();
}

void TestNoteListModel::editsAreSavedAtOnce_data()
{
    QTest::addColumn<QStringList>("operations"); // add:TEXT, edit:ROW:TEXT, remove:ROW
    QTest::addColumn<QStringList>("texts");      // the notes afterwards, in the model and in the file
    QTest::addColumn<QList<int>>("numbers");     // the numbers the panel shows

    QTest::newRow("add one") << QStringList { "add:check the toll" } << QStringList { "check the toll" } << QList<int> { 1 };
    QTest::newRow("add two, edit the first")
        << QStringList { "add:one", "add:two", "edit:0:one, checked" } << QStringList { "one, checked", "two" } << QList<int> { 1, 2 };
    // Before, note c became note 2.
    QTest::newRow("add three, remove the middle")
        << QStringList { "add:a", "add:b", "add:c", "remove:1" } << QStringList { "a", "c" } << QList<int> { 1, 3 };
    QTest::newRow("add three, remove the middle, add one")
        << QStringList { "add:a", "add:b", "add:c", "remove:1", "add:d" } << QStringList { "a", "c", "d" } << QList<int> { 1, 3, 4 };
    QTest::newRow("remove everything") << QStringList { "add:a", "remove:0" } << QStringList {} << QList<int> {};
}

void TestNoteListModel::editsAreSavedAtOnce()
{
    QFETCH(QStringList, operations);
    QFETCH(QStringList, texts);
    QFETCH(QList<int>, numbers);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString paragraph = QStringLiteral("The river would crest on Tuesday, the mayor said.");
    const std::vector<Article> articles { TestArticles::make(QStringLiteral("agency"), { paragraph }) };
    NoteListModel model;
    QSignalSpy failures(&model, &NoteListModel::saveFailed);
    model.open(dir.path(), articles);
    QCOMPARE(model.rowCount(), 0);
    for (const QString &operation : operations) {
        const QStringList parts = operation.split(QLatin1Char(':'));
        if (parts[0] == QLatin1String("add")) {
            QVERIFY(!model.addNote(QStringLiteral("agency"), 0, paragraph, 4, 9, parts[1]).isEmpty());
        } else if (parts[0] == QLatin1String("edit")) {
            const QString id = model.index(parts[1].toInt()).data(NoteListModel::NoteIdRole).toString();
            QVERIFY(model.setNoteText(id, parts[2]));
        } else {
            const QString id = model.index(parts[1].toInt()).data(NoteListModel::NoteIdRole).toString();
            QVERIFY(model.removeNote(id));
        }
    }
    QCOMPARE(failures.count(), 0);
    QCOMPARE(model.rowCount(), int(texts.size()));
    const Sidecar::LoadResult saved = Sidecar::load(dir.path());
    QCOMPARE(saved.content.notes.size(), size_t(texts.size()));
    for (int row = 0; row < texts.size(); ++row) {
        QCOMPARE(model.index(row).data(NoteListModel::TextRole).toString(), texts[row]);
        QCOMPARE(saved.content.notes[size_t(row)].text, texts[row]);
        QCOMPARE(model.index(row).data(NoteListModel::QuoteRole).toString(), QStringLiteral("river"));
        QCOMPARE(model.index(row).data(NoteListModel::StartRole).toInt(), 4);
        QCOMPARE(model.index(row).data(NoteListModel::NumberRole).toInt(), numbers[row]);
        QVERIFY(model.index(row).data().toString().startsWith(QStringLiteral("%1. agency").arg(numbers[row])));
        QCOMPARE(saved.content.notes[size_t(row)].number, numbers[row]);
    }
}

void TestNoteListModel::reanchorsAfterReload()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString before = QStringLiteral("The river would crest on Tuesday.");
    NoteListModel model;
    model.open(dir.path(), { TestArticles::make(QStringLiteral("agency"), { before }) });
    const QString id = model.addNote(QStringLiteral("agency"), 0, before, 25, 32, QStringLiteral("Monday elsewhere"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QString after = QStringLiteral("Officials said the river would crest on Tuesday.");
    model.reanchor({ TestArticles::make(QStringLiteral("agency"), { QStringLiteral("New lede."), after }) });
    QCOMPARE(reset.count(), 1);
    const QModelIndex index = model.indexOf(id);
    QCOMPARE(index.data(NoteListModel::ParagraphRole).toInt(), 1);
    QCOMPARE(index.data(NoteListModel::StartRole).toInt(), int(after.indexOf(QLatin1String("Tuesday"))));
    QCOMPARE(index.data(NoteListModel::DetachedRole).toBool(), false);

    model.reanchor({ TestArticles::make(QStringLiteral("agency"), { QStringLiteral("Nothing left of it.") }) });
    QCOMPARE(model.indexOf(id).data(NoteListModel::DetachedRole).toBool(), true);
    QVERIFY(model.indexOf(id).data(Qt::DisplayRole).toString().contains(QLatin1String("Monday elsewhere")));
}

void TestNoteListModel::reloadedNoteSaysWhatHappened_data()
{
    QTest::addColumn<QString>("after");   // the paragraph on reload
    QTest::addColumn<QString>("prefix");  // after the number in the panel's line
    QTest::addColumn<QString>("tip");     // in its tooltip after the note's text; empty: the text alone
    QTest::addColumn<QString>("status");  // for the status bar: a sentence (review 11, finding 10)

    QTest::newRow("unchanged") << QStringLiteral("Officials said the river would crest on Tuesday near the old bridge.")
                               << QString() << QString() << QString();
    QTest::newRow("reworded") << QStringLiteral("Officials said the river would peak on Tuesday near the old bridge.")
                              << QStringLiteral("[changed] ")
                              << QStringLiteral("It read: \u201Cthe river would crest on Tuesday near the old bridge\u201D")
                              << QStringLiteral("1 note's passage was reworded; the note now sits on the new wording.");
    QTest::newRow("gone") << QStringLiteral("The storm passed.") << QStringLiteral("[detached] ")
                          << QStringLiteral("The passage was not found in agency")
                          << QStringLiteral("1 note's passage was not found; the note is kept, detached.");
}

void TestNoteListModel::reloadedNoteSaysWhatHappened()
{
    QFETCH(QString, after);
    QFETCH(QString, prefix);
    QFETCH(QString, tip);
    QFETCH(QString, status);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString before = QStringLiteral("Officials said the river would crest on Tuesday near the old bridge.");
    NoteListModel model;
    model.open(dir.path(), { TestArticles::make(QStringLiteral("agency"), { before }) });
    const QString id = model.addNote(QStringLiteral("agency"), 0, before, 15, qint32(before.size()) - 1, QStringLiteral("Date?"));
    model.reanchor({ TestArticles::make(QStringLiteral("agency"), { after }) });
    const QModelIndex index = model.indexOf(id);
    const QString line = index.data().toString();
    QVERIFY2(line.startsWith(QStringLiteral("1. ") + prefix + QStringLiteral("agency")), qPrintable(line));
    const QString toolTip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(toolTip.startsWith(QLatin1String("Date?")) && toolTip.contains(tip), qPrintable(toolTip));
    QCOMPARE(index.data(NoteListModel::OriginalQuoteRole).toString().isEmpty(), prefix != QLatin1String("[changed] "));
    QCOMPARE(NoteListModel::anchoringMessage(model.noteBook().lastAnchoring()), status);
}

void TestNoteListModel::unreadableFileIsReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(Sidecar::pathFor(dir.path()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    const QString paragraph = QStringLiteral("Text.");
    NoteListModel model;
    QSignalSpy failures(&model, &NoteListModel::saveFailed);
    model.open(dir.path(), { TestArticles::make(QStringLiteral("a"), { paragraph }) });
    QVERIFY(!model.noteBook().message().isEmpty());
    model.addNote(QStringLiteral("a"), 0, paragraph, 0, 4, QStringLiteral("kept in memory"));
    QCOMPARE(failures.count(), 1);
    QCOMPARE(model.setAsideUnreadableFile(), QString());
    QCOMPARE(failures.count(), 1); // saved this time
    QCOMPARE(Sidecar::load(dir.path()).content.notes.size(), size_t(1));
}

void TestNoteListModel::refusedLinkChangeIsNotKept_data()
{
    QTest::addColumn<bool>("addLink"); // else the saved link is removed

    QTest::newRow("a link added") << true;
    QTest::newRow("the saved link removed") << false;
}

// Another program rewrote the notes file, so a link change cannot be saved.
// Links act only through the file (each comparison reads them from it): a
// change kept in memory would not show, and the merge on the next reload
// would save an added link the editor was told was not saved. The change
// is dropped whole; the file and the model keep the saved link.
void TestNoteListModel::refusedLinkChangeIsNotKept()
{
    QFETCH(bool, addLink);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::vector<Article> articles { TestArticles::make(QStringLiteral("a"), { QStringLiteral("One."), QStringLiteral("Two.") }),
                                          TestArticles::make(QStringLiteral("b"), { QStringLiteral("One."), QStringLiteral("Two.") }) };
    const auto linkOf = [](qint32 paragraph) {
        return ParagraphLink { ParagraphLink::Kind::Link, ParagraphLink::endOf(QStringLiteral("a"), paragraph, QStringLiteral("One.")),
                               ParagraphLink::endOf(QStringLiteral("b"), paragraph, QStringLiteral("One.")), {} };
    };
    const std::vector<ParagraphLink> saved { linkOf(0) };
    NoteListModel model;
    QSignalSpy failures(&model, &NoteListModel::saveFailed);
    model.open(dir.path(), articles);
    QVERIFY(model.setLinks(saved));

    // Another editor's program saves the file with a note of its own.
    Sidecar::LoadResult theirs = Sidecar::load(dir.path());
    Note note = Note::onPassage(QStringLiteral("a"), 0, QStringLiteral("One."), 0, 3, QStringLiteral("theirs"));
    theirs.content.notes.push_back(note);
    QFile file(Sidecar::pathFor(dir.path()));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(Sidecar::serialize(theirs.content));
    file.close();

    const std::vector<ParagraphLink> changed = addLink ? std::vector<ParagraphLink> { linkOf(0), linkOf(1) }
                                                       : std::vector<ParagraphLink> {};
    QVERIFY(!model.setLinks(changed));
    QCOMPARE(failures.count(), 1);
    QVERIFY(model.links() == saved);

    // The reload that follows reads the file again: their note, the saved
    // link, and nothing to write back.
    model.reanchor(articles);
    QVERIFY(model.links() == saved);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(Sidecar::load(dir.path()).content.links == saved);
    QCOMPARE(failures.count(), 1);
}

void TestNoteListModel::linesAreSigned_data()
{
    QTest::addColumn<QString>("author");
    QTest::addColumn<QDateTime>("created"); // UTC; invalid: a file without dates
    QTest::addColumn<QDateTime>("modified");
    QTest::addColumn<QString>("lineEnd");   // how the panel's line ends
    QTest::addColumn<QStringList>("tip");   // in the tooltip after the text, in order

    // Local time here is Kathmandu's, UTC+5:45 (see initTestCase).
    const QDateTime written(QDate(2026, 3, 1), QTime(23, 30), Qt::UTC);
    const QDateTime changed(QDate(2026, 3, 4), QTime(8, 10), Qt::UTC);
    const QLocale locale;
    const QString writtenHere = locale.toString(QDateTime(QDate(2026, 3, 2), QTime(5, 15)), QLocale::ShortFormat);
    const QString changedHere = locale.toString(QDateTime(QDate(2026, 3, 4), QTime(13, 55)), QLocale::ShortFormat);
    QTest::newRow("signed, changed later") << QStringLiteral("Ana Silva") << written << changed << QStringLiteral("Date? (Ana Silva)")
                                           << QStringList { QStringLiteral("Written by Ana Silva on %1.").arg(writtenHere),
                                                            QStringLiteral("Changed on %1.").arg(changedHere) };
    QTest::newRow("signed, never changed") << QStringLiteral("Ana Silva") << written << written << QStringLiteral("Date? (Ana Silva)")
                                           << QStringList { QStringLiteral("Written by Ana Silva on %1.").arg(writtenHere) };
    QTest::newRow("unsigned") << QString() << written << changed << QStringLiteral("\u2014 Date?")
                              << QStringList { QStringLiteral("Written on %1.").arg(writtenHere),
                                               QStringLiteral("Changed on %1.").arg(changedHere) };
    QTest::newRow("signed, no dates in the file") << QStringLiteral("Zoë") << QDateTime() << QDateTime() << QStringLiteral("Date? (Zoë)")
                                                  << QStringList { QStringLiteral("Written by Zoë.") };
}

// The Notes panel's line ends with who signed the note, as the PDF's
// footnotes do; its tooltip says who wrote it and when, in local time.
void TestNoteListModel::linesAreSigned()
{
    QFETCH(QString, author);
    QFETCH(QDateTime, created);
    QFETCH(QDateTime, modified);
    QFETCH(QString, lineEnd);
    QFETCH(QStringList, tip);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString paragraph = QStringLiteral("The river would crest on Tuesday, the mayor said.");
    Note note = Note::onPassage(QStringLiteral("agency"), 0, paragraph, 4, 9, QStringLiteral("Date?"));
    note.number = 1;
    note.author = author;
    note.created = created;
    note.modified = modified;
    SidecarContent content;
    content.notes.push_back(note);
    content.lastNoteNumber = 1;
    QFile file(Sidecar::pathFor(dir.path()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Sidecar::serialize(content));
    file.close();
    NoteListModel model;
    model.open(dir.path(), { TestArticles::make(QStringLiteral("agency"), { paragraph }) });
    QCOMPARE(model.rowCount(), 1);
    const QString line = model.index(0).data().toString();
    QVERIFY2(line.endsWith(lineEnd), qPrintable(line));
    const QString toolTip = model.index(0).data(Qt::ToolTipRole).toString();
    QCOMPARE(toolTip, QStringLiteral("Date?\n\n") + tip.join(QLatin1Char(' ')));
}

QTEST_MAIN(TestNoteListModel)
#include "tst_notelistmodel.moc"
