#include "htmlparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace WireDiff;

namespace {

// Generous enough for sanitizer builds; a quadratic path would take minutes.
constexpr qint64 hostileInputBudgetMs = 10000;

QStringList texts(const ParsedDocument &document)
{
    QStringList lines;
    for (const Paragraph &paragraph : document.paragraphs)
        lines.append(paragraph.text);
    return lines;
}

// "role: text" lines, so a failing comparison shows what was read.
QStringList describe(const ParsedDocument &document)
{
    QStringList lines;
    for (const Paragraph &paragraph : document.paragraphs)
        lines.append(paragraphRoleName(paragraph.role) + QLatin1String(": ") + paragraph.text);
    return lines;
}

QString repeated(const char *piece, int count)
{
    return QString::fromLatin1(piece).repeated(count);
}

} // namespace

class TestHtmlParser : public QObject
{
    Q_OBJECT

private slots:
    void extractsParagraphs_data();
    void extractsParagraphs();
    void dropsFurniture_data();
    void dropsFurniture();
    void decodesEntities_data();
    void decodesEntities();
    void assignsRolesFromMarkup_data();
    void assignsRolesFromMarkup();
    void prefersStoryContainer_data();
    void prefersStoryContainer();
    void readsMetadata_data();
    void readsMetadata();
    void survivesHostileInput_data();
    void survivesHostileInput();
    void readsFixturePage();
};

void TestHtmlParser::extractsParagraphs_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("closed paragraphs") << "<p>One.</p><p>Two.</p>" << QStringList { "One.", "Two." };
    QTest::newRow("unclosed paragraphs") << "<p>One.<p>Two." << QStringList { "One.", "Two." };
    QTest::newRow("white space collapses") << "<p>  a\n\t b \r\n </p>" << QStringList { "a b" };
    QTest::newRow("inline elements add no space")
        << "<p>un<b>believ</b>able <i>news</i></p>" << QStringList { "unbelievable news" };
    QTest::newRow("text outside any element") << "plain words" << QStringList { "plain words" };
    QTest::newRow("lone less-than signs") << "<p>3 < 4 and x <= y</p>" << QStringList { "3 < 4 and x <= y" };
    QTest::newRow("one br joins wrapped lines")
        << "<p>10 Harbour Road<br>Halden</p>" << QStringList { "10 Harbour Road Halden" };
    QTest::newRow("one br after a sentence splits")
        << "<p>First sentence.<br>Second sentence.</p>" << QStringList { "First sentence.", "Second sentence." };
    QTest::newRow("two br split") << "<div>one<br><br>two</div>" << QStringList { "one", "two" };
    QTest::newRow("br at a paragraph start") << "<p><br/>text</p>" << QStringList { "text" };
    QTest::newRow("end tag br reads as br") << "<p>One.</br>Two.</p>" << QStringList { "One.", "Two." };
    QTest::newRow("list items") << "<ul><li>one<li>two</ul>" << QStringList { "one", "two" };
    QTest::newRow("table cells") << "<table><tr><td>a<td>b</table>" << QStringList { "a", "b" };
    QTest::newRow("div text around a nested div")
        << "<div>lead<div>inner</div>tail</div>" << QStringList { "lead", "inner", "tail" };
    QTest::newRow("blockquote") << "<blockquote>Quoted words</blockquote>" << QStringList { "Quoted words" };
    QTest::newRow("pre joins wrapped lines, splits at blank lines")
        << "<pre>line one\nline two\n\nnext block</pre>" << QStringList { "line one line two", "next block" };
    QTest::newRow("headings are paragraphs")
        << "<p>Text.</p><h3>Cross</h3><p>More.</p>" << QStringList { "Text.", "Cross", "More." };
    QTest::newRow("page without body tag") << "<title>T</title><p>Text.</p>" << QStringList { "Text." };
    QTest::newRow("unclosed head ends at body content")
        << "<html><head><title>T</title><p>Body text.</p>" << QStringList { "Body text." };
    QTest::newRow("XHTML self-closing tags") << "<p>a<br/>b</p><p/>" << QStringList { "a b" };
}

