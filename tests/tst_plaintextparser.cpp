#include "plaintextparser.h"

#include <QFile>
#include <QTimeZone>
#include <QTest>

using namespace WireDiff;

namespace {

// "role: text" lines, so a failing comparison shows what was read.
QStringList describe(const ParsedDocument &document)
{
    QStringList lines;
    for (const Paragraph &paragraph : document.paragraphs)
        lines.append(paragraphRoleName(paragraph.role) + QLatin1String(": ") + paragraph.text);
    return lines;
}

QStringList texts(const ParsedDocument &document)
{
    QStringList lines;
    for (const Paragraph &paragraph : document.paragraphs)
        lines.append(paragraph.text);
    return lines;
}

QString fixture(const char *name)
{
    QFile file(QStringLiteral(WIREDIFF_TEST_DATA_DIR "/loader/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestPlainTextParser : public QObject
{
    Q_OBJECT

private slots:
    void splitsParagraphs_data();
    void splitsParagraphs();
    void readsMarkdown_data();
    void readsMarkdown();
    void readsFrontMatter_data();
    void readsFrontMatter();
    void detectsPressAssociationWire_data();
    void detectsPressAssociationWire();
    void readsPressAssociationWire();
    void joinsPressAssociationWireLines_data();
    void joinsPressAssociationWireLines();
    void readsPressAssociationHousekeeping_data();
    void readsPressAssociationHousekeeping();
    void readsPressAssociationFilingTime_data();
    void readsPressAssociationFilingTime();
};

void TestPlainTextParser::splitsParagraphs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("blank-line separated") << "One.\n\nTwo.\n" << QStringList { "One.", "Two." };
    QTest::newRow("one paragraph per line without blank lines")
        << "Headline\nFirst paragraph.\nSecond paragraph." << QStringList { "Headline", "First paragraph.", "Second paragraph." };
    QTest::newRow("hard-wrapped prose is joined")
        << "The ferry crossed the lake on Monday morning with forty-two\npassengers and a dog on board, "
           "its operator said on\nTuesday.\n\nNext paragraph."
        << QStringList { "The ferry crossed the lake on Monday morning with forty-two passengers and a dog on board, "
                         "its operator said on Tuesday.",
                         "Next paragraph." };
    QTest::newRow("a block of short items stays apart")
        << "Ferry starts\n10:15 GMT\nBy Jane Roe\n\nBody text." << QStringList { "Ferry starts", "10:15 GMT", "By Jane Roe", "Body text." };
    QTest::newRow("a byline right under its headline")
        << "Council approves new budget for city schools after long debate\nBy Jane Smith, Staff Writer\n\n"
           "The council voted on Tuesday."
        << QStringList { "Council approves new budget for city schools after long debate", "By Jane Smith, Staff Writer",
                         "The council voted on Tuesday." };
    QTest::newRow("a byline between the headline and hard-wrapped prose")
        << "Ferry crosses Lake Verrin on solar power\nBy Mina Okafor\nThe Dawnlight made its first crossing on "
           "Monday morning, carrying\nforty-two passengers and a dog across the lake, its operator\nsaid.\n\n"
           "Next paragraph."
        << QStringList { "Ferry crosses Lake Verrin on solar power", "By Mina Okafor",
                         "The Dawnlight made its first crossing on Monday morning, carrying forty-two passengers and "
                         "a dog across the lake, its operator said.",
                         "Next paragraph." };
    QTest::newRow("a German byline right under its headline")
        << QStringLiteral("Solarfähre überquert erstmals den Verrinsee mit zweiundvierzig Gästen\nVon Anna Müller\n\n"
                          "Die Fähre legte am Montag ab.")
        << QStringList { QStringLiteral("Solarfähre überquert erstmals den Verrinsee mit zweiundvierzig Gästen"),
                         QStringLiteral("Von Anna Müller"), QStringLiteral("Die Fähre legte am Montag ab.") };
    QTest::newRow("a wrapped line starting with a lower-case by is prose")
        << "The report on the first crossing was written over the winter\nby Jane Smith and two colleagues at the "
           "regional transport\noffice, who spoke to forty passengers.\n\nNext."
        << QStringList { "The report on the first crossing was written over the winter by Jane Smith and two colleagues "
                         "at the regional transport office, who spoke to forty passengers.",
                         "Next." };
    QTest::newRow("a full-width line starting with By is prose")
        << "The operator gave the timetable for the first week of crossings\nBy Monday afternoon the ferry had crossed "
           "the lake four times and\nby Friday it had carried three hundred passengers.\n\nNext."
        << QStringList { "The operator gave the timetable for the first week of crossings By Monday afternoon the ferry "
                         "had crossed the lake four times and by Friday it had carried three hundred passengers.",
                         "Next." };
    // Hyphens at line ends: one the typesetter added to break a word goes
    // with the space; one the word has stays, without the space.
    QTest::newRow("a word broken at a line end, found whole elsewhere")
        << "The evacuation of the riverside homes began on Monday evening after\nthe water rose, and "
           "police said the evac-\nuation would go on until Wednesday at the earliest.\n\nNext."
        << QStringList { "The evacuation of the riverside homes began on Monday evening after the water rose, and "
                         "police said the evacuation would go on until Wednesday at the earliest.",
                         "Next." };
    QTest::newRow("a compound broken at its hyphen, found hyphenated elsewhere")
        << "The council has no long-term plan for the harbour wall, and the mayor\nsaid a long-\nterm plan "
           "would take at least two years to draw up.\n\nNext."
        << QStringList { "The council has no long-term plan for the harbour wall, and the mayor said a long-term plan "
                         "would take at least two years to draw up.",
                         "Next." };
    // Written nowhere else: a typesetter's break leaves pieces that are no
    // words of the article ("evac", "uation"; "juries", though "in" is one)
    // and goes; a compound joins two words the article uses elsewhere.
    QTest::newRow("a word broken at a line end, used nowhere else")
        << "The water rose overnight and forced the evac-\nuation of a care home, and twelve people were "
           "treated in\nhospital for minor in-\njuries, the county fire service said.\n\nNext."
        << QStringList { "The water rose overnight and forced the evacuation of a care home, and twelve people were "
                         "treated in hospital for minor injuries, the county fire service said.",
                         "Next." };
    QTest::newRow("a word broken at two line ends, used nowhere else")
        << "On Monday evening the county fire service ordered the full evac-\nuation of the harbour streets, and "
           "the mayor said that the evac-\nuation would go on until Wednesday at the earliest.\n\nNext."
        << QStringList { "On Monday evening the county fire service ordered the full evacuation of the harbour streets, "
                         "and the mayor said that the evacuation would go on until Wednesday at the earliest.",
                         "Next." };
    QTest::newRow("a compound whose pieces the article uses keeps its hyphen")
        << "The ferry was built by a well-\nknown yard on the coast, known as well for its tugs, and carried\nforty "
           "passengers on its first crossing of the lake.\n\nNext."
        << QStringList { "The ferry was built by a well-known yard on the coast, known as well for its tugs, and carried "
                         "forty passengers on its first crossing of the lake.",
                         "Next." };
    QTest::newRow("a hyphenated word broken at one of its hyphens")
        << "The ferry's 31-year-\nold captain, who took over from his mother-in-\nlaw last spring, said the "
           "crossing was calm.\n\nNext."
        << QStringList { "The ferry's 31-year-old captain, who took over from his mother-in-law last spring, said the "
                         "crossing was calm.",
                         "Next." };
    QTest::newRow("the form used more often decides")
        << "Cooperation between the two ports has grown, and the co-operation\nagreement signed in May "
           "extends that cooperation and the co-\noperation of their pilots to the winter months.\n\nNext."
        << QStringList { "Cooperation between the two ports has grown, and the co-operation agreement signed in May "
                         "extends that cooperation and the cooperation of their pilots to the winter months.",
                         "Next." };
    QTest::newRow("before a capital or a digit the hyphen stays")
        << "France and Britain signed the Anglo-\nFrench ferry agreement after the Covid-\n19 pandemic had "
           "halted crossings for a year.\n\nNext."
        << QStringList { "France and Britain signed the Anglo-French ferry agreement after the Covid-19 pandemic "
                         "had halted crossings for a year.",
                         "Next." };
    QTest::newRow("a dash at a line end is no hyphen")
        << "The harbour wall was built in 1962 by the old harbour board -\nwhich no longer exists - and "
           "was last repaired in 1990.\n\nNext."
        << QStringList { "The harbour wall was built in 1962 by the old harbour board - which no longer exists - and "
                         "was last repaired in 1990.",
                         "Next." };
    QTest::newRow("a soft hyphen at a line end")
        << QStringLiteral("The water rose overnight and forced the evac\u00AD\nuation of a care home near the "
                          "harbour, the county fire service said.\n\nNext.")
        << QStringList { "The water rose overnight and forced the evacuation of a care home near the harbour, the "
                         "county fire service said.",
                         "Next." };
    QTest::newRow("several blank lines") << "One.\n\n\n\nTwo." << QStringList { "One.", "Two." };
    QTest::newRow("a trailing blank line does not join lines")
        << "Line one\nLine two\n\n" << QStringList { "Line one", "Line two" };
    QTest::newRow("tabs and no-break spaces collapse") << QStringLiteral("a\t\tb\u00A0 c  ") << QStringList { "a b c" };
    QTest::newRow("control characters are dropped") << QStringLiteral("a\u0001b\u007Fc") << QStringList { "abc" };
    QTest::newRow("white space only") << " \n\t\n" << QStringList {};
}

void TestPlainTextParser::splitsParagraphs()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const ParsedDocument document = PlainTextParser::parse(text);
    QCOMPARE(texts(document), expected);
    QVERIFY(!document.rolesFromMarkup);
}

void TestPlainTextParser::readsMarkdown_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("first top-level heading is the headline")
        << "# Ferry starts\n\nBody.\n\n# Second title\n\n## Fares\n\nMore."
        << QStringList { "headline: Ferry starts", "body: Body.", "body: Second title", "body: Fares", "body: More." };
    QTest::newRow("closing hashes") << "# Ferry starts ##\nBody." << QStringList { "headline: Ferry starts", "body: Body." };
    QTest::newRow("setext headings")
        << "Ferry starts\n============\nBody.\n\nFares\n-----\nMore."
        << QStringList { "headline: Ferry starts", "body: Body.", "body: Fares", "body: More." };
    QTest::newRow("lines of a paragraph are joined")
        << "The ferry crossed\nthe lake." << QStringList { "body: The ferry crossed the lake." };
    QTest::newRow("list items are paragraphs")
        << "- one\n- two\n  continued\n1. three" << QStringList { "body: one", "body: two continued", "body: three" };
    QTest::newRow("quotation") << "> Quiet, said one.\n\nBody." << QStringList { "body: Quiet, said one.", "body: Body." };
    QTest::newRow("emphasis, code and links")
        << "The **Dawnlight** is *new*; see `route` and [the map](http://example.invalid/map)."
        << QStringList { "body: The Dawnlight is new; see route and the map." };
    QTest::newRow("thematic breaks") << "One.\n\n***\n\nTwo.\n\n- - -\n\nThree."
                                     << QStringList { "body: One.", "body: Two.", "body: Three." };
    QTest::newRow("a quotation over two lines is one paragraph")
        << "> We were ready, the mayor said, and we will\n> be ready for the next one.\n\nBody."
        << QStringList { "body: We were ready, the mayor said, and we will be ready for the next one.", "body: Body." };
    QTest::newRow("numbers and signs starting a line are text")
        << "The damage was put at\n2.5 million pounds.\n\n-5C was the low.\n\nCall\n+44 20 7946 0000."
        << QStringList { "body: The damage was put at 2.5 million pounds.", "body: -5C was the low.", "body: Call +44 20 7946 0000." };
    QTest::newRow("a word broken at a line end, found whole elsewhere")
        << "The evacuation began on Monday, and police said the evac-\nuation would go on."
        << QStringList { "body: The evacuation began on Monday, and police said the evacuation would go on." };
    QTest::newRow("a word broken at a line end, used nowhere else")
        << "Police said the evac-\nuation would go on." << QStringList { "body: Police said the evacuation would go on." };
    QTest::newRow("snake_case survives") << "Call ferry_route now." << QStringList { "body: Call ferry_route now." };
}

void TestPlainTextParser::readsMarkdown()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(PlainTextParser::parse(text, true)), expected);
}

