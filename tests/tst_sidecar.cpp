#include "notebook.h"
#include "sidecar.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace WireDiff;

Q_DECLARE_METATYPE(WireDiff::SidecarContent)
Q_DECLARE_METATYPE(WireDiff::Sidecar::Status)

namespace QTest {
template<>
char *toString(const WireDiff::Sidecar::Status &status)
{
    static const char *const names[] = { "Missing", "Loaded", "Unreadable", "Corrupt", "NewerVersion" };
    return qstrdup(names[int(status)]);
}
} // namespace QTest

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toUTC();
}

Note note(const QString &id, const QString &article, qint32 paragraph, qint32 start, qint32 end, const QString &quote,
          const QString &text)
{
    Note note;
    note.id = id;
    note.articleId = article;
    note.paragraph = paragraph;
    note.start = start;
    note.end = end;
    note.quote = quote;
    note.contextBefore = QStringLiteral("before ");
    note.contextAfter = QStringLiteral(" after");
    note.text = text;
    note.created = at("2026-11-17T09:30:00.123Z");
    note.modified = at("2026-11-18T10:00:00.000Z");
    return note;
}

ParagraphLink link(ParagraphLink::Kind kind, const QString &a, qint32 pa, const QString &b, qint32 pb)
{
    ParagraphLink link;
    link.kind = kind;
    link.a = ParagraphLink::endOf(a, pa, QStringLiteral("The mayor said the river would crest on Tuesday."));
    link.b = ParagraphLink::endOf(b, pb, QStringLiteral("Officials expect the river to peak on Tuesday."));
    return link;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray folderDigest(const QString &folder)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        hash.addData(name.toUtf8());
        hash.addData(readBytes(QDir(folder).filePath(name)));
    }
    return hash.result();
}

} // namespace

// The notes sidecar: what is saved comes back equal, what cannot be read is
// never overwritten, and the articles beside it are never touched.
class TestSidecar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void foldersOfInputs_data();
    void foldersOfInputs();
    void roundTrip_data();
    void roundTrip();
    void unreadableFiles_data();
    void unreadableFiles();
    void corruptSidecarIsKept_data();
    void corruptSidecarIsKept();
    void changedOnDiskIsNotOverwritten();
    void articlesAreNeverTouched();
    void noteBookEditsRoundTrip();
    void linksRoundTripThroughNoteBook();
    void unwritableFolderIsReported();
    void notesGoWhereTheyCanBeSaved_data();
    void notesGoWhereTheyCanBeSaved();
    void userNotesPathNamesTheFolder();
    void unwritableFolderKeepsNotesInUserFolder();
};

void TestSidecar::initTestCase()
{
    // The user's notes folder goes to a test location, never the real one.
    QStandardPaths::setTestModeEnabled(true);
}

