#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// Runs the real wirediff executable as a newsroom script would, with no
// display, and checks exit codes, stderr and that inputs stay untouched.
class TestHeadless : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void writesReportAtomically();
    void failedWriteKeepsPreviousFile();
    void unwritableOutputIsReported_data();
    void unwritableOutputIsReported();
    void writesToStandardOutput();
    void unreadSubfoldersAreSaid_data();
    void unreadSubfoldersAreSaid();
    void implausibleFilesAreSaid_data();
    void implausibleFilesAreSaid();
    void silentDisplayIsNotFatal_data();
    void silentDisplayIsNotFatal();
    void reportCarriesNotes_data();
    void reportCarriesNotes();
    void exportsBesideTheArticlesAgain_data();
    void exportsBesideTheArticlesAgain();
    void oneFileReadAlone_data();
    void oneFileReadAlone();

private:
    struct Run
    {
        int exitCode;
        QString standardError;
        QByteArray standardOutput;
    };
    // `environment` holds "NAME=value" entries set for the run, after the
    // displays are removed.
    Run run(const QStringList &arguments, const QStringList &environment = {}) const;
    void writeFile(const QString &name, const QByteArray &bytes);
    QByteArray folderDigest() const;

    QTemporaryDir m_dir;
    QString m_folder;
};

namespace {

const QByteArray storyA = "Ferry services to the islands resumed on Sunday after two days of gales.\n\n"
                          "The operator said crossings would run to the winter timetable until March.\n";
const QByteArray storyB = "Ferry services to the islands resumed on Sunday after two days of storms.\n\n"
                          "The operator said crossings would run to the winter timetable until March.\n\n"
                          "Passengers queued from dawn at the harbour.\n";

} // namespace

void TestHeadless::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.filePath(QStringLiteral("wire"));
    QVERIFY(QDir().mkpath(m_folder));
    writeFile(QStringLiteral("agency.txt"), storyA);
    writeFile(QStringLiteral("paper.txt"), storyB);
}

void TestHeadless::writeFile(const QString &name, const QByteArray &bytes)
{
    QFile file(QDir(m_folder).filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray TestHeadless::folderDigest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QDirIterator it(m_folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    for (const QString &path : files) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            hash.addData(path.toUtf8());
            hash.addData(file.readAll());
        }
    }
    return hash.result();
}

TestHeadless::Run TestHeadless::run(const QStringList &arguments, const QStringList &environment) const
{
    QProcess process;
    QProcessEnvironment processEnvironment = QProcessEnvironment::systemEnvironment();
    processEnvironment.remove(QStringLiteral("DISPLAY"));
    processEnvironment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    processEnvironment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const QString &entry : environment)
        processEnvironment.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(processEnvironment);
    process.start(QStringLiteral(WIREDIFF_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return { -1, QStringLiteral("timed out"), {} };
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
             QString::fromUtf8(process.readAllStandardError()), process.readAllStandardOutput() };
}

