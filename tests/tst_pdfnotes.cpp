#include "exportmarkup.h"
#include "htmlexporter.h"
#include "noteanchor.h"
#include "notelistmodel.h"
#include "pdfexporter.h"
#include "pdffixtures.h"
#include "testarticles.h"

#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace WireDiff;
using namespace WireDiff::PdfFixtures;

// The editor's notes in the annotated PDF, read back as a reader gets them
// (pdftotext): each page's notes at its own foot, one number per note in
// the window and in every export, and the left-to-right frame of a
// footnote kept whatever the note's script.
class TestPdfNotes : public QObject
{
    Q_OBJECT

private slots:
    void footnotesStayOnTheirPage_data();
    void footnotesStayOnTheirPage();
    void sameNumberEverywhere_data();
    void sameNumberEverywhere();
    void footnoteFrameStaysLeftToRight_data();
    void footnoteFrameStaysLeftToRight();
    void rewordedPassageInFootnote_data();
    void rewordedPassageInFootnote();
    void detachedNotesQuoteTheirWords_data();
    void detachedNotesQuoteTheirWords();
};

namespace {

QString readPage(const QString &path, int page, bool layout = false)
{
    QStringList arguments { QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"), QString::number(page),
                            QStringLiteral("-l"), QString::number(page) };
    if (layout)
        arguments << QStringLiteral("-layout");
    return run(tool("pdftotext"), arguments << path << QStringLiteral("-"));
}

// The whole document's text on one line, without the bidi isolates the
// PDF wraps names and quotes in.
QString plainText(const QString &path)
{
    QString text;
    for (int page = 1; page <= pdfPages(path); ++page)
        text += readPage(path, page);
    static const QRegularExpression isolates(QStringLiteral("[\u2066-\u2069\u200e\u200f]"));
    return text.remove(isolates).simplified();
}

QString words(const QString &word, int count)
{
    return QStringList(count, word).join(QLatin1Char(' '));
}

// Paragraph k opens with "RowmarkKK" (shown only in the row, never in a
// footnote) and holds the passage "passageKK" the notes are on.
QString paragraphText(int k)
{
    return QStringLiteral("Rowmark%1 opens the paragraph, %2 passage%1 %2.")
        .arg(k, 2, 10, QLatin1Char('0'))
        .arg(words(QStringLiteral("river"), 12));
}

// A note that starts with "NotemarkKKxJ" and ends with "EndmarkKKxJ".
Note longNote(const QString &article, int k, int j, const QString &paragraph, int wordCount)
{
    const QString passage = QStringLiteral("passage%1").arg(k, 2, 10, QLatin1Char('0'));
    const qint32 at = qint32(paragraph.indexOf(passage));
    const QString tag = QStringLiteral("%1x%2").arg(k, 2, 10, QLatin1Char('0')).arg(j);
    return Note::onPassage(article, k, paragraph, at, at + qint32(passage.size()),
                           QStringLiteral("Notemark%1 %2 Endmark%1.").arg(tag, words(QStringLiteral("checked"), wordCount)));
}

// Words as pdftotext -bbox places them: (xMin, yMin, text).
struct PlacedWord
{
    qreal x = 0;
    qreal y = 0;
    QString text;
};

QList<PlacedWord> placedWords(const QString &path)
{
    const QString xml = run(tool("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-bbox"), path,
                                                 QStringLiteral("-") });
    static const QRegularExpression word(QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\"[^>]*>([^<]*)</word>"));
    QList<PlacedWord> placed;
    for (auto it = word.globalMatch(xml); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        placed.append({ match.captured(1).toDouble(), match.captured(2).toDouble(), match.captured(3) });
    }
    return placed;
}

} // namespace

void TestPdfNotes::footnotesStayOnTheirPage_data()
{
    QTest::addColumn<QList<int>>("notedParagraphs");
    QTest::addColumn<int>("notesEach");
    QTest::addColumn<int>("noteWords");
    QTest::addColumn<int>("hugeNoteWords"); // a note on paragraph 1, 0: none

    // Before, the notes of one page (over half its body) flowed on beneath
    // the rows of the next pages: markers on page 3, text on pages 4 to 6.
    QTest::newRow("three long notes on each of eight paragraphs") << QList<int> { 2, 3, 4, 5, 6, 7, 8, 9 } << 3 << 90 << 0;
    QTest::newRow("a note longer than a page among long notes") << QList<int> { 4, 6, 8 } << 3 << 90 << 1500;
}

