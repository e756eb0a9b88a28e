#include "roleclassifier.h"

#include <QTest>

using namespace WireDiff;

namespace {

std::vector<Paragraph> paragraphsOf(const QStringList &texts)
{
    std::vector<Paragraph> paragraphs;
    for (const QString &text : texts)
        paragraphs.push_back(Paragraph { text, ParagraphRole::Body });
    return paragraphs;
}

// "role: text" lines, so a failing comparison shows what was decided.
QStringList describe(const std::vector<Paragraph> &paragraphs)
{
    QStringList lines;
    for (const Paragraph &paragraph : paragraphs)
        lines.append(paragraphRoleName(paragraph.role) + QLatin1String(": ") + paragraph.text);
    return lines;
}

const QString lede = QStringLiteral("The solar ferry made its first crossing of Lake Verrin on Monday, carrying "
                                    "forty-two passengers, its operator said.");
const QString second = QStringLiteral("The boat replaces a diesel ferry that served the route for thirty years, "
                                      "and the council expects fares to fall.");
const QString third = QStringLiteral("Passengers said the crossing was so quiet that they could hear the water "
                                     "against the hull for the whole trip.");

// The same lede in the other scripts the byline rows use.
const QString ukrainianLede = QStringLiteral(
    "Сонячний пором у понеділок уперше перетнув озеро Веррін із сорока двома пасажирами на борту, повідомив перевізник.");
const QString ukrainianSecond = QStringLiteral(
    "Він замінює дизельний пором, який обслуговував маршрут тридцять років, і рада очікує, що ціни знизяться.");
const QString hebrewLede = QStringLiteral(
    "המעבורת הסולארית חצתה ביום שני לראשונה את אגם ורין עם ארבעים ושניים נוסעים, כך מסרה החברה המפעילה.");
const QString koreanLede = QStringLiteral(
    "태양광 여객선이 월요일 승객 42명을 태우고 베린 호수를 처음으로 건넜다고 운영사가 밝혔다.");
const QString germanLede = QStringLiteral(
    "Von Montag an fährt die Solarfähre jeden Tag über den Verrin-See, teilte der Betreiber mit.");

} // namespace

class TestRoleClassifier : public QObject
{
    Q_OBJECT

private slots:
    void recognisesBoilerplate_data();
    void recognisesBoilerplate();
    void recognisesBylines_data();
    void recognisesBylines();
    void recognisesDatelines_data();
    void recognisesDatelines();
    void recognisesCaptions_data();
    void recognisesCaptions();
    void classifiesArticles_data();
    void classifiesArticles();
    void keepsMarkedRoles_data();
    void keepsMarkedRoles();
};