void TestHeadless::exitCodes_data()
{
    QTest::addColumn<QStringList>("extraFiles"); // name=content pairs written before the run
    QTest::addColumn<QStringList>("arguments");  // "%F" is the folder, "%O" the output
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("clean folder") << QStringList {} << QStringList { "--export-json", "%O", "%F" } << 0 << QString();
    QTest::newRow("skipped file gives 1")
        << QStringList { "empty.txt=" } << QStringList { "--export-json", "%O", "%F" } << 1 << QStringLiteral("empty.txt");
    QTest::newRow("unknown base gives 2")
        << QStringList {} << QStringList { "--export-json", "%O", "--base", "nosuch", "%F" } << 2
        << QStringLiteral("nosuch");
    QTest::newRow("missing folder gives 2")
        << QStringList {} << QStringList { "--export-json", "%O", "/nonexistent/wire" } << 2
        << QStringLiteral("does not exist");
    QTest::newRow("bad arguments give 2") << QStringList {} << QStringList { "--export-json" } << 2 << QString();
    // Without a display the options are still read, not left to Qt's
    // platform plugin to abort on.
    QTest::newRow("an unknown option without a display gives 2")
        << QStringList {} << QStringList { "--bogus" } << 2 << QStringLiteral("Unknown option 'bogus'.");
    QTest::newRow("a mistyped export without a display gives 2")
        << QStringList {} << QStringList { "--exprot-pdf", "%O", "%F" } << 2 << QStringLiteral("Unknown option 'exprot-pdf'.");
    QTest::newRow("the window without a display gives 2")
        << QStringList {} << QStringList { "%F" } << 2 << QStringLiteral("there is no display");
    QTest::newRow("an empty JSON file name gives 2")
        << QStringList {} << QStringList { "--export-json", "", "%F" } << 2 << QStringLiteral("--export-json needs a file name.");
    QTest::newRow("an empty PDF file name gives 2")
        << QStringList {} << QStringList { "--export-pdf", "", "%F" } << 2 << QStringLiteral("--export-pdf needs a file name.");
    QTest::newRow("an empty HTML file name gives 2")
        << QStringList {} << QStringList { "--export-html", "", "%F" } << 2 << QStringLiteral("--export-html needs a file name.");
    QTest::newRow("a sensitivity that is not a number gives 2")
        << QStringList {} << QStringList { "--export-json", "%O", "--paraphrase-sensitivity", "nan", "%F" } << 2
        << QStringLiteral("--paraphrase-sensitivity");
    const QString damagedNotes = QStringLiteral(".wirediff.json={\"schema\": \"wirediff-sidecar/1\", \"notes\": [");
    QTest::newRow("a damaged notes file gives 1 for the report alone")
        << QStringList { damagedNotes } << QStringList { "--export-json", "%O", "%F" } << 1 << QStringLiteral(".wirediff.json");
    // The folder's digest is checked too: the refused file is untouched.
    QTest::newRow("the notes file as the output gives 2")
        << QStringList { damagedNotes } << QStringList { "--export-json", "%F/.wirediff.json", "%F" } << 2
        << QStringLiteral("notes file");
    QTest::newRow("a skipped file as the output gives 2")
        << QStringList { "empty.txt=" } << QStringList { "--export-html", "%F/empty.txt", "%F" } << 2
        << QStringLiteral("read as an input and skipped");
}

void TestHeadless::exitCodes()
{
    QFETCH(QStringList, extraFiles);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    QStringList written;
    for (const QString &entry : extraFiles) {
        const QString name = entry.section(QLatin1Char('='), 0, 0);
        writeFile(name, entry.section(QLatin1Char('='), 1).toUtf8());
        written.append(QDir(m_folder).filePath(name));
    }
    const QString output = m_dir.filePath(QStringLiteral("report.json"));
    for (QString &argument : arguments)
        argument.replace(QLatin1String("%F"), m_folder).replace(QLatin1String("%O"), output);
    const QByteArray before = folderDigest();
    const Run result = run(arguments);
    QCOMPARE(folderDigest(), before);
    for (const QString &path : written)
        QFile::remove(path);
    QCOMPARE(result.exitCode, exitCode);
    if (!stderrContains.isEmpty())
        QVERIFY2(result.standardError.contains(stderrContains), qPrintable(result.standardError));
}

void TestHeadless::writesReportAtomically()
{
    const QString output = m_dir.filePath(QStringLiteral("atomic.json"));
    QCOMPARE(run({ QStringLiteral("--export-json"), output, m_folder }).exitCode, 0);
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(report[QStringLiteral("schema")].toString(), QStringLiteral("wirediff-report/1"));
    QCOMPARE(report[QStringLiteral("base")].toString().isEmpty(), false);
    // No temporary files left beside the output.
    QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("atomic.json*") }, QDir::Files | QDir::Hidden).size(), 1);
}

void TestHeadless::failedWriteKeepsPreviousFile()
{
    const QString locked = m_dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(locked));
    const QString output = QDir(locked).filePath(QStringLiteral("report.json"));
    QFile previous(output);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("previous");
    previous.close();
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (QFileInfo(locked).isWritable() || ::geteuid() == 0) {
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QSKIP("running as root: permissions do not stop writing");
    }
    const Run result = run({ QStringLiteral("--export-json"), output, m_folder });
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.standardError.contains(QLatin1String("Cannot write")));
    QVERIFY(previous.open(QIODevice::ReadOnly));
    QCOMPARE(previous.readAll(), QByteArray("previous"));
}

void TestHeadless::unwritableOutputIsReported_data()
{
    QTest::addColumn<QString>("output");
    QTest::newRow("output is a folder") << QStringLiteral("%T/a-folder");
    QTest::newRow("parent is a file") << QStringLiteral("%T/a-file/report.json");
    QTest::newRow("parent does not exist") << QStringLiteral("%T/no/such/folder/report.json");
}

