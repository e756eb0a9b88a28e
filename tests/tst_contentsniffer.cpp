#include "comparator.h"
#include "contentsniffer.h"
#include "htmlexporter.h"
#include "reportwriter.h"
#include "testarticles.h"

#include <QTest>

using namespace WireDiff;

// What ContentSniffer reads from a file's first bytes besides its kind:
// whether it is a page WireDiff exported (read back among the articles, it
// would be one more version holding every other's text), and the encoding
// an XML declaration names, which the loader then rewrites to UTF-8.
class TestContentSniffer : public QObject
{
    Q_OBJECT

private slots:
    void recognisesItsOwnExports_data();
    void recognisesItsOwnExports();
    void readsAndRewritesXmlDeclaration_data();
    void readsAndRewritesXmlDeclaration();
    void tellsPagesFromText_data();
    void tellsPagesFromText();
};

void TestContentSniffer::recognisesItsOwnExports_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ownExport");
    ComparisonOptions options;
    options.threads = 1;
    const ComparisonOutcome outcome = Comparator(options).compare(
        { TestArticles::make(QStringLiteral("a"), { QStringLiteral("The ferry crossed the lake on Monday.") }),
          TestArticles::make(QStringLiteral("b"), { QStringLiteral("The ferry crossed the lake on Tuesday.") }) });
    QTest::newRow("the HTML export") << HtmlExporter::toHtml(*outcome.comparison, {}, {}) << true;
    QTest::newRow("the JSON report") << ReportWriter::toBytes(*outcome.comparison) << true;
    // The document information as QPdfWriter writes it for the PDF export
    // (widgets/pdfexporter.cpp sets the creator; tst_headless exports one).
    const auto pdfByCreator = [](const char *creator) {
        QByteArray bytes("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<\n/Creator (\xFE\xFF");
        for (const char c : QByteArrayView(creator)) {
            bytes.append('\0');
            bytes.append(c);
        }
        return bytes + QByteArray(")\n>>\nendobj\n");
    };
    QTest::newRow("the PDF export") << pdfByCreator("WireDiff 0.9.0") << true;
    QTest::newRow("a PDF of another program") << pdfByCreator("Writer 7.5") << false;
    QTest::newRow("a JSON file of another program")
        << QByteArray("{\n  \"schema\": \"newsroom-feed/2\",\n  \"items\": []\n}\n") << false;
    QTest::newRow("a text quoting the report's schema")
        << QByteArray("The file said \"wirediff-report/1\" at its end.\n") << false;
    QTest::newRow("a page by another generator")
        << QByteArray("<html><head><meta name=\"generator\" content=\"WordPress 6.4\"></head><body><p>Ferry.</p></body></html>")
        << false;
    QTest::newRow("a page that names WireDiff in its text")
        << QByteArray("<html><body><p>Editors compared the versions with WireDiff.</p></body></html>") << false;
    QTest::newRow("a text naming the generator line")
        << QByteArray("The page said generator WireDiff in its head.\n") << false;
}

void TestContentSniffer::recognisesItsOwnExports()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ownExport);
    QCOMPARE(ContentSniffer::isWireDiffExport(bytes), ownExport);
}

void TestContentSniffer::readsAndRewritesXmlDeclaration_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("rewritten");
    QTest::newRow("double quotes") << QByteArray("<?xml version=\"1.0\" encoding=\"windows-1252\"?><nitf/>") << "windows-1252"
                                   << "<?xml version=\"1.0\" encoding=\"UTF-8\"?><nitf/>";
    QTest::newRow("single quotes, spaces") << QByteArray("  <?xml version='1.0' encoding = 'ISO-8859-1' ?><nitf/>") << "ISO-8859-1"
                                           << "  <?xml version='1.0' encoding = \"UTF-8\" ?><nitf/>";
    QTest::newRow("no encoding named") << QByteArray("<?xml version=\"1.0\"?><nitf/>") << ""
                                       << "<?xml version=\"1.0\"?><nitf/>";
    QTest::newRow("an encoding attribute further on is not the declaration")
        << QByteArray("<nitf><meta encoding=\"latin1\"/></nitf>") << "" << "<nitf><meta encoding=\"latin1\"/></nitf>";
}

void TestContentSniffer::readsAndRewritesXmlDeclaration()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, declared);
    QFETCH(QString, rewritten);
    QCOMPARE(ContentSniffer::declaredXmlEncoding(xml), declared);
    QCOMPARE(ContentSniffer::declaringUtf8(QString::fromLatin1(xml)), rewritten);
}

// The extension is a hint the first bytes correct: a plain text named .html
// whose text holds a "<" stays text, and a page named .txt that starts with
// a script or a page header is still read as a page.
void TestContentSniffer::tellsPagesFromText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<int>("kind");
    const auto text = int(ContentSniffer::Kind::Text);
    const auto html = int(ContentSniffer::Kind::Html);

    QTest::newRow("text named .html with an address in angle brackets")
        << QByteArray("Storm hits coast\n\nContact: Jane <jane@example.com>\n\nFewer than <5% kept power.\n") << "html" << text;
    QTest::newRow("a page named .html starting with text") << QByteArray("Storm hits coast\n<p>The storm hit.</p>\n") << "html" << html;
    QTest::newRow("a page named .htm with a line break tag") << QByteArray("Storm hits coast<br>The storm hit.\n") << "htm" << html;
    QTest::newRow("a page named .txt starting with a script")
        << QByteArray("<script>var tracker='x';</script><h1>Storm</h1><p>The storm hit.</p>") << "txt" << html;
    QTest::newRow("a page named .txt starting with its header")
        << QByteArray("<header><nav>Home</nav></header><p>The storm hit.</p>") << "txt" << html;
    QTest::newRow("a page named .txt starting with a quotation") << QByteArray("<blockquote>We were ready.</blockquote>") << "txt" << html;
    QTest::newRow("text named .txt comparing numbers") << QByteArray("Fewer than <5 homes and >3 roads.\n") << "txt" << text;
}

void TestContentSniffer::tellsPagesFromText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, extension);
    QFETCH(int, kind);
    QCOMPARE(int(ContentSniffer::kindOf(bytes, ContentSniffer::kindFromExtension(extension))), kind);
}

QTEST_GUILESS_MAIN(TestContentSniffer)
#include "tst_contentsniffer.moc"