void TestPlainTextParser::readsFrontMatter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("fixture") << fixture("notes.md") << "Solar ferry crosses Lake Verrin" << "en" << QDate(2024, 3, 11)
                             << QStringList { "headline: Solar ferry crosses Lake Verrin", "body: By Mina Okafor",
                                              "body: The Dawnlight made its first crossing on Monday, carrying 42 "
                                              "passengers across the lake.",
                                              "body: What changes", "body: Fares fall by a tenth from April.",
                                              "body: The diesel boat is retired.",
                                              "body: It is quieter than my kitchen, said one passenger." };
    QTest::newRow("unclosed front matter is a rule")
        << "---\ntitle: Not metadata\n\nBody." << "" << "" << QDate()
        << QStringList { "body: title: Not metadata", "body: Body." };
}

void TestPlainTextParser::readsFrontMatter()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QString, language);
    QFETCH(QDate, published);
    QFETCH(QStringList, expected);
    const ParsedDocument document = PlainTextParser::parse(text, true);
    QCOMPARE(document.title, title);
    QCOMPARE(document.language, language);
    QCOMPARE(document.published.date(), published);
    QCOMPARE(describe(document), expected);
}

void TestPlainTextParser::detectsPressAssociationWire_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("fixture") << fixture("wire-pa.txt") << true;
    QTest::newRow("no rule of dashes") << "FERRY <\nOne. <\nTwo. <\n" << false;
    QTest::newRow("rule but few terminated lines")
        << QString(QString(30, QLatin1Char('-')) + "\nOne line <\nplain\nplain\nplain\nplain\nplain\nplain\nplain\nplain\nplain\nplain")
        << false;
    QTest::newRow("plain prose") << "The ferry crossed the lake.\n\nIt was quiet." << false;
}

