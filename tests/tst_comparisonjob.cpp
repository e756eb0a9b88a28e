#include "comparisonfixtures.h"
#include "comparisonjob.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace WireDiff;

// Loading and comparing as one unit, as the window and the command line
// run it: what it says when a folder has nothing to compare, and the set's
// notices it adds after the comparison.
class TestComparisonJob : public QObject
{
    Q_OBJECT

private slots:
    void saysWhyAFolderHasNothingToCompare_data();
    void saysWhyAFolderHasNothingToCompare();
    void countsAnOutliersWordsAsTheComparisonDoes_data();
    void countsAnOutliersWordsAsTheComparisonDoes();
    void warnsThatCoarseSharesAreApproximate_data();
    void warnsThatCoarseSharesAreApproximate();
};

namespace {

const QByteArray pngStart("\x89PNG\r\n\x1a\n", 8);

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

void TestComparisonJob::saysWhyAFolderHasNothingToCompare_data()
{
    QTest::addColumn<QStringList>("files"); // name=kind: story, png, empty; a name ending in "/" is a subfolder
    QTest::addColumn<QString>("start");     // the error's first words
    QTest::addColumn<QString>("end");       // and its last
    QTest::newRow("an empty folder") << QStringList {} << "The folder \u201Cdesk\u201D holds no files." << "holds no files.";
    QTest::newRow("a hidden draft only")
        << QStringList { ".draft.txt=story" } << "The folder \u201Cdesk\u201D holds no files to compare:" << "are left out.";
    QTest::newRow("subfolders only: the notice says so")
        << QStringList { "afp/" } << "The folder \u201Cdesk\u201D holds no files." << "Include Subfolders in the window.";
    QTest::newRow("three images: their one reason")
        << QStringList { "a.png=png", "b.png=png", "c.png=png" } << "None of the 3 file"
        << "in the folder \u201Cdesk\u201D can be compared: a PNG image, not article text.";
    QTest::newRow("images and an empty file: the commonest reason")
        << QStringList { "a.png=png", "b.png=png", "c.txt=empty" } << "None of the 3 file"
        << "can be compared; the commonest reason (2 of them): a PNG image, not article text.";
}

// The first line says why: no files at all, or how many files there are
// and why none compares, naming the folder itself (so a caller need not
// put its name before it).
void TestComparisonJob::saysWhyAFolderHasNothingToCompare()
{
    QFETCH(QStringList, files);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("desk"));
    QVERIFY(QDir().mkpath(folder));
    for (const QString &file : files) {
        const QString name = file.section(QLatin1Char('='), 0, 0);
        const QString kind = file.section(QLatin1Char('='), 1);
        const QString path = QDir(folder).filePath(name);
        if (name.endsWith(QLatin1Char('/'))) {
            QVERIFY(QDir().mkpath(path));
            QVERIFY(write(path + QLatin1String("story.txt"), "The ferry crossed the lake on Monday.\n"));
        } else {
            QVERIFY(write(path, kind == QLatin1String("png") ? pngStart + QByteArray(64, '\0')
                               : kind == QLatin1String("story") ? QByteArray("The ferry crossed the lake on Monday.\n")
                                                                : QByteArray()));
        }
    }
    ComparisonRequest request;
    request.paths = QStringList { folder };
    const ComparisonJobResult result = ComparisonJob::run(request, nullptr);
    QVERIFY(!result.succeeded());
    const QString error = result.outcome.error;
    QVERIFY2(error.startsWith(start), qPrintable(error));
    QVERIFY2(error.endsWith(end), qPrintable(error));
    QVERIFY(result.errorNamesFolder);
}

void TestComparisonJob::countsAnOutliersWordsAsTheComparisonDoes_data()
{
    QTest::addColumn<QString>("sentence"); // the long article repeats it; the others hold it a few times
    QTest::newRow("dashes between the words")
        << QStringLiteral("Crews \u2013 working through the night \u2013 cleared the roads near the old mill.");
    QTest::newRow("a byline above words only") << QStringLiteral("Crews cleared the roads near the old mill on Monday night.");
}