void TestRoleClassifier::recognisesBoilerplate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("em dash alone") << QStringLiteral(" \u2014 ") << true;
    QTest::newRow("asterisk rule") << "* * *" << true;
    QTest::newRow("advertisement") << "Advertisement" << true;
    QTest::newRow("back to top") << "Back to top button" << true;
    QTest::newRow("read more with a link title") << "Read more: Why the old ferry was retired" << true;
    QTest::newRow("share this article") << "Share this article" << true;
    QTest::newRow("related articles") << "Related Articles" << true;
    QTest::newRow("newsletter sign-up") << "Sign up for our morning newsletter" << true;
    QTest::newRow("tags") << "Tags: ferry, solar power, Lake Verrin" << true;
    QTest::newRow("source credit") << QStringLiteral("Source:\u00A0AFP Editor: Jane Roe") << true;
    QTest::newRow("source by") << "Source by [author_name]" << true;
    QTest::newRow("agency credit in brackets") << "(Reporting by Jane Roe; Editing by John Doe)" << true;
    QTest::newRow("photo credit") << "Credit: Halden Ferries" << true;
    QTest::newRow("copyright line") << QStringLiteral("\u00A9 2024 The Halden Courier") << true;
    QTest::newRow("rights reserved") << "All rights reserved." << true;
    // Editors' notes: a whole paragraph in parentheses addressed to the
    // desks that take wire copy (EditorsNote's forms).
    QTest::newRow("memo to desks") << "(Memo to subs: see the separate advisory on the ferry inquiry)" << true;
    QTest::newRow("memo in capitals") << "(MEM TO SUBS: note the corrected spelling of Tarrant)" << true;
    QTest::newRow("corrected repetition") << "(Corrected repetition, amending the skipper's age in second par)" << true;
    QTest::newRow("corrects") << "(corrects name of the ferry operator)" << true;
    QTest::newRow("advisory, ending with a full stop") << "(Advisory: note strong language in pars 4 and 6)." << true;
    QTest::newRow("attention news editors") << "(ATTENTION NEWS EDITORS: NOT FOR PUBLICATION before the verdict)" << true;
    QTest::newRow("adds") << "(Adds comment from the harbour master in paragraph 5)" << true;
    QTest::newRow("refiles") << "(Refiles to fix a typing error in the headline)" << true;
    QTest::newRow("embargoed") << "(Embargoed until 00:01 GMT Tuesday)" << true;
    QTest::newRow("reopens") << "(reopens)" << true;
    QTest::newRow("with pictures") << "(with pics and a map)" << true;
    QTest::newRow("cross-reference to a catchline") << "(see TRANSPORT Ferry)" << true;
    QTest::newRow("note with brackets of its own") << "(Note: the inquiry (opened in May) resumes on Friday)" << true;
    QTest::newRow("an aside in parentheses") << "(The ferry was sold to a Norwegian operator in 2019.)" << false;
    QTest::newRow("see in lower case") << "(see below)" << false;
    QTest::newRow("note followed by text") << "(Adds quote) The ferry sank in calm water." << false;
    QTest::newRow("unclosed memo") << "(Memo to subs: see the separate advisory" << false;
    QTest::newRow("sources said") << "Sources said the talks would resume on Friday." << false;
    QTest::newRow("share prices") << "Share prices fell sharply on Monday." << false;
    QTest::newRow("related talks") << "Related talks collapsed last year, officials said." << false;
    QTest::newRow("home secretary") << "Home Secretary resigns over ferry contract" << false;
    QTest::newRow("credit card") << "Credit card fees rise again" << false;
    QTest::newRow("comments by a minister") << "Comments by the minister drew criticism." << false;
    QTest::newRow("body text") << lede << false;
    // In the other languages bylines are recognised in: rights lines stay
    // boilerplate, a byline is none.
    QTest::newRow("Ukrainian copyright line") << QStringLiteral("\u00A9 2024 Халденський кур\u2019єр") << true;
    QTest::newRow("German copyright line") << QStringLiteral("\u00A9 2024 Halden-Kurier. Alle Rechte vorbehalten") << true;
    QTest::newRow("Hebrew copyright line") << QStringLiteral("\u00A9 2024 הבלדן קורייר") << true;
    QTest::newRow("Ukrainian byline") << QStringLiteral("Від Марти Ліндквіст") << false;
    QTest::newRow("Hebrew byline") << QStringLiteral("מאת מרתה לינדקוויסט") << false;
    QTest::newRow("Ukrainian bare name") << QStringLiteral("Марта Ліндквіст") << false;
}

void TestRoleClassifier::recognisesBoilerplate()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(RoleClassifier::isBoilerplate(text), expected);
}

