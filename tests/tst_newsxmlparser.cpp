#include "newsxmlparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace WireDiff;

namespace {

constexpr qint64 attackBudgetMs = 5000;

QString dialectName(NewsXmlParser::Dialect dialect)
{
    switch (dialect) {
    case NewsXmlParser::Dialect::Nitf: return QStringLiteral("nitf");
    case NewsXmlParser::Dialect::NewsMLG2: return QStringLiteral("newsml-g2");
    case NewsXmlParser::Dialect::Unknown: break;
    }
    return QStringLiteral("unknown");
}

// "role: text" lines, so a failing comparison shows what was read.
QStringList describe(const ParsedDocument &document)
{
    QStringList lines;
    for (const Paragraph &paragraph : document.paragraphs)
        lines.append(paragraphRoleName(paragraph.role) + QLatin1String(": ") + paragraph.text);
    return lines;
}

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(WIREDIFF_TEST_DATA_DIR "/loader/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

QByteArray nitf(const QByteArray &content)
{
    return "<?xml version=\"1.0\"?><nitf><body><body.content>" + content + "</body.content></body></nitf>";
}

QByteArray billionLaughs()
{
    QByteArray doctype = "<!DOCTYPE nitf [<!ENTITY lol0 \"lol\">";
    for (int level = 1; level <= 9; ++level) {
        doctype += "<!ENTITY lol" + QByteArray::number(level) + " \"";
        for (int i = 0; i < 10; ++i)
            doctype += "&lol" + QByteArray::number(level - 1) + ';';
        doctype += "\">";
    }
    return "<?xml version=\"1.0\"?>" + doctype + "]><nitf><body><body.content><p>&lol9;</p></body.content></body></nitf>";
}

QByteArray manySmallExpansions()
{
    // Each expansion stays under the per-entity limit; together they would
    // turn a few megabytes into gigabytes of text.
    return "<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY k \"" + QByteArray(1000, 'k')
        + "\">]><nitf><body><body.content><p>" + QByteArray("&k;").repeated(1000000) + "</p></body.content></body></nitf>";
}

} // namespace

class TestNewsXmlParser : public QObject
{
    Q_OBJECT

private slots:
    void sniffsDialect_data();
    void sniffsDialect();
    void readsNitfFixture();
    void readsNewsMlFixture();
    void readsParagraphs_data();
    void readsParagraphs();
    void readsMetadata_data();
    void readsMetadata();
    void resistsEntityAttacks_data();
    void resistsEntityAttacks();
    void keepsTextOfTruncatedFile_data();
    void keepsTextOfTruncatedFile();
};

void TestNewsXmlParser::sniffsDialect_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("dialect");

    const QString nitfHead = QStringLiteral("<?xml version=\"1.0\"?>\n<nitf><head/>");
    QTest::newRow("bare NITF root") << QByteArray("<nitf version=\"-//IPTC//DTD NITF 3.6//EN\">") << "nitf";
    QTest::newRow("NITF after a declaration") << nitfHead.toUtf8() << "nitf";
    QTest::newRow("comments and a processing instruction")
        << QByteArray("<?xml version=\"1.0\"?><!-- <newsItem> --><?render x?>\n<nitf>") << "nitf";
    QTest::newRow("DOCTYPE with an internal subset")
        << QByteArray("<!DOCTYPE nitf [<!ENTITY gt2 \">>\"><!ATTLIST p x CDATA \"]>\">]><nitf>") << "nitf";
    QTest::newRow("UTF-8 byte-order mark") << QByteArray("\xEF\xBB\xBF") + nitfHead.toUtf8() << "nitf";
    QTest::newRow("UTF-16LE with BOM") << utf16(nitfHead, QStringConverter::Utf16LE, true) << "nitf";
    QTest::newRow("UTF-16BE with BOM") << utf16(nitfHead, QStringConverter::Utf16BE, true) << "nitf";
    QTest::newRow("UTF-16LE without BOM") << utf16(nitfHead, QStringConverter::Utf16LE, false) << "nitf";
    QTest::newRow("UTF-16 head cut mid-character") << utf16(nitfHead, QStringConverter::Utf16LE, true).chopped(1)
                                                   << "nitf";
    QTest::newRow("NewsML-G2 item") << QByteArray("<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\">")
                                    << "newsml-g2";
    QTest::newRow("NewsML-G2 message") << QByteArray("<newsMessage>") << "newsml-g2";
    QTest::newRow("namespace prefix") << QByteArray("<g2:newsItem xmlns:g2=\"x\">") << "newsml-g2";
    QTest::newRow("HTML") << QByteArray("<!DOCTYPE html><html><body><nitf>") << "unknown";
    QTest::newRow("root named in a comment only") << QByteArray("<!-- <nitf> --><rss>") << "unknown";
    QTest::newRow("plain text") << QByteArray("nitf is a format") << "unknown";
    QTest::newRow("similar root name") << QByteArray("<nitfx>") << "unknown";
    // A DOCTYPE longer than the head still names the root (a large internal subset, an entity bomb).
    QTest::newRow("head ends inside the DOCTYPE") << QByteArray("<!DOCTYPE nitf [<!ENTITY a \"") << "nitf";
    QTest::newRow("head ends inside a DOCTYPE naming no dialect") << QByteArray("<!DOCTYPE rss [<!ENTITY a \"") << "unknown";
    QTest::newRow("empty") << QByteArray() << "unknown";
}