// Every note starts at the foot of the page holding its row; a note that
// goes on over a page does so on pages marked "(continued)", and ends whole.
void TestPdfNotes::footnotesStayOnTheirPage()
{
    QFETCH(QList<int>, notedParagraphs);
    QFETCH(int, notesEach);
    QFETCH(int, noteWords);
    QFETCH(int, hugeNoteWords);
    QStringList paragraphs { QStringLiteral("# Floods close the coast road") };
    for (int k = 1; k <= 12; ++k)
        paragraphs << paragraphText(k);
    const Comparison comparison = compare({ TestArticles::make(QStringLiteral("agency"), paragraphs),
                                            TestArticles::make(QStringLiteral("paper"), paragraphs) });
    Notes notes;
    QStringList tags;
    if (hugeNoteWords > 0) {
        notes.push_back(longNote(QStringLiteral("paper"), 1, 0, paragraphs[1], hugeNoteWords));
        tags << QStringLiteral("01x0");
    }
    for (const int k : notedParagraphs) {
        for (int j = 1; j <= notesEach; ++j) {
            notes.push_back(longNote(QStringLiteral("paper"), k, j, paragraphs[k], noteWords));
            tags << QStringLiteral("%1x%2").arg(k, 2, 10, QLatin1Char('0')).arg(j);
        }
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.pdf"));
    QCOMPARE(PdfExporter::write(path, comparison, notes, {}), QString());
    if (tool("pdftotext").isEmpty() || tool("pdfinfo").isEmpty())
        QSKIP("poppler-utils (pdftotext, pdfinfo) are not installed");

    QStringList pages;
    for (int page = 1; page <= pdfPages(path); ++page)
        pages << readPage(path, page);
    for (const QString &tag : tags) {
        const QString row = QStringLiteral("Rowmark") + tag.left(2);
        const auto pageOf = [&pages](const QString &text) {
            for (qsizetype p = 0; p < pages.size(); ++p) {
                if (pages[p].contains(text))
                    return p;
            }
            return qsizetype(-1);
        };
        const qsizetype start = pageOf(QStringLiteral("Notemark") + tag);
        const qsizetype end = pageOf(QStringLiteral("Endmark") + tag);
        QVERIFY2(start >= 0 && end >= start, qPrintable(tag));
        QVERIFY2(pages[start].contains(row), qPrintable(QStringLiteral("note %1 starts on page %2 without its row").arg(tag).arg(start + 1)));
        for (qsizetype p = start + 1; p <= end; ++p) {
            QVERIFY2(pages[p].contains(QLatin1String("(continued)")),
                     qPrintable(QStringLiteral("note %1 goes on on page %2 unmarked").arg(tag).arg(p + 1)));
        }
        QCOMPARE(end > start, tag == QLatin1String("01x0"));
    }
}

void TestPdfNotes::sameNumberEverywhere_data()
{
    QTest::addColumn<bool>("allColumns");
    QTest::newRow("every article shown") << true;
    QTest::newRow("one article left out") << false;
}

// Notes made in an order unlike the reading order, one on an article that
// is no longer in the folder (detached): the window's number of each is
// the number the PDF's footnotes and the HTML's list give it. Before, the
// exports numbered by reading order.
void TestPdfNotes::sameNumberEverywhere()
{
    QFETCH(bool, allColumns);
    QStringList paragraphs { QStringLiteral("# Floods close the coast road") };
    for (int k = 1; k <= 6; ++k)
        paragraphs << paragraphText(k);
    const std::vector<Article> articles { TestArticles::make(QStringLiteral("agency"), paragraphs),
                                          TestArticles::make(QStringLiteral("paper"), paragraphs),
                                          TestArticles::make(QStringLiteral("radio"), paragraphs) };
    std::vector<Article> folder = articles;
    folder.push_back(TestArticles::make(QStringLiteral("gone"), paragraphs));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    NoteListModel model;
    model.open(dir.path(), folder);
    // (article, paragraph, tag) in the order they are made.
    // TagX is deleted again: the notes after it keep their numbers.
    const QList<std::tuple<QString, int, QString>> made { { "paper", 5, "TagA" }, { "gone", 2, "TagB" }, { "paper", 4, "TagX" },
                                                          { "agency", 2, "TagC" }, { "radio", 3, "TagD" }, { "agency", 1, "TagE" } };
    for (const auto &[article, k, tag] : made) {
        const QString passage = QStringLiteral("passage%1").arg(k, 2, 10, QLatin1Char('0'));
        const qint32 at = qint32(paragraphs[k].indexOf(passage));
        QVERIFY(!model.addNote(article, k, paragraphs[k], at, at + 9, tag + QStringLiteral(" checked")).isEmpty());
    }
    QVERIFY(model.removeNote(model.index(2).data(NoteListModel::NoteIdRole).toString()));
    QHash<QString, int> panel; // tag -> the number the Notes panel shows
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString shown = model.index(row).data().toString();
        panel.insert(model.index(row).data(NoteListModel::TextRole).toString().left(4), shown.section(QLatin1Char('.'), 0, 0).toInt());
    }
    QCOMPARE(panel.value(QStringLiteral("TagA")), 1);
    QCOMPARE(panel.value(QStringLiteral("TagC")), 4);
    QCOMPARE(panel.value(QStringLiteral("TagE")), 6);

    const Comparison comparison = compare(articles);
    ExportOptions options;
    if (!allColumns)
        options.articles = { 0, 1 }; // radio left out
    const ExportMarkup markup(comparison, model.notes(), options);
    QCOMPARE(qsizetype(markup.notes().size()), allColumns ? 4 : 3);
    for (const ExportMarkup::NoteMark &mark : markup.notes())
        QCOMPARE(mark.number, panel.value(mark.note.text.left(4)));

    const QString html = QString::fromUtf8(HtmlExporter::toHtml(comparison, model.notes(), options));
    static const QRegularExpression htmlNote(QStringLiteral("<li id=\"note-(\\d+)\"[^>]*>.*?(Tag[A-E])"));
    QHash<QString, int> inHtml;
    for (auto it = htmlNote.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        inHtml.insert(match.captured(2), match.captured(1).toInt());
    }
    QCOMPARE(inHtml.size(), allColumns ? 5 : 4); // the detached note too
    for (auto it = inHtml.cbegin(); it != inHtml.cend(); ++it)
        QCOMPARE(it.value(), panel.value(it.key()));

    const QString path = dir.filePath(QStringLiteral("numbers.pdf"));
    QCOMPARE(PdfExporter::write(path, comparison, model.notes(), options), QString());
    if (tool("pdftotext").isEmpty() || tool("pdfinfo").isEmpty())
        QSKIP("poppler-utils (pdftotext, pdfinfo) are not installed");
    // A footnote reads "3   agency, ¶2: “passage02” — TagC checked".
    static const QRegularExpression footnote(QStringLiteral("^\\s*(\\d+)\\s+\\S+, ¶\\d+: .*— (Tag[A-E])"),
                                             QRegularExpression::MultilineOption);
    QHash<QString, int> inPdf;
    for (int page = 1; page <= pdfPages(path); ++page) {
        for (auto it = footnote.globalMatch(readPage(path, page, true)); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            inPdf.insert(match.captured(2), match.captured(1).toInt());
        }
    }
    QCOMPARE(inPdf.size(), allColumns ? 4 : 3);
    for (auto it = inPdf.cbegin(); it != inPdf.cend(); ++it)
        QCOMPARE(it.value(), panel.value(it.key()));
}

