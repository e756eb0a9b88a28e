#include "hostilecorpus.h"

#include "articleloader.h"
#include "comparator.h"
#include "comparisonjob.h"
#include "folderlisting.h"
#include "inputlimits.h"
#include "reportwriter.h"
#include "synonymdictionary.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <future>
#include <memory>

#include <unistd.h>

using namespace WireDiff;
using HostileCorpus::Outcome;

// Issue 6: the hostile-input corpus (tests/hostilecorpus.h) through the
// loader and the comparison (tst_hostileexports runs the exports over it).
// Every file must load or be skipped with a one-line reason, the rest must
// still compare, nothing an external entity points at may be read, and
// every input file must be byte-identical afterwards. Then the documented
// limits, files that change while they are read, comparisons whose cost
// would explode, and cancel.
class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void loader_data();
    void loader();
    void everyListedFileIsAccounted();
    void recursiveHiddenLoadTerminates();
    void comparison();

    void articleLimit_data();
    void articleLimit();
    void fileSizeLimit_data();
    void fileSizeLimit();
    void paragraphLimit_data();
    void paragraphLimit();
    void changingFile_data();
    void changingFile();
    void explosiveComparison_data();
    void explosiveComparison();
    void cancel_data();
    void cancel();

    // Last: whatever ran before, the corpus is as it was written.
    void inputsUnchanged();

private:
    const SkippedFile *skippedFor(const QString &file) const;
    const Article *articleFor(const QString &file) const;
    static bool runningAsRoot() { return ::geteuid() == 0; }

    QTemporaryDir m_dir;
    HostileCorpus::Corpus m_corpus;
    QHash<QString, QByteArray> m_digestsBefore;
    LoadResult m_loaded;
    std::shared_ptr<const SynonymDictionary> m_synonyms;
};

namespace {

// The sanitizer build runs the corpus without its three multi-megabyte
// files (the exact same code paths, at a tenth of the time); every other
// build runs all of it.
HostileCorpus::Options corpusOptions()
{
    HostileCorpus::Options options;
#ifdef WIREDIFF_SMALL_HOSTILE_CORPUS
    options.huge = false;
#endif
    return options;
}

QString relative(const QString &folder, const QString &path)
{
    return QDir(folder).relativeFilePath(path);
}

Article textArticle(const QString &id, const QByteArray &text)
{
    Article article;
    QString reason;
    ArticleLoader().loadBytes(text, id + QStringLiteral(".txt"), &article, &reason);
    article.id = id;
    return article;
}

} // namespace

void TestHostileInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString folder = m_dir.filePath(QStringLiteral("wire folder \u00E9"));
    m_corpus = HostileCorpus::build(folder, m_dir.filePath(QStringLiteral("outside")), corpusOptions());
    QVERIFY2(!m_corpus.folder.isEmpty(), "the corpus could not be written");
    m_digestsBefore = HostileCorpus::digests(m_corpus.folder);
    QVERIFY(!m_digestsBefore.isEmpty());
    m_loaded = ArticleLoader().loadFolder(m_corpus.folder);
    QVERIFY2(m_loaded.error.isEmpty(), qPrintable(m_loaded.error));

    m_synonyms = SynonymDictionary::load();
}