void TestSidecar::roundTrip_data()
{
    QTest::addColumn<SidecarContent>("content");
    QTest::addColumn<QList<int>>("numbers"); // the notes' numbers once loaded
    QTest::addColumn<int>("lastNumber");     // lastNoteNumber once loaded

    QTest::newRow("empty") << SidecarContent {} << QList<int> {} << 0;
    {
        SidecarContent content;
        content.notes.push_back(note(QStringLiteral("n1"), QStringLiteral("01-agency"), 3, 10, 42,
                                     QStringLiteral("the river would crest"), QStringLiteral("Checked with the agency.")));
        QTest::newRow("one note, from before numbers") << content << QList<int> { 1 } << 1;
    }
    {
        SidecarContent content;
        Note emoji = note(QStringLiteral("n2"), QStringLiteral("données"), 0, 2, 5, QStringLiteral("🌊 é"),
                          QStringLiteral("Текст заметки, 注释, ملاحظة, הערה"));
        emoji.author = QStringLiteral("Zoë");
        emoji.detached = true;
        content.notes.push_back(emoji);
        QTest::newRow("non-ASCII everywhere, detached, author") << content << QList<int> { 1 } << 1;
    }
    {
        SidecarContent content;
        Note plain = note(QStringLiteral("n3"), QStringLiteral("a"), 1, 0, 4, QStringLiteral("text"), QString());
        plain.created = QDateTime();
        plain.modified = QDateTime();
        plain.extra.insert(QStringLiteral("colour"), QStringLiteral("yellow"));
        content.notes.push_back(plain);
        QTest::newRow("no timestamps, unknown key kept") << content << QList<int> { 1 } << 1;
    }
    {
        SidecarContent content;
        content.links.push_back(link(ParagraphLink::Kind::Link, QStringLiteral("a"), 2, QStringLiteral("b"), 5));
        content.links.push_back(link(ParagraphLink::Kind::Unlink, QStringLiteral("a"), 0, QStringLiteral("c"), 1));
        content.links.back().extra.insert(QStringLiteral("by"), QStringLiteral("desk"));
        content.links.back().a.extra.insert(QStringLiteral("hash"), QStringLiteral("abc"));
        QTest::newRow("links and unlinks") << content << QList<int> {} << 0;
    }
    {
        SidecarContent content;
        content.unknownLinks.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("merge") },
                                                  { QStringLiteral("a"), QStringLiteral("x") } });
        content.extra.insert(QStringLiteral("equivalences"), QJsonObject { { QStringLiteral("Kiev"), QStringLiteral("Kyiv") } });
        QTest::newRow("unknown link type and top-level key kept") << content << QList<int> {} << 0;
    }
    const auto numbered = [](const QList<int> &numbers, int last) {
        SidecarContent content;
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            content.notes.push_back(note(QStringLiteral("m%1").arg(i), QStringLiteral("a"), 0, 0, 4, QStringLiteral("text"),
                                         QStringLiteral("note %1").arg(i)));
            content.notes.back().number = numbers[i];
        }
        content.lastNoteNumber = last;
        return content;
    };
    QTest::newRow("three notes from before numbers: numbered in their order")
        << numbered({ 0, 0, 0 }, 0) << QList<int> { 1, 2, 3 } << 3;
    QTest::newRow("numbers with a gap where a note was deleted") << numbered({ 1, 3, 4 }, 4) << QList<int> { 1, 3, 4 } << 4;
    QTest::newRow("the last notes deleted: their numbers stay given") << numbered({ 1, 2 }, 5) << QList<int> { 1, 2 } << 5;
    // An older WireDiff kept the numbers it did not know but added a note without one.
    QTest::newRow("a note without a number after numbered ones") << numbered({ 2, 0, 5 }, 5) << QList<int> { 2, 6, 5 } << 6;
    QTest::newRow("a number given twice: the second note gets a new one") << numbered({ 2, 2 }, 2) << QList<int> { 2, 3 } << 3;
    {
        SidecarContent content = numbered({ 1 }, 1);
        content.notes.front().originalQuote = QStringLiteral("the river would crest");
        content.notes.front().quote = QStringLiteral("the river would peak");
        QTest::newRow("a reworded passage's original wording") << content << QList<int> { 1 } << 1;
    }
}