void TestPdfNotes::footnoteFrameStaysLeftToRight_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QString>("passage");
    QTest::addColumn<QString>("text");

    QTest::newRow("English note on English text")
        << QStringLiteral("Police named the driver as Thomas Ferreira on Tuesday.") << QStringLiteral("Thomas Ferreira")
        << QStringLiteral("Check the spelling of the name.");
    // Before, the footnote took the note's direction: "¶2: ,paper" at the
    // right edge and the author as ")Okafor(".
    QTest::newRow("Hebrew note on Hebrew text")
        << QStringLiteral("המשטרה מסרה כי שמו של הנהג תומאס פרירה.") << QStringLiteral("תומאס פרירה")
        << QStringLiteral("לבדוק את איות השם: פרירה או פריירה");
    QTest::newRow("Arabic note on Arabic text")
        << QStringLiteral("قالت الشرطة إن اسم السائق توماس فيريرا.") << QStringLiteral("توماس فيريرا")
        << QStringLiteral("تحقق من تهجئة الاسم");
}

// The footnote's line reads left to right: the article and paragraph at
// the left, the author's name in its parentheses at the right.
void TestPdfNotes::footnoteFrameStaysLeftToRight()
{
    QFETCH(QString, paragraph);
    QFETCH(QString, passage);
    QFETCH(QString, text);
    const QStringList paragraphs { QStringLiteral("# Driver named"), paragraph };
    const Comparison comparison = compare({ TestArticles::make(QStringLiteral("agency"), paragraphs),
                                            TestArticles::make(QStringLiteral("paper"), paragraphs) });
    const qint32 at = qint32(paragraph.indexOf(passage));
    Note note = Note::onPassage(QStringLiteral("paper"), 1, paragraph, at, at + qint32(passage.size()), text);
    note.author = QStringLiteral("Okafor");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("direction.pdf"));
    QCOMPARE(PdfExporter::write(path, comparison, { note }, {}), QString());
    if (tool("pdftotext").isEmpty())
        QSKIP("pdftotext is not installed");

    const QList<PlacedWord> placed = placedWords(path);
    const auto pilcrow = std::find_if(placed.begin(), placed.end(), [](const PlacedWord &w) { return w.text.contains(QChar(0x00B6)); });
    QVERIFY(pilcrow != placed.end());
    qreal id = -1;
    qreal author = -1;
    for (const PlacedWord &word : placed) {
        if (std::abs(word.y - pilcrow->y) > 1)
            continue;
        if (word.text.startsWith(QLatin1String("paper")))
            id = word.x;
        if (word.text.contains(QLatin1String("Okafor")))
            author = word.x;
    }
    QVERIFY2(id >= 0 && author >= 0, "the footnote's id and author are on the line of its paragraph sign");
    QVERIFY2(id < pilcrow->x, qPrintable(QStringLiteral("id at %1, ¶ at %2").arg(id).arg(pilcrow->x)));
    QVERIFY2(pilcrow->x < author, qPrintable(QStringLiteral("¶ at %1, author at %2").arg(pilcrow->x).arg(author)));
    QVERIFY2(id < 120, qPrintable(QStringLiteral("the id starts %1 pt from the page's left edge").arg(id))); // margin + badge
}