void TestHostileInput::cleanupTestCase()
{
    // QTemporaryDir cannot remove what it cannot enter or read.
    for (const QString &path : std::as_const(m_corpus.unreadable))
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

const SkippedFile *TestHostileInput::skippedFor(const QString &file) const
{
    for (const SkippedFile &skipped : m_loaded.skipped) {
        if (relative(m_corpus.folder, skipped.filePath) == file)
            return &skipped;
    }
    return nullptr;
}

const Article *TestHostileInput::articleFor(const QString &file) const
{
    for (const Article &article : m_loaded.articles) {
        // A good symbolic link loads as the file it names: match by the path given.
        if (relative(m_corpus.folder, article.filePath) == file)
            return &article;
    }
    return nullptr;
}

void TestHostileInput::loader_data()
{
    QTest::addColumn<QString>("file");
    for (const HostileCorpus::Case &c : m_corpus.cases)
        QTest::newRow(qPrintable(c.what)) << c.file;
}

void TestHostileInput::loader()
{
    QFETCH(QString, file);
    const HostileCorpus::Case &c = *m_corpus.find(file);
    const Article *article = articleFor(file);
    const SkippedFile *skipped = skippedFor(file);
    QVERIFY2(!(article && skipped), "both loaded and skipped");

    Outcome expected = c.outcome;
    if (m_corpus.unreadable.contains(QDir(m_corpus.folder).filePath(file)) && runningAsRoot())
        expected = Outcome::Loaded; // permissions do not stop root; the file is an honest story

    switch (expected) {
    case Outcome::NotListed:
        QVERIFY2(!article && !skipped, "a file that must not be offered to the loader was");
        return;
    case Outcome::Skipped:
        QVERIFY2(!article, "loaded, but must be skipped");
        QVERIFY2(skipped, "neither loaded nor reported as skipped");
        QVERIFY2(skipped->reason.startsWith(c.reason), qPrintable(skipped->reason));
        QVERIFY(!skipped->reason.contains(QLatin1Char('\n')));
        return;
    case Outcome::Loaded:
        break;
    }
    QVERIFY2(article, skipped ? qPrintable(QStringLiteral("skipped: ") + skipped->reason) : "neither loaded nor skipped");
    QVERIFY(int(article->paragraphs.size()) >= c.minParagraphs);
    if (c.maxParagraphs >= 0)
        QVERIFY(int(article->paragraphs.size()) <= c.maxParagraphs);
    if (!c.text.isEmpty())
        QVERIFY2(!HostileCorpus::textContaining(*article, c.text).isEmpty(), qPrintable(c.text));
    for (const QString &absent : c.absent) {
        const QString found = HostileCorpus::textContaining(*article, absent);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("found %1 in: %2").arg(absent, found)));
    }
    if (!c.encoding.isEmpty())
        QCOMPARE(article->encoding, c.encoding);
    if (!c.format.isEmpty())
        QCOMPARE(articleFormatName(article->format), c.format);
    QCOMPARE(article->hadDecodingErrors, c.decodingErrors);
    if (!c.warning.isEmpty())
        QVERIFY2(article->warnings.join(QLatin1Char('|')).contains(c.warning), qPrintable(article->warnings.join(QLatin1Char('|'))));
    for (const QString &warning : article->warnings)
        QVERIFY2(!warning.isEmpty() && !warning.contains(QLatin1Char('\n')), qPrintable(warning));
    for (const Paragraph &paragraph : article->paragraphs) {
        QVERIFY(!paragraph.text.isEmpty());
        QVERIFY(paragraph.text.size() <= InputLimits::maxParagraphChars + 1); // +1: a surrogate pair is never cut
    }
}

// The loader accounts for every entry of the folder: an article or a reason
// (what the listing cannot read, a link back into the folder say, has its
// reason from the listing).
void TestHostileInput::everyListedFileIsAccounted()
{
    std::vector<SkippedFile> unread;
    const QStringList listed = FolderListing().files(m_corpus.folder, &unread);
    QCOMPARE(int(m_loaded.articles.size() + m_loaded.skipped.size()), int(listed.size() + unread.size()));
    for (const QString &path : listed)
        QVERIFY2(m_corpus.find(relative(m_corpus.folder, path)), qPrintable(QStringLiteral("not a corpus case: ") + path));
    for (const SkippedFile &file : unread)
        QVERIFY2(m_corpus.find(relative(m_corpus.folder, file.filePath)), qPrintable(QStringLiteral("not a corpus case: ") + file.filePath));
    QCOMPARE(int(listed.size() + unread.size()), m_corpus.count(Outcome::Loaded) + m_corpus.count(Outcome::Skipped));
}

// Hidden files and subfolders too: the link from the folder to itself is
// read once, WireDiff's own files are never articles.
void TestHostileInput::recursiveHiddenLoadTerminates()
{
    LoadOptions options;
    options.includeHidden = true;
    options.recurse = true;
    std::vector<SkippedFile> unread;
    const QStringList files = FolderListing(options).files(m_corpus.folder, &unread);
    QVERIFY(files.contains(QDir(m_corpus.folder).filePath(QStringLiteral(".hidden-draft.txt"))));
    QVERIFY(files.contains(QDir(m_corpus.folder).filePath(QStringLiteral("folder.txt/inside.txt"))));
    for (const QString &file : files)
        QVERIFY2(!file.contains(QLatin1String(".wirediff")), qPrintable(file));
#ifdef Q_OS_UNIX
    const bool loopNoted = std::any_of(unread.begin(), unread.end(), [](const SkippedFile &file) {
        return file.reason.contains(QLatin1String("symbolic link loop"));
    });
    QVERIFY(loopNoted);
#endif
}