void TestNewsXmlParser::sniffsDialect()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, dialect);
    QCOMPARE(dialectName(NewsXmlParser::sniff(head)), dialect);
}

void TestNewsXmlParser::readsNitfFixture()
{
    const QByteArray xml = fixture("nitf-story.xml");
    QVERIFY(!xml.isEmpty());
    const ParsedDocument document = NewsXmlParser::parse(xml, NewsXmlParser::sniff(xml));
    const QStringList expected {
        "headline: Solar ferry starts service on Lake Verrin",
        "body: Quiet crossing cuts travel time to twenty minutes",
        "byline: By Tessa Marlow Environment Correspondent",
        "dateline: HALDEN, March 11",
        "body: The first solar-powered ferry on Lake Verrin carried 42 passengers on Monday, the operator said.",
        "body: The vessel, named Dawnlight, replaces a diesel boat that served the route for thirty years.",
        "body: It is quieter than my kitchen, said one passenger",
        "caption: The Dawnlight leaves Halden pier on Monday.",
        "body: Cheaper fares",
        QStringLiteral("body: Fares will fall by a tenth from April \u2014 the council confirmed the subsidy."),
        "byline: Additional reporting by Imre Castell",
    };
    QCOMPARE(describe(document), expected);
    QVERIFY(document.rolesFromMarkup);
    QVERIFY(document.warnings.isEmpty());
    QCOMPARE(document.title, QStringLiteral("Solar ferry starts service on Lake Verrin"));
    QCOMPARE(document.outlet, QStringLiteral("Northfield Wire"));
    QCOMPARE(document.language, QStringLiteral("en-GB"));
    QCOMPARE(document.published, QDateTime(QDate(2024, 3, 12), QTime(8, 15), Qt::OffsetFromUTC, 3600));
}

void TestNewsXmlParser::readsNewsMlFixture()
{
    const QByteArray xml = fixture("newsml-story.xml");
    QVERIFY(!xml.isEmpty());
    const ParsedDocument document = NewsXmlParser::parse(xml, NewsXmlParser::sniff(xml));
    const QStringList expected {
        "headline: Lake Verrin gets its first solar ferry",
        "byline: By Jonas Pell",
        "dateline: HALDEN, March 11",
        "body: A solar-powered ferry began carrying passengers across Lake Verrin on Monday.",
        "body: The boat seats sixty and makes the crossing in twenty minutes.",
        "caption: The new ferry at Halden pier.",
        "body: We expect the route to pay for itself within eight years.",
    };
    QCOMPARE(describe(document), expected);
    QVERIFY(document.warnings.isEmpty());
    QCOMPARE(document.outlet, QStringLiteral("Lakeshore Press"));
    QCOMPARE(document.language, QStringLiteral("en-US"));
    QCOMPARE(document.published, QDateTime(QDate(2024, 3, 12), QTime(10, 5), Qt::UTC));
}

