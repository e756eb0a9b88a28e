#include "coverpage.h"
#include "coversection.h"
#include "exportoptions.h"
#include "htmlexporter.h"
#include "pdfexporter.h"
#include "pdffixtures.h"
#include "reportwriter.h"
#include "testarticles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace WireDiff;
using namespace WireDiff::PdfFixtures;

// What the first page of a PDF and the head of the HTML page say "for the
// record" (review 16): the options the comparison was made with beside the
// base, from the window (ExportOptions::compared) and the command line; and
// the passages of "Found in no other source", shortened after a whole word.
class TestExportHeader : public QObject
{
    Q_OBJECT

private slots:
    void optionsAreInTheHeader_data();
    void optionsAreInTheHeader();
    void commandLineNamesItsOptions_data();
    void commandLineNamesItsOptions();
    void uniquePassagesEndAfterAWord_data();
    void uniquePassagesEndAfterAWord();
};

namespace {

QString pdfText(const QString &path)
{
    return run(tool("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") }).simplified();
}

Comparison damStory()
{
    const QString dam = QStringLiteral("Engineers opened the Halden dam on Monday after 86 homes were flooded, "
                                       "the regional water authority said.");
    return compare({ TestArticles::make(QStringLiteral("agency"), { dam }),
                     TestArticles::make(QStringLiteral("daily"), { QString(dam).replace(QStringLiteral("86"), QStringLiteral("68")) }) });
}

} // namespace

void TestExportHeader::optionsAreInTheHeader_data()
{
    QTest::addColumn<bool>("known");
    QTest::addColumn<bool>("ignoreCase");
    QTest::addColumn<bool>("ignorePunctuation");
    QTest::addColumn<double>("sensitivity");
    QTest::addColumn<bool>("includeUnchanged");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("the defaults") << true << true << false << 0.5 << true
                                  << QStringList { "case and accents ignored", "punctuation compared",
                                                   "paraphrase sensitivity 0.5 (strict 0 \u2026 1 loose)", "unchanged rows shown" };
    QTest::newRow("case matched, punctuation ignored, loose, unchanged left out")
        << true << false << true << 0.9 << false
        << QStringList { "case and accents matched", "punctuation ignored", "paraphrase sensitivity 0.9 (strict 0 \u2026 1 loose)",
                         "unchanged rows left out" };
    QTest::newRow("strict") << true << true << false << 0.0 << true
                            << QStringList { "paraphrase sensitivity 0 (strict 0 \u2026 1 loose)" };
    QTest::newRow("not known: no line") << false << true << false << 0.5 << true << QStringList {};
}

// The PDF's first page and the HTML's header carry the same line; the
// JSON report the same options as values.
void TestExportHeader::optionsAreInTheHeader()
{
    QFETCH(bool, known);
    QFETCH(bool, ignoreCase);
    QFETCH(bool, ignorePunctuation);
    QFETCH(double, sensitivity);
    QFETCH(bool, includeUnchanged);
    QFETCH(QStringList, expected);
    if (tool("pdftotext").isEmpty())
        QSKIP("pdftotext is not installed");

    const Comparison comparison = damStory();
    ExportOptions options;
    options.includeUnchanged = includeUnchanged;
    ComparisonOptions compared;
    compared.ignoreCase = ignoreCase;
    compared.ignorePunctuation = ignorePunctuation;
    compared.paraphraseSensitivity = sensitivity;
    if (known)
        options.compared = compared;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("header.pdf"));
    const std::vector<CoverSection> sections { &CoverPage::summary };
    QCOMPARE(PdfExporter::write(path, comparison, {}, options, {}, &sections), QString());
    const QString pdf = pdfText(path);
    QString html = QString::fromUtf8(HtmlExporter::toHtml(comparison, {}, options));
    const QString header = html.mid(html.indexOf(QLatin1String("<header>")),
                                    html.indexOf(QLatin1String("</header>")) - html.indexOf(QLatin1String("<header>")));

    QCOMPARE(pdf.contains(QLatin1String("Options:")), known);
    QCOMPARE(header.contains(QLatin1String("Options:")), known);
    for (const QString &part : expected) {
        QVERIFY2(pdf.contains(part), qPrintable(QStringLiteral("%1 not in:\n%2").arg(part, pdf)));
        QVERIFY2(header.contains(part.toHtmlEscaped()), qPrintable(QStringLiteral("%1 not in:\n%2").arg(part, header)));
    }

    const QJsonObject report = QJsonDocument::fromJson(ReportWriter::toBytes(comparison, {}, nullptr, known ? &compared : nullptr)).object();
    QCOMPARE(report.contains(QLatin1String("options")), known);
    if (known) {
        const QJsonObject written = report[QLatin1String("options")].toObject();
        QCOMPARE(written[QLatin1String("ignoreCase")].toBool(), ignoreCase);
        QCOMPARE(written[QLatin1String("ignorePunctuation")].toBool(), ignorePunctuation);
        QCOMPARE(written[QLatin1String("paraphraseSensitivity")].toDouble(), sensitivity);
    }
}