void TestRoleClassifier::recognisesBylines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("by and a name") << "By Jane Roe" << true;
    QTest::newRow("upper case") << "BY JANE ROE" << true;
    QTest::newRow("German") << QStringLiteral("Von Anna Müller") << true;
    QTest::newRow("French") << "Par Jean Dupont" << true;
    QTest::newRow("agency after a comma") << "Jane Roe, Reuters" << true;
    QTest::newRow("desk title after a comma") << "Jane Roe, Political Editor" << true;
    QTest::newRow("staff writer") << "Staff Writer" << true;
    QTest::newRow("staff and agencies") << "Staff and agencies" << true;
    QTest::newRow("agencies") << "Agencies" << true;
    QTest::newRow("German byline translated word for word") << QStringLiteral("Of Anna Müller") << true;
    QTest::newRow("from our correspondent") << "From our correspondent in Halden" << true;
    QTest::newRow("from our own correspondent") << "FROM OUR OWN CORRESPONDENT" << true;
    QTest::newRow("from and a place") << "From Paris, a new ferry" << false;
    QTest::newRow("of and a lower-case phrase") << "Of mice and men" << false;
    QTest::newRow("of and a long title") << "Of Kings And Queens And Ferries" << false;
    QTest::newRow("a headline about agencies") << "Aid agencies warn of flooding" << false;
    QTest::newRow("by and a time, as a sentence") << "By Monday, the talks had collapsed." << false;
    QTest::newRow("by and a lower-case word") << "By noon the pier was full" << false;
    QTest::newRow("a name starting with von") << "Von der Leyen warns of delays" << false;
    QTest::newRow("a headline naming an editor") << "Guardian names new editor" << false;
    QTest::newRow("a long sentence") << lede << false;

    // A marker of each wire language and a name after it.
    QTest::newRow("English, a place after the name") << "By Marta Lindqvist in Halden" << true;
    QTest::newRow("English, two writers") << "By Marta Lindqvist and Jane Roe" << true;
    QTest::newRow("English, agency in brackets") << "By Marta Lindqvist (Reuters)" << true;
    QTest::newRow("English, agency after a bar") << "By Marta Lindqvist | Reuters" << true;
    QTest::newRow("German in capitals") << QStringLiteral("VON ANNA MÜLLER") << true;
    QTest::newRow("German, a particle in the name") << QStringLiteral("Von Ursula von der Leyen") << true;
    QTest::newRow("French, a desk after the name") << QStringLiteral("Par Jean Dupont, envoyé spécial à Halden") << true;
    QTest::newRow("Spanish") << "Por Marta Lindqvist" << true;
    QTest::newRow("Italian") << "di Marta Lindqvist" << true;
    QTest::newRow("Portuguese, a particle in the name") << QStringLiteral("Por João da Silva") << true;
    QTest::newRow("Dutch") << "Door Marta Lindqvist" << true;
    QTest::newRow("Polish") << "Autor: Marta Lindqvist" << true;
    QTest::newRow("Ukrainian") << QStringLiteral("Від Марти Ліндквіст") << true;
    QTest::newRow("Ukrainian author") << QStringLiteral("Автор: Марта Ліндквіст") << true;
    QTest::newRow("Russian") << QStringLiteral("От Марты Линдквист") << true;
    QTest::newRow("Russian author") << QStringLiteral("Автор Марта Линдквист") << true;
    QTest::newRow("Hebrew") << QStringLiteral("מאת מרתה לינדקוויסט") << true;
    QTest::newRow("Arabic") << QStringLiteral("بقلم مارتا ليندكفيست") << true;
    QTest::newRow("Korean, the title after the name") << QStringLiteral("마르타 린드크비스트 기자") << true;
    QTest::newRow("Korean, agency and e-mail") << QStringLiteral("(서울=연합뉴스) 홍길동 기자 hong@yna.co.kr") << true;
    QTest::newRow("Japanese, the title after the name") << QStringLiteral("山田太郎記者") << true;
    QTest::newRow("Chinese, the title before the name") << QStringLiteral("记者 张三") << true;
    QTest::newRow("Chinese, outlet and a foreign name") << QStringLiteral("本报记者 马尔塔·林德奎斯特") << true;
    QTest::newRow("Chinese in traditional characters") << QStringLiteral("記者 張三") << true;

    // The same marker words opening body text and headlines.
    QTest::newRow("German sentence starting with von") << germanLede << false;
    QTest::newRow("German headline, von and a place") << "Von Kiew nach Lwiw" << false;
    QTest::newRow("French sentence starting with par") << "Par Halden passent chaque jour trois ferries." << false;
    QTest::newRow("French, par and a lower-case word") << "Par ailleurs le conseil a vote" << false;
    QTest::newRow("Spanish sentence starting with por") << "Por Halden pasan tres transbordadores al día." << false;
    QTest::newRow("Spanish headline, por and a lower-case word") << QStringLiteral("Por qué sube el precio del ferry") << false;
    QTest::newRow("Italian surname Di") << "Di Maio visita Halden" << false;
    QTest::newRow("Dutch sentence starting with door") << "Door de storm voer de veerboot niet." << false;
    QTest::newRow("Ukrainian headline, від and places") << QStringLiteral("Від Києва до Львова") << false;
    QTest::newRow("Ukrainian sentence starting with від") << QStringLiteral("Від понеділка пором курсуватиме щодня.") << false;
    QTest::newRow("Russian headline, от and places") << QStringLiteral("От Москвы до Киева") << false;
    QTest::newRow("Russian, автор and a lower-case word") << QStringLiteral("Автор закона выступил против поправок") << false;
    QTest::newRow("Hebrew sentence starting with the marker")
        << QStringLiteral("מאת השנים האחרונות הפכה המעבורת לסמל של העיר.") << false;
    QTest::newRow("Korean press conference headline") << QStringLiteral("시장, 기자회견 열어") << false;
    QTest::newRow("Korean sentence about a reporter") << QStringLiteral("기자가 현장에서 승객들을 만났다.") << false;
    QTest::newRow("Chinese headline on Journalists' Day") << QStringLiteral("中国记者节举行") << false;
    QTest::newRow("Chinese sentence with the title") << QStringLiteral("记者从市政府获悉，新渡轮将于周一启航。") << false;
    QTest::newRow("Ukrainian boilerplate") << QStringLiteral("Читайте також") << false;
    QTest::newRow("German boilerplate") << QStringLiteral("Alle Rechte vorbehalten") << false;
    QTest::newRow("a bare name on its own") << QStringLiteral("Марта Ліндквіст") << false;
}