void TestPlainTextParser::detectsPressAssociationWire()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(PlainTextParser::looksLikePressAssociationWire(text), expected);
}

void TestPlainTextParser::readsPressAssociationWire()
{
    const ParsedDocument document = PlainTextParser::parse(fixture("wire-pa.txt"));
    const QStringList expected {
        "headline: SOLAR FERRY",
        "byline: By Owen Tarrant, PA",
        "body: A solar-powered ferry has made its first crossing of Lake Verrin, its operator said.",
        QStringLiteral("body: The boat carried 42 passengers on Monday and is \u201Cquieter than a kitchen\u201D, one said."),
        "body: ENDS",
        "boilerplate: ot",
    };
    QCOMPARE(describe(document), expected);
    QCOMPARE(document.title, QStringLiteral("SOLAR FERRY"));
}

void TestPlainTextParser::joinsPressAssociationWireLines_data()
{
    QTest::addColumn<QString>("body"); // the lines of the story's one paragraph
    QTest::addColumn<QString>("expected");

    QTest::newRow("a word broken at a line end, found whole elsewhere")
        << "The evacuation began on Monday, and police said the evac-\nuation would go on. <"
        << "The evacuation began on Monday, and police said the evacuation would go on.";
    QTest::newRow("a word broken at a line end, used nowhere else")
        << "Police said the evac-\nuation would go on. <" << "Police said the evacuation would go on.";
    QTest::newRow("a compound whose pieces the article uses keeps its hyphen")
        << "The boat was built by a well-\nknown yard, known as well for tugs. <"
        << "The boat was built by a well-known yard, known as well for tugs.";
}