void TestHtmlParser::extractsParagraphs()
{
    QFETCH(QString, html);
    QFETCH(QStringList, expected);
    QCOMPARE(texts(HtmlParser::parse(html)), expected);
}

void TestHtmlParser::dropsFurniture_data()
{
    QTest::addColumn<QString>("html");

    QTest::newRow("script holding markup") << "<script>var s = \"<p>lost</p>\";</script>";
    QTest::newRow("upper-case script") << "<SCRIPT>lost()</SCRIPT >";
    QTest::newRow("style") << "<style>p::before { content: \"lost\" }</style>";
    QTest::newRow("noscript") << "<noscript><p>lost</p></noscript>";
    QTest::newRow("template") << "<template><p>lost</p></template>";
    QTest::newRow("nav") << "<nav><a href=\"/\">lost</a></nav>";
    QTest::newRow("aside") << "<aside><p>lost</p></aside>";
    QTest::newRow("form, button and select")
        << "<form><label>lost</label><button>lost</button><select><option>lost</select></form>";
    QTest::newRow("iframe, object and embed")
        << "<iframe src=\"x\">lost</iframe><object>lost</object><embed src=\"y\">";
    QTest::newRow("svg with a title") << "<svg><title>lost</title><text>lost</text></svg>";
    QTest::newRow("site header and footer") << "<header><p>lost</p></header><footer><p>lost</p></footer>";
    QTest::newRow("hidden attribute") << "<div hidden><p>lost</p></div>";
    QTest::newRow("aria-hidden") << "<div aria-hidden=\"true\">lost</div>";
    QTest::newRow("display none") << "<div style=\"color: red; display: none\">lost</div>";
    QTest::newRow("navigation role") << "<div role=\"navigation\">lost</div>";
    QTest::newRow("share bar class") << "<div class=\"share-bar\">lost</div>";
    QTest::newRow("advert id") << "<div id=\"ad_top\">lost</div>";
    QTest::newRow("comment holding markup") << "<!-- a > b <p>lost</p> -->";
    QTest::newRow("empty comments end at once") << "<!--><!--->";
    QTest::newRow("doctype and processing instruction") << "<!DOCTYPE html><?php echo 'x' ?>";
    QTest::newRow("textarea") << "<textarea>lost</textarea>";
}

void TestHtmlParser::dropsFurniture()
{
    QFETCH(QString, html);
    const ParsedDocument document = HtmlParser::parse(html + QLatin1String("<p>Kept.</p>"));
    const QStringList read = texts(document);
    QVERIFY2(!read.join(QLatin1Char(' ')).contains(QLatin1String("lost")), qPrintable(read.join(QLatin1String(" | "))));
    QVERIFY2(read.contains(QLatin1String("Kept.")), qPrintable(read.join(QLatin1String(" | "))));
}

void TestHtmlParser::decodesEntities_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("markup characters") << "&amp; &lt; &gt; &quot; &apos;" << "& < > \" '";
    QTest::newRow("typography") << "&mdash;&ndash;&lsquo;&rsquo;&ldquo;&rdquo;&hellip;&euro;"
                                << QStringLiteral("\u2014\u2013\u2018\u2019\u201C\u201D\u2026\u20AC");
    QTest::newRow("no-break spaces collapse") << "a&nbsp;&nbsp;b" << "a b";
    QTest::newRow("Latin-1 letters") << "&eacute;&Uuml;&szlig;&copy;&deg;" << QStringLiteral("éÜß©°");
    QTest::newRow("Greek and mathematics") << "&alpha;&Omega;&infin;&ne;" << QStringLiteral("αΩ∞≠");
    QTest::newRow("decimal") << "&#8212;&#233;" << QStringLiteral("\u2014é");
    QTest::newRow("hexadecimal beyond the BMP") << "&#x2014;&#X1F600;" << QStringLiteral("\u2014\U0001F600");
    QTest::newRow("numeric without semicolon") << "&#233 x" << QStringLiteral("é x");
    QTest::newRow("legacy names without semicolon") << "&copy 2024 &amp co" << QStringLiteral("© 2024 & co");
    QTest::newRow("other names need the semicolon") << "&mdash and" << "&mdash and";
    QTest::newRow("unknown names stay") << "&bogus; & &;" << "&bogus; & &;";
    QTest::newRow("invalid code points")
        << "&#0;&#xD800;&#x110000;&#99999999999999999999;" << QStringLiteral("\uFFFD\uFFFD\uFFFD\uFFFD");
    QTest::newRow("C1 range reads as windows-1252") << "&#150;&#147;x&#148;" << QStringLiteral("\u2013\u201Cx\u201D");
    QTest::newRow("escaped reference") << "&amp;amp;" << "&amp;";
    QTest::newRow("no digits") << "&#; &#x;" << "&#; &#x;";
}

