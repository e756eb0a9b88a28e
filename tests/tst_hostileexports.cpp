#include "hostilecorpus.h"

#include "articleloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace WireDiff;

// Issue 6: the real wirediff executable, as a newsroom script runs it, over
// the hostile-input corpus (tests/hostilecorpus.h): exit status 1 (some
// files skipped), each skipped file on one line of stderr with its reason,
// outputs that hold nothing fetched or executable, and every input file
// byte-identical afterwards.
class TestHostileExports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void exports_data();
    void exports();
    // Last: whatever ran before, the corpora are as they were written.
    void inputsUnchanged();

private:
    QTemporaryDir m_dir;
    HostileCorpus::Corpus m_corpus;
    QHash<QString, QByteArray> m_digestsBefore;
    LoadResult m_loaded;
    // The same cases without the three multi-megabyte files, for the PDF:
    // a PDF of the 50,000 tiny paragraphs runs to thousands of pages.
    HostileCorpus::Corpus m_small;
    QHash<QString, QByteArray> m_smallDigestsBefore;
    LoadResult m_smallLoaded;
};

namespace {

struct ProcessRun
{
    int exitCode = -1;
    QString standardError;
};

// Bounded below QtTest's watchdog (QTEST_FUNCTION_TIMEOUT, set by CMake), so
// a hung export is killed here rather than left running.
ProcessRun runWireDiff(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WIREDIFF_BINARY), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return { -1, QStringLiteral("timed out") };
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
             QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

void TestHostileExports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    HostileCorpus::Options options;
#ifdef WIREDIFF_SMALL_HOSTILE_CORPUS
    options.huge = false;
#endif
    const QString outside = m_dir.filePath(QStringLiteral("outside"));
    m_corpus = HostileCorpus::build(m_dir.filePath(QStringLiteral("wire folder \u00E9")), outside, options);
    QVERIFY2(!m_corpus.folder.isEmpty(), "the corpus could not be written");
    m_digestsBefore = HostileCorpus::digests(m_corpus.folder);
    m_loaded = ArticleLoader().loadFolder(m_corpus.folder);

    options.huge = false;
    m_small = HostileCorpus::build(m_dir.filePath(QStringLiteral("small wire folder")), outside, options);
    QVERIFY2(!m_small.folder.isEmpty(), "the small corpus could not be written");
    m_smallDigestsBefore = HostileCorpus::digests(m_small.folder);
    m_smallLoaded = ArticleLoader().loadFolder(m_small.folder);
}

void TestHostileExports::cleanupTestCase()
{
    // QTemporaryDir cannot remove what it cannot read.
    for (const QString &path : m_corpus.unreadable + m_small.unreadable)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestHostileExports::exports_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("small");
    QTest::newRow("JSON report") << QStringLiteral("--export-json") << QStringLiteral("report.json") << false;
    QTest::newRow("HTML page") << QStringLiteral("--export-html") << QStringLiteral("page.html") << false;
    QTest::newRow("PDF, without the multi-megabyte files") << QStringLiteral("--export-pdf") << QStringLiteral("annotated.pdf") << true;
}

void TestHostileExports::exports()
{
    QFETCH(QString, option);
    QFETCH(QString, fileName);
    QFETCH(bool, small);
    const HostileCorpus::Corpus &corpus = small ? m_small : m_corpus;
    const LoadResult &loaded = small ? m_smallLoaded : m_loaded;
    const QString out = m_dir.filePath(QStringLiteral("exports/") + fileName);
    QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));
    const ProcessRun run = runWireDiff({ option, out, corpus.folder }, 600000);
    QCOMPARE(run.exitCode, 1);

    const QStringList lines = run.standardError.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const SkippedFile &skipped : loaded.skipped) {
        // Control characters in a name are shown escaped, so one file is one line.
        const QString name = QFileInfo(skipped.filePath).fileName();
        const bool hasControls = std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x20; });
        const QString shown = hasControls ? QString() : name;
        const bool found = std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) {
            return line.contains(skipped.reason) && (shown.isEmpty() || line.contains(shown));
        });
        QVERIFY2(found, qPrintable(QStringLiteral("no line for ") + name + QStringLiteral(": ") + skipped.reason));
    }
    QVERIFY2(!run.standardError.contains(QChar(0x1B)), "a terminal escape from a file name reached stderr");
    QCOMPARE(int(std::count_if(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(QLatin1String("skipped ")); })),
             int(loaded.skipped.size()));

    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 1000);
    QVERIFY(!bytes.contains(corpus.secretMarker));
    if (option == QLatin1String("--export-html")) {
        const QString html = QString::fromUtf8(bytes);
        QVERIFY(html.contains(QLatin1String("Content-Security-Policy")));
        // Markup written as article text is shown, escaped, never run.
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(&#39;TEXT-SCRIPT&#39;)"))
                || html.contains(QLatin1String("&lt;script&gt;alert('TEXT-SCRIPT')")));
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<iframe"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<img"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("127.0.0.1")));
    } else if (option == QLatin1String("--export-json")) {
        const QJsonObject report = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(report.value(QLatin1String("articles")).toArray().size(), qsizetype(loaded.articles.size()));
        QCOMPARE(report.value(QLatin1String("skipped")).toArray().size(), qsizetype(loaded.skipped.size()));
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
    }
}

void TestHostileExports::inputsUnchanged()
{
    QStringList changed = HostileCorpus::changedFiles(m_digestsBefore, HostileCorpus::digests(m_corpus.folder));
    changed += HostileCorpus::changedFiles(m_smallDigestsBefore, HostileCorpus::digests(m_small.folder));
    QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QLatin1String(", "))));
}

QTEST_GUILESS_MAIN(TestHostileExports)
#include "tst_hostileexports.moc"