void TestHeadless::unwritableOutputIsReported()
{
    QFETCH(QString, output);
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("a-folder"))));
    QFile file(m_dir.filePath(QStringLiteral("a-file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    output.replace(QLatin1String("%T"), m_dir.path());
    const Run result = run({ QStringLiteral("--export-json"), output, m_folder });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.standardError.contains(QLatin1String("Cannot write")), qPrintable(result.standardError));
    QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("a-folder"))).isDir());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

// `--export-json /dev/stdout | next-step`: written to the pipe, not
// renamed over (nor refused as a file that cannot be replaced).
void TestHeadless::writesToStandardOutput()
{
    const Run result = run({ QStringLiteral("--export-json"), QStringLiteral("/dev/stdout"), m_folder });
    QCOMPARE(result.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(result.standardOutput).object();
    QCOMPARE(report[QStringLiteral("schema")].toString(), QStringLiteral("wirediff-report/1"));
    QVERIFY(QFileInfo(QStringLiteral("/dev/stdout")).isSymLink());
}

// Articles in subfolders are not read without --recursive, and the run
// says how many subfolders it left: as the reason when nothing else could
// be compared, else as a notice that changes nothing in the exit status.
void TestHeadless::unreadSubfoldersAreSaid_data()
{
    QTest::addColumn<QStringList>("files"); // relative to a fresh folder
    QTest::addColumn<bool>("recursive");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains"); // empty: no word of subfolders
    QTest::newRow("all in two subfolders") << QStringList { "afp/a.txt", "reuters/b.txt" } << false << 2
                                           << QStringLiteral("2 subfolder");
    QTest::newRow("articles and one subfolder") << QStringList { "a.txt", "b.txt", "sub/c.txt" } << false << 0
                                                << QStringLiteral("1 subfolder");
    QTest::newRow("--recursive reads them") << QStringList { "afp/a.txt", "reuters/b.txt" } << true << 0 << QString();
}

void TestHeadless::unreadSubfoldersAreSaid()
{
    QFETCH(QStringList, files);
    QFETCH(bool, recursive);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    QTemporaryDir dir;
    const QByteArray stories[] = { storyA, storyB };
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString path = dir.filePath(files.at(i));
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(stories[i % 2]);
    }
    QStringList arguments { QStringLiteral("--export-json"), m_dir.filePath(QStringLiteral("subfolders.json")), dir.path() };
    if (recursive)
        arguments.prepend(QStringLiteral("--recursive"));
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    if (stderrContains.isEmpty()) {
        QVERIFY2(!result.standardError.contains(QLatin1String("subfolder")), qPrintable(result.standardError));
        return;
    }
    QVERIFY2(result.standardError.contains(stderrContains) && result.standardError.contains(QLatin1String("--recursive")),
             qPrintable(result.standardError));
}

// What does not look like a version of the story is said: a log beside
// the articles is skipped with its reason (exit 1, as for any skipped
// file); an article twenty times longer than the others is compared but
// named in a notice, which needs a set of three to have a norm; so are a
// feed item with a headline and no body, and a translation among versions.
void TestHeadless::implausibleFilesAreSaid_data()
{
    QTest::addColumn<QStringList>("kinds"); // one file each: "story", "log" or "book"
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains"); // empty: neither notice
    QTest::newRow("a log among stories") << QStringList { "story", "story", "log" } << 1
                                         << QStringLiteral("a log or data file, not an article");
    QTest::newRow("a book among stories") << QStringList { "story", "story", "book" } << 0
                                          << QStringLiteral("times as long as the other articles");
    QTest::newRow("a book and one story") << QStringList { "story", "book" } << 0 << QString();
    QTest::newRow("a feed item cut after its headline") << QStringList { "story", "story", "headline" } << 0
                                                        << QStringLiteral("headline2 has a headline and no body");
    QTest::newRow("a translation among stories") << QStringList { "story", "story", "german" } << 0
                                                 << QStringLiteral("English for 2 of them; german2 in German");
}