void TestHtmlParser::decodesEntities()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(texts(HtmlParser::parse(QLatin1String("<p>") + html + QLatin1String("</p>"))),
             QStringList { expected });
}

void TestHtmlParser::assignsRolesFromMarkup_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("h1 is the headline")
        << "<h1>Ferry starts</h1><p>Body text.</p>" << QStringList { "headline: Ferry starts", "body: Body text." };
    QTest::newRow("first heading without h1")
        << "<h2>Ferry starts</h2><p>Body.</p><h2>Fares</h2><p>More.</p>"
        << QStringList { "headline: Ferry starts", "body: Body.", "body: Fares", "body: More." };
    QTest::newRow("heading after body text is a crosshead")
        << "<p>Body.</p><h3>Fares</h3><p>More.</p>" << QStringList { "body: Body.", "body: Fares", "body: More." };
    QTest::newRow("byline class")
        << "<div class=\"c-byline__name\">By Jane Roe</div><p>Body.</p>"
        << QStringList { "byline: By Jane Roe", "body: Body." };
    QTest::newRow("rel author holds most of the paragraph")
        << "<p>By <a rel=\"author\" href=\"/jr\">Jane Roe</a></p>" << QStringList { "byline: By Jane Roe" };
    QTest::newRow("itemprop author") << "<span itemprop=\"author\">Jane Roe</span>" << QStringList { "byline: Jane Roe" };
    QTest::newRow("figcaption") << "<figure><img src=x><figcaption>The pier.</figcaption></figure>"
                                << QStringList { "caption: The pier." };
    QTest::newRow("caption class") << "<div class=\"wp-caption-text\">The pier.</div>" << QStringList { "caption: The pier." };
    QTest::newRow("time element") << "<time datetime=\"2024-03-11\">11 March 2024</time>"
                                  << QStringList { "dateline: 11 March 2024" };
    QTest::newRow("dateline class") << "<p class=\"dateline\">HALDEN</p>" << QStringList { "dateline: HALDEN" };
    QTest::newRow("time inside a sentence stays body")
        << "<p>The vote is on <time>Tuesday</time> after a long debate.</p>"
        << QStringList { "body: The vote is on Tuesday after a long debate." };
    QTest::newRow("meta author names the byline")
        << "<meta name=\"author\" content=\"Jane Roe\"><p>Jane Roe, Halden</p><p>Body text.</p>"
        << QStringList { "byline: Jane Roe, Halden", "body: Body text." };
}

void TestHtmlParser::assignsRolesFromMarkup()
{
    QFETCH(QString, html);
    QFETCH(QStringList, expected);
    const ParsedDocument document = HtmlParser::parse(html);
    QCOMPARE(describe(document), expected);
    QVERIFY(!document.rolesFromMarkup); // plain paragraphs are left to RoleClassifier
}