void TestRoleClassifier::recognisesBylines()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(RoleClassifier::isByline(text), expected);
}

void TestRoleClassifier::recognisesDatelines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("time and ISO date") << QStringLiteral("\u00B7 \u00B7 19:52 UTC+8, 2024-03-11") << true;
    QTest::newRow("labelled date") << "date 2024-03-11" << true;
    QTest::newRow("month day year") << "March 11, 2024" << true;
    QTest::newRow("day month year") << "11 March 2024" << true;
    QTest::newRow("numeric date") << "11.03.2024" << true;
    QTest::newRow("updated") << "Updated 10:15 GMT" << true;
    QTest::newRow("place with a region") << "Halden, Northfield" << true;
    QTest::newRow("wire place line") << QStringLiteral("HALDEN (Reuters) \u2013") << true;
    QTest::newRow("wire place and day") << QStringLiteral("HALDEN, Monday \u2013") << true;
    QTest::newRow("wire place and date") << QStringLiteral("HALDEN, March 11 \u2014") << true;
    QTest::newRow("wire place alone") << QStringLiteral("NORTH HALDEN \u2014") << true;
    QTest::newRow("a kicker in capitals") << "EXCLUSIVE:" << false;
    QTest::newRow("capitals and a dash in a headline") << QStringLiteral("FERRY FARES UP AGAIN \u2013 AND AGAIN") << false;
    QTest::newRow("timestamp before a repeated headline")
        << "2024-03-11 08:15:00 Solar ferry makes its first crossing of Lake Verrin" << true;
    QTest::newRow("sentence with a date") << "The meeting on March 11, 2024 ended early." << false;
    QTest::newRow("published and a weekday") << "Published Monday" << true;
    QTest::newRow("posted with a colon") << "Posted: yesterday" << true;
    QTest::newRow("updated hours ago") << "Updated 3 hours ago" << true;
    QTest::newRow("a headline starting with posted") << "Posted Letters Go Missing" << false;
    QTest::newRow("a headline starting with dated") << "Dated Ferry Timetable Scrapped" << false;
    QTest::newRow("single place name") << "Halden" << false;
    QTest::newRow("headline naming a place") << "Ferry reaches Halden" << false;
}

