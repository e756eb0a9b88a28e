#include "comparator.h"
#include "comparisonfixtures.h"
#include "htmlexporter.h"
#include "note.h"
#include "paneheaderbar.h"
#include "pdfexporter.h"
#include "pdffixtures.h"
#include "testarticles.h"

#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace WireDiff;
using namespace WireDiff::PdfFixtures;

// The PDF's text as a reader gets it back (pdftotext): every script, Latin
// without ligatures beside text that needs shaping, names that keep their
// direction to themselves, and no line or note lost or printed twice where
// rows and notes go over pages.
class TestPdfText : public QObject
{
    Q_OBJECT

private slots:
    void scripts_data();
    void scripts();
    void controlsInANameStayInIt();
    void tallRowsAreCutBetweenLines_data();
    void tallRowsAreCutBetweenLines();
    void offsetColumnsAreCutBetweenLines();
    void everyNoteIsReadBackOnce();
    void noteKeepsItsLineBreaks_data();
    void noteKeepsItsLineBreaks();
    void coverDatesTheComparisonAndGivesFourShares_data();
    void coverDatesTheComparisonAndGivesFourShares();
    void approximateSharesAreMarked_data();
    void approximateSharesAreMarked();
};

void TestPdfText::scripts_data()
{
    QTest::addColumn<QStringList>("base");
    QTest::addColumn<QStringList>("other");
    QTest::addColumn<QStringList>("words"); // each must be read back from the PDF

    QTest::newRow("Cyrillic")
        << QStringList { "Мэр заявил, что уровень воды в реке достигнет пика во вторник.", "Школы закрыты." }
        << QStringList { "Мэр города заявил, что уровень воды в реке достигнет пика в среду.", "Паромы отменены." }
        << QStringList { "уровень", "вторник", "среду", "Паромы" };
    QTest::newRow("Greek")
        << QStringList { "Ο δήμαρχος είπε ότι ο ποταμός θα κορυφωθεί την Τρίτη." }
        << QStringList { "Ο δήμαρχος δήλωσε ότι ο ποταμός θα κορυφωθεί την Τετάρτη." }
        << QStringList { "δήμαρχος", "Τρίτη", "Τετάρτη" };
    QTest::newRow("CJK")
        << QStringList { "市长表示，河水将在周二达到峰值。", "学校停课。" }
        << QStringList { "市长说，河水将在周三达到峰值。", "渡轮停航。" }
        << QStringList { "市长", "河水", "周二", "周三", "渡轮" };
    QTest::newRow("Japanese and Korean")
        << QStringList { "市長は火曜日に川の水位が最高になると述べた。" }
        << QStringList { "시장은 화요일에 강 수위가 최고조에 이를 것이라고 말했다." }
        << QStringList { "火曜日", "시장은", "화요일에" };
    QTest::newRow("Arabic")
        << QStringList { "قال رئيس البلدية إن منسوب النهر سيبلغ ذروته يوم الثلاثاء." }
        << QStringList { "قال رئيس البلدية إن منسوب النهر سيبلغ ذروته يوم الأربعاء." }
        << QStringList { "البلدية", "الثلاثاء", "الأربعاء" };
    QTest::newRow("Hebrew")
        << QStringList { "ראש העיר אמר כי מפלס הנהר יגיע לשיאו ביום שלישי." }
        << QStringList { "ראש העיר אמר כי מפלס הנהר יגיע לשיאו ביום רביעי." }
        << QStringList { "מפלס", "שלישי", "רביעי" };
    // One character that needs shaping turned ligatures on for the whole
    // paragraph: "officials" read back as "oﬃcials" and was not found.
    QStringList mixed { "The first officials said the office would offer a flat fee to affected families.",
                        "Crews expect to restore power by Thursday, officials said." };
    QTest::newRow("Latin beside Hebrew, an emoji and a replacement character")
        << mixed
        << QStringList { "The first officials said the office would offer a flat fee to affected families \uFFFD.",
                         "Crews expect to restore power by Thursday, שלום, officials said. \U0001F30A" }
        << QStringList { "officials", "office", "affected", "flat", "שלום" };
}