void TestPlainTextParser::joinsPressAssociationWireLines()
{
    QFETCH(QString, body);
    QFETCH(QString, expected);
    const QString rule(30, QLatin1Char('-'));
    const QString text = rule + "\n12:04 11/03/24: Floods\n" + rule + "\n\nFLOODS <\n\n" + body + "\n\nENDS <\n";
    const ParsedDocument document = PlainTextParser::parse(text);
    QCOMPARE(texts(document).value(1), expected);
}

namespace {

// A PA wire file: the header of dashed rules around the slug line, then
// `lines` as they are in the file ('<' ends a paragraph).
QString paWire(const QString &slug, const QStringList &lines)
{
    const QString rule = QStringLiteral("  ") + QString(72, QLatin1Char('-'));
    return QStringList { rule, QString(), rule, QString(), QStringLiteral("                 ") + slug, rule }.join(u'\n')
        + u'\n' + lines.join(u'\n') + u'\n';
}

const QString ferrySlug = QStringLiteral("12:04 11/03/24: Page 1 (HHH) TRANSPORT Ferry");

} // namespace

// Notes to the desks ("(Memo to ...)", "(reopens)") are boilerplate; the
// headline is the paragraph after them, when it reads as one.
void TestPlainTextParser::readsPressAssociationHousekeeping_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("title");

    const QString lede = QStringLiteral("A solar ferry made its first crossing of Lake Verrin today, its operator said.");
    QTest::newRow("memo above the headline")
        << QStringList { "(Memo to subs: Please see separate advisory)<", "SOLAR FERRY MAKES FIRST CROSSING<",
                         "By Owen Tarrant, PA News<", "A solar ferry made its first crossing of Lake Verrin today,",
                         "its operator said.<", "mf" }
        << QStringList { "boilerplate: (Memo to subs: Please see separate advisory)",
                         "headline: SOLAR FERRY MAKES FIRST CROSSING", "byline: By Owen Tarrant, PA News",
                         "body: " + lede, "boilerplate: mf" }
        << "SOLAR FERRY MAKES FIRST CROSSING";
    QTest::newRow("two notes and empty paragraphs")
        << QStringList { "(Corrected repetition: amends the skipper's age in the second par to 52)<", "<",
                         "(ATTENTION NEWS EDITORS: NOT FOR PUBLICATION before the inquiry", "reports.)<", "<",
                         "FERRY SKIPPER CLEARED<", lede + "<" }
        << QStringList { "boilerplate: (Corrected repetition: amends the skipper's age in the second par to 52)",
                         "boilerplate: (ATTENTION NEWS EDITORS: NOT FOR PUBLICATION before the inquiry reports.)",
                         "headline: FERRY SKIPPER CLEARED", "body: " + lede }
        << "FERRY SKIPPER CLEARED";
    QTest::newRow("note run into the headline")
        << QStringList { "(Corrected repetition making clear in par 2 that the ferry was", "empty.) FERRY SKIPPER CLEARED<",
                         lede + "<" }
        << QStringList { "boilerplate: (Corrected repetition making clear in par 2 that the ferry was empty.)",
                         "headline: FERRY SKIPPER CLEARED", "body: " + lede }
        << "FERRY SKIPPER CLEARED";
    QTest::newRow("continuation page opens with prose")
        << QStringList { "(reopens)<", lede + "<", "The operator plans two more boats.<" }
        << QStringList { "boilerplate: (reopens)", "body: " + lede, "body: The operator plans two more boats." }
        << QString();
    QTest::newRow("an aside in parentheses is the story's")
        << QStringList { "SOLAR FERRY MAKES FIRST CROSSING<", lede + "<", "(The old diesel ferry was sold last year.)<" }
        << QStringList { "headline: SOLAR FERRY MAKES FIRST CROSSING", "body: " + lede,
                         "body: (The old diesel ferry was sold last year.)" }
        << "SOLAR FERRY MAKES FIRST CROSSING";
}