void TestRoleClassifier::recognisesDatelines()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(RoleClassifier::isDateline(text), expected);
}

void TestRoleClassifier::recognisesCaptions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("bracketed credit") << "The ferry at Halden pier on Monday [Jane Roe/AFP]" << true;
    QTest::newRow("agency photo credit") << "The ferry at Halden pier. (AP Photo/Jane Roe)" << true;
    QTest::newRow("photograph credit") << "The ferry at dawn. Photograph: Jane Roe/Reuters" << true;
    QTest::newRow("photo prefix") << "Photo: the ferry at dawn" << true;
    QTest::newRow("ends with the date taken") << "The ferry leaves the pier in Halden, March 11, 2024." << true;
    // At the edges of where each pattern can match: the end of the text.
    QTest::newRow("bracketed credit, full stop after") << "The ferry at Halden pier. (AP Photo/Jane Roe)." << true;
    QTest::newRow("credit 60 characters after the colon")
        << "The ferry at dawn. Photo: " + QString(60, QLatin1Char('x')) << true;
    QTest::newRow("credit 61 characters after the colon")
        << "The ferry at dawn. Photo: " + QString(61, QLatin1Char('x')) << false;
    QTest::newRow("date taken, no full stop") << "The ferry leaves the pier in Halden, March 11, 2024" << true;
    QTest::newRow("date not at the end") << "On March 11, 2024 the ferry left the pier in Halden" << false;
    QTest::newRow("a year but no date at the end") << "The ferry has sailed since 1924." << false;
    QTest::newRow("numbered part") << "The ferry story, part one (1/2)" << false;
    QTest::newRow("plain sentence") << "Fares will fall by a tenth." << false;
}

void TestRoleClassifier::recognisesCaptions()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(RoleClassifier::isCaption(text), expected);
}

