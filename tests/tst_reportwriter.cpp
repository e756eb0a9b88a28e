#include "comparator.h"
#include "note.h"
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

Q_DECLARE_METATYPE(WireDiff::Notes)

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

// Two articles for the notes; "🔥" is two UTF-16 units and one code point,
// so a note's offsets show which of the two the report writes.
Comparison notedComparison()
{
    return compare({ TestArticles::make(QStringLiteral("agency"), { QStringLiteral("# Ferries resume"),
                                                                    QStringLiteral("The 🔥 ferry left at nine, the operator said.") }),
                     TestArticles::make(QStringLiteral("paper"), { QStringLiteral("# Ferries resume"),
                                                                   QStringLiteral("The ferry left at ten, the operator said.") }) });
}

// A note on `quote` in paragraph 1 of "agency" (where the test comparison
// has it), with fixed times.
Note agencyNote(const QString &id, qint32 number, const QString &quote, const QString &text)
{
    const QString paragraph = QStringLiteral("The 🔥 ferry left at nine, the operator said.");
    const qint32 at = qint32(paragraph.indexOf(quote));
    Note note = Note::onPassage(QStringLiteral("agency"), 1, paragraph, at, at + qint32(quote.size()), text);
    note.id = id;
    note.number = number;
    note.created = QDateTime(QDate(2026, 11, 17), QTime(9, 30, 0, 123), Qt::UTC);
    note.modified = QDateTime(QDate(2026, 11, 18), QTime(10, 0), Qt::UTC);
    return note;
}

QJsonArray notesOf(const QByteArray &report)
{
    return QJsonDocument::fromJson(report).object().value(QStringLiteral("notes")).toArray();
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
    void notes_data();
    void notes();
    void noteTextRoundTrips_data();
    void noteTextRoundTrips();
    void noNotesAddOnlyTheKey_data();
    void noNotesAddOnlyTheKey();
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

void TestReportWriter::notes_data()
{
    QTest::addColumn<Notes>("notes");
    QTest::addColumn<QByteArray>("expected"); // the "notes" array, as JSON

    QTest::newRow("none") << Notes {} << QByteArray("[]");

    Note anchored = agencyNote(QStringLiteral("n-ferry"), 2, QStringLiteral("ferry"), QStringLiteral("Check the time"));
    anchored.author = QStringLiteral("Ana");
    QTest::newRow("anchored, offsets in code points")
        << Notes { anchored }
        << QByteArray(R"([{"article": "agency", "author": "Ana", "created": "2026-11-17T09:30:00.123Z",
                          "detached": false, "end": 11, "id": "n-ferry", "modified": "2026-11-18T10:00:00.000Z",
                          "number": 2, "originalQuote": "", "paragraph": 1, "quote": "ferry", "start": 6,
                          "text": "Check the time"}])");

    // Its position is the last known one; the quote is the wording it was on.
    Note lost = agencyNote(QStringLiteral("n-lost"), 1, QStringLiteral("nine"), QStringLiteral("Was it nine?"));
    lost.quote = QStringLiteral("half past eight");
    lost.detached = true;
    QTest::newRow("detached")
        << Notes { lost }
        << QByteArray(R"([{"article": "agency", "author": "", "created": "2026-11-17T09:30:00.123Z",
                          "detached": true, "end": 24, "id": "n-lost", "modified": "2026-11-18T10:00:00.000Z",
                          "number": 1, "originalQuote": "", "paragraph": 1, "quote": "half past eight", "start": 20,
                          "text": "Was it nine?"}])");

    Note elsewhere = agencyNote(QStringLiteral("n-gone"), 3, QStringLiteral("ferry"), QStringLiteral("Source?"));
    elsewhere.articleId = QStringLiteral("03-gone");
    Note pastTheEnd = agencyNote(QStringLiteral("n-past"), 4, QStringLiteral("ferry"), QStringLiteral("Where?"));
    pastTheEnd.paragraph = 7;
    QTest::newRow("its article or paragraph is not compared: detached")
        << Notes { elsewhere, pastTheEnd }
        << QByteArray(R"([{"article": "03-gone", "author": "", "created": "2026-11-17T09:30:00.123Z",
                          "detached": true, "end": 11, "id": "n-gone", "modified": "2026-11-18T10:00:00.000Z",
                          "number": 3, "originalQuote": "", "paragraph": 1, "quote": "ferry", "start": 6,
                          "text": "Source?"},
                         {"article": "agency", "author": "", "created": "2026-11-17T09:30:00.123Z",
                          "detached": true, "end": 11, "id": "n-past", "modified": "2026-11-18T10:00:00.000Z",
                          "number": 4, "originalQuote": "", "paragraph": 7, "quote": "ferry", "start": 6,
                          "text": "Where?"}])");

    Note reworded = agencyNote(QStringLiteral("n-reworded"), 5, QStringLiteral("left at nine"), QStringLiteral("Time?"));
    reworded.originalQuote = QStringLiteral("sailed at nine");
    QTest::newRow("reworded: the wording it was written on")
        << Notes { reworded }
        << QByteArray(R"([{"article": "agency", "author": "", "created": "2026-11-17T09:30:00.123Z",
                          "detached": false, "end": 24, "id": "n-reworded", "modified": "2026-11-18T10:00:00.000Z",
                          "number": 5, "originalQuote": "sailed at nine", "paragraph": 1, "quote": "left at nine",
                          "start": 12, "text": "Time?"}])");

    // As the PDF and the HTML number a note made in the window and not saved.
    Note numbered = agencyNote(QStringLiteral("n-4"), 4, QStringLiteral("ferry"), QStringLiteral("A"));
    Note unsaved = agencyNote(QStringLiteral("n-new"), 0, QStringLiteral("operator"), QStringLiteral("B"));
    unsaved.created = QDateTime();
    unsaved.modified = QDateTime();
    QTest::newRow("not numbered yet, no times")
        << Notes { unsaved, numbered }
        << QByteArray(R"([{"article": "agency", "author": "", "created": "", "detached": false, "end": 38,
                          "id": "n-new", "modified": "", "number": 5, "originalQuote": "", "paragraph": 1,
                          "quote": "operator", "start": 30, "text": "B"},
                         {"article": "agency", "author": "", "created": "2026-11-17T09:30:00.123Z",
                          "detached": false, "end": 11, "id": "n-4", "modified": "2026-11-18T10:00:00.000Z",
                          "number": 4, "originalQuote": "", "paragraph": 1, "quote": "ferry", "start": 6,
                          "text": "A"}])");
}