// An article far longer than the others is said to be with the words the
// comparison counts, the number the pane header and the exports give:
// before, the notice counted runs of non-space characters (a dash, a
// byline's words) and gave another number for the same article.
void TestComparisonJob::countsAnOutliersWordsAsTheComparisonDoes()
{
    QFETCH(QString, sentence);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString byline = QStringLiteral("By Marta Lindqvist and Tomas Berg of the Northwire news desk\n\n");
    QString shortText = byline;
    for (int i = 0; i < 8; ++i)
        shortText += sentence + QStringLiteral("\n\n");
    for (const char *name : { "a.txt", "b.txt", "c.txt" })
        QVERIFY(write(dir.filePath(QLatin1String(name)), shortText.toUtf8()));
    QString longText = byline;
    for (int i = 0; i < 2500; ++i)
        longText += sentence + (i % 4 == 3 ? QStringLiteral("\n\n") : QStringLiteral(" "));
    QVERIFY(write(dir.filePath(QStringLiteral("huge.txt")), longText.toUtf8()));

    ComparisonRequest request;
    request.paths = QStringList { dir.path() };
    request.comparisonOptions.baseId = QStringLiteral("a");
    const ComparisonJobResult result = ComparisonJob::run(request, nullptr);
    QVERIFY2(result.succeeded(), qPrintable(result.outcome.error));
    const Comparison &comparison = *result.outcome.comparison;
    const qint32 huge = comparison.indexOf(QStringLiteral("huge"));
    QVERIFY(huge >= 0);
    const qint64 words = comparison.counts[size_t(huge)].words;
    const qint64 others = comparison.counts[size_t(comparison.indexOf(QStringLiteral("b")))].words;
    QVERIFY(words >= 20000);
    const QLocale locale;
    const QString expected = QStringLiteral("huge is %1 times as long as the other articles (%2 words; the others have about %3)")
                                 .arg(locale.toString(words / others), locale.toString(words), locale.toString(others));
    const QStringList notices = comparison.notices.filter(QStringLiteral("times as long"));
    QCOMPARE(notices.size(), 1);
    QVERIFY2(notices.constFirst().startsWith(expected), qPrintable(notices.constFirst() + QLatin1String("\n") + expected));
    QVERIFY(comparison.articles[size_t(huge)].warnings.contains(notices.constFirst()));
}

void TestComparisonJob::warnsThatCoarseSharesAreApproximate_data()
{
    QTest::addColumn<int>("maxExactDiffCells");
    QTest::addColumn<bool>("approximate");
    QTest::newRow("diffed word by word") << 4'000'000 << false;
    QTest::newRow("compared as whole blocks") << 4 << true;
}

// Shares of an article compared as whole blocks in places are approximate:
// its warnings (the pane header's ⚠ and tooltip, the JSON) say so, with
// what the containment finds of it in the base.
void TestComparisonJob::warnsThatCoarseSharesAreApproximate()
{
    QFETCH(int, maxExactDiffCells);
    QFETCH(bool, approximate);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ComparisonFixtures::WholeBlocksPair texts = ComparisonFixtures::wholeBlocksPair();
    QVERIFY(write(dir.filePath(QStringLiteral("agency.txt")), texts.agency.toUtf8() + '\n'));
    QVERIFY(write(dir.filePath(QStringLiteral("copy.txt")), texts.copy.toUtf8() + '\n'));
    ComparisonRequest request;
    request.paths = QStringList { dir.path() };
    request.comparisonOptions.baseId = QStringLiteral("agency");
    request.comparisonOptions.maxExactDiffCells = maxExactDiffCells;
    const ComparisonJobResult result = ComparisonJob::run(request, nullptr);
    QVERIFY2(result.succeeded(), qPrintable(result.outcome.error));
    const Comparison &comparison = *result.outcome.comparison;
    const qint32 copy = comparison.indexOf(QStringLiteral("copy"));
    QCOMPARE(comparison.comparisons[size_t(copy)].coarse, approximate);
    const QStringList warned = comparison.articles[size_t(copy)].warnings.filter(QStringLiteral("shares are approximate"));
    QCOMPARE(warned.size(), approximate ? 1 : 0);
    QVERIFY(comparison.articles[size_t(comparison.base)].warnings.isEmpty());
    if (approximate)
        QVERIFY2(warned.constFirst().contains(QLatin1String("are found in the base verbatim")), qPrintable(warned.constFirst()));
}

QTEST_GUILESS_MAIN(TestComparisonJob)
#include "tst_comparisonjob.moc"
