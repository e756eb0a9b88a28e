#include "comparator.h"
#include "comparisonfixtures.h"
#include "highlightstyle.h"
#include "htmlexporter.h"
#include "testarticles.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <array>
#include <cmath>

using namespace WireDiff;

Q_DECLARE_METATYPE(WireDiff::ChangeClass)

namespace {

Comparison compare(std::vector<Article> articles)
{
    ComparisonOptions options;
    options.baseId = articles.front().id;
    options.threads = 1;
    return std::move(*Comparator(options).compare(std::move(articles)).comparison);
}

QPalette palette(bool dark)
{
    QPalette palette;
    palette.setColor(QPalette::Base, dark ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
    palette.setColor(QPalette::Text, dark ? QColor(Qt::white) : QColor(Qt::black));
    return palette;
}

// Every tag the page may contain; anything else came from an article.
const QSet<QString> allowedTags {
    QStringLiteral("!doctype"), QStringLiteral("html"), QStringLiteral("head"), QStringLiteral("meta"),
    QStringLiteral("title"), QStringLiteral("style"), QStringLiteral("body"), QStringLiteral("header"),
    QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("p"), QStringLiteral("section"),
    QStringLiteral("table"), QStringLiteral("thead"), QStringLiteral("tbody"), QStringLiteral("tr"), QStringLiteral("th"),
    QStringLiteral("td"), QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("li"), QStringLiteral("span"),
    QStringLiteral("sup"), QStringLiteral("a"), QStringLiteral("bdi"), QStringLiteral("blockquote"), QStringLiteral("div"),
    QStringLiteral("footer"), QStringLiteral("strong"), QStringLiteral("caption"),
};

} // namespace

// The HTML export: self-contained, article text escaped wherever it goes,
// and drawn with the same classes and colours as the window.
class TestHtmlExporter : public QObject
{
    Q_OBJECT

private slots:
    void escapesArticleText_data();
    void escapesArticleText();
    void selfContained();
    void coloursMirrorHighlightStyle_data();
    void coloursMirrorHighlightStyle();
    void showsClassesAndNotes();
    void skipsUnchangedRows_data();
    void skipsUnchangedRows();
    void keepsPercentSignsInNames_data();
    void keepsPercentSignsInNames();
    void listsChangedFacts_data();
    void listsChangedFacts();
    void nestsTheFamilyTree_data();
    void nestsTheFamilyTree();
    void sharesAddUp_data();
    void sharesAddUp();
    void comparedOnIsTheComparisonsTime_data();
    void comparedOnIsTheComparisonsTime();
    void headsThePageAsThePdf_data();
    void headsThePageAsThePdf();
    void tablesAreNamedAndFrozen_data();
    void tablesAreNamedAndFrozen();
};

void TestHtmlExporter::escapesArticleText_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escapedForm"); // must appear in the page