void TestHeadless::implausibleFilesAreSaid()
{
    QFETCH(QStringList, kinds);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    QByteArray book = storyA;
    for (int i = 0; i < 2000; ++i)
        book += "\nChapter " + QByteArray::number(i) + " tells of the harbour, the crossings and the winter.\n";
    QByteArray log;
    for (int i = 0; i < 40; ++i)
        log += "[24/Nov/2026:10:00:" + QByteArray::number(10 + i) + " +0000] GET /ferry 200\n";
    const QHash<QString, QByteArray> texts {
        { QStringLiteral("log"), log },
        { QStringLiteral("book"), book },
        { QStringLiteral("headline"), QByteArray("Ferry crossings resume after the gales\n") },
        { QStringLiteral("german"), QByteArray("Die F\xc3\xa4hren zu den Inseln fahren seit Sonntag wieder, nachdem zwei Tage "
                                               "lang Sturm geherrscht hatte.\n\nDer Betreiber sagte, die Fahrten w\xc3\xbcrden "
                                               "bis M\xc3\xa4rz nach dem Winterfahrplan laufen, und die Passagiere "
                                               "warteten schon im Morgengrauen am Hafen.\n") },
    };
    QTemporaryDir dir;
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const QString &kind = kinds.at(i);
        QFile file(dir.filePath(kind + QString::number(i) + QStringLiteral(".txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(texts.value(kind, i % 2 ? storyB : storyA));
    }
    const Run result = run({ QStringLiteral("--export-json"), m_dir.filePath(QStringLiteral("plausible.json")), dir.path() });
    QCOMPARE(result.exitCode, exitCode);
    if (stderrContains.isEmpty()) {
        for (const char *notice : { "log or data", "times as long", "no body", "languages" })
            QVERIFY2(!result.standardError.contains(QLatin1String(notice)), qPrintable(result.standardError));
        return;
    }
    QVERIFY2(result.standardError.contains(stderrContains), qPrintable(result.standardError));
}

// A display that is named but does not answer (a closed SSH session's
// forwarded display, a stopped Xvfb) is treated as none: Qt's plugin would
// abort the process on it. The displays named here have no server: no
// socket of that number, and a Wayland socket name in an empty folder.
void TestHeadless::silentDisplayIsNotFatal_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QStringList>("arguments"); // "%F" is the folder, "%O" the output
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");
    const QStringList x11 { QStringLiteral("DISPLAY=:4711") };
    const QStringList wayland { QStringLiteral("WAYLAND_DISPLAY=wayland-4711"), QStringLiteral("XDG_RUNTIME_DIR=%R") };
    QTest::newRow("X11: the window") << x11 << QStringList { "%F" } << 2 << QStringLiteral("the display :4711 does not answer");
    QTest::newRow("X11: an unknown option") << x11 << QStringList { "--bogus" } << 2 << QStringLiteral("Unknown option 'bogus'.");
    QTest::newRow("X11: an export") << x11 << QStringList { "--export-json", "%O", "%F" } << 0 << QString();
    QTest::newRow("X11 asked for by name") << QStringList { "DISPLAY=:4711", "QT_QPA_PLATFORM=xcb" } << QStringList { "%F" } << 2
                                           << QStringLiteral("does not answer");
    QTest::newRow("Wayland: the window") << wayland << QStringList { "%F" } << 2
                                         << QStringLiteral("the display wayland-4711 does not answer");
}

void TestHeadless::silentDisplayIsNotFatal()
{
    QFETCH(QStringList, environment);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    for (QString &entry : environment)
        entry.replace(QLatin1String("%R"), runtime.path());
    const QString output = m_dir.filePath(QStringLiteral("silent.json"));
    for (QString &argument : arguments)
        argument.replace(QLatin1String("%F"), m_folder).replace(QLatin1String("%O"), output);
    const Run result = run(arguments, environment);
    QCOMPARE(result.exitCode, exitCode);
    if (!stderrContains.isEmpty())
        QVERIFY2(result.standardError.contains(stderrContains), qPrintable(result.standardError));
}

// `--export-json` reads the folder's notes file as the PDF and HTML exports
// do and lists its notes, anchored on the articles; a notes file it cannot
// read leaves "notes" out (the report does not say there are none).
void TestHeadless::reportCarriesNotes_data()
{
    QTest::addColumn<QByteArray>("notesFile"); // empty: none
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("count"); // -1: no "notes" key
    QTest::addColumn<QString>("text"); // of the first note
    QTest::addColumn<bool>("detached");
    QTest::addColumn<int>("start"); // code points, after anchoring
    QTest::addColumn<bool>("twoFolders"); // the paper's copy from another folder

    const auto notesFile = [](const char *quote, int start, int end) {
        return QByteArray(R"({"schema": "wirediff-sidecar/1", "lastNoteNumber": 1, "notes": [
            {"id": "n1", "number": 1, "article": "agency", "paragraph": 1, "start": )")
            + QByteArray::number(start) + R"(, "end": )" + QByteArray::number(end) + R"(, "quote": ")" + quote
            + R"(", "text": "Winter timetable \u2014 \"confirmed\"\nby phone", "author": "Desk",
               "created": "2026-11-17T09:30:00.000Z", "modified": "2026-11-17T09:31:00.000Z", "detached": false}]})";
    };
    const QString text = QStringLiteral("Winter timetable — \"confirmed\"\nby phone");
    QTest::newRow("no notes file: an empty list") << QByteArray() << 0 << 0 << QString() << false << 0 << false;
    QTest::newRow("a note where it was") << notesFile("winter timetable", 45, 61) << 0 << 1 << text << false << 45 << false;
    // The stored offsets are stale: anchoring finds the quote again.
    QTest::newRow("a note whose passage moved") << notesFile("winter timetable", 0, 16) << 0 << 1 << text << false << 45 << false;
    QTest::newRow("a note whose passage is gone: detached") << notesFile("summer hovercraft", 4, 21) << 0 << 1 << text << true << 4 << false;
    QTest::newRow("a damaged notes file: no key") << QByteArray(R"({"schema": "wirediff-sidecar/1", "notes": [)")
                                                  << 1 << -1 << QString() << false << 0 << false;
    // Files from two folders share no notes file: said, and no key.
    QTest::newRow("files from two folders: no key") << notesFile("winter timetable", 45, 61) << 0 << -1 << QString()
                                                    << false << 0 << true;
}