void TestHtmlParser::prefersStoryContainer_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("article over the rest of the body")
        << "<div><p>Menu text</p></div><article><p>Story one.</p><p>Story two.</p></article><p>Footer</p>"
        << QStringList { "body: Story one.", "body: Story two." };
    QTest::newRow("main") << "<p>Outside.</p><main><p>Inside the main element.</p></main>"
                          << QStringList { "body: Inside the main element." };
    QTest::newRow("ARIA main role") << "<p>Outside.</p><div role=\"main\"><p>Inside the main role.</p></div>"
                                    << QStringList { "body: Inside the main role." };
    QTest::newRow("richest of sibling articles")
        << "<main><article><p>The long story text, with much more to say.</p></article>"
           "<article><p>Teaser.</p></article></main>"
        << QStringList { "body: The long story text, with much more to say." };
    QTest::newRow("a teaser article is not the story")
        << "<p>The real story is written in plain paragraphs, at some length.</p><article><p>Teaser.</p></article>"
        << QStringList { "body: The real story is written in plain paragraphs, at some length.", "body: Teaser." };
    QTest::newRow("header inside the article belongs to it")
        << "<article><header><p>Standfirst.</p></header><p>Story.</p></article>"
        << QStringList { "body: Standfirst.", "body: Story." };
    QTest::newRow("headline and byline above the article come along")
        << "<h1>Ferry starts</h1><div class=\"byline\">By Jane Roe</div><p>Share</p>"
           "<article><p>Story text, long enough to be the story.</p></article>"
        << QStringList { "headline: Ferry starts", "byline: By Jane Roe", "body: Story text, long enough to be the story." };
}

void TestHtmlParser::prefersStoryContainer()
{
    QFETCH(QString, html);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(HtmlParser::parse(html)), expected);
}

void TestHtmlParser::readsMetadata_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDateTime>("published");

    const QDateTime noon(QDate(2024, 3, 11), QTime(12, 0), Qt::OffsetFromUTC, 3600);
    QTest::newRow("Open Graph and html lang")
        << "<html lang=\"en-GB\"><meta property=\"og:site_name\" content=\"Halden Courier\">"
           "<meta property=\"article:published_time\" content=\"2024-03-11T12:00:00+01:00\"><h1>Ferry</h1>"
        << "Ferry" << "Halden Courier" << "en-GB" << noon;
    QTest::newRow("title element with a reference")
        << "<title>Tom &amp; Jerry</title><p>Text.</p>" << "Tom & Jerry" << "" << "" << QDateTime();
    QTest::newRow("og:title over the title element")
        << "<title>Page | Site</title><meta property=\"og:title\" content=\"Story\"><p>Text.</p>"
        << "Story" << "" << "" << QDateTime();
    QTest::newRow("svg title is not the page title")
        << "<body><svg><title>Icon</title></svg><title>Page</title><p>Text.</p>" << "Page" << "" << "" << QDateTime();
    QTest::newRow("locale with an underscore")
        << "<meta property=\"og:locale\" content=\"pt_BR\"><p>Text.</p>" << "" << "" << "pt-BR" << QDateTime();
    QTest::newRow("content-language list")
        << "<meta http-equiv=\"Content-Language\" content=\"de, en\"><p>Text.</p>" << "" << "" << "de" << QDateTime();
    QTest::newRow("time element marked as published")
        << "<time itemprop=\"datePublished\" datetime=\"2024-03-11T12:00:00+01:00\">Monday</time><p>Text.</p>"
        << "" << "" << "" << noon;
    QTest::newRow("date without time")
        << "<meta name=\"date\" content=\"2024-03-11\"><p>Text.</p>" << "" << "" << ""
        << QDateTime(QDate(2024, 3, 11), QTime(0, 0));
    QTest::newRow("RFC 2822 date")
        << "<meta name=\"pubdate\" content=\"Mon, 11 Mar 2024 12:00:00 +0100\"><p>Text.</p>" << "" << "" << "" << noon;
}

void TestHtmlParser::readsMetadata()
{
    QFETCH(QString, html);
    QFETCH(QString, title);
    QFETCH(QString, outlet);
    QFETCH(QString, language);
    QFETCH(QDateTime, published);
    const ParsedDocument document = HtmlParser::parse(html);
    QCOMPARE(document.title, title);
    QCOMPARE(document.outlet, outlet);
    QCOMPARE(document.language, language);
    QCOMPARE(document.published, published);
}

