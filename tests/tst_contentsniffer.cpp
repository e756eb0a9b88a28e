#include "comparator.h"
#include "contentsniffer.h"
#include "htmlexporter.h"
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

QTEST_GUILESS_MAIN(TestContentSniffer)
#include "tst_contentsniffer.moc"