void TestSidecar::roundTrip()
{
    QFETCH(SidecarContent, content);
    QFETCH(QList<int>, numbers);
    QFETCH(int, lastNumber);
    SidecarContent expected = content;
    QCOMPARE(qsizetype(expected.notes.size()), numbers.size());
    for (qsizetype i = 0; i < numbers.size(); ++i)
        expected.notes[size_t(i)].number = numbers[i];
    expected.lastNoteNumber = lastNumber;

    const Sidecar::LoadResult parsed = Sidecar::parse(Sidecar::serialize(content));
    QCOMPARE(parsed.status, Sidecar::Status::Loaded);
    QVERIFY(parsed.content == expected);
    // Once saved, the numbers given on loading are kept.
    QVERIFY(Sidecar::parse(Sidecar::serialize(parsed.content)).content == expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(Sidecar::save(dir.path(), content, {}), QString());
    const Sidecar::LoadResult loaded = Sidecar::load(dir.path());
    QCOMPARE(loaded.status, Sidecar::Status::Loaded);
    QVERIFY(loaded.content == expected);
    const QJsonObject root = QJsonDocument::fromJson(readBytes(Sidecar::pathFor(dir.path()))).object();
    QCOMPARE(root.value(QLatin1String("schema")).toString(), QStringLiteral("wirediff-sidecar/1"));
    // A note's original wording is written only when it has one.
    for (const QJsonValue &saved : root.value(QLatin1String("notes")).toArray())
        QCOMPARE(saved.toObject().contains(QLatin1String("originalQuote")), !saved.toObject().value(QLatin1String("originalQuote")).toString().isEmpty());
}

void TestSidecar::unreadableFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Sidecar::Status>("status");
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("not JSON") << QByteArray("{\"schema\": \"wirediff-sidecar/1\", \"notes\": [") << Sidecar::Status::Corrupt << QStringLiteral("damaged");
    QTest::newRow("a JSON list") << QByteArray("[]") << Sidecar::Status::Corrupt << QStringLiteral("damaged");
    QTest::newRow("another program's JSON") << QByteArray("{\"name\": \"x\"}") << Sidecar::Status::Corrupt << QStringLiteral("not a WireDiff notes file");
    QTest::newRow("unknown schema number") << QByteArray("{\"schema\": \"wirediff-sidecar/x\"}") << Sidecar::Status::Corrupt << QStringLiteral("unknown format");
    QTest::newRow("newer version") << QByteArray("{\"schema\": \"wirediff-sidecar/2\", \"notes\": 5}") << Sidecar::Status::NewerVersion << QStringLiteral("newer WireDiff");
    QTest::newRow("note without id")
        << QByteArray("{\"schema\":\"wirediff-sidecar/1\",\"notes\":[{\"article\":\"a\",\"paragraph\":0,\"start\":0,\"end\":1,\"quote\":\"x\",\"text\":\"\"}]}")
        << Sidecar::Status::Corrupt << QStringLiteral("note 1");
    QTest::newRow("offset is text")
        << QByteArray("{\"schema\":\"wirediff-sidecar/1\",\"notes\":[{\"id\":\"n\",\"article\":\"a\",\"paragraph\":0,\"start\":\"3\",\"end\":1,\"quote\":\"x\",\"text\":\"\"}]}")
        << Sidecar::Status::Corrupt << QStringLiteral("start");
    QTest::newRow("negative paragraph")
        << QByteArray("{\"schema\":\"wirediff-sidecar/1\",\"notes\":[{\"id\":\"n\",\"article\":\"a\",\"paragraph\":-1,\"start\":0,\"end\":1,\"quote\":\"x\",\"text\":\"\"}]}")
        << Sidecar::Status::Corrupt << QStringLiteral("paragraph");
    QTest::newRow("end before start")
        << QByteArray("{\"schema\":\"wirediff-sidecar/1\",\"notes\":[{\"id\":\"n\",\"article\":\"a\",\"paragraph\":0,\"start\":5,\"end\":1,\"quote\":\"x\",\"text\":\"\"}]}")
        << Sidecar::Status::Corrupt << QStringLiteral("end");
    QTest::newRow("bad date")
        << QByteArray("{\"schema\":\"wirediff-sidecar/1\",\"notes\":[{\"id\":\"n\",\"article\":\"a\",\"paragraph\":0,\"start\":0,\"end\":1,\"quote\":\"x\",\"text\":\"\",\"created\":\"yesterday\"}]}")
        << Sidecar::Status::Corrupt << QStringLiteral("created");
    QTest::newRow("links not a list") << QByteArray("{\"schema\":\"wirediff-sidecar/1\",\"links\":{}}") << Sidecar::Status::Corrupt << QStringLiteral("links");
    QTest::newRow("link without end")
        << QByteArray("{\"schema\":\"wirediff-sidecar/1\",\"links\":[{\"type\":\"link\",\"a\":{\"article\":\"a\",\"paragraph\":1}}]}")
        << Sidecar::Status::Corrupt << QStringLiteral("link 1");
    QTest::newRow("minimal valid file") << QByteArray("{\"schema\":\"wirediff-sidecar/1\"}") << Sidecar::Status::Loaded << QString();
    QTest::newRow("note number is text")
        << QByteArray("{\"schema\":\"wirediff-sidecar/1\",\"notes\":[{\"id\":\"n\",\"number\":\"2\",\"article\":\"a\",\"paragraph\":0,\"start\":0,\"end\":1,\"quote\":\"x\",\"text\":\"\"}]}")
        << Sidecar::Status::Corrupt << QStringLiteral("number");
    QTest::newRow("last note number negative")
        << QByteArray("{\"schema\":\"wirediff-sidecar/1\",\"lastNoteNumber\":-3}") << Sidecar::Status::Corrupt
        << QStringLiteral("lastNoteNumber");
}

void TestSidecar::unreadableFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Sidecar::Status, status);
    QFETCH(QString, messageContains);
    const Sidecar::LoadResult result = Sidecar::parse(bytes, QStringLiteral("/wire/.wirediff.json"));
    QCOMPARE(result.status, status);
    QVERIFY2(result.message.contains(messageContains), qPrintable(result.message));
    if (status != Sidecar::Status::Loaded)
        QVERIFY(result.content.isEmpty());
}

