#include "commandline.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace WireDiff;

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void detectsHeadlessBeforeQtStarts_data();
    void detectsHeadlessBeforeQtStarts();
    void windowKeepsSavedOptionsNotGiven_data();
    void windowKeepsSavedOptionsNotGiven();
    void exportsMeetingThroughLinks_data();
    void exportsMeetingThroughLinks();
    void namesWhatIsWrong_data();
    void namesWhatIsWrong();
    void recursiveIsGivenForTheWindow_data();
    void recursiveIsGivenForTheWindow();
};

void TestCommandLine::parses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<CommandLine::Action>("action");
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QString>("base");

    QTest::newRow("no arguments opens the window")
        << QStringList { "wirediff" } << CommandLine::Action::OpenWindow << QStringList {} << QString();
    QTest::newRow("a folder opens the window on it")
        << QStringList { "wirediff", "/tmp/wire" } << CommandLine::Action::OpenWindow << QStringList { "/tmp/wire" }
        << QString();
    QTest::newRow("files")
        << QStringList { "wirediff", "a.txt", "b.html" } << CommandLine::Action::OpenWindow
        << QStringList { "a.txt", "b.html" } << QString();
    QTest::newRow("json export with base")
        << QStringList { "wirediff", "--export-json", "out.json", "--base", "agency", "/tmp/wire" }
        << CommandLine::Action::Export << QStringList { "/tmp/wire" } << QStringLiteral("agency");
    QTest::newRow("export without input is an error")
        << QStringList { "wirediff", "--export-json", "out.json" } << CommandLine::Action::Error << QStringList {}
        << QString();
    QTest::newRow("two exports to one file are an error")
        << QStringList { "wirediff", "--export-json", "out.x", "--export-html", "./out.x", "/tmp/wire" } << CommandLine::Action::Error
        << QStringList {} << QString();
    QTest::newRow("three exports to three files")
        << QStringList { "wirediff", "--export-json", "out.json", "--export-html", "out.html", "--export-pdf", "out.pdf", "/tmp/wire" }
        << CommandLine::Action::Export << QStringList { "/tmp/wire" } << QString();
    QTest::newRow("unknown option is an error")
        << QStringList { "wirediff", "--frobnicate", "/tmp" } << CommandLine::Action::Error << QStringList {} << QString();
    QTest::newRow("sensitivity out of range")
        << QStringList { "wirediff", "--paraphrase-sensitivity", "3", "/tmp" } << CommandLine::Action::Error
        << QStringList {} << QString();
    QTest::newRow("bad page size")
        << QStringList { "wirediff", "--export-pdf", "a.pdf", "--page-size", "A9", "/tmp" }
        << CommandLine::Action::Error << QStringList {} << QString();
    QTest::newRow("help") << QStringList { "wirediff", "--help" } << CommandLine::Action::ShowHelp << QStringList {}
                          << QString();
    QTest::newRow("version") << QStringList { "wirediff", "--version" } << CommandLine::Action::ShowVersion
                             << QStringList {} << QString();
}

void TestCommandLine::parses()
{
    QFETCH(QStringList, arguments);
    QFETCH(CommandLine::Action, action);
    QFETCH(QStringList, paths);
    QFETCH(QString, base);
    const CommandLine commandLine = CommandLine::parse(arguments);
    QCOMPARE(commandLine.action, action);
    if (action == CommandLine::Action::Error) {
        QVERIFY(!commandLine.error.isEmpty());
        return;
    }
    QCOMPARE(commandLine.paths, paths);
    QCOMPARE(commandLine.comparisonOptions.baseId, base);
}

void TestCommandLine::detectsHeadlessBeforeQtStarts_data()
{
    QTest::addColumn<QByteArrayList>("arguments");
    QTest::addColumn<bool>("headless");
    QTest::newRow("window") << QByteArrayList { "wirediff", "/tmp/wire" } << false;
    QTest::newRow("json") << QByteArrayList { "wirediff", "--export-json", "x.json", "/tmp" } << true;
    QTest::newRow("pdf") << QByteArrayList { "wirediff", "--export-pdf", "x.pdf", "/tmp" } << true;
    QTest::newRow("html") << QByteArrayList { "wirediff", "--export-html=x.html", "/tmp" } << true;
    QTest::newRow("help") << QByteArrayList { "wirediff", "--help" } << true;
}