    QTest::newRow("script element") << QStringLiteral("paper")
                                    << QStringLiteral("<script>alert('x')</script> The river rose.")
                                    << QStringLiteral("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    QTest::newRow("event handler") << QStringLiteral("paper")
                                   << QStringLiteral("<img src=x onerror=alert(1)> The river rose.")
                                   << QStringLiteral("&lt;img src=x onerror=alert(1)&gt;");
    QTest::newRow("attribute breakout in a file name") << QStringLiteral("x\"><iframe src=//evil>")
                                                       << QStringLiteral("The river rose quickly.")
                                                       << QStringLiteral("x&quot;&gt;&lt;iframe src=//evil&gt;");
    QTest::newRow("style breakout") << QStringLiteral("paper")
                                    << QStringLiteral("</style><link rel=stylesheet href=http://evil/x.css> rose")
                                    << QStringLiteral("&lt;/style&gt;&lt;link rel=stylesheet href=http://evil/x.css&gt;");
    QTest::newRow("entities stay text") << QStringLiteral("paper") << QStringLiteral("AT&T said &lt;no&gt; comment.")
                                        << QStringLiteral("AT&amp;T said &amp;lt;no&amp;gt; comment.");
    QTest::newRow("control characters") << QStringLiteral("paper") << QStringLiteral("Null\u0000byte and bell\u0007.")
                                        << QStringLiteral("Null\uFFFDbyte and bell\uFFFD.");
    QTest::newRow("DEL, C1 controls and noncharacters")
        << QStringLiteral("paper") << QStringLiteral("Del\u007F and\u0080c1\u009F, non\uFFFE\uFFFF and \U0010FFFF end.")
        << QStringLiteral("Del\uFFFD and\uFFFDc1\uFFFD, non\uFFFD\uFFFD and \uFFFD end.");
}

void TestHtmlExporter::escapesArticleText()
{
    QFETCH(QString, id);
    QFETCH(QString, text);
    QFETCH(QString, escapedForm);
    const Comparison comparison = compare({
        TestArticles::make(QStringLiteral("agency"), { QStringLiteral("# Flood"), QStringLiteral("The river rose.") }),
        TestArticles::make(id, { QStringLiteral("# Flood"), text }),
    });
    // On the last word, so its number (after the passage) does not cut the text checked below.
    const qint32 end = qint32(text.size());
    Note note = Note::onPassage(id, 1, text, end - 5, end, QStringLiteral("<b onmouseover=alert(2)>checked</b>"));
    const QString html = QString::fromUtf8(HtmlExporter::toHtml(comparison, { note }, {}));
    QVERIFY(!html.isEmpty());
    // The text between the tags (the exporter cuts it at class boundaries).
    QString between = html;
    between.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    QVERIFY2(between.contains(escapedForm), qPrintable(escapedForm));
    QVERIFY(html.contains(QLatin1String("&lt;b onmouseover=alert(2)&gt;checked&lt;/b&gt;")));

    // Every tag is one the exporter writes, with only its attributes: an
    // attribute value never ends early, so no article text became markup.
    static const QRegularExpression tag(QStringLiteral(
        "<(!?[A-Za-z][A-Za-z0-9]*)((?:\\s+[^\\s=>]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>\"']+))?)*)\\s*/?>"));
    static const QRegularExpression attribute(QStringLiteral("([^\\s=]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>\"']+))?"));
    static const QSet<QString> allowedAttributes {
        QStringLiteral("class"), QStringLiteral("id"), QStringLiteral("href"), QStringLiteral("title"), QStringLiteral("dir"),
        QStringLiteral("lang"), QStringLiteral("charset"), QStringLiteral("http-equiv"), QStringLiteral("content"),
        QStringLiteral("name"), QStringLiteral("style"), QStringLiteral("value"), QStringLiteral("colspan"), QStringLiteral("html"),
        QStringLiteral("scope"),
    };
    qsizetype tags = 0;
    for (qsizetype at = html.indexOf(QLatin1Char('<')); at >= 0; at = html.indexOf(QLatin1Char('<'), at + 1)) {
        if (html.at(at + 1) == QLatin1Char('/'))
            continue;
        const QRegularExpressionMatch match = tag.match(html, at, QRegularExpression::NormalMatch,
                                                        QRegularExpression::AnchorAtOffsetMatchOption);
        QVERIFY2(match.hasMatch(), qPrintable(html.mid(at, 60)));
        const QString name = match.captured(1).toLower();
        QVERIFY2(allowedTags.contains(name), qPrintable(QStringLiteral("unexpected <%1>").arg(name)));
        for (auto it = attribute.globalMatch(match.captured(2)); it.hasNext();) {
            const QRegularExpressionMatch pair = it.next();
            const QString key = pair.captured(1).toLower();
            QVERIFY2(allowedAttributes.contains(key), qPrintable(QStringLiteral("unexpected attribute %1 in <%2>").arg(key, name)));
            if (key == QLatin1String("href"))
                QVERIFY2(pair.captured(2).startsWith(QLatin1String("\"#")), qPrintable(pair.captured(2)));
        }
        ++tags;
    }
    QVERIFY(tags > 20);
}

void TestHtmlExporter::selfContained()
{
    const Comparison comparison = compare({
        TestArticles::make(QStringLiteral("a"), { QStringLiteral("The river rose.") }),
        TestArticles::make(QStringLiteral("b"), { QStringLiteral("The river rose fast.") }),
    });
    const QString html = QString::fromUtf8(HtmlExporter::toHtml(comparison, {}, {}));
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QLatin1String("Content-Security-Policy\" content=\"default-src 'none'")));
    for (const char *forbidden : { "<script", "<link", "@import", "url(", "http://", "https://", "<img", "<iframe" })
        QVERIFY2(!html.contains(QLatin1String(forbidden), Qt::CaseInsensitive), forbidden);
}