void TestSidecar::corruptSidecarIsKept_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("truncated") << QByteArray("{\"schema\": \"wirediff-sidecar/1\", \"notes\": [{\"id\": \"n1\", \"te");
    QTest::newRow("newer version") << QByteArray("{\"schema\": \"wirediff-sidecar/7\", \"notes\": []}");
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe garbage", 11);
}

void TestSidecar::corruptSidecarIsKept()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = Sidecar::pathFor(dir.path());
    writeBytes(path, bytes);

    NoteBook book;
    book.open(dir.path(), {});
    QVERIFY(!book.canSave());
    QVERIFY(!book.message().isEmpty());
    book.add(QStringLiteral("a"), 0, QStringLiteral("Some text"), 0, 4, QStringLiteral("new note"));
    QVERIFY(!book.save().isEmpty());
    // Even a direct save with the file's own fingerprint refuses.
    QVERIFY(!Sidecar::save(dir.path(), {}, Sidecar::fingerprintOf(bytes)).isEmpty());
    QCOMPARE(readBytes(path), bytes);

    // Setting it aside keeps the old bytes under a new hidden name.
    QCOMPARE(book.setAside(), QString());
    const QStringList kept = QDir(dir.path()).entryList({ QStringLiteral(".wirediff-kept-*.json") }, QDir::Files | QDir::Hidden);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(readBytes(QDir(dir.path()).filePath(kept.front())), bytes);
    QCOMPARE(book.save(), QString());
    const Sidecar::LoadResult reloaded = Sidecar::load(dir.path());
    QCOMPARE(reloaded.status, Sidecar::Status::Loaded);
    QCOMPARE(reloaded.content.notes.size(), size_t(1));
    QCOMPARE(reloaded.content.notes.front().text, QStringLiteral("new note"));
}

void TestSidecar::changedOnDiskIsNotOverwritten()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    NoteBook book;
    book.open(dir.path(), {});
    book.add(QStringLiteral("a"), 0, QStringLiteral("Some text"), 0, 4, QStringLiteral("mine"));
    QCOMPARE(book.save(), QString());

    // Another editor saves over it from another machine.
    SidecarContent theirs;
    theirs.notes.push_back(note(QStringLiteral("t1"), QStringLiteral("a"), 0, 0, 4, QStringLiteral("Some"), QStringLiteral("theirs")));
    const QByteArray theirBytes = Sidecar::serialize(theirs);
    writeBytes(Sidecar::pathFor(dir.path()), theirBytes);

    QVERIFY(book.setText(book.notes().front().id, QStringLiteral("mine, edited")));
    const QString error = book.save();
    QVERIFY2(error.contains(QLatin1String("changed by another program")), qPrintable(error));
    QCOMPARE(readBytes(Sidecar::pathFor(dir.path())), theirBytes);

    // "Reload the folder to see both": the reload reads their file again
    // and keeps my note beside theirs; then saving works again.
    QVERIFY(book.refresh({}));
    QStringList texts;
    for (const Note &kept : book.notes())
        texts.append(kept.text);
    QCOMPARE(texts, (QStringList { QStringLiteral("theirs"), QStringLiteral("mine, edited") }));
    // Both were note 1: mine, made meanwhile, gets the next number.
    QCOMPARE(book.notes().front().number, 1);
    QCOMPARE(book.notes().back().number, 2);
    QCOMPARE(book.save(), QString());
    const Sidecar::LoadResult saved = Sidecar::load(dir.path());
    QCOMPARE(saved.content.notes.size(), size_t(2));
    // Nothing changed on disk since: a reload only anchors.
    QVERIFY(!book.refresh({}));
    QCOMPARE(book.notes().size(), size_t(2));
}