void TestNewsXmlParser::readsParagraphs_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("inline elements join without spaces")
        << nitf("<p>un<em>believ</em>able <person>Jane Roe</person></p>") << QStringList { "body: unbelievable Jane Roe" };
    QTest::newRow("white space collapses") << nitf("<p>\n  one\n\ttwo  </p>") << QStringList { "body: one two" };
    QTest::newRow("text straight inside a block")
        << nitf("<block>Loose text.</block><p>Para.</p>") << QStringList { "body: Loose text.", "body: Para." };
    QTest::newRow("list items") << nitf("<ul><li>one</li><li>two</li></ul>") << QStringList { "body: one", "body: two" };
    QTest::newRow("HTML names from the external DTD")
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE nitf SYSTEM \"nitf.dtd\"><nitf><body><body.content>"
                      "<p>a&nbsp;b &mdash; c&hellip;</p></body.content></body></nitf>")
        << QStringList { QStringLiteral("body: a b \u2014 c\u2026") };
    QTest::newRow("internal entity") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY co \"Halden "
                                                   "Ferries\">]><nitf><body><body.content><p>By &co;.</p>"
                                                   "</body.content></body></nitf>")
                                     << QStringList { "body: By Halden Ferries." };
    QTest::newRow("NewsML-G2 with inline NITF, headline read once")
        << QByteArray("<newsItem><contentMeta><headline>Ferry</headline></contentMeta><contentSet>"
                      "<inlineXML contenttype=\"application/nitf+xml\"><nitf><body><body.head><hedline><hl1>Ferry"
                      "</hl1></hedline></body.head><body.content><p>Text.</p></body.content></body></nitf>"
                      "</inlineXML></contentSet></newsItem>")
        << QStringList { "headline: Ferry", "body: Text." };
    QTest::newRow("NewsML-G2 with plain inline data")
        << QByteArray("<newsItem><contentSet><inlineData contenttype=\"text/plain\">Ferry starts\n\nThe ferry "
                      "started on Monday.\n\nAdvertisement</inlineData></contentSet></newsItem>")
        << QStringList { "headline: Ferry starts", "body: The ferry started on Monday.", "boilerplate: Advertisement" };
    QTest::newRow("NewsML-G2 with escaped HTML inline data")
        << QByteArray("<newsItem><contentSet><inlineData contenttype=\"text/html\">&lt;h1&gt;Ferry&lt;/h1&gt;"
                      "&lt;p&gt;Text.&lt;/p&gt;</inlineData></contentSet></newsItem>")
        << QStringList { "headline: Ferry", "body: Text." };
    QTest::newRow("XHTML head and script are skipped")
        << QByteArray("<newsItem><contentSet><inlineXML><html><head><title>x</title></head><body><p>Text.</p>"
                      "<script>lost()</script></body></html></inlineXML></contentSet></newsItem>")
        << QStringList { "body: Text." };
}

void TestNewsXmlParser::readsParagraphs()
{
    QFETCH(QByteArray, xml);
    QFETCH(QStringList, expected);
    const ParsedDocument document = NewsXmlParser::parse(xml, NewsXmlParser::sniff(xml));
    QCOMPARE(describe(document), expected);
    QCOMPARE(document.warnings, QStringList());
}

void TestNewsXmlParser::readsMetadata_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDateTime>("published");

    QTest::newRow("NITF publication data and issue date")
        << QByteArray("<nitf lang=\"de\"><head><docdata><date.issue norm=\"20240311\"/></docdata>"
                      "<pubdata name=\"Halden Daily\"/></head></nitf>")
        << "Halden Daily" << "de" << QDateTime(QDate(2024, 3, 11), QTime(0, 0));
    QTest::newRow("NITF release date in UTC")
        << QByteArray("<nitf><head><docdata><date.release norm=\"20240311T101500Z\"/></docdata></head></nitf>")
        << "" << "" << QDateTime(QDate(2024, 3, 11), QTime(10, 15), Qt::UTC);
    QTest::newRow("NewsML-G2 provider and first creation")
        << QByteArray("<newsItem xml:lang=\"fr\"><itemMeta><provider literal=\"Agence Halden\"/>"
                      "<firstCreated>2024-03-11T09:00:00+01:00</firstCreated></itemMeta></newsItem>")
        << "Agence Halden" << "fr" << QDateTime(QDate(2024, 3, 11), QTime(9, 0), Qt::OffsetFromUTC, 3600);
    QTest::newRow("NewsML-G2 version over first creation")
        << QByteArray("<newsItem><itemMeta><firstCreated>2024-03-10T09:00:00Z</firstCreated>"
                      "<versionCreated>2024-03-11T09:00:00Z</versionCreated></itemMeta></newsItem>")
        << "" << "" << QDateTime(QDate(2024, 3, 11), QTime(9, 0), Qt::UTC);
}