void TestHtmlExporter::coloursMirrorHighlightStyle_data()
{
    QTest::addColumn<ChangeClass>("changeClass");
    QTest::addColumn<bool>("dark");
    for (const bool dark : { false, true }) {
        const char *theme = dark ? "dark" : "light";
        QTest::addRow("added, %s", theme) << ChangeClass::Added << dark;
        QTest::addRow("removed, %s", theme) << ChangeClass::Removed << dark;
        QTest::addRow("paraphrased, %s", theme) << ChangeClass::Paraphrased << dark;
        QTest::addRow("moved, %s", theme) << ChangeClass::Moved << dark;
        QTest::addRow("changed fact, %s", theme) << ChangeClass::FactChanged << dark;
    }
}

void TestHtmlExporter::coloursMirrorHighlightStyle()
{
    QFETCH(ChangeClass, changeClass);
    QFETCH(bool, dark);
    const HighlightStyle style(palette(dark));
    QCOMPARE(style.isDark(), dark);
    QCOMPARE(HtmlExporter::backgroundColour(changeClass, dark), style.background(changeClass).name());
    QCOMPARE(HtmlExporter::accentColour(changeClass, dark), style.accent(changeClass).name());
    QCOMPARE(HtmlExporter::uniqueColour(dark), style.uniqueBackground().name());
    QCOMPARE(HtmlExporter::uniqueAccentColour(dark), style.uniqueAccent().name());
    QCOMPARE(HtmlExporter::displayName(changeClass), HighlightStyle::displayName(changeClass));
    QCOMPARE(HtmlExporter::description(changeClass), HighlightStyle::description(changeClass));
}

void TestHtmlExporter::showsClassesAndNotes()
{
    const QString baseText = QStringLiteral("The mayor said the river would crest on Tuesday near the old bridge.");
    const QString otherText = QStringLiteral("The mayor said the river would crest on Wednesday near the old bridge, officials warned.");
    const Comparison comparison = compare({
        TestArticles::make(QStringLiteral("agency"), { baseText, QStringLiteral("Schools were closed.") }),
        TestArticles::make(QStringLiteral("paper"), { otherText, QStringLiteral("A paragraph only this paper has about ferries.") }),
    });
    const qint32 at = qint32(otherText.indexOf(QLatin1String("Wednesday")));
    const Note note = Note::onPassage(QStringLiteral("paper"), 0, otherText, at, at + 9, QStringLiteral("Agency says Tuesday.\nChecked twice."));
    Note detached = Note::onPassage(QStringLiteral("paper"), 0, otherText, 0, 3, QStringLiteral("Lost note"));
    detached.detached = true;
    detached.author = QStringLiteral("Zoë");
    const QString html = QString::fromUtf8(HtmlExporter::toHtml(comparison, { note, detached }, {}));
    // A detached note keeps its place and author, as in the PDF.
    QVERIFY(html.contains(QStringLiteral("<bdi>paper</bdi>, paragraph 1 — <bdi>Zoë</bdi><blockquote")));
    QVERIFY(html.contains(QLatin1String("class=\"added")));
    QVERIFY(html.contains(QLatin1String("class=\"unique")));
    QVERIFY(html.contains(QLatin1String("id=\"note-1\"")));
    // A note written on two lines shows on two lines.
    QVERIFY(html.contains(QLatin1String("<div dir=\"auto\">Agency says Tuesday.\nChecked twice.</div>")));
    QVERIFY(html.contains(QLatin1String(".notes div{white-space:pre-line}")));
    QVERIFY(html.contains(QLatin1String("Lost note")));
    QVERIFY(html.contains(QLatin1String("Found in no other source")));
    for (const ChangeClass changeClass : { ChangeClass::Added, ChangeClass::Removed, ChangeClass::Paraphrased, ChangeClass::Moved })
        QVERIFY(html.contains(HtmlExporter::displayName(changeClass)));
}