// The articles that loaded compare, whatever else the folder held.
void TestHostileInput::comparison()
{
    ComparisonRequest request;
    request.paths = QStringList { m_corpus.folder };
    const ComparisonJobResult result = ComparisonJob::run(request, m_synonyms);
    QVERIFY2(result.succeeded(), qPrintable(result.outcome.error));
    const Comparison &comparison = *result.outcome.comparison;
    QCOMPARE(comparison.articles.size(), m_loaded.articles.size());
    QCOMPARE(result.skipped.size(), m_loaded.skipped.size());
    for (size_t a = 0; a < comparison.articles.size(); ++a) {
        std::vector<int> seen(comparison.articles[a].paragraphs.size(), 0);
        for (const AlignedRow &row : comparison.rows) {
            for (const qint32 p : row.cells[a].paragraphs)
                ++seen[size_t(p)];
        }
        QVERIFY2(std::all_of(seen.cbegin(), seen.cend(), [](int n) { return n == 1; }),
                 qPrintable(comparison.articles[a].id));
    }
    const QByteArray report = ReportWriter::toBytes(comparison, result.skipped);
    QVERIFY(QJsonDocument::fromJson(report).isObject());
    QVERIFY(!report.contains(m_corpus.secretMarker));
}

void TestHostileInput::articleLimit_data()
{
    QTest::addColumn<int>("files");
    QTest::addColumn<int>("limit");
    QTest::newRow("a folder of 1,000 files, the documented limit") << 1000 << InputLimits::maxArticles;
    QTest::newRow("1,001 files: the last one is over") << 1001 << InputLimits::maxArticles;
    QTest::newRow("a lower limit: 10 of 25") << 25 << 10;
}

void TestHostileInput::articleLimit()
{
    QFETCH(int, files);
    QFETCH(int, limit);
    const QString folder = m_dir.filePath(QStringLiteral("many-%1-%2").arg(files).arg(limit));
    QVERIFY(HostileCorpus::writeManyFiles(folder, files));
    LoadOptions options;
    options.maxArticles = limit;
    const LoadResult result = ArticleLoader(options).loadFolder(folder);
    QCOMPARE(int(result.articles.size()), std::min(files, limit));
    QCOMPARE(int(result.skipped.size()), std::max(0, files - limit));
    for (const SkippedFile &skipped : result.skipped)
        QVERIFY2(skipped.reason.contains(QString::number(limit)), qPrintable(skipped.reason));
}

void TestHostileInput::fileSizeLimit_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<bool>("loads");
    QTest::newRow("one byte under a small limit") << qint64(4095) << qint64(4096) << true;
    QTest::newRow("exactly a small limit") << qint64(4096) << qint64(4096) << true;
    QTest::newRow("one byte over a small limit") << qint64(4097) << qint64(4096) << false;
    // A line of text and NUL padding up to the limit: read, the padding
    // dropped (with a warning), and loaded.
    QTest::newRow("the documented limit (NUL-padded)") << InputLimits::maxFileBytes << InputLimits::maxFileBytes << true;
    QTest::newRow("one byte over the documented limit") << InputLimits::maxFileBytes + 1 << InputLimits::maxFileBytes << false;
}

// The size check comes before reading, so an oversized file costs nothing;
// a file of exactly the limit is read.
void TestHostileInput::fileSizeLimit()
{
    QFETCH(qint64, size);
    QFETCH(qint64, limit);
    QFETCH(bool, loads);
    const QString path = m_dir.filePath(QStringLiteral("size-%1.txt").arg(size));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray line = "The harbour wall was breached on Monday.\n";
        if (size < 1024 * 1024) {
            QByteArray bytes;
            while (bytes.size() < size)
                bytes += line;
            bytes.truncate(size);
            QCOMPARE(file.write(bytes), size);
        } else {
            file.write(line);
            QVERIFY(file.resize(size));
        }
    }
    LoadOptions options;
    options.maxFileBytes = limit;
    const LoadResult result = ArticleLoader(options).loadFiles({ path });
    QFile::remove(path);
    if (loads) {
        QCOMPARE(int(result.articles.size()), 1);
        QVERIFY(result.articles.front().paragraphs.front().text.startsWith(QLatin1String("The harbour wall")));
        return;
    }
    QCOMPARE(int(result.skipped.size()), 1);
    QVERIFY2(result.skipped.front().reason.startsWith(QLatin1String("too large")), qPrintable(result.skipped.front().reason));
}