void TestCommandLine::detectsHeadlessBeforeQtStarts()
{
    QFETCH(QByteArrayList, arguments);
    QFETCH(bool, headless);
    std::vector<char *> argv;
    for (QByteArray &argument : arguments)
        argv.push_back(argument.data());
    QCOMPARE(CommandLine::wantsHeadless(int(argv.size()), argv.data()), headless);
}

// The window starts from the editor's saved options; the command line
// changes only those it names.
void TestCommandLine::windowKeepsSavedOptionsNotGiven_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ignoreCase");
    QTest::addColumn<bool>("ignorePunctuation");
    QTest::addColumn<bool>("ignoreQuoteStyle");
    QTest::addColumn<double>("sensitivity");
    QTest::addColumn<QString>("base");
    // Saved: case matched, punctuation ignored, quotes ignored, loose, base "saved".
    QTest::newRow("nothing given") << QStringList { "wirediff", "/tmp/wire" } << false << true << true << 0.9 << QStringLiteral("saved");
    QTest::newRow("base given") << QStringList { "wirediff", "--base", "agency", "/tmp/wire" } << false << true << true << 0.9
                                << QStringLiteral("agency");
    QTest::newRow("quote style given") << QStringList { "wirediff", "--match-quote-style", "/tmp/wire" } << false << true << false
                                       << 0.9 << QStringLiteral("saved");
    QTest::newRow("sensitivity given") << QStringList { "wirediff", "--paraphrase-sensitivity", "0.2", "/tmp/wire" } << false
                                       << true << true << 0.2 << QStringLiteral("saved");
    QTest::newRow("all given") << QStringList { "wirediff", "--match-case", "--ignore-punctuation", "--match-quote-style",
                                                "--paraphrase-sensitivity", "0", "--base", "b", "/tmp/wire" }
                               << false << true << false << 0.0 << QStringLiteral("b");
}

void TestCommandLine::windowKeepsSavedOptionsNotGiven()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ignoreCase);
    QFETCH(bool, ignorePunctuation);
    QFETCH(bool, ignoreQuoteStyle);
    QFETCH(double, sensitivity);
    QFETCH(QString, base);
    ComparisonOptions saved;
    saved.ignoreCase = false;
    saved.ignorePunctuation = true;
    saved.ignoreQuoteStyle = true;
    saved.paraphraseSensitivity = 0.9;
    saved.baseId = QStringLiteral("saved");
    const CommandLine commandLine = CommandLine::parse(arguments);
    QCOMPARE(commandLine.action, CommandLine::Action::OpenWindow);
    const ComparisonOptions applied = commandLine.appliedTo(saved);
    QCOMPARE(applied.ignoreCase, ignoreCase);
    QCOMPARE(applied.ignorePunctuation, ignorePunctuation);
    QCOMPARE(applied.ignoreQuoteStyle, ignoreQuoteStyle);
    QCOMPARE(applied.paraphraseSensitivity, sensitivity);
    QCOMPARE(applied.baseId, base);
}


// Two export options whose files are one file on disk, however named, are
// refused before anything is written; distinct files in a linked folder are not.
void TestCommandLine::exportsMeetingThroughLinks_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("html");
    QTest::addColumn<bool>("refused");

    QTest::newRow("a link to an existing export") << "out.json" << "link-to-out.json" << true;
    QTest::newRow("a new file named through a linked folder") << "real/new.json" << "linked/new.json" << true;
    QTest::newRow("an existing file named through a linked folder") << "real/old.json" << "linked/old.json" << true;
    QTest::newRow("a dotted path into a linked folder") << "real/new.json" << "linked/../real/new.json" << true;
    QTest::newRow("two files in a linked folder") << "real/a.json" << "linked/b.html" << false;
    // Written in place, not replaced: both exports arrive.
    QTest::newRow("/dev/null for both") << "/dev/null" << "/dev/null" << false;
    QTest::newRow("a link to /dev/null and /dev/null") << "null-link" << "/dev/null" << false;
    QTest::newRow("a FIFO for both") << "fifo" << "fifo" << false;
}