void TestHeadless::reportCarriesNotes()
{
    QFETCH(QByteArray, notesFile);
    QFETCH(int, exitCode);
    QFETCH(int, count);
    QFETCH(QString, text);
    QFETCH(bool, detached);
    QFETCH(int, start);
    QFETCH(bool, twoFolders);
    const QString notesPath = QDir(m_folder).filePath(QStringLiteral(".wirediff.json"));
    if (!notesFile.isEmpty())
        writeFile(QStringLiteral(".wirediff.json"), notesFile);
    QStringList inputs { m_folder };
    const QString elsewhere = m_dir.filePath(QStringLiteral("downloads/paper.txt"));
    if (twoFolders) {
        QVERIFY(QDir().mkpath(QFileInfo(elsewhere).path()));
        QVERIFY(QFile::copy(QDir(m_folder).filePath(QStringLiteral("paper.txt")), elsewhere));
        inputs = QStringList { QDir(m_folder).filePath(QStringLiteral("agency.txt")), elsewhere };
    }
    const Run result = run(QStringList { QStringLiteral("--export-json"), QStringLiteral("/dev/stdout") } + inputs);
    QFile::remove(notesPath);
    QFile::remove(elsewhere);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.standardError.contains(QLatin1String("several folders")), twoFolders);
    const QJsonObject report = QJsonDocument::fromJson(result.standardOutput).object();
    QCOMPARE(report[QStringLiteral("schema")].toString(), QStringLiteral("wirediff-report/1"));
    QCOMPARE(report.contains(QStringLiteral("notes")), count >= 0);
    const QJsonArray notes = report[QStringLiteral("notes")].toArray();
    QCOMPARE(notes.size(), std::max(count, 0));
    if (notes.isEmpty())
        return;
    const QJsonObject note = notes.at(0).toObject();
    QCOMPARE(note[QStringLiteral("text")].toString(), text);
    QCOMPARE(note[QStringLiteral("author")].toString(), QStringLiteral("Desk"));
    QCOMPARE(note[QStringLiteral("article")].toString(), QStringLiteral("agency"));
    QCOMPARE(note[QStringLiteral("created")].toString(), QStringLiteral("2026-11-17T09:30:00.000Z"));
    QCOMPARE(note[QStringLiteral("detached")].toBool(), detached);
    QCOMPARE(note[QStringLiteral("paragraph")].toInt(), 1);
    QCOMPARE(note[QStringLiteral("start")].toInt(), start);
    // A placed note's offsets slice its quote out of the paragraph's text.
    if (!detached) {
        QString paragraph;
        for (const QJsonValue &article : report[QStringLiteral("articles")].toArray()) {
            if (article[QStringLiteral("id")].toString() == QLatin1String("agency"))
                paragraph = article[QStringLiteral("paragraphs")].toArray().at(1)[QStringLiteral("text")].toString();
        }
        const QList<uint> codePoints = paragraph.toUcs4();
        const int end = note[QStringLiteral("end")].toInt();
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + start, end - start),
                 note[QStringLiteral("quote")].toString());
    }
}