void TestHostileInput::paragraphLimit_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("minPieces");
    QTest::newRow("a 200 kB paragraph, default limit") << HostileText::hugeParagraph(200000, 5) << InputLimits::maxParagraphChars << 10;
    QTest::newRow("a 200 kB word, default limit") << HostileText::hugeWord(200000) << InputLimits::maxParagraphChars << 10;
    QTest::newRow("a short paragraph, a limit of 50") << HostileText::story(0) << 50 << 20;
    QTest::newRow("under the limit: not cut") << HostileText::story(0) << InputLimits::maxParagraphChars << 1;
}

void TestHostileInput::paragraphLimit()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, limit);
    QFETCH(int, minPieces);
    LoadOptions options;
    options.maxParagraphChars = limit;
    Article article;
    QString reason;
    QVERIFY(ArticleLoader(options).loadBytes(bytes, QStringLiteral("long.txt"), &article, &reason));
    QVERIFY(int(article.paragraphs.size()) >= minPieces);
    qsizetype total = 0;
    bool cut = false;
    for (const Paragraph &paragraph : article.paragraphs) {
        QVERIFY(paragraph.text.size() <= limit + 1);
        cut = cut || paragraph.text.size() > limit / 2;
        total += paragraph.text.size();
    }
    const bool warned = article.warnings.join(QLatin1Char('|')).contains(QLatin1String("cut into pieces"));
    QCOMPARE(warned, minPieces > 8);
    QVERIFY(total > 0);
}

void TestHostileInput::changingFile_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("changes"); // how many reads see the file change
    QTest::addColumn<QString>("expected"); // empty: loads the final text
    QTest::newRow("appended to once: read again") << QStringLiteral("append") << 1 << QString();
    QTest::newRow("rewritten once: read again") << QStringLiteral("rewrite") << 1 << QString();
    QTest::newRow("replaced by a new file (rename)") << QStringLiteral("replace") << 1 << QString();
    QTest::newRow("changes on every read") << QStringLiteral("append") << 99 << QStringLiteral("kept changing");
    QTest::newRow("deleted while read") << QStringLiteral("delete") << 1 << QStringLiteral("was moved or deleted");
    QTest::newRow("grows past the limit while read") << QStringLiteral("grow") << 1 << QStringLiteral("too large");
}

// The read hook runs after the file is opened and before it is read, the
// moment another program writing the wire folder would strike.
void TestHostileInput::changingFile()
{
    QFETCH(QString, change);
    QFETCH(int, changes);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("changing-%1-%2.txt").arg(change).arg(changes));
    QVERIFY(HostileCorpus::writeFile(path, HostileText::story(0)));
    LoadOptions options;
    options.maxFileBytes = 64 * 1024;
    ArticleLoader loader(options);
    int hooked = 0;
    loader.setReadHook([&](const QString &file, int) {
        if (file != path || hooked++ >= changes)
            return;
        if (change == QLatin1String("append")) {
            QFile f(file);
            f.open(QIODevice::Append);
            f.write("Residents were told to stay away from the quay.\n");
        } else if (change == QLatin1String("rewrite")) {
            HostileCorpus::writeFile(file, HostileText::story(1));
        } else if (change == QLatin1String("replace")) {
            const QString other = file + QStringLiteral(".new");
            HostileCorpus::writeFile(other, HostileText::story(2));
            ::rename(QFile::encodeName(other).constData(), QFile::encodeName(file).constData());
        } else if (change == QLatin1String("delete")) {
            QFile::remove(file);
        } else if (change == QLatin1String("grow")) {
            QFile f(file);
            f.open(QIODevice::Append);
            f.write(QByteArray(128 * 1024, 'x'));
        }
    });
    const LoadResult result = loader.loadFiles({ path });
    QFile::remove(path);
    if (!expected.isEmpty()) {
        QCOMPARE(int(result.skipped.size()), 1);
        QVERIFY2(result.skipped.front().reason.startsWith(expected), qPrintable(result.skipped.front().reason));
        return;
    }
    QCOMPARE(int(result.articles.size()), 1);
    const Article &article = result.articles.front();
    const QString all = [&] {
        QString text;
        for (const Paragraph &p : article.paragraphs)
            text += p.text + QLatin1Char('\n');
        return text;
    }();
    if (change == QLatin1String("append"))
        QVERIFY(all.contains(QLatin1String("stay away from the quay")));
    else if (change == QLatin1String("rewrite"))
        QVERIFY(all.contains(QLatin1String("a quarter of an hour")));
    else
        QVERIFY(all.contains(QLatin1String("cracked for years")));
    QCOMPARE(hooked, changes + 1); // one read per change, one that saw it settled
}