void TestHtmlExporter::skipsUnchangedRows_data()
{
    QTest::addColumn<bool>("includeUnchanged");
    QTest::addColumn<bool>("summaryLine");
    QTest::newRow("all rows") << true << false;
    QTest::newRow("changed rows only") << false << true;
}

void TestHtmlExporter::skipsUnchangedRows()
{
    QFETCH(bool, includeUnchanged);
    QFETCH(bool, summaryLine);
    const QStringList same { QStringLiteral("Ferries were cancelled for a second day."),
                             QStringLiteral("The harbour master said the storm would pass by the weekend.") };
    const Comparison comparison = compare({
        TestArticles::make(QStringLiteral("a"), same + QStringList { QStringLiteral("Schools reopened on Monday.") }),
        TestArticles::make(QStringLiteral("b"), same + QStringList { QStringLiteral("Schools reopened on Tuesday morning.") }),
    });
    ExportOptions options;
    options.includeUnchanged = includeUnchanged;
    const QString html = QString::fromUtf8(HtmlExporter::toHtml(comparison, {}, options));
    QCOMPARE(html.contains(QLatin1String("Unchanged rows not shown: 2")), summaryLine);
    QCOMPARE(html.contains(QLatin1String("harbour master")), includeUnchanged);
}

void TestHtmlExporter::keepsPercentSignsInNames_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("a place marker") << QStringLiteral("story%1draft");
    QTest::newRow("a URL-encoded page name") << QStringLiteral("Seoul%2C%20Korea");
    QTest::newRow("markers of each column") << QStringLiteral("%1%2%3%4%5%6%7%8%9%10");
}

// A file name is text wherever the page shows it: in the table of articles,
// the list of paragraphs found in no other source and the notes, next to
// the numbers that fill the same lines.
void TestHtmlExporter::keepsPercentSignsInNames()
{
    QFETCH(QString, id);
    const Comparison comparison = compare({
        TestArticles::make(QStringLiteral("agency"), { QStringLiteral("# Flood"), QStringLiteral("The river rose.") }),
        TestArticles::make(id, { QStringLiteral("# Flood"), QStringLiteral("The river rose."),
                                 QStringLiteral("Volunteers filled sandbags at the old mill all night.") }),
    });
    const QString added = QStringLiteral("Volunteers filled sandbags at the old mill all night.");
    const Note note = Note::onPassage(id, 2, added, 0, 10, QStringLiteral("Check with the mill."));
    const QString html = QString::fromUtf8(HtmlExporter::toHtml(comparison, { note }, {}));
    const QString shown = QStringLiteral("<bdi>%1</bdi>").arg(HtmlExporter::escaped(id));
    const QString row = QStringLiteral("<tr><th scope=\"row\">") + shown + QStringLiteral("</th>");
    const QString unique = QStringLiteral("<li>") + shown + QStringLiteral(" ¶3:");
    const QString noted = shown + QStringLiteral(", paragraph 3");
    for (const QString &expected : { row, unique, noted })
        QVERIFY2(html.contains(expected), qPrintable(expected));
}

// The changed facts the PDF's first pages list are in the page too: per
// article, each fact's kind, the copy's wording (boxed as in the rows) and
// the base's wording beside it.
void TestHtmlExporter::listsChangedFacts_data()
{
    QTest::addColumn<QStringList>("daily");
    QTest::addColumn<QStringList>("weekly");
    QTest::addColumn<int>("facts"); // at least this many

    const QString dam = QStringLiteral("Engineers opened the Halden dam on Monday after 86 homes were flooded, "
                                       "the regional water authority said.");
    const QString quote = QStringLiteral("\u201CWe will rebuild every bridge,\u201D the mayor said on Monday.");
    QTest::newRow("a figure and a quote in one copy, a weekday in another")
        << QStringList { QString(dam).replace(QStringLiteral("86"), QStringLiteral("68")),
                         QString(quote).replace(QStringLiteral("rebuild"), QStringLiteral("repair")) }
        << QStringList { QString(dam).replace(QStringLiteral("Monday"), QStringLiteral("Tuesday")), quote } << 3;
    QTest::newRow("markup in a changed figure")
        << QStringList { QString(dam).replace(QStringLiteral("86 homes"), QStringLiteral("<b>68 homes</b>")), quote }
        << QStringList { dam, quote } << 1;
    QTest::newRow("no changed facts") << QStringList { dam, quote } << QStringList { dam, quote } << 0;
}