void TestPdfNotes::rewordedPassageInFootnote_data()
{
    QTest::addColumn<QString>("now"); // the paragraph when exported; the note was written on `written`
    QTest::addColumn<bool>("marked");

    QTest::newRow("the passage as it was") << QStringLiteral("Officials said the river would crest on Tuesday near the old bridge.")
                                           << false;
    QTest::newRow("the passage reworded") << QStringLiteral("Officials said the river would peak on Tuesday near the old bridge.")
                                          << true;
}

// A note whose passage the agency reworded: the PDF's footnote and the
// HTML's list say so and give the wording the note was written on.
void TestPdfNotes::rewordedPassageInFootnote()
{
    QFETCH(QString, now);
    QFETCH(bool, marked);
    const QString written = QStringLiteral("Officials said the river would crest on Tuesday near the old bridge.");
    const Note note = Note::onPassage(QStringLiteral("paper"), 1, written, 15, qint32(written.size()) - 1, QStringLiteral("Tuesday?"));
    const QStringList paragraphs { QStringLiteral("# River to crest"), now };
    const std::vector<Article> articles { TestArticles::make(QStringLiteral("agency"), paragraphs),
                                          TestArticles::make(QStringLiteral("paper"), paragraphs) };
    Notes notes = NoteAnchor::notesOf(NoteAnchor::reanchorAll({ note }, articles, {}));
    notes.front().number = 7;
    QCOMPARE(notes.front().originalQuote.isEmpty(), !marked);
    const Comparison comparison = compare(articles);

    const QString original = QStringLiteral("the river would crest on Tuesday near the old bridge");
    const QString html = QString::fromUtf8(HtmlExporter::toHtml(comparison, notes, {}));
    QCOMPARE(html.contains(QStringLiteral("It read: <q dir=\"auto\">") + original + QStringLiteral("</q>")), marked);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("reworded.pdf"));
    QCOMPARE(PdfExporter::write(path, comparison, notes, {}), QString());
    if (tool("pdftotext").isEmpty() || tool("pdfinfo").isEmpty())
        QSKIP("poppler-utils (pdftotext, pdfinfo) are not installed");
    const QString text = plainText(path);
    // "7 paper, ¶2: “the river would peak …” [changed; it read “the river would crest …”] — Tuesday?"
    QVERIFY2(text.contains(QStringLiteral("paper, ¶2: “the river would")), qPrintable(text));
    QCOMPARE(text.contains(QStringLiteral("[changed; it read “") + original + QStringLiteral("”] — Tuesday?")), marked);
}