void TestRoleClassifier::classifiesArticles_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("headline, byline, dateline, body")
        << QStringList { "Solar ferry crosses Lake Verrin", "By Jane Roe", "March 11, 2024", lede }
        << QStringList { "headline: Solar ferry crosses Lake Verrin", "byline: By Jane Roe", "dateline: March 11, 2024",
                         "body: " + lede };
    QTest::newRow("question headline")
        << QStringList { "Who pays for the new ferry?", "By Jane Roe", lede }
        << QStringList { "headline: Who pays for the new ferry?", "byline: By Jane Roe", "body: " + lede };
    QTest::newRow("exclamation headline in quotes")
        << QStringList { QStringLiteral("\u201CWe made it!\u201D"), lede }
        << QStringList { QStringLiteral("headline: \u201CWe made it!\u201D"), "body: " + lede };
    QTest::newRow("a long question opens the story")
        << QStringList { "Who would have thought, ten years ago, that a ferry driven by the sun alone could carry forty "
                         "passengers across the lake?",
                         lede }
        << QStringList { "body: Who would have thought, ten years ago, that a ferry driven by the sun alone could carry "
                         "forty passengers across the lake?",
                         "body: " + lede };
    QTest::newRow("Title Case headline with a comma")
        << QStringList { "Storm Hits Coast, Thousands Flee", "By Jane Roe", lede }
        << QStringList { "headline: Storm Hits Coast, Thousands Flee", "byline: By Jane Roe", "body: " + lede };
    QTest::newRow("place line under a Title Case headline")
        << QStringList { "Solar Ferry Crosses Lake", "Halden, Northfield", lede }
        << QStringList { "headline: Solar Ferry Crosses Lake", "dateline: Halden, Northfield", "body: " + lede };
    QTest::newRow("headline starting with posted")
        << QStringList { "Posted Letters Go Missing", lede }
        << QStringList { "headline: Posted Letters Go Missing", "body: " + lede };
    QTest::newRow("section label above the headline")
        << QStringList { "News", "Solar ferry crosses Lake Verrin", lede }
        << QStringList { "boilerplate: News", "headline: Solar ferry crosses Lake Verrin", "body: " + lede };
    // A wire service's note to the desks above the headline (a plain-text
    // copy of agency copy): boilerplate, and the headline under it.
    QTest::newRow("editors' note above the headline")
        << QStringList { "(Adds comment from the harbour master in paragraph 3)", "SOLAR FERRY CROSSES LAKE VERRIN",
                         "By Jane Roe", lede }
        << QStringList { "boilerplate: (Adds comment from the harbour master in paragraph 3)",
                         "headline: SOLAR FERRY CROSSES LAKE VERRIN", "byline: By Jane Roe", "body: " + lede };
    QTest::newRow("short headline without a label")
        << QStringList { "Ferry deal agreed", lede }
        << QStringList { "headline: Ferry deal agreed", "body: " + lede };
    QTest::newRow("no headline when the text starts with prose")
        << QStringList { lede, "What changes", second }
        << QStringList { "body: " + lede, "body: What changes", "body: " + second };
    QTest::newRow("agency label beside a caption")
        << QStringList { "Ferry crosses lake", lede, "Reuters", "The ferry leaves the pier in Halden, March 11, 2024.", second }
        << QStringList { "headline: Ferry crosses lake", "body: " + lede, "boilerplate: Reuters",
                         "caption: The ferry leaves the pier in Halden, March 11, 2024.", "body: " + second };
    QTest::newRow("channel label under the headline")
        << QStringList { "Ferry crosses lake", "Halden, Northfield", "CNN", lede, second }
        << QStringList { "headline: Ferry crosses lake", "dateline: Halden, Northfield", "boilerplate: CNN",
                         "body: " + lede, "body: " + second };
    QTest::newRow("crosshead between body paragraphs")
        << QStringList { "Ferry crosses lake", lede, "Cheaper fares", second }
        << QStringList { "headline: Ferry crosses lake", "body: " + lede, "body: Cheaper fares", "body: " + second };
    QTest::newRow("site name after the story")
        << QStringList { "Ferry crosses lake", lede, second, "halden courier" }
        << QStringList { "headline: Ferry crosses lake", "body: " + lede, "body: " + second, "boilerplate: halden courier" };
    QTest::newRow("a story credit closes the story")
        << QStringList { "Ferry crosses lake", lede, second, third, "Source: agencies",
                         "Halden Courier: the latest news from the lake, updated every hour of the day and night",
                         "Related Articles" }
        << QStringList { "headline: Ferry crosses lake", "body: " + lede, "body: " + second, "body: " + third,
                         "boilerplate: Source: agencies",
                         "boilerplate: Halden Courier: the latest news from the lake, updated every hour of the day "
                         "and night",
                         "boilerplate: Related Articles" };
    QTest::newRow("a source note inside the story")
        << QStringList { "Ferry crosses lake", lede, second, "Source: Halden ferry office", third, lede }
        << QStringList { "headline: Ferry crosses lake", "body: " + lede, "body: " + second,
                         "boilerplate: Source: Halden ferry office", "body: " + third, "body: " + lede };
    // Bylines in other scripts under the headline; before, each short one
    // was taken for a label outside the story and made boilerplate.
    QTest::newRow("Ukrainian byline")
        << QStringList { QStringLiteral("Сонячний пором перетнув озеро"), QStringLiteral("Від Марти Ліндквіст"), ukrainianLede }
        << QStringList { QStringLiteral("headline: Сонячний пором перетнув озеро"),
                         QStringLiteral("byline: Від Марти Ліндквіст"), "body: " + ukrainianLede };
    QTest::newRow("Hebrew byline")
        << QStringList { QStringLiteral("מעבורת סולארית חוצה את האגם"), QStringLiteral("מאת מרתה לינדקוויסט"), hebrewLede }
        << QStringList { QStringLiteral("headline: מעבורת סולארית חוצה את האגם"),
                         QStringLiteral("byline: מאת מרתה לינדקוויסט"), "body: " + hebrewLede };
    QTest::newRow("Korean byline")
        << QStringList { QStringLiteral("태양광 여객선, 호수 첫 횡단"), QStringLiteral("마르타 린드크비스트 기자"), koreanLede }
        << QStringList { QStringLiteral("headline: 태양광 여객선, 호수 첫 횡단"),
                         QStringLiteral("byline: 마르타 린드크비스트 기자"), "body: " + koreanLede };
    QTest::newRow("German byline above a sentence starting with von")
        << QStringList { QStringLiteral("Solarfähre überquert den See"), QStringLiteral("Von Anna Müller"), germanLede }
        << QStringList { QStringLiteral("headline: Solarfähre überquert den See"), QStringLiteral("byline: Von Anna Müller"),
                         "body: " + germanLede };
    // A bare name between the headline and the story.
    QTest::newRow("Ukrainian bare name under the headline")
        << QStringList { QStringLiteral("Сонячний пором перетнув озеро"), QStringLiteral("Марта Ліндквіст"), ukrainianLede,
                         ukrainianSecond }
        << QStringList { QStringLiteral("headline: Сонячний пором перетнув озеро"), QStringLiteral("byline: Марта Ліндквіст"),
                         "body: " + ukrainianLede, "body: " + ukrainianSecond };
    QTest::newRow("English bare name under the headline and a dateline")
        << QStringList { "Solar ferry crosses Lake Verrin", "March 11, 2024", "Marta Lindqvist", lede }
        << QStringList { "headline: Solar ferry crosses Lake Verrin", "dateline: March 11, 2024", "byline: Marta Lindqvist",
                         "body: " + lede };
    QTest::newRow("four names with particles under the headline")
        << QStringList { "Solar ferry crosses Lake Verrin", "Maria Teresa de la Cruz Ruiz", lede }
        << QStringList { "headline: Solar ferry crosses Lake Verrin", "byline: Maria Teresa de la Cruz Ruiz", "body: " + lede };
    QTest::newRow("a name with an initial under the headline")
        << QStringList { "Solar ferry crosses Lake Verrin", "Jane R. Roe", lede }
        << QStringList { "headline: Solar ferry crosses Lake Verrin", "byline: Jane R. Roe", "body: " + lede };
    // Capitalised words that are no bare-name byline.
    QTest::newRow("outlet name under the headline")
        << QStringList { "Solar ferry crosses Lake Verrin", "BBC News", lede }
        << QStringList { "headline: Solar ferry crosses Lake Verrin", "boilerplate: BBC News", "body: " + lede };
    QTest::newRow("a line in capitals under the headline")
        << QStringList { "Solar ferry crosses Lake Verrin", "LIVE UPDATES", lede }
        << QStringList { "headline: Solar ferry crosses Lake Verrin", "boilerplate: LIVE UPDATES", "body: " + lede };
    QTest::newRow("a chapter number under the title")
        << QStringList { "Frankenstein", "Chapter I.", lede }
        << QStringList { "headline: Frankenstein", "body: Chapter I.", "body: " + lede };
    QTest::newRow("share button under the headline")
        << QStringList { "Solar ferry crosses Lake Verrin", "Share This Article", QStringLiteral("Марта Ліндквіст"), lede }
        << QStringList { "headline: Solar ferry crosses Lake Verrin", "boilerplate: Share This Article",
                         QStringLiteral("byline: Марта Ліндквіст"), "body: " + lede };
    QTest::newRow("five capitalised words under the headline")
        << QStringList { "Solar ferry crosses Lake Verrin", "Halden Ferry Company Annual Report", lede }
        << QStringList { "headline: Solar ferry crosses Lake Verrin", "body: Halden Ferry Company Annual Report",
                         "body: " + lede };
    QTest::newRow("Title Case crosshead in the story")
        << QStringList { "Ferry crosses lake", lede, "Cheaper Fares", second }
        << QStringList { "headline: Ferry crosses lake", "body: " + lede, "body: Cheaper Fares", "body: " + second };
    QTest::newRow("site name after the story in Title Case")
        << QStringList { "Ferry crosses lake", lede, second, "Halden Courier" }
        << QStringList { "headline: Ferry crosses lake", "body: " + lede, "body: " + second, "boilerplate: Halden Courier" };
    QTest::newRow("Ukrainian boilerplate after the story")
        << QStringList { QStringLiteral("Сонячний пором перетнув озеро"), QStringLiteral("Від Марти Ліндквіст"), ukrainianLede,
                         ukrainianSecond, QStringLiteral("Читайте також"), QStringLiteral("\u00A9 2024 Халденський кур\u2019єр") }
        << QStringList { QStringLiteral("headline: Сонячний пором перетнув озеро"),
                         QStringLiteral("byline: Від Марти Ліндквіст"), "body: " + ukrainianLede, "body: " + ukrainianSecond,
                         QStringLiteral("boilerplate: Читайте також"),
                         QStringLiteral("boilerplate: \u00A9 2024 Халденський кур\u2019єр") };
    QTest::newRow("alt text repeats the caption")
        << QStringList { "Ferry crosses lake", "The ferry at Halden pier.", "The ferry at Halden pier on Monday. [Jane Roe/AFP]", lede }
        << QStringList { "headline: Ferry crosses lake", "caption: The ferry at Halden pier.",
                         "caption: The ferry at Halden pier on Monday. [Jane Roe/AFP]", "body: " + lede };
}