void TestNewsXmlParser::readsMetadata()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, outlet);
    QFETCH(QString, language);
    QFETCH(QDateTime, published);
    const ParsedDocument document = NewsXmlParser::parse(xml, NewsXmlParser::sniff(xml));
    QCOMPARE(document.outlet, outlet);
    QCOMPARE(document.language, language);
    QCOMPARE(document.published, published);
}

void TestNewsXmlParser::resistsEntityAttacks_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("warning"); // start of the expected warning; empty for none

    QTest::newRow("billion laughs") << billionLaughs() << "XML error at line 1";
    QTest::newRow("many small expansions") << manySmallExpansions() << "its DTD's entities would expand";
    QTest::newRow("external entity is not read")
        << nitf("<p>a &xxe; b</p>").replace("<nitf>", "<!DOCTYPE nitf [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><nitf>")
        << "";
    QTest::newRow("external parameter entity is not fetched")
        << nitf("<p>a b</p>").replace("<nitf>", "<!DOCTYPE nitf [<!ENTITY % ext SYSTEM \"http://example.invalid/x\"> %ext;]><nitf>")
        << "";
}

void TestNewsXmlParser::resistsEntityAttacks()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, warning);
    QElapsedTimer timer;
    timer.start();
    const ParsedDocument document = NewsXmlParser::parse(xml, NewsXmlParser::Dialect::Nitf);
    QVERIFY2(timer.elapsed() < attackBudgetMs, qPrintable(QString::number(timer.elapsed())));
    qsizetype textSize = 0;
    for (const Paragraph &paragraph : document.paragraphs) {
        textSize += paragraph.text.size();
        QVERIFY(!paragraph.text.contains(QLatin1String("root:")));
    }
    QVERIFY(textSize <= 2 * xml.size());
    if (warning.isEmpty())
        QCOMPARE(document.warnings, QStringList());
    else
        QVERIFY2(document.warnings.value(0).startsWith(warning), qPrintable(document.warnings.join(QLatin1Char('\n'))));
}

void TestNewsXmlParser::keepsTextOfTruncatedFile_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("warning");

    const QByteArray story = fixture("nitf-story.xml");
    const qsizetype secondParagraph = story.indexOf("<p>The vessel");
    QTest::newRow("cut between paragraphs")
        << story.left(secondParagraph)
        << QStringList { "headline: Solar ferry starts service on Lake Verrin",
                         "body: Quiet crossing cuts travel time to twenty minutes",
                         "byline: By Tessa Marlow Environment Correspondent", "dateline: HALDEN, March 11",
                         "body: The first solar-powered ferry on Lake Verrin carried 42 passengers on Monday, the "
                         "operator said." }
        << QStringLiteral("truncated XML at line %1: ").arg(story.left(secondParagraph).count('\n') + 1);
    QTest::newRow("cut inside a paragraph")
        << QByteArray("<nitf><body><body.content><p>One.</p><p>Two is cut") << QStringList { "body: One." }
        << "truncated XML at line 1: ";
    QTest::newRow("undeclared entity") << nitf("<p>One.</p><p>a&nbsp;b</p>") << QStringList { "body: One.", "body: a" }
                                       << "XML error at line 1: ";
}

void TestNewsXmlParser::keepsTextOfTruncatedFile()
{
    QFETCH(QByteArray, xml);
    QFETCH(QStringList, expected);
    QFETCH(QString, warning);
    const ParsedDocument document = NewsXmlParser::parse(xml, NewsXmlParser::Dialect::Nitf);
    QCOMPARE(describe(document), expected);
    QCOMPARE(document.warnings.size(), 1);
    QVERIFY2(document.warnings.constFirst().startsWith(warning), qPrintable(document.warnings.constFirst()));
}

QTEST_GUILESS_MAIN(TestNewsXmlParser)

#include "tst_newsxmlparser.moc"