void TestExportHeader::commandLineNamesItsOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("defaults") << QStringList {}
                              << QStringList { "case and accents ignored", "punctuation compared", "paraphrase sensitivity 0.5",
                                               "unchanged rows shown" };
    QTest::newRow("review 16's options")
        << QStringList { "--match-case", "--ignore-punctuation", "--paraphrase-sensitivity", "0.9", "--skip-unchanged" }
        << QStringList { "case and accents matched", "punctuation ignored", "paraphrase sensitivity 0.9", "unchanged rows left out" };
}

// `wirediff FOLDER --export-pdf … --export-html … --export-json …` with
// options: each output names them.
void TestExportHeader::commandLineNamesItsOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    if (tool("pdftotext").isEmpty())
        QSKIP("pdftotext is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("wire"));
    QVERIFY(QDir().mkpath(folder));
    for (const auto &[name, text] : { std::pair { "agency.txt", "Ferry services resumed on Sunday after two days of gales.\n" },
                                      std::pair { "paper.txt", "Ferry services resumed on Sunday after two days of storms.\n" } }) {
        QFile file(QDir(folder).filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    const QString html = dir.filePath(QStringLiteral("out.html"));
    const QString json = dir.filePath(QStringLiteral("out.json"));
    QProcess process;
    process.start(QStringLiteral(WIREDIFF_BINARY), QStringList { folder, QStringLiteral("--export-pdf"), pdf, QStringLiteral("--export-html"),
                                                                 html, QStringLiteral("--export-json"), json } + arguments);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString pdfRead = pdfText(pdf);
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QString htmlRead = QString::fromUtf8(htmlFile.readAll());
    for (const QString &part : expected) {
        QVERIFY2(pdfRead.contains(part), qPrintable(QStringLiteral("%1 not in the PDF:\n%2").arg(part, pdfRead.left(1500))));
        QVERIFY2(htmlRead.contains(part), qPrintable(part));
    }
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject options = QJsonDocument::fromJson(jsonFile.readAll()).object()[QLatin1String("options")].toObject();
    QCOMPARE(options[QLatin1String("ignoreCase")].toBool(), !arguments.contains(QLatin1String("--match-case")));
}

void TestExportHeader::uniquePassagesEndAfterAWord_data()
{
    QTest::addColumn<QString>("padding");

    // Review 16 saw "the fragile c …" and "renege on a prom …": the cut
    // fell inside a word wherever the length limit did.
    for (int extra = 0; extra < 8; ++extra)
        QTest::addRow("cut moved by %d", extra) << QString(extra, QLatin1Char('x'));
}

// A long paragraph found in no other source is shortened on the first
// pages after a whole word of it: every word before the ellipsis is one of
// the paragraph's words, whole.
void TestExportHeader::uniquePassagesEndAfterAWord()
{
    QFETCH(QString, padding);
    if (tool("pdftotext").isEmpty())
        QSKIP("pdftotext is not installed");
    const QString shared = QStringLiteral("The ministry confirmed the ceasefire talks would resume in Geneva on Thursday.");
    QString unique = QStringLiteral("%1 Observers said the mission would stay to help maintain the fragile ceasefire").arg(padding);
    while (unique.size() < 600)
        unique += QStringLiteral(" while negotiators renege on a promise their authority services could still honour");
    const Comparison comparison = compare({ TestArticles::make(QStringLiteral("agency"), { shared }),
                                            TestArticles::make(QStringLiteral("daily"), { shared, unique }) });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("unique.pdf"));
    const std::vector<CoverSection> sections { &CoverPage::uniqueParagraphs };
    QCOMPARE(PdfExporter::write(path, comparison, {}, {}, {}, &sections), QString());
    const QString text = pdfText(path);
    const qsizetype start = text.indexOf(QLatin1String("Observers"));
    const qsizetype end = text.indexOf(QChar(0x2026), start);
    QVERIFY2(start >= 0 && end > start, qPrintable(text));
    const QStringList printed = text.mid(start, end - start).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList words = unique.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QVERIFY(!printed.isEmpty());
    QVERIFY2(words.contains(printed.constLast()), qPrintable(QStringLiteral("\u201C%1\u201D is no whole word").arg(printed.constLast())));
}

QTEST_MAIN(TestExportHeader)
#include "tst_exportheader.moc"