void TestHostileInput::explosiveComparison_data()
{
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QByteArray>("other");
    QTest::addColumn<int>("coarse"); // 1: must be coarse, 0: must be exact, -1: either
    // Two long texts without a single word in common: no anchor anywhere,
    // so an exact diff would cost n·m.
    QTest::newRow("two 3 MB paragraphs, no word in common") << HostileText::unrelatedWords(400000, 1)
                                                            << HostileText::unrelatedWords(230000, 2, true) << 1;
    QTest::newRow("two 300 kB texts, no word in common") << HostileText::unrelatedWords(40000, 3)
                                                         << HostileText::unrelatedWords(23000, 4, true) << 1;
    // Unrelated, but over one vocabulary: anchors exist, the gaps between
    // them are diffed exactly or coarsely depending on their size.
    QTest::newRow("two unrelated 300 kB paragraphs, one vocabulary") << HostileText::hugeParagraph(300000, 21)
                                                                     << HostileText::hugeParagraph(300000, 22) << -1;
    // Thousands of near-identical paragraphs: anchors are never unique.
    QTest::newRow("2,000 repetitive paragraphs each") << HostileText::repetitiveParagraphs(2000, 3)
                                                      << HostileText::repetitiveParagraphs(2000, 4) << -1;
    QTest::newRow("50,000 tiny paragraphs against the story") << HostileText::tinyParagraphs(50000)
                                                              << HostileText::story(0) << -1;
    QTest::newRow("a 3 MB word against the story") << HostileText::hugeWord(3 * 1024 * 1024)
                                                   << HostileText::story(0) << -1;
}

// Completes, says when it compared coarsely, and keeps the promises of the
// result (every paragraph in exactly one row). The time is printed for the
// record; speed itself is measured in the benchmarks.
void TestHostileInput::explosiveComparison()
{
    QFETCH(QByteArray, base);
    QFETCH(QByteArray, other);
    QFETCH(int, coarse);
#ifdef WIREDIFF_SMALL_HOSTILE_CORPUS
    if (base.size() > 1024 * 1024)
        QSKIP("multi-megabyte input: not run in the sanitizer build");
#endif
    std::vector<Article> articles { textArticle(QStringLiteral("base"), base), textArticle(QStringLiteral("other"), other) };
    QVERIFY(!articles[0].paragraphs.empty() && !articles[1].paragraphs.empty());
    ComparisonOptions options;
    options.baseId = QStringLiteral("base");
    QElapsedTimer timer;
    timer.start();
    const ComparisonOutcome outcome = Comparator(options, m_synonyms).compare(std::move(articles));
    const PhaseTimings &t = outcome.timings;
    qInfo("compared in %lld ms (tokenize %.0f, containment %.0f, diff %.0f, reworded %.0f, align %.0f, spans %.0f, "
          "synthesis %.0f)", timer.elapsed(), t.tokenize, t.containment, t.diff, t.reworded, t.align, t.spans, t.synthesis);
    QVERIFY2(outcome.comparison.has_value(), qPrintable(outcome.error));
    const Comparison &comparison = *outcome.comparison;
    const ArticleComparison &pair = comparison.comparisons[1];
    if (coarse >= 0)
        QCOMPARE(pair.coarse, coarse == 1);
    // Said when done, and only then.
    QCOMPARE(comparison.notices.join(QLatin1Char('\n')).contains(QLatin1String("whole blocks")), pair.coarse);
    for (size_t a = 0; a < 2; ++a) {
        std::vector<int> seen(comparison.articles[a].paragraphs.size(), 0);
        for (const AlignedRow &row : comparison.rows) {
            for (const qint32 p : row.cells[a].paragraphs)
                ++seen[size_t(p)];
        }
        QVERIFY(std::all_of(seen.cbegin(), seen.cend(), [](int n) { return n == 1; }));
    }
}