void TestSidecar::articlesAreNeverTouched()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeBytes(dir.filePath(QStringLiteral("01-agency.txt")), "The river rose.\n\nThe mayor spoke.\n");
    writeBytes(dir.filePath(QStringLiteral("02-paper.txt")), "The river rose fast.\n");
    const QByteArray before = folderDigest(dir.path());
    const QStringList articleNames = QDir(dir.path()).entryList(QDir::Files);

    NoteBook book;
    book.open(dir.path(), {});
    book.add(QStringLiteral("01-agency"), 0, QStringLiteral("The river rose."), 4, 9, QStringLiteral("check"));
    QCOMPARE(book.save(), QString());
    book.add(QStringLiteral("01-agency"), 1, QStringLiteral("The mayor spoke."), 4, 9, QStringLiteral("again"));
    QCOMPARE(book.save(), QString());

    QStringList all = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    all.removeOne(Sidecar::fileName());
    QCOMPARE(all, articleNames); // no temporary files left, nothing else written
    QFile::remove(Sidecar::pathFor(dir.path()));
    QCOMPARE(folderDigest(dir.path()), before);
}

void TestSidecar::noteBookEditsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString text = QStringLiteral("Flood defences held 🌊 at Port Ellis, the mayor said.");
    const qint32 start = qint32(text.indexOf(QLatin1String("Port Ellis")));
    NoteBook book;
    book.open(dir.path(), {});
    QCOMPARE(book.status(), Sidecar::Status::Missing);
    const QString kept = book.add(QStringLiteral("01"), 2, text, start, start + 10, QStringLiteral("Spelling checked"), QStringLiteral("Ana"));
    const QString removed = book.add(QStringLiteral("01"), 2, text, 0, 5, QStringLiteral("to delete"));
    QVERIFY(book.setText(kept, QStringLiteral("Spelling checked twice")));
    QVERIFY(book.remove(removed));
    QVERIFY(!book.remove(removed));
    QVERIFY(book.isModified());
    QCOMPARE(book.save(), QString());
    QVERIFY(!book.isModified());

    Article article;
    article.id = QStringLiteral("01");
    article.paragraphs = { Paragraph { QStringLiteral("Headline") }, Paragraph { QStringLiteral("Intro.") }, Paragraph { text } };
    NoteBook reopened;
    reopened.open(dir.path(), { article });
    QCOMPARE(reopened.status(), Sidecar::Status::Loaded);
    QCOMPARE(reopened.lastAnchoring().front().outcome, NoteAnchor::Outcome::Kept);
    QCOMPARE(reopened.notes().size(), size_t(1));
    QVERIFY(reopened.notes() == book.notes());
    const Note &note = reopened.notes().front();
    QCOMPARE(note.quote, QStringLiteral("Port Ellis"));
    // Stored in code points: the emoji before the passage counts once.
    QCOMPARE(note.start, start - 1);
    QCOMPARE(note.utf16Start(text), start);
    QCOMPARE(note.author, QStringLiteral("Ana"));
    QVERIFY(note.modified >= note.created);
}

void TestSidecar::linksRoundTripThroughNoteBook()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    NoteBook book;
    book.open(dir.path(), {});
    const std::vector<ParagraphLink> links { link(ParagraphLink::Kind::Link, QStringLiteral("a"), 1, QStringLiteral("b"), 2),
                                             link(ParagraphLink::Kind::Unlink, QStringLiteral("a"), 3, QStringLiteral("c"), 3) };
    book.setLinks(links);
    QCOMPARE(book.save(), QString());
    NoteBook reopened;
    reopened.open(dir.path(), {});
    QVERIFY(reopened.links() == links);
    QCOMPARE(reopened.links().front().a.quote.size(), qsizetype(48));
}

void TestSidecar::unwritableFolderIsReported()
{
    if (::geteuid() == 0)
        QSKIP("running as root: permissions do not stop writing");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    // Nor can the user's notes folder be made: a file stands in its place.
    const QString userNotes = QFileInfo(Sidecar::userNotesPath(dir.path())).absolutePath();
    QVERIFY(QDir().mkpath(QFileInfo(userNotes).absolutePath()));
    QVERIFY(!QFileInfo::exists(userNotes));
    writeBytes(userNotes, "not a folder");
    NoteBook book;
    book.open(dir.path(), {});
    book.add(QStringLiteral("a"), 0, QStringLiteral("text"), 0, 4, QStringLiteral("note"));
    const QString error = book.save();
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::remove(userNotes);
    QVERIFY2(error.contains(QLatin1String("Cannot make")), qPrintable(error));
    QVERIFY(book.isModified());
}