void TestPdfNotes::detachedNotesQuoteTheirWords_data()
{
    QTest::addColumn<QString>("quote");         // the passage as last found
    QTest::addColumn<QString>("originalQuote"); // the words the note was written on, when reworded since
    QTest::addColumn<QString>("shown");         // on the cover, between the quotation marks
    QTest::addColumn<QString>("notShown");      // never on the cover

    QTest::newRow("a short passage, whole") << QStringLiteral("the old bridge at Ferrybridge") << QString()
                                            << QStringLiteral("the old bridge at Ferrybridge") << QString();
    QTest::newRow("reworded before it was lost: the words it was written on")
        << QStringLiteral("the river would peak on Tuesday") << QStringLiteral("the river would crest on Tuesday")
        << QStringLiteral("the river would crest on Tuesday") << QStringLiteral("peak");
    // Before, the whole passage, however long, led the note's text.
    QTest::newRow("a long passage, cut after a whole word")
        << QStringLiteral("Councillors said %1 and the inquiry would report in spring Lastword")
               .arg(words(QStringLiteral("sandbags"), 30))
        << QString() << QStringLiteral("Councillors said sandbags sandbags") << QStringLiteral("Lastword");
}

// The cover's list of notes that lost their passage quotes the words each
// note was written on, briefly: an excerpt ending in a whole word and "…".
void TestPdfNotes::detachedNotesQuoteTheirWords()
{
    QFETCH(QString, quote);
    QFETCH(QString, originalQuote);
    QFETCH(QString, shown);
    QFETCH(QString, notShown);
    const QStringList paragraphs { QStringLiteral("# Floods close the coast road"), paragraphText(1), paragraphText(2) };
    const Comparison comparison = compare({ TestArticles::make(QStringLiteral("agency"), paragraphs),
                                            TestArticles::make(QStringLiteral("paper"), paragraphs) });
    Note note = Note::onPassage(QStringLiteral("gone"), 3, quote, 0, qint32(quote.size()), QStringLiteral("Notemark checked with the desk."));
    note.number = 4;
    note.detached = true;
    note.originalQuote = originalQuote;
    note.author = QStringLiteral("Okafor");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("detached.pdf"));
    QCOMPARE(PdfExporter::write(path, comparison, { note }, {}), QString());
    if (tool("pdftotext").isEmpty() || tool("pdfinfo").isEmpty())
        QSKIP("poppler-utils (pdftotext, pdfinfo) are not installed");
    const QString text = plainText(path);
    const qsizetype listed = text.indexOf(QStringLiteral("4. gone, paragraph 4: “"));
    QVERIFY2(listed >= 0, qPrintable(text));
    const qsizetype open = listed + text.mid(listed).indexOf(QStringLiteral("“")) + 1;
    const QString entry = text.mid(open, text.indexOf(QStringLiteral("Notemark"), open) - open);
    QVERIFY2(entry.startsWith(shown), qPrintable(entry));
    QVERIFY2(notShown.isEmpty() || !entry.contains(notShown), qPrintable(entry));
    // Shortened where long: after a whole word, marked with "…".
    const QString quoted = entry.section(QStringLiteral("”"), 0, 0);
    QVERIFY2(quoted.size() <= 140, qPrintable(quoted));
    QCOMPARE(quoted.endsWith(QStringLiteral("…")), quote.size() > 140);
    QVERIFY2(quoted.endsWith(QStringLiteral("sandbags…")) || !quoted.endsWith(QStringLiteral("…")), qPrintable(quoted));
    QVERIFY(text.contains(QStringLiteral("Notemark checked with the desk. — Okafor")));
}

QTEST_MAIN(TestPdfNotes)
#include "tst_pdfnotes.moc"