void TestHostileInput::cancel_data()
{
    QTest::addColumn<QString>("folderName");
    QTest::addColumn<int>("atProgress"); // ComparisonJob's 0..100 scale
    QTest::addColumn<int>("delayMs");    // then wait this long before cancelling
    QTest::newRow("while loading") << QStringLiteral("cancel") << 5 << 0;
    QTest::newRow("after loading") << QStringLiteral("cancel") << 20 << 0;
    QTest::newRow("after tokenizing") << QStringLiteral("cancel") << 33 << 0;
    QTest::newRow("during the word diffs") << QStringLiteral("cancel") << 34 << 0;
    QTest::newRow("before the alignment") << QStringLiteral("cancel") << 86 << 0;
    QTest::newRow("before synthesis") << QStringLiteral("cancel") << 99 << 0;
    // Two 3 MB articles over one vocabulary: a single pair whose word diff,
    // classification and reworded shares take seconds. No progress is
    // reported inside it, so the cancel comes after a delay.
    QTest::newRow("inside one huge pair, 0.1 s in") << QStringLiteral("cancel-pair") << 33 << 100;
    QTest::newRow("inside one huge pair, 0.5 s in") << QStringLiteral("cancel-pair") << 33 << 500;
}

// Cancel from another thread, as the window does, at a given progress (and
// after a delay) on a large folder: the job stops and says it was
// cancelled. Promptly: the wait is bounded generously so a job that ignores
// the flag fails here instead of hanging, and the latency is printed (the
// README quotes it; speed itself is not asserted in tests).
void TestHostileInput::cancel()
{
    QFETCH(QString, folderName);
    QFETCH(int, atProgress);
    QFETCH(int, delayMs);
    const QString folder = m_dir.filePath(folderName);
    const bool onePair = folderName == QLatin1String("cancel-pair");
#ifdef WIREDIFF_SMALL_HOSTILE_CORPUS
    if (onePair)
        QSKIP("multi-megabyte input: not run in the sanitizer build");
#endif
    if (!QFileInfo::exists(folder)) {
        const qsizetype bytes = onePair ? 3 * 1024 * 1024 : 1024 * 1024;
        if (!onePair)
            QVERIFY(HostileCorpus::writeManyFiles(folder, 60));
        QVERIFY(HostileCorpus::writeFile(folder + QStringLiteral("/huge-a.txt"), HostileText::hugeParagraph(bytes, 31)));
        QVERIFY(HostileCorpus::writeFile(folder + QStringLiteral("/huge-b.txt"), HostileText::hugeParagraph(bytes, 32)));
    }
    ComparisonRequest request;
    request.paths = QStringList { folder };
    Cancellation cancel = Cancellation::create();
    std::atomic_bool reached { false };
    cancel.setProgressFunction([&](int done, int) {
        if (done >= atProgress)
            reached = true;
    });
    auto job = std::async(std::launch::async, [&] { return ComparisonJob::run(request, m_synonyms, cancel); });
    const auto finished = [&job] { return job.wait_for(std::chrono::milliseconds(0)) == std::future_status::ready; };
    while (!reached && !finished())
        QThread::usleep(200);
    QVERIFY2(reached, "the job finished before reaching that progress");
    if (delayMs > 0)
        QThread::msleep(delayMs);
    QElapsedTimer sinceCancel;
    sinceCancel.start();
    const bool finishedFirst = finished();
    cancel.cancel();
    QVERIFY2(job.wait_for(std::chrono::seconds(120)) == std::future_status::ready, "the job ignored the cancel");
    const double latencyMs = double(sinceCancel.nsecsElapsed()) / 1e6;
    const ComparisonJobResult result = job.get();
    if (finishedFirst)
        QSKIP("the comparison finished before the delay was over: nothing left to cancel");
    QVERIFY(result.outcome.cancelled);
    QVERIFY(!result.succeeded());
    QVERIFY(result.outcome.error.isEmpty());
    qInfo("stopped %.1f ms after the cancel", latencyMs);
}

void TestHostileInput::inputsUnchanged()
{
    const QStringList changed = HostileCorpus::changedFiles(m_digestsBefore, HostileCorpus::digests(m_corpus.folder));
    QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QLatin1String(", "))));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