void TestHtmlExporter::listsChangedFacts()
{
    QFETCH(QStringList, daily);
    QFETCH(QStringList, weekly);
    QFETCH(int, facts);
    const QString dam = QStringLiteral("Engineers opened the Halden dam on Monday after 86 homes were flooded, "
                                       "the regional water authority said.");
    const QString quote = QStringLiteral("\u201CWe will rebuild every bridge,\u201D the mayor said on Monday.");
    const Comparison comparison = compare({ TestArticles::make(QStringLiteral("agency"), { dam, quote }),
                                            TestArticles::make(QStringLiteral("daily"), daily),
                                            TestArticles::make(QStringLiteral("weekly"), weekly) });
    const QString html = QString::fromUtf8(HtmlExporter::toHtml(comparison, {}, {}));
    const qsizetype start = html.indexOf(QLatin1String("<section id=\"facts\">"));
    QVERIFY2(start >= 0, "no section of changed facts");
    const QString section = html.mid(start, html.indexOf(QLatin1String("</section>"), start) - start);
    QVERIFY(section.contains(QLatin1String("Changed facts and quotes")));

    qsizetype listed = 0;
    for (const ArticleComparison &own : comparison.comparisons) {
        if (!own.isValid() || own.factChanges.empty())
            continue;
        // The article's group line, with how many of its facts changed.
        const QString group = QStringLiteral("<bdi>%1</bdi> — %2 changed")
                                  .arg(comparison.articles[size_t(own.other)].id).arg(own.factChanges.size());
        QVERIFY2(section.contains(group), qPrintable(group));
        for (const FactChange &fact : own.factChanges) {
            const QString row = QStringLiteral("<tr><td class=\"kind\">%1</td><td dir=\"auto\"><span class=\"changed-fact\">%2"
                                               "</span></td><td dir=\"auto\">%3</td></tr>")
                                    .arg(factKindDisplayName(fact.kind), HtmlExporter::escaped(fact.text.simplified()),
                                         HtmlExporter::escaped(fact.sourceText.simplified()));
            QVERIFY2(section.contains(row), qPrintable(row));
            ++listed;
        }
    }
    QVERIFY(listed >= facts);
    QCOMPARE(section.count(QLatin1String("<td class=\"kind\">")), listed);
    if (facts == 0) {
        QVERIFY(section.contains(QLatin1String("No article contradicts the base (agency)")));
        QVERIFY(!section.contains(QLatin1String("<table")));
    }
    QVERIFY(!html.contains(QLatin1String("<b>68</b>")));
}

// The family tree is a nested list: each copy one level under its source,
// every article once, with the evidence in words.
void TestHtmlExporter::nestsTheFamilyTree_data()
{
    using ComparisonFixtures::story;
    QTest::addColumn<QList<QStringList>>("versions"); // articles "a", "b", … in order
    QTest::addColumn<int>("deepest");                  // at least this deep

    const QStringList outlet = ComparisonFixtures::replaced(story.first(4), 2, QString(story[2]).replace(
        QStringLiteral("were moved to a school gym"), QStringLiteral("were taken to a sports hall")));
    QTest::newRow("a chain: agency, an outlet's cut, a copy of the cut")
        << QList<QStringList> { story, outlet, outlet.first(3) } << 2;
    QTest::newRow("two cuts of one source")
        << QList<QStringList> { story, story.first(3), ComparisonFixtures::replaced(story, 4, QString(story[4]).replace(
                                                            QStringLiteral("thirty people"), QStringLiteral("forty staff"))) }
        << 1;
}

