#include "comparator.h"
#include "reportwriter.h"
#include "testarticles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace WireDiff;

namespace {

Comparison compare(std::vector<Article> articles)
{
    ComparisonOptions options;
    options.baseId = articles.front().id;
    options.threads = 1;
    return std::move(*Comparator(options).compare(std::move(articles)).comparison);
}

QJsonObject reportObject(const Comparison &comparison)
{
    return QJsonDocument::fromJson(ReportWriter::toBytes(comparison)).object();
}

// The report's bytes without the "generator" member, which carries the version.
QByteArray withoutGenerator(QByteArray report)
{
    const QByteArray member = "\n    \"generator\": ";
    const qsizetype from = report.indexOf(member);
    if (from >= 0)
        report.remove(from, report.indexOf('\n', from + 1) - from);
    return report;
}

// Prints a unified diff of two texts, so a golden-file mismatch reads well.
QString unifiedDiff(const QByteArray &expected, const QByteArray &actual)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("expected.json"));
    const QString b = dir.filePath(QStringLiteral("actual.json"));
    for (const auto &[path, bytes] : { std::pair { a, expected }, std::pair { b, actual } }) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
    }
    QProcess diff;
    diff.start(QStringLiteral("diff"), { QStringLiteral("-u"), a, b });
    diff.waitForFinished();
    return QString::fromUtf8(diff.readAllStandardOutput());
}

} // namespace

class TestReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void codePointOffsets_data();
    void codePointOffsets();
    void spansUseCodePoints();
    void matchesGoldenReport();
    void rowsListEveryParagraphOnce();
};

void TestReportWriter::codePointOffsets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("utf16");
    QTest::addColumn<int>("codePoints");
    QTest::newRow("ascii") << QStringLiteral("hello world") << 5 << 5;
    QTest::newRow("accents are one unit") << QStringLiteral("café noir") << 5 << 5;
    QTest::newRow("emoji is two units") << QStringLiteral("a🔥b") << 3 << 2;
    QTest::newRow("after two emoji") << QStringLiteral("🔥🔥 fire") << 5 << 3;
    QTest::newRow("end of text") << QStringLiteral("x🔥") << 3 << 2;
    QTest::newRow("past the end") << QStringLiteral("x🔥") << 10 << 2;
    QTest::newRow("before the start") << QStringLiteral("x🔥") << -1 << 0;
    QTest::newRow("inside a pair") << QStringLiteral("a🔥b") << 2 << 2;
    QTest::newRow("lone low surrogate") << QString(QChar(0xDC00)) + QStringLiteral("ab") << 3 << 3;
    const QString long_ = QStringLiteral("abcdefg🔥hijklmnopqrs🔥🔥tuvwxyz0123456789🔥");
    QTest::newRow("long, before the first emoji") << long_ << 7 << 7;
    QTest::newRow("long, inside the first emoji") << long_ << 8 << 8;
    QTest::newRow("long, after the first emoji") << long_ << 9 << 8;
    QTest::newRow("long, between two emoji") << long_ << 23 << 21;
    QTest::newRow("long, after two more") << long_ << 25 << 22;
    QTest::newRow("long, whole text") << long_ << int(long_.size()) << 40;
    QTest::newRow("lone high surrogate") << QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b") << 3 << 3;
}

void TestReportWriter::codePointOffsets()
{
    QFETCH(QString, text);
    QFETCH(int, utf16);
    QFETCH(int, codePoints);
    QCOMPARE(ReportWriter::codePointOffset(text, utf16), codePoints);
}

void TestReportWriter::spansUseCodePoints()
{
    const QString base = QStringLiteral("The 🔥 crews reached the warehouse at nine.");
    const QString other = QStringLiteral("The 🔥 crews reached the old warehouse at nine.");
    const Comparison comparison = compare({ TestArticles::make(QStringLiteral("a"), { base }),
                                            TestArticles::make(QStringLiteral("b"), { other }) });
    const QJsonObject report = reportObject(comparison);
    const QJsonArray spans = report[QStringLiteral("comparisons")].toArray().at(0)[QStringLiteral("spans")].toArray();
    bool found = false;
    const QList<uint> codePoints = other.toUcs4();
    for (const QJsonValue &value : spans) {
        const QJsonObject span = value.toObject();
        if (span[QStringLiteral("article")].toString() != QLatin1String("b")
            || span[QStringLiteral("class")].toString() != QLatin1String("added")) {
            continue;
        }
        const int start = span[QStringLiteral("start")].toInt();
        const int end = span[QStringLiteral("end")].toInt();
        const QString slice = QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + start, end - start);
        QCOMPARE(slice, QStringLiteral("old"));
        found = true;
    }
    QVERIFY(found);
}

void TestReportWriter::matchesGoldenReport()
{
    const Comparison comparison = compare({
        TestArticles::make(QStringLiteral("agency"), {
            QStringLiteral("# Bridge to reopen"),
            QStringLiteral("The bridge over the Sella will reopen on Monday, the mayor said."),
            QStringLiteral("Repairs cost four million euros.") }),
        TestArticles::make(QStringLiteral("paper"), {
            QStringLiteral("# Bridge to reopen"),
            QStringLiteral("The bridge over the Sella will reopen on Monday after a year, the mayor said."),
            QStringLiteral("Shops near the bridge welcomed the news.") }),
    });
    // The file was written by QJsonDocument::toJson from a QJsonObject tree
    // before the report was streamed: the bytes must not have changed.
    const QByteArray actual = withoutGenerator(ReportWriter::toBytes(comparison));
    QFile golden(QStringLiteral(WIREDIFF_TEST_DATA_DIR "/report/small.json"));
    if (qEnvironmentVariableIsSet("WIREDIFF_UPDATE_GOLDEN")) {
        QVERIFY(golden.open(QIODevice::WriteOnly));
        golden.write(actual);
        QSKIP("golden file rewritten");
    }
    QVERIFY2(golden.open(QIODevice::ReadOnly), "missing golden file; run with WIREDIFF_UPDATE_GOLDEN=1");
    const QByteArray expected = golden.readAll();
    QVERIFY2(expected == actual, qPrintable(unifiedDiff(expected, actual)));
}

void TestReportWriter::rowsListEveryParagraphOnce()
{
    const Comparison comparison = compare({
        TestArticles::make(QStringLiteral("a"), { QStringLiteral("One paragraph about the harbour and its cranes."),
                                                  QStringLiteral("Another about the ferry timetable for the winter.") }),
        TestArticles::make(QStringLiteral("b"), { QStringLiteral("Another about the ferry timetable for the winter."),
                                                  QStringLiteral("A third about the lighthouse keeper and his dog.") }),
    });
    const QJsonObject report = reportObject(comparison);
    QHash<QString, QList<int>> seen;
    for (const QJsonValue &row : report[QStringLiteral("rows")].toArray()) {
        const QJsonObject cells = row[QStringLiteral("cells")].toObject();
        for (auto it = cells.begin(); it != cells.end(); ++it) {
            for (const QJsonValue &p : it.value().toArray())
                seen[it.key()].append(p.toInt());
        }
    }
    QCOMPARE(seen.value(QStringLiteral("a")), (QList<int> { 0, 1 }));
    QList<int> b = seen.value(QStringLiteral("b"));
    std::sort(b.begin(), b.end());
    QCOMPARE(b, (QList<int> { 0, 1 }));
    QCOMPARE(report[QStringLiteral("schema")].toString(), QStringLiteral("wirediff-report/1"));
}

QTEST_GUILESS_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