void TestPlainTextParser::readsPressAssociationHousekeeping()
{
    QFETCH(QStringList, lines);
    QFETCH(QStringList, expected);
    QFETCH(QString, title);
    const QString text = paWire(ferrySlug, lines);
    QVERIFY(PlainTextParser::looksLikePressAssociationWire(text));
    const ParsedDocument document = PlainTextParser::parse(text);
    QCOMPARE(describe(document), expected);
    QCOMPARE(document.title, title);
}

// The slug line's filing time is the article's time, read as UK time.
void TestPlainTextParser::readsPressAssociationFilingTime_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QDateTime>("expected"); // in UTC; invalid: no time

    QTest::newRow("winter: GMT") << "16:52 07/02/01: Page 1 (HHH) TRANSPORT Ferry"
                                 << QDateTime(QDate(2001, 2, 7), QTime(16, 52), QTimeZone::utc());
    QTest::newRow("summer: BST") << "12:39 19/07/98: Page 2 (HHH) TRANSPORT Ferry"
                                 << QDateTime(QDate(1998, 7, 19), QTime(11, 39), QTimeZone::utc());
    QTest::newRow("four-digit year") << "09:05 24/12/2024: Page 1 (HHH) TRANSPORT Ferry"
                                     << QDateTime(QDate(2024, 12, 24), QTime(9, 5), QTimeZone::utc());
    QTest::newRow("no such day") << "09:05 31/02/00: Page 1 (HHH) TRANSPORT Ferry" << QDateTime();
    QTest::newRow("no such hour") << "25:05 01/02/00: Page 1 (HHH) TRANSPORT Ferry" << QDateTime();
    QTest::newRow("no slug line") << "TRANSPORT Ferry" << QDateTime();
}

void TestPlainTextParser::readsPressAssociationFilingTime()
{
    QFETCH(QString, slug);
    QFETCH(QDateTime, expected);
    const ParsedDocument document = PlainTextParser::parse(
        paWire(slug, { "SOLAR FERRY MAKES FIRST CROSSING<", "A solar ferry crossed Lake Verrin today.<" }));
    QCOMPARE(document.published.isValid(), expected.isValid());
    QCOMPARE(document.publishedFromHeader, expected.isValid());
    if (expected.isValid())
        QCOMPARE(document.published.toUTC(), expected);
}

QTEST_GUILESS_MAIN(TestPlainTextParser)

#include "tst_plaintextparser.moc"