void TestHtmlExporter::nestsTheFamilyTree()
{
    QFETCH(QList<QStringList>, versions);
    QFETCH(int, deepest);
    const Comparison comparison = ComparisonFixtures::compareLettered(versions);
    const FamilyTree &tree = comparison.familyTree;
    const QString html = QString::fromUtf8(HtmlExporter::toHtml(comparison, {}, {}));
    const qsizetype start = html.indexOf(QLatin1String("<ul class=\"tree\">"));
    QVERIFY2(start >= 0, "no family tree");
    QVERIFY(html.lastIndexOf(QLatin1String("<h2>Family tree</h2>"), start) >= 0);

    // Walk the lists: each article's depth and the article of the item it
    // is nested in.
    static const QRegularExpression tag(QStringLiteral("<(/?)(ul|li)\\b[^>]*>(?:<strong><bdi>([^<]*)</bdi>)?"));
    QList<QString> openItems; // the article of each open <li>, outermost first
    qint32 lists = 0;
    QHash<QString, int> depth;
    QHash<QString, QString> nestedIn;
    for (auto it = tag.globalMatch(html, start); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const bool closing = !match.captured(1).isEmpty();
        if (match.captured(2) == QLatin1String("ul")) {
            lists += closing ? -1 : 1;
        } else if (closing) {
            QVERIFY(!openItems.isEmpty());
            openItems.removeLast();
        } else {
            const QString id = match.captured(3);
            QVERIFY2(!depth.contains(id), qPrintable(id + QLatin1String(" listed twice")));
            depth.insert(id, lists - 1);
            nestedIn.insert(id, openItems.isEmpty() ? QString() : openItems.last());
            openItems.append(id);
        }
        if (lists == 0)
            break;
    }
    QCOMPARE(lists, 0);
    QVERIFY(openItems.isEmpty());
    QCOMPARE(depth.size(), qsizetype(comparison.articles.size()));

    int maximum = 0;
    for (qint32 a = 0; a < qint32(comparison.articles.size()); ++a) {
        const QString &id = comparison.articles[size_t(a)].id;
        const qint32 parent = tree.parent[size_t(a)];
        int ancestors = 0;
        for (qint32 p = parent; p >= 0 && ancestors <= 10; p = tree.parent[size_t(p)])
            ++ancestors;
        QCOMPARE(depth.value(id, -1), ancestors);
        QCOMPARE(nestedIn.value(id), parent >= 0 ? comparison.articles[size_t(parent)].id : QString());
        QVERIFY2(html.contains(HtmlExporter::escaped(tree.describe(a, comparison.articles))), qPrintable(id));
        maximum = std::max(maximum, ancestors);
    }
    QVERIFY2(maximum >= deepest, qPrintable(QStringLiteral("deepest %1").arg(maximum)));
}

// The table of articles gives the shares the pane header gives: verbatim,
// reworded, new and, where an article has any, changed facts, in whole
// percents that add up to 100.
void TestHtmlExporter::sharesAddUp_data()
{
    QTest::addColumn<QStringList>("copy");
    QTest::addColumn<bool>("changedFacts");

    const QString dam = QStringLiteral("Engineers opened the Halden dam on Monday after 86 homes were flooded, "
                                       "the regional water authority said.");
    QTest::newRow("a changed figure and weekday: four shares")
        << QStringList { QString(dam).replace(QStringLiteral("86"), QStringLiteral("68")).replace(QStringLiteral("Monday"), QStringLiteral("Sunday")) }
        << true;
    QTest::newRow("a new clause, nothing changed: three shares")
        << QStringList { QString(dam).replace(QStringLiteral("said."), QStringLiteral("said late on Monday night.")) }
        << false;
    QTest::newRow("mostly other words: the rounding still adds up")
        << QStringList { QStringLiteral("Engineers opened the dam. Crews cleared the riverside roads quickly. "
                                        "Volunteers filled sandbags near the old mill.") }
        << false;
}

