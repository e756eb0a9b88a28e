#include "articleloader.h"
#include "comparator.h"
#include "outputguard.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace WireDiff;

// Exports are refused over every file the comparison read: the articles,
// the files skipped, and WireDiff's notes files, however the path is
// written; anything else may be written.
class TestOutputGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refuses_data();
    void refuses();

private:
    QTemporaryDir m_dir;
    QString m_folder;
    LoadResult m_loaded;
    std::optional<Comparison> m_comparison;
};

void TestOutputGuard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.filePath(QStringLiteral("story"));
    QVERIFY(QDir().mkpath(m_folder));
    const auto write = [this](const QString &name, const QByteArray &bytes) {
        QFile file(QDir(m_folder).filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(write(QStringLiteral("agency.txt"), "Ferry crosses the lake\n\nThe solar ferry made its first crossing on Monday.\n"));
    QVERIFY(write(QStringLiteral("paper.txt"), "Ferry crosses the lake\n\nThe solar ferry crossed the lake on Monday.\n"));
    QVERIFY(write(QStringLiteral("scan.txt"), QByteArray::fromHex("255044462d312e340a0000ff")));
    QVERIFY(write(QStringLiteral(".wirediff.json"), "{\"schema\": \"wirediff-sidecar/1\", \"notes\": ["));
    QVERIFY(QFile::link(QDir(m_folder).filePath(QStringLiteral("paper.txt")), m_dir.filePath(QStringLiteral("link-to-paper.txt"))));
    m_loaded = ArticleLoader().loadFolder(m_folder);
    QCOMPARE(m_loaded.articles.size(), size_t(2));
    QCOMPARE(m_loaded.skipped.size(), size_t(1));
    ComparisonOptions options;
    options.threads = 1;
    m_comparison = Comparator(options).compare(m_loaded.articles).comparison;
    QVERIFY(m_comparison);
}

void TestOutputGuard::refuses_data()
{
    QTest::addColumn<QString>("output"); // relative to the temporary folder
    QTest::addColumn<QString>("reason"); // the start of the refusal; empty: allowed
    QTest::newRow("an article") << "story/paper.txt" << "%1 is one of the articles compared";
    QTest::newRow("an article, by a roundabout path") << "story/../story/./agency.txt" << "%1 is one of the articles compared";
    QTest::newRow("an article, through a link") << "link-to-paper.txt" << "%1 is one of the articles compared";
    QTest::newRow("a file read and skipped") << "story/scan.txt" << "%1 was read as an input and skipped";
    QTest::newRow("the notes file") << "story/.wirediff.json" << "%1 is a WireDiff notes file";
    QTest::newRow("a notes file not there yet") << "elsewhere/.wirediff.json" << "%1 is a WireDiff notes file";
    QTest::newRow("a copy set aside") << "story/.wirediff-kept-20261124-000000.json" << "%1 is a WireDiff notes file";
    QTest::newRow("a new file beside the folder") << "story-comparison.json" << "";
    QTest::newRow("a new file in the folder") << "story/report.json" << "";
}

void TestOutputGuard::refuses()
{
    QFETCH(QString, output);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(output);
    const QString refusal = OutputGuard::refusal(path, *m_comparison, m_loaded.skipped);
    if (reason.isEmpty()) {
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
        return;
    }
    const QString expected = reason.arg(QDir::toNativeSeparators(path));
    QVERIFY2(refusal.startsWith(expected), qPrintable(refusal));
}

QTEST_GUILESS_MAIN(TestOutputGuard)
#include "tst_outputguard.moc"