void TestHtmlParser::survivesHostileInput_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("20,000 nested divs") << repeated("<div>", 20000) + "deep" + repeated("</div>", 20000) + "<p>after</p>"
                                        << QStringList { "deep", "after" };
    QTest::newRow("20,000 unclosed inline elements") << "<p>" + repeated("<span><b>", 20000) + "deep"
                                                     << QStringList { "deep" };
    QTest::newRow("20,000 nested articles") << repeated("<article><p>", 20000) + "deep" << QStringList { "deep" };
    QTest::newRow("20,000 stray end tags") << repeated("</div></p>", 20000) + "<p>Kept.</p>" << QStringList { "Kept." };
    QTest::newRow("block elements in an unclosed button")
        << "<p>Kept.</p><button>" + repeated("<div>", 20000) + "lost" << QStringList { "Kept." };
    QTest::newRow("> inside quoted attributes")
        << "<p title=\"a > b\" data-x='<p>'>Kept.</p>" << QStringList { "Kept." };
    QTest::newRow("unterminated quote drops the rest") << "<p>Kept.</p><p class=\"x>lost" << QStringList { "Kept." };
    QTest::newRow("unterminated comment") << "<p>Kept.</p><!-- never closed <p>lost</p>" << QStringList { "Kept." };
    QTest::newRow("tag cut off at the end") << "<p>Kept.</p><p" << QStringList { "Kept." };
    QTest::newRow("broken nesting") << "<p><b>bold <i>both</b> italic</i> end</p>"
                                    << QStringList { "bold both italic end" };
    QTest::newRow("CDATA is literal text") << "<p><![CDATA[a < b & c]]></p>" << QStringList { "a < b & c" };
    QTest::newRow("unclosed script swallows the rest") << "<p>Kept.</p><script>var a; <p>lost</p>"
                                                       << QStringList { "Kept." };
    QTest::newRow("script end tag must match")
        << "<script>a</scriptx><p>lost</p></script><p>Kept.</p>" << QStringList { "Kept." };
    QTest::newRow("event handlers are ignored")
        << "<p onclick=\"alert('<p>lost</p>')\" onmouseover=x>Kept.</p>" << QStringList { "Kept." };
    QTest::newRow("10,000 attributes") << "<p " + repeated("a=1 ", 10000) + ">Kept.</p>" << QStringList { "Kept." };
    QTest::newRow("control characters") << QStringLiteral("<p>a\u0000b\u0007c\u00ADd</p>") << QStringList { "abcd" };
    QTest::newRow("a million ampersands") << "<p>" + repeated("&#", 1000000) << QStringList { repeated("&#", 1000000) };
}

void TestHtmlParser::survivesHostileInput()
{
    QFETCH(QString, html);
    QFETCH(QStringList, expected);
    QElapsedTimer timer;
    timer.start();
    const ParsedDocument document = HtmlParser::parse(html);
    QVERIFY2(timer.elapsed() < hostileInputBudgetMs, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(texts(document), expected);
}

void TestHtmlParser::readsFixturePage()
{
    QFile file(QStringLiteral(WIREDIFF_TEST_DATA_DIR "/loader/page.html"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ParsedDocument document = HtmlParser::parse(QString::fromUtf8(file.readAll()));
    const QStringList expected {
        "headline: Solar ferry makes first crossing of Lake Verrin",
        "byline: By Priya Anand",
        "dateline: 11 March 2024",
        "caption: The Dawnlight at Halden pier on Monday.",
        "body: The Dawnlight, a solar-powered ferry, made its first crossing of Lake Verrin on Monday with 42 "
        "passengers on board.",
        QStringLiteral("body: Its builders say the boat can run for a full day on a sunny morning\u2019s charge "
                       "\u2014 and for half a day in winter."),
        QStringLiteral("body: \u201CIt is quieter than my kitchen,\u201D said one passenger, who gave her name "
                       "only as Ilse."),
        "body: Advertisement",
        "body: The council will cut fares by a tenth from April.",
    };
    QCOMPARE(describe(document), expected);
    QCOMPARE(document.title, QStringLiteral("Solar ferry makes first crossing of Lake Verrin"));
    QCOMPARE(document.outlet, QStringLiteral("The Halden Courier"));
    QCOMPARE(document.language, QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestHtmlParser)

#include "tst_htmlparser.moc"