void TestPdfText::scripts()
{
    QFETCH(QStringList, base);
    QFETCH(QStringList, other);
    QFETCH(QStringList, words);
    const Comparison comparison = compare({ TestArticles::make(QStringLiteral("source"), base),
                                            TestArticles::make(QStringLiteral("copy"), other) });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("scripts.pdf"));
    QCOMPARE(PdfExporter::write(path, comparison, {}, {}), QString());
    if (tool("pdftotext").isEmpty() || tool("pdffonts").isEmpty())
        QSKIP("poppler-utils (pdftotext, pdffonts) are not installed");

    // Every font is embedded (no font left to the reader's machine) and is
    // an outline font, not a bitmap.
    const QStringList fonts = run(tool("pdffonts"), { path }).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fonts.isEmpty());
    for (const QString &line : fonts) {
        QVERIFY2(line.contains(QLatin1String(" yes ")), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("Type 3")), qPrintable(line));
    }
    const QString raw = run(tool("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    const QString readBack = comparable(raw);
    for (const QString &word : words)
        QVERIFY2(readBack.contains(comparable(word)), qPrintable(word));
    // Latin is stored letter by letter, so a reader's search finds it
    // (comparable() folds ligatures, so they are looked for in the raw text).
    for (const QChar c : raw)
        QVERIFY2(c.unicode() < 0xFB00 || c.unicode() > 0xFB06, qPrintable(raw));
}

// An article named with a right-to-left override (as a file name may be)
// reversed the rest of every line it was put in: the changed-facts group
// line read "degnahc 1 —". Names are isolated in their lines now.
void TestPdfText::controlsInANameStayInIt()
{
    const QString dam = QStringLiteral("Engineers opened the Halden dam on Monday after 86 homes were flooded, "
                                       "the regional water authority said.");
    const Comparison comparison = compare({ TestArticles::make(QStringLiteral("agency"), { dam }),
                                            TestArticles::make(QStringLiteral("daily\u202E"),
                                                               { QString(dam).replace(QStringLiteral("86"), QStringLiteral("68")) }) });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("names.pdf"));
    QCOMPARE(PdfExporter::write(path, comparison, {}, {}), QString());
    if (tool("pdftotext").isEmpty())
        QSKIP("pdftotext is not installed");
    const QString text = comparable(run(tool("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") }));
    QVERIFY2(text.contains(QStringLiteral("—1changed")), qPrintable(text));
}

void TestPdfText::tallRowsAreCutBetweenLines_data()
{
    QTest::addColumn<int>("words");
    QTest::addColumn<bool>("landscape");
    QTest::newRow("three pages, portrait") << 2500 << false;
    QTest::newRow("many pages, landscape") << 6000 << true;
}