void TestHtmlExporter::sharesAddUp()
{
    QFETCH(QStringList, copy);
    QFETCH(bool, changedFacts);
    const QString dam = QStringLiteral("Engineers opened the Halden dam on Monday after 86 homes were flooded, "
                                       "the regional water authority said.");
    const Comparison comparison = compare({ TestArticles::make(QStringLiteral("agency"), { dam }),
                                            TestArticles::make(QStringLiteral("copy"), copy) });
    const ClassCounts &counts = comparison.counts[1];
    QCOMPARE(counts.changedFacts > 0, changedFacts);
    const QString html = QString::fromUtf8(HtmlExporter::toHtml(comparison, {}, {}));
    QCOMPARE(html.contains(QLatin1String("<th scope=\"col\">Changed facts</th>")), changedFacts);

    const qsizetype row = html.indexOf(QLatin1String("<tr><th scope=\"row\"><bdi>copy</bdi>"));
    QVERIFY(row >= 0);
    const QString cells = html.mid(row, html.indexOf(QLatin1String("</tr>"), row) - row);
    static const QRegularExpression number(QStringLiteral("<td class=\"num\">(\\d+)\u202f%</td>"));
    QList<int> shares;
    for (auto it = number.globalMatch(cells); it.hasNext();)
        shares.append(it.next().captured(1).toInt());
    shares.removeLast(); // removed: a share of the base's words, not of this article's
    QCOMPARE(shares.size(), changedFacts ? 4 : 3);
    const std::array<double, 4> exact { counts.verbatimShare(), counts.rewordedShare(), counts.newShare(), counts.changedFactShare() };
    int sum = 0;
    for (qsizetype i = 0; i < shares.size(); ++i) {
        QVERIFY2(std::abs(shares[i] - exact[size_t(i)] * 100.0) < 1.0, qPrintable(QString::number(shares[i])));
        sum += shares[i];
    }
    QCOMPARE(sum, 100);
}

// "Compared on" is when the comparison was made, however much later the
// page is written.
void TestHtmlExporter::comparedOnIsTheComparisonsTime_data()
{
    QTest::addColumn<QDateTime>("comparedAt");
    QTest::newRow("a winter morning") << QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC);
    QTest::newRow("a summer evening") << QDateTime(QDate(2024, 7, 15), QTime(18, 30), Qt::UTC);
}