void TestSidecar::notesGoWhereTheyCanBeSaved_data()
{
    QTest::addColumn<bool>("besideExists");
    QTest::addColumn<bool>("userExists");
    QTest::addColumn<bool>("folderWritable");
    QTest::addColumn<bool>("beside"); // the file beside the articles is used

    QTest::newRow("a writable folder, no notes yet") << false << false << true << true;
    QTest::newRow("a read-only folder, no notes yet") << false << false << false << false;
    QTest::newRow("a read-only folder with its own notes file") << true << false << false << true;
    QTest::newRow("a read-only folder with notes in the user's folder") << false << true << false << false;
    // Notes kept in the user's folder while the folder was read-only are
    // not lost from view when it becomes writable.
    QTest::newRow("a folder made writable after notes were kept aside") << false << true << true << false;
    QTest::newRow("both files: the one beside the articles") << true << true << true << true;
}

void TestSidecar::notesGoWhereTheyCanBeSaved()
{
    QFETCH(bool, besideExists);
    QFETCH(bool, userExists);
    QFETCH(bool, folderWritable);
    QFETCH(bool, beside);
    QCOMPARE(Sidecar::locationFor(besideExists, userExists, folderWritable) == Sidecar::Location::BesideArticles, beside);
}

void TestSidecar::userNotesPathNamesTheFolder()
{
    QTemporaryDir one;
    QTemporaryDir two;
    const QString path = Sidecar::userNotesPath(one.path());
    QVERIFY(!path.isEmpty());
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QCOMPARE(Sidecar::userNotesPath(one.path() + QStringLiteral("/")), path);
    QCOMPARE(Sidecar::userNotesPath(one.path() + QStringLiteral("/sub/..")), path);
    QVERIFY(Sidecar::userNotesPath(two.path()) != path);
    // A writable folder without notes keeps them beside its articles.
    QCOMPARE(Sidecar::pathFor(one.path()), QDir(one.path()).filePath(Sidecar::fileName()));
}

void TestSidecar::unwritableFolderKeepsNotesInUserFolder()
{
    if (::geteuid() == 0)
        QSKIP("running as root: permissions do not stop writing");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    NoteBook book;
    book.open(dir.path(), {});
    book.add(QStringLiteral("a"), 0, QStringLiteral("text"), 0, 4, QStringLiteral("kept"));
    const QString error = book.save();
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!QFileInfo::exists(QDir(dir.path()).filePath(Sidecar::fileName())));
    NoteBook reopened;
    reopened.open(dir.path(), {});
    QCOMPARE(reopened.notes().size(), size_t(1));
    QCOMPARE(reopened.notes().front().text, QStringLiteral("kept"));
    QVERIFY(QFile::remove(Sidecar::userNotesPath(dir.path())));
}

// Which notes file a set of inputs has: a folder's, the one folder all the
// files are in, or none when they come from several (the Notes panel and
// the command line then name how many).
void TestSidecar::foldersOfInputs_data()
{
    QTest::addColumn<QStringList>("inputs"); // relative to a temporary folder holding "a/x.txt", "a/y.txt", "b/z.txt"
    QTest::addColumn<QStringList>("folders");
    QTest::addColumn<QString>("notesFolder");
    QTest::newRow("a folder") << QStringList { "a" } << QStringList { "a" } << "a";
    QTest::newRow("files of one folder") << QStringList { "a/x.txt", "a/y.txt" } << QStringList { "a" } << "a";
    QTest::newRow("files of two folders") << QStringList { "a/x.txt", "b/z.txt", "a/y.txt" } << QStringList { "a", "b" }
                                          << QString();
    QTest::newRow("nothing") << QStringList() << QStringList() << QString();
}

void TestSidecar::foldersOfInputs()
{
    QFETCH(QStringList, inputs);
    QFETCH(QStringList, folders);
    QFETCH(QString, notesFolder);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a")) && QDir(dir.path()).mkpath(QStringLiteral("b")));
    for (const char *name : { "a/x.txt", "a/y.txt", "b/z.txt" }) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const auto absolute = [&dir](const QStringList &relative) {
        QStringList paths;
        for (const QString &path : relative)
            paths << QDir(dir.path()).absoluteFilePath(path);
        return paths;
    };
    QCOMPARE(Sidecar::foldersOf(absolute(inputs)), absolute(folders));
    QCOMPARE(Sidecar::folderFor(absolute(inputs)), notesFolder.isEmpty() ? QString() : absolute({ notesFolder }).constFirst());
}

QTEST_GUILESS_MAIN(TestSidecar)
#include "tst_sidecar.moc"