void TestCommandLine::exportsMeetingThroughLinks()
{
    QFETCH(QString, json);
    QFETCH(QString, html);
    QFETCH(bool, refused);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir root(dir.path());
    QVERIFY(root.mkdir(QStringLiteral("real")));
    QVERIFY(QFile::link(root.filePath(QStringLiteral("real")), root.filePath(QStringLiteral("linked"))));
    for (const QString &existing : { QStringLiteral("out.json"), QStringLiteral("real/old.json") }) {
        QFile file(root.filePath(existing));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(QFile::link(root.filePath(QStringLiteral("out.json")), root.filePath(QStringLiteral("link-to-out.json"))));
    QVERIFY(QFile::link(QStringLiteral("/dev/null"), root.filePath(QStringLiteral("null-link"))));
    QCOMPARE(::mkfifo(QFile::encodeName(root.filePath(QStringLiteral("fifo"))).constData(), 0600), 0);

    const CommandLine commandLine = CommandLine::parse(
        { "wirediff", "--export-json", root.filePath(json), "--export-html", root.filePath(html), dir.path() });
    QCOMPARE(commandLine.action == CommandLine::Action::Error, refused);
    if (refused)
        QVERIFY(commandLine.error.contains(root.filePath(html)));
}

// Scripts read stderr: each mistake is named, and an empty value (an unset
// variable, `--export-json "$OUT"`) is one, never the option left out.
void TestCommandLine::namesWhatIsWrong_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("an empty JSON file") << QStringList { "wirediff", "--export-json", "", "/tmp/wire" }
                                        << QStringLiteral("--export-json needs a file name.");
    QTest::newRow("an empty PDF file") << QStringList { "wirediff", "--export-pdf", "", "/tmp/wire" }
                                       << QStringLiteral("--export-pdf needs a file name.");
    QTest::newRow("an empty HTML file after =") << QStringList { "wirediff", "--export-html=", "/tmp/wire" }
                                                << QStringLiteral("--export-html needs a file name.");
    QTest::newRow("an empty file beside a good one")
        << QStringList { "wirediff", "--export-json", "out.json", "--export-pdf", "", "/tmp/wire" }
        << QStringLiteral("--export-pdf needs a file name.");
    QTest::newRow("an empty JSON file given twice, the last empty")
        << QStringList { "wirediff", "--export-json", "out.json", "--export-json", "", "/tmp/wire" }
        << QStringLiteral("--export-json needs a file name.");
    QTest::newRow("an empty base for the window") << QStringList { "wirediff", "--base", "", "/tmp/wire" }
                                                  << QStringLiteral("--base needs a value.");
    QTest::newRow("an empty language") << QStringList { "wirediff", "--lang=", "/tmp/wire" }
                                       << QStringLiteral("--lang needs a value.");
    QTest::newRow("an empty page size") << QStringList { "wirediff", "--export-pdf", "a.pdf", "--page-size", "", "/tmp/wire" }
                                        << QStringLiteral("--page-size needs a value.");
    QTest::newRow("an unknown option") << QStringList { "wirediff", "--bogus" } << QStringLiteral("Unknown option 'bogus'.");
    QTest::newRow("a mistyped export") << QStringList { "wirediff", "--exprot-pdf", "x.pdf", "/tmp/wire" }
                                       << QStringLiteral("Unknown option 'exprot-pdf'.");
    QTest::newRow("an underscore for a dash") << QStringList { "wirediff", "--export_json", "x.json", "/tmp/wire" }
                                              << QStringLiteral("Unknown option 'export_json'.");
}

void TestCommandLine::namesWhatIsWrong()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const CommandLine commandLine = CommandLine::parse(arguments);
    QCOMPARE(commandLine.action, CommandLine::Action::Error);
    QCOMPARE(commandLine.error, error);
}

// The window keeps the editor's File ▸ Include Subfolders unless
// --recursive is given.
void TestCommandLine::recursiveIsGivenForTheWindow_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("given");
    QTest::newRow("not given") << QStringList { "wirediff", "/tmp/wire" } << false;
    QTest::newRow("given") << QStringList { "wirediff", "--recursive", "/tmp/wire" } << true;
}

void TestCommandLine::recursiveIsGivenForTheWindow()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, given);
    const CommandLine commandLine = CommandLine::parse(arguments);
    QCOMPARE(commandLine.action, CommandLine::Action::OpenWindow);
    QCOMPARE(commandLine.given.recurse, given);
    QCOMPARE(commandLine.loadOptions.recurse, given);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