// Review 13: a desk script that exports into the folder each time a copy
// arrives. The report from the last run is no article (it is left out, and
// the run exits 0), and the next run may replace it; the articles are
// never touched.
void TestHeadless::exportsBesideTheArticlesAgain_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("fileName");

    QTest::newRow("JSON") << QStringLiteral("--export-json") << QStringLiteral("comparison.json");
    QTest::newRow("HTML") << QStringLiteral("--export-html") << QStringLiteral("comparison.html");
    QTest::newRow("PDF") << QStringLiteral("--export-pdf") << QStringLiteral("comparison.pdf");
}

void TestHeadless::exportsBesideTheArticlesAgain()
{
    QFETCH(QString, option);
    QFETCH(QString, fileName);
    const QString output = QDir(m_folder).filePath(fileName);
    const auto articles = [this] {
        QByteArray both;
        for (const char *name : { "agency.txt", "paper.txt" }) {
            QFile file(QDir(m_folder).filePath(QString::fromLatin1(name)));
            if (file.open(QIODevice::ReadOnly))
                both += file.readAll();
        }
        return both;
    };
    const QByteArray before = articles();
    const Run first = run({ option, output, m_folder });
    QCOMPARE(first.exitCode, 0);
    QVERIFY(QFileInfo::exists(output));
    QFile stamped(output);
    QVERIFY(stamped.open(QIODevice::ReadWrite));
    QVERIFY(stamped.setFileTime(QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC), QFileDevice::FileModificationTime));
    stamped.close();
    const Run second = run({ option, output, m_folder });
    const Run third = run({ QStringLiteral("--export-json"), m_dir.filePath(QStringLiteral("beside.json")), m_folder });
    const QDateTime replaced = QFileInfo(output).lastModified();
    QFile::remove(output);
    QVERIFY2(second.exitCode == 0, qPrintable(second.standardError));
    QVERIFY2(replaced.date().year() > 2020, "the earlier export was not replaced");
    QVERIFY2(third.exitCode == 0, qPrintable(third.standardError));
    QVERIFY2(third.standardError.contains(QLatin1String("a comparison WireDiff exported")), qPrintable(third.standardError));
    QCOMPARE(articles(), before);
}

// One article read alone has nothing to compare with: that is what is
// said, not that it shares nothing with "the other articles", nor that it
// comes from several folders when a folder among the files was skipped.
void TestHeadless::oneFileReadAlone_data()
{
    QTest::addColumn<QStringList>("inputs"); // "%F" is the folder, "%T" the folder above it, "%L" a long article
    QTest::addColumn<int>("exitCode");

    QTest::newRow("one short file") << QStringList { "%F/agency.txt" } << 0;
    QTest::newRow("one file long enough to judge") << QStringList { "%L" } << 0;
    QTest::newRow("one file and a folder, skipped") << QStringList { "%F/agency.txt", "%T" } << 1;
}

void TestHeadless::oneFileReadAlone()
{
    QFETCH(QStringList, inputs);
    QFETCH(int, exitCode);
    // Long enough for StoryCoherence to judge how much it shares.
    const QString longArticle = m_dir.filePath(QStringLiteral("long/ferries.txt"));
    QVERIFY(QDir().mkpath(QFileInfo(longArticle).path()));
    QFile file(longArticle);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(storyB + storyA + storyB);
    file.close();
    for (QString &input : inputs)
        input.replace(QLatin1String("%F"), m_folder).replace(QLatin1String("%T"), m_dir.path()).replace(QLatin1String("%L"), longArticle);
    const Run result = run(QStringList { QStringLiteral("--export-json"), QStringLiteral("/dev/null") } + inputs);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.standardError.contains(QLatin1String("Only one article was read")), qPrintable(result.standardError));
    QVERIFY2(!result.standardError.contains(QLatin1String("shares almost nothing")), qPrintable(result.standardError));
    QVERIFY2(!result.standardError.contains(QLatin1String("several folders")), qPrintable(result.standardError));
}

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