void TestPdfText::tallRowsAreCutBetweenLines()
{
    QFETCH(int, words);
    QFETCH(bool, landscape);
    // One paragraph far taller than a page: every word must be read back
    // exactly once, so no line was lost or printed twice at a page break.
    QStringList text;
    for (int i = 0; i < words; ++i)
        text.append(QStringLiteral("w%1").arg(i, 5, 10, QLatin1Char('0')));
    const Comparison comparison = compare({ TestArticles::make(QStringLiteral("long"), { text.join(QLatin1Char(' ')) }),
                                            TestArticles::make(QStringLiteral("short"), { QStringLiteral("Something else entirely.") }) });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tall.pdf"));
    PdfPageSetup setup;
    setup.orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    QCOMPARE(PdfExporter::write(path, comparison, {}, {}, setup), QString());
    if (tool("pdftotext").isEmpty())
        QSKIP("pdftotext is not installed");
    QVERIFY(pdfPages(path) >= 3);
    const QString readBack = run(tool("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    QHash<QString, int> seen;
    static const QRegularExpression word(QStringLiteral("\\bw\\d{5}\\b"));
    // The table's pages only: the first pages quote the paragraph's start
    // among those found in no other source.
    for (const QString &page : readBack.split(QLatin1Char('\f'))) {
        if (!page.contains(QLatin1String("Aligned comparison")))
            continue;
        for (auto it = word.globalMatch(page); it.hasNext();)
            ++seen[it.next().captured(0)];
    }
    for (const QString &expected : text)
        QVERIFY2(seen.value(expected) == 1, qPrintable(QStringLiteral("%1 read back %2 times").arg(expected).arg(seen.value(expected))));
}

// Sixty notes on one paragraph take more than a page's foot: before, those
// that did not fit were painted above the page and lost. Every note's text
// is read back once, in the order of the notes.
void TestPdfText::everyNoteIsReadBackOnce()
{
    QStringList words;
    for (int i = 0; i < 120; ++i)
        words.append(QStringLiteral("t%1").arg(i, 3, 10, QLatin1Char('0')));
    const QString paragraph = words.join(QLatin1Char(' ')) + QLatin1Char('.');
    const Comparison comparison = compare({ TestArticles::make(QStringLiteral("agency"), { QStringLiteral("# Flood"), paragraph }),
                                            TestArticles::make(QStringLiteral("paper"), { QStringLiteral("# Flood"), paragraph }) });
    Notes notes;
    for (int n = 0; n < 60; ++n) {
        const qint32 at = qint32(paragraph.indexOf(words[n]));
        notes.push_back(Note::onPassage(QStringLiteral("paper"), 1, paragraph, at, at + 4,
                                        QStringLiteral("Checked token %1 against the wire copy.").arg(words[n])));
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.pdf"));
    QCOMPARE(PdfExporter::write(path, comparison, notes, {}), QString());
    if (tool("pdftotext").isEmpty())
        QSKIP("pdftotext is not installed");
    const QString readBack = run(tool("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    static const QRegularExpression checked(QStringLiteral("Checked token (t\\d{3})"));
    QStringList seen;
    for (auto it = checked.globalMatch(readBack); it.hasNext();)
        seen.append(it.next().captured(1));
    QCOMPARE(seen, words.mid(0, 60));
}

// A note written on two lines prints on two lines, at the foot of the page
// and among the notes whose passage was lost. Before, the foot of the page
// ran them together ("…the agency.Second…"): a text layout does not break
// at '\n'.
void TestPdfText::noteKeepsItsLineBreaks_data()
{
    QTest::addColumn<bool>("detached");
    QTest::newRow("at the foot of the page") << false;
    QTest::newRow("passage lost") << true;
}

void TestPdfText::noteKeepsItsLineBreaks()
{
    QFETCH(bool, detached);
    const QString paragraph = QStringLiteral("The ferry service resumed on Friday after two days of storms.");
    const Comparison comparison = compare({ TestArticles::make(QStringLiteral("agency"), { QStringLiteral("# Ferries"), paragraph }),
                                            TestArticles::make(QStringLiteral("paper"), { QStringLiteral("# Ferries"), paragraph }) });
    Note note = Note::onPassage(QStringLiteral("paper"), 1, paragraph, 4, 10,
                                QStringLiteral("Checked with the agency desk.\nSecond line: the port confirms Friday."));
    note.detached = detached;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lines.pdf"));
    QCOMPARE(PdfExporter::write(path, comparison, { note }, {}), QString());
    if (tool("pdftotext").isEmpty())
        QSKIP("pdftotext is not installed");
    const QString readBack = run(tool("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    QVERIFY2(readBack.contains(QStringLiteral("Second line: the port confirms Friday.")), qPrintable(readBack));
    static const QRegularExpression twoLines(QStringLiteral("agency desk\\.[ \\t]*\\n[ \\t]*Second line"));
    QVERIFY2(readBack.contains(twoLines), qPrintable(readBack));
}

// One column holds a paragraph, the other the same text in two paragraphs:
// their lines are offset by the gap between paragraphs, so no cut falls
// between lines in both. Before, the cut went through lines, which were
// printed on both pages (or half on each). Every sentence is read back once
// per column.
void TestPdfText::offsetColumnsAreCutBetweenLines()
{
    QStringList sentences;
    for (int i = 1; i <= 240; ++i)
        sentences.append(QStringLiteral("S%1x the river rose again over the old stone quay while crews watched.").arg(i, 3, 10, QLatin1Char('0')));
    const QString whole = sentences.join(QLatin1Char(' '));
    const QString first = QStringList(sentences.mid(0, 80)).join(QLatin1Char(' '));
    const QString rest = QStringList(sentences.mid(80)).join(QLatin1Char(' '));
    const Comparison comparison = compare({ TestArticles::make(QStringLiteral("base"), { QStringLiteral("# Report"), whole }),
                                            TestArticles::make(QStringLiteral("split"), { QStringLiteral("# Report"), first, rest }) });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("offset.pdf"));
    QCOMPARE(PdfExporter::write(path, comparison, {}, {}), QString());
    if (tool("pdftotext").isEmpty())
        QSKIP("pdftotext is not installed");
    const QString readBack = run(tool("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    QHash<QString, int> seen;
    static const QRegularExpression mark(QStringLiteral("\\bS\\d{3}x\\b"));
    for (const QString &page : readBack.split(QLatin1Char('\f'))) {
        if (!page.contains(QLatin1String("Aligned comparison")))
            continue;
        for (auto it = mark.globalMatch(page); it.hasNext();)
            ++seen[it.next().captured(0)];
    }
    for (int i = 1; i <= 240; ++i) {
        const QString expected = QStringLiteral("S%1x").arg(i, 3, 10, QLatin1Char('0'));
        QVERIFY2(seen.value(expected) == 2, qPrintable(QStringLiteral("%1 read back %2 times").arg(expected).arg(seen.value(expected))));
    }
}

// The first page's "Compared:" is when the comparison was made, not when
// the PDF was written, and reads as the HTML's "Compared on" of the same
// comparison; its table of shares gives the pane header's four, changed
// facts included, adding up to 100 %.
void TestPdfText::coverDatesTheComparisonAndGivesFourShares_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QDateTime>("comparedAt");
    QTest::newRow("English, a winter morning") << "en_GB" << QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC);
    QTest::newRow("German, a summer evening") << "de_DE" << QDateTime(QDate(2024, 7, 15), QTime(18, 30), Qt::UTC);
}

void TestPdfText::coverDatesTheComparisonAndGivesFourShares()
{
    QFETCH(QString, locale);
    QFETCH(QDateTime, comparedAt);
    const QLocale before;
    QLocale::setDefault(QLocale(locale));
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });

    const QString dam = QStringLiteral("Engineers opened the Halden dam on Monday after 86 homes were flooded, "
                                       "the regional water authority said.");
    const QString changed = QString(dam).replace(QStringLiteral("86"), QStringLiteral("68")).replace(QStringLiteral("Monday"), QStringLiteral("Sunday"));
    Comparison comparison = compare({ TestArticles::make(QStringLiteral("agency"), { dam }),
                                      TestArticles::make(QStringLiteral("daily"), { changed }) });
    QVERIFY(comparison.counts[1].changedFacts > 0);
    comparison.comparedAt = comparedAt;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("dated.pdf"));
    QCOMPARE(PdfExporter::write(path, comparison, {}, {}), QString());
    if (tool("pdftotext").isEmpty())
        QSKIP("pdftotext is not installed");
    const QString text = run(tool("pdftotext"), { QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                                  QStringLiteral("-") });

    // The time, and the same in the HTML.
    const QString expected = QLocale().toString(comparedAt.toLocalTime(), QLocale::LongFormat);
    static const QRegularExpression pdfLine(QStringLiteral("Compared: (.*) · articles"));
    const QRegularExpressionMatch pdfMatch = pdfLine.match(text);
    QVERIFY2(pdfMatch.hasMatch(), qPrintable(text.left(2000)));
    QCOMPARE(comparable(pdfMatch.captured(1)), comparable(expected));
    const QString html = QString::fromUtf8(HtmlExporter::toHtml(comparison, {}, {}));
    static const QRegularExpression htmlLine(QStringLiteral("Compared on (.*)\\. Articles"));
    const QRegularExpressionMatch htmlMatch = htmlLine.match(html);
    QVERIFY2(htmlMatch.hasMatch(), qPrintable(html.left(3000)));
    QString inHtml = htmlMatch.captured(1);
    inHtml.replace(QLatin1String("&#39;"), QLatin1String("'")).replace(QLatin1String("&amp;"), QLatin1String("&"));
    QCOMPARE(comparable(inHtml), comparable(pdfMatch.captured(1)));

    // The shares: the daily's row has four that add up to 100, then the
    // share of the base it removed.
    const qsizetype table = text.indexOf(QLatin1String("What each article did with the base"));
    QVERIFY(table >= 0);
    const QString section = text.mid(table, text.indexOf(QLatin1String("Found in no other source"), table) - table);
    QVERIFY2(section.contains(QLatin1String("Changed facts")), qPrintable(section));
    QString row;
    for (const QString &line : section.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("daily")))
            row = line;
    }
    static const QRegularExpression percent(QStringLiteral("(\\d+)[\\s\\x{202F}\\x{00A0}]*%"));
    QList<int> numbers;
    for (auto it = percent.globalMatch(row); it.hasNext();)
        numbers.append(it.next().captured(1).toInt());
    QCOMPARE(numbers.size(), 5);
    const ClassCounts::Percents parts = comparison.counts[1].percents();
    QCOMPARE(numbers.mid(0, 4), (QList<int> { parts.verbatim, parts.reworded, parts.added, parts.changedFacts }));
    QCOMPARE(numbers[0] + numbers[1] + numbers[2] + numbers[3], 100);
    QVERIFY(numbers[3] > 0);

    // The aligned pages head each copy's column as its pane header reads,
    // changed facts included (they gave three shares that did not add up).
    const QString reading = run(tool("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    const qsizetype aligned = reading.indexOf(QLatin1String("Aligned comparison"));
    QVERIFY(aligned >= 0);
    const QString heading = PaneHeaderBar::sharesLine(comparison.counts[1]);
    QVERIFY(heading.contains(QLatin1String("changed facts")));
    QVERIFY2(reading.mid(aligned).simplified().contains(heading), qPrintable(reading.mid(aligned, 1500)));
}

void TestPdfText::approximateSharesAreMarked_data()
{
    QTest::addColumn<int>("maxExactDiffCells");
    QTest::addColumn<bool>("approximate");
    QTest::newRow("diffed word by word") << 4'000'000 << false;
    QTest::newRow("compared as whole blocks") << 4 << true;
}

// A copy with a stretch the diff compared as whole blocks (a cost limit):
// its shares on the cover and above its aligned column read "≈", and the
// cover says why under its table, as the HTML does.
void TestPdfText::approximateSharesAreMarked()
{
    QFETCH(int, maxExactDiffCells);
    QFETCH(bool, approximate);
    const Comparison comparison = ComparisonFixtures::compareWholeBlocksPair(maxExactDiffCells);
    QCOMPARE(comparison.comparisons[1].coarse, approximate);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("approximate.pdf"));
    QCOMPARE(PdfExporter::write(path, comparison, {}, {}), QString());
    if (tool("pdftotext").isEmpty())
        QSKIP("pdftotext is not installed");
    const QString text = run(tool("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    const qsizetype aligned = text.indexOf(QLatin1String("Aligned comparison"));
    QVERIFY(aligned >= 0);
    const QString cover = text.left(aligned);
    QCOMPARE(cover.contains(QLatin1String("were compared as whole blocks")), approximate);
    QCOMPARE(cover.count(QChar(0x2248)), approximate ? 4 : 0); // three shares and the note
    QCOMPARE(text.mid(aligned).contains(QChar(0x2248)), approximate);
}

QTEST_MAIN(TestPdfText)
#include "tst_pdftext.moc"