void TestReportWriter::notes()
{
    QFETCH(Notes, notes);
    QFETCH(QByteArray, expected);
    const QByteArray report = ReportWriter::toBytes(notedComparison(), {}, &notes);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(report, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.object().contains(QStringLiteral("notes")));
    QCOMPARE(notesOf(report), QJsonDocument::fromJson(expected).array());
    // Streamed in QJsonObject's key order, so the bytes are toJson's.
    QCOMPARE(document.toJson(QJsonDocument::Indented), report);
}

void TestReportWriter::noteTextRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("quote"); // of a detached note: any wording
    QTest::newRow("quotes and a backslash") << QStringLiteral("He said \"no\" \\ then \"yes\".")
                                            << QStringLiteral("O'Neill \"Ned\"") << QStringLiteral("\"no\"");
    QTest::newRow("newlines and tabs") << QStringLiteral("First line.\nSecond line.\r\n\tIndented.")
                                       << QStringLiteral("Desk\n2") << QStringLiteral("nine,\nthe");
    QTest::newRow("beyond ASCII") << QStringLiteral("Überprüfen: 한국어 — «quelle» 🔥 \u2028 end")
                                  << QStringLiteral("Ólafur Þórsson") << QStringLiteral("Київ 🔥");
    QTest::newRow("control characters and slashes")
        << QStringLiteral("bell\x07 nul-free \x1f </script> a/b") << QStringLiteral("\x01") << QStringLiteral("\x7f");
    QTest::newRow("a lone surrogate is kept as a code unit")
        << QStringLiteral("half ") + QChar(0xD83D) + QStringLiteral(" pair") << QString() << QStringLiteral("x");
}

void TestReportWriter::noteTextRoundTrips()
{
    QFETCH(QString, text);
    QFETCH(QString, author);
    QFETCH(QString, quote);
    Note note = agencyNote(QStringLiteral("n-text"), 1, QStringLiteral("ferry"), text);
    note.author = author;
    note.quote = quote;
    note.originalQuote = quote;
    note.detached = true;
    const Notes notes { note };
    const QByteArray report = ReportWriter::toBytes(notedComparison(), {}, &notes);
    const QJsonObject written = notesOf(report).at(0).toObject();
    QCOMPARE(written.value(QStringLiteral("text")).toString(), text);
    QCOMPARE(written.value(QStringLiteral("author")).toString(), author);
    QCOMPARE(written.value(QStringLiteral("quote")).toString(), quote);
    QCOMPARE(written.value(QStringLiteral("originalQuote")).toString(), quote);
    QCOMPARE(QJsonDocument::fromJson(report).toJson(QJsonDocument::Indented), report);
}

// A folder without notes: the report gains "notes": [] and nothing else,
// and one whose notes are not known (nullptr) is the report as it was.
void TestReportWriter::noNotesAddOnlyTheKey_data()
{
    QTest::addColumn<QStringList>("agency");
    QTest::addColumn<QStringList>("paper");
    QTest::newRow("two short articles") << QStringList { QStringLiteral("# Ferries resume"), QStringLiteral("The ferry left.") }
                                        << QStringList { QStringLiteral("The ferry left at ten.") };
    QTest::newRow("one article empty") << QStringList { QStringLiteral("Gales again.") } << QStringList {};
}

void TestReportWriter::noNotesAddOnlyTheKey()
{
    QFETCH(QStringList, agency);
    QFETCH(QStringList, paper);
    const Comparison comparison = compare({ TestArticles::make(QStringLiteral("agency"), agency),
                                            TestArticles::make(QStringLiteral("paper"), paper) });
    const Notes none;
    QByteArray withKey = ReportWriter::toBytes(comparison, {}, &none);
    const QByteArray unknown = ReportWriter::toBytes(comparison);
    QVERIFY(!unknown.contains("\"notes\""));
    const QByteArray member = "    \"notes\": [\n    ],\n";
    QCOMPARE(withKey.count(member), 1);
    withKey.remove(withKey.indexOf(member), member.size());
    QCOMPARE(withKey, unknown);
}

QTEST_GUILESS_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