void TestHtmlExporter::comparedOnIsTheComparisonsTime()
{
    QFETCH(QDateTime, comparedAt);
    Comparison comparison = compare({ TestArticles::make(QStringLiteral("a"), { QStringLiteral("The river rose.") }),
                                      TestArticles::make(QStringLiteral("b"), { QStringLiteral("The river rose fast.") }) });
    QVERIFY(comparison.comparedAt.isValid());
    QVERIFY(qAbs(comparison.comparedAt.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    comparison.comparedAt = comparedAt;
    const QString html = QString::fromUtf8(HtmlExporter::toHtml(comparison, {}, {}));
    const QString expected = QStringLiteral("Compared on %1.").arg(QLocale().toString(comparedAt.toLocalTime(), QLocale::LongFormat));
    QVERIFY2(html.contains(HtmlExporter::escaped(expected)), qPrintable(expected));
}

// The page opens as the PDF's first page does: the story's headline (the
// base's id where it has none) as the title, the folder under it.
void TestHtmlExporter::headsThePageAsThePdf_data()
{
    QTest::addColumn<QString>("headline");    // the base's title
    QTest::addColumn<QString>("folder");      // ExportOptions::title
    QTest::addColumn<QString>("filePath");    // the base's file
    QTest::addColumn<QString>("title");       // expected in <h1> and <title>
    QTest::addColumn<QString>("folderShown"); // expected on the "Folder:" line
    QTest::newRow("headline, folder under it") << "Dam opened after floods" << "/news/dam" << ""
                                               << "Dam opened after floods" << "/news/dam";
    QTest::newRow("no headline: the base's id") << "" << "/news/dam" << "" << "agency" << "/news/dam";
    QTest::newRow("no folder given: the base file's") << "Dam opened" << "" << "/wire/today/agency.txt"
                                                      << "Dam opened" << "/wire/today";
    QTest::newRow("articles in memory") << "Dam opened" << "" << "" << "Dam opened" << "(articles in memory)";
}

void TestHtmlExporter::headsThePageAsThePdf()
{
    QFETCH(QString, headline);
    QFETCH(QString, folder);
    QFETCH(QString, filePath);
    QFETCH(QString, title);
    QFETCH(QString, folderShown);
    Article base = TestArticles::make(QStringLiteral("agency"), { QStringLiteral("The dam was opened on Monday.") });
    base.title = headline;
    base.filePath = filePath;
    const Comparison comparison = compare({ base, TestArticles::make(QStringLiteral("paper"), { QStringLiteral("The dam opened on Monday.") }) });
    ExportOptions options;
    options.title = folder;
    const QString html = QString::fromUtf8(HtmlExporter::toHtml(comparison, {}, options));
    QVERIFY2(html.contains(QStringLiteral("<h1><bdi>%1</bdi></h1>").arg(title)), qPrintable(html.left(3000).section(QLatin1String("<body>"), 1)));
    QVERIFY(html.contains(QStringLiteral("<title>WireDiff: %1</title>").arg(title)));
    const QString folderLine = QStringLiteral("<p class=\"meta\">Folder: <bdi>%1</bdi></p>").arg(QDir::toNativeSeparators(folderShown));
    QVERIFY2(html.contains(folderLine), qPrintable(folderLine));
    // The folder follows the title, before the other lines.
    QVERIFY(html.indexOf(folderLine) > html.indexOf(QLatin1String("</h1>")));
    QVERIFY(html.indexOf(folderLine) < html.indexOf(QLatin1String("Compared on")));
}

void TestHtmlExporter::tablesAreNamedAndFrozen_data()
{
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("outletCell");
    QTest::newRow("an outlet not known: a dash, as the PDF prints") << "" << "<td><bdi>—</bdi></td>";
    QTest::newRow("a known outlet") << "Daily Courier" << "<td><bdi>Daily Courier</bdi></td>";
}

// Every table says what it is (<caption>) and which headers head a column
// or a row; the aligned comparison keeps its header row and the base's
// column in view when it scrolls, with CSS alone (the page runs no script).
void TestHtmlExporter::tablesAreNamedAndFrozen()
{
    QFETCH(QString, outlet);
    QFETCH(QString, outletCell);
    const QString dam = QStringLiteral("Engineers opened the Halden dam on Monday after 86 homes were flooded.");
    Article paper = TestArticles::make(QStringLiteral("paper"), { QString(dam).replace(QStringLiteral("86"), QStringLiteral("68")) });
    paper.outlet = outlet;
    const Comparison comparison = compare({ TestArticles::make(QStringLiteral("agency"), { dam }), paper });
    const QString html = QString::fromUtf8(HtmlExporter::toHtml(comparison, {}, {}));
    QVERIFY2(html.contains(QStringLiteral("<tr><th scope=\"row\"><bdi>paper</bdi></th>") + outletCell), qPrintable(outletCell));
    // Articles, changed facts, who copied whom, the aligned rows.
    QCOMPARE(html.count(QLatin1String("<table")), 4);
    static const QRegularExpression opening(QStringLiteral("<table[^>]*>(?!<caption>[^<]+</caption>)"));
    QVERIFY2(!opening.match(html).hasMatch(), qPrintable(opening.match(html).captured()));
    static const QRegularExpression bareHeader(QStringLiteral("<th(?=[\\s>])(?![^>]*scope=\"(col|row|rowgroup)\")[^>]*>"));
    QVERIFY2(!bareHeader.match(html).hasMatch(), qPrintable(html.mid(bareHeader.match(html).capturedStart(), 80)));
    const QString sheet = html.section(QLatin1String("<style>"), 1).section(QLatin1String("</style>"), 0, 0);
    QVERIFY(sheet.contains(QLatin1String("table.rows thead th{border-top-width:1px;position:sticky;top:0")));
    QVERIFY(sheet.contains(QLatin1String("table.rows tr:not(.skipped)>td:first-child{position:sticky;left:0")));
    QVERIFY(html.contains(QLatin1String("content=\"default-src 'none'; style-src 'unsafe-inline'\"")));
    QVERIFY(!html.contains(QLatin1String("<script")));
}

QTEST_MAIN(TestHtmlExporter)
#include "tst_htmlexporter.moc"