void TestRoleClassifier::classifiesArticles()
{
    QFETCH(QStringList, texts);
    QFETCH(QStringList, expected);
    std::vector<Paragraph> paragraphs = paragraphsOf(texts);
    for (Paragraph &paragraph : paragraphs)
        paragraph.role = ParagraphRole::Caption; // classify() replaces every role
    RoleClassifier::classify(paragraphs);
    QCOMPARE(describe(paragraphs), expected);
}

void TestRoleClassifier::keepsMarkedRoles_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("roles"); // as marked by a format; "body" is undecided
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("a marked headline stops headline detection")
        << QStringList { "Ferry crosses lake", "Passengers pleased", lede }
        << QStringList { "body", "headline", "body" }
        << QStringList { "boilerplate: Ferry crosses lake", "headline: Passengers pleased", "body: " + lede };
    QTest::newRow("marked roles stay, body paragraphs are decided")
        << QStringList { "Ferry crosses lake", "Not a byline by its text", "Advertisement", lede }
        << QStringList { "headline", "byline", "body", "body" }
        << QStringList { "headline: Ferry crosses lake", "byline: Not a byline by its text", "boilerplate: Advertisement",
                         "body: " + lede };
}

void TestRoleClassifier::keepsMarkedRoles()
{
    QFETCH(QStringList, texts);
    QFETCH(QStringList, roles);
    QFETCH(QStringList, expected);
    std::vector<Paragraph> paragraphs = paragraphsOf(texts);
    for (size_t i = 0; i < paragraphs.size(); ++i)
        QVERIFY(paragraphRoleFromName(roles.at(qsizetype(i)), &paragraphs[i].role));
    RoleClassifier::classifyRemaining(paragraphs);
    QCOMPARE(describe(paragraphs), expected);
}

QTEST_GUILESS_MAIN(TestRoleClassifier)

#include "tst_roleclassifier.moc"
