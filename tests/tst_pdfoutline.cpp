#include "comparisonjob.h"
#include "pdfexporter.h"
#include "pdffixtures.h"
#include "pdfoutline.h"
#include "testarticles.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace WireDiff;
using namespace WireDiff::PdfFixtures;

// The PDF's outline (bookmarks), read back by readers that are not ours:
// poppler's pdftohtml lists the items with their titles, nesting and target
// pages, pdfinfo and pdftotext must still read the file cleanly, and the
// incremental update's cross-reference entries are checked against the
// bytes here. An outline is written as lines "Title@page", two spaces of
// indent per level, which is also how the read-back outline is compared.
class TestPdfOutline : public QObject
{
    Q_OBJECT

private slots:
    void readsBack_data();
    void readsBack();
    void secondOutlineReplacesTheFirst();
    void noEntriesLeaveThePdfAlone();
    void unexpectedBytesComeBackUnchanged_data();
    void unexpectedBytesComeBackUnchanged();
    void damagedBytesNeverHalfChange();
    void exportListsSectionsGroupsAndNotes_data();
    void exportListsSectionsGroupsAndNotes();
};

namespace {

QString pageMark(int page)
{
    return QStringLiteral("Pagemark%1").arg(page);
}

// A PDF as the export writes one (QPdfWriter, in memory): `pages` pages,
// each with its mark.
QByteArray writtenPdf(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        writer.setTitle(QStringLiteral("Outline test"));
        QPainter painter(&writer);
        for (int page = 1; page <= pages; ++page) {
            if (page > 1)
                writer.newPage();
            painter.drawText(QPointF(200, 400), pageMark(page));
        }
    }
    return bytes;
}

std::vector<PdfOutline::Entry> entriesFrom(const QStringList &lines)
{
    std::vector<PdfOutline::Entry> top;
    for (const QString &line : lines) {
        const qsizetype depth = (line.size() - line.trimmed().size()) / 2;
        const qsizetype at = line.lastIndexOf(QLatin1Char('@'));
        std::vector<PdfOutline::Entry> *list = &top;
        for (qsizetype d = 0; d < depth; ++d)
            list = &list->back().children;
        list->push_back({ line.mid(depth * 2, at - depth * 2), line.mid(at + 1).toInt(), {} });
    }
    return top;
}

// The outline as poppler reads it: pdftohtml -xml prints an <outline> of
// <item page="N">title</item>, a nested <outline> after an item for its
// children.
QStringList readOutline(const QString &path)
{
    const QString xml = run(tool("pdftohtml"), { QStringLiteral("-xml"), QStringLiteral("-stdout"), QStringLiteral("-i"), QStringLiteral("-q"),
                                                 QStringLiteral("-enc"), QStringLiteral("UTF-8"), path });
    const qsizetype begin = xml.indexOf(QLatin1String("<outline>"));
    const qsizetype end = xml.lastIndexOf(QLatin1String("</outline>"));
    if (begin < 0 || end < begin)
        return {};
    QXmlStreamReader reader(xml.mid(begin, end + 10 - begin));
    QStringList lines;
    int depth = -1;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("outline")) {
            ++depth;
        } else if (reader.isEndElement() && reader.name() == QLatin1String("outline")) {
            --depth;
        } else if (reader.isStartElement() && reader.name() == QLatin1String("item")) {
            const QString page = reader.attributes().value(QLatin1String("page")).toString();
            lines << QString(depth * 2, QLatin1Char(' ')) + reader.readElementText() + QLatin1Char('@') + page;
        }
    }
    if (reader.hasError())
        lines << QStringLiteral("XML error: ") + reader.errorString();
    return lines;
}

qint64 lastStartXref(const QByteArray &pdf)
{
    static const QRegularExpression startxref(QStringLiteral("startxref\\s+(\\d+)\\s+%%EOF\\s*$"));
    const QRegularExpressionMatch match = startxref.match(QString::fromLatin1(pdf.right(64)));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

QString trailerValue(const QByteArray &pdf, const char *key, const QString &pattern)
{
    const QString tail = QString::fromLatin1(pdf.mid(pdf.lastIndexOf("trailer")));
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("/%1\\s+(%2)").arg(QLatin1String(key), pattern)).match(tail);
    return match.hasMatch() ? match.captured(1) : QString();
}

// What is wrong with `after` as an incremental update of `before`, read
// here independently of PdfOutline: Qt's bytes unchanged, every entry of
// the new cross-reference section at "N G obj", the trailer chained to the
// previous one with the same /Root and a /Size above every object, and the
// new catalog revision asking readers to open the outline.
QStringList updateProblems(const QByteArray &before, const QByteArray &after)
{
    QStringList problems;
    if (!after.startsWith(before))
        problems << QStringLiteral("the bytes written before were changed");
    const qint64 xref = lastStartXref(after);
    if (xref <= before.size() || !after.mid(xref).startsWith("xref"))
        return problems << QStringLiteral("startxref %1 is not at a new xref").arg(xref);
    const QString table = QString::fromLatin1(after.mid(xref, after.indexOf("trailer", xref) - xref));
    static const QRegularExpression line(QStringLiteral("^(\\d+) (\\d+)( n)?\\s*$"), QRegularExpression::MultilineOption);
    qint64 number = -1;
    qint64 highest = 0;
    for (auto it = line.globalMatch(table); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(3).isEmpty()) { // a subsection: first number, count
            number = match.captured(1).toLongLong();
            continue;
        }
        const QByteArray header = QByteArray::number(number) + ' ' + QByteArray::number(match.captured(2).toInt()) + " obj";
        if (!after.mid(match.captured(1).toLongLong()).startsWith(header))
            problems << QStringLiteral("the xref entry of object %1 points elsewhere").arg(number);
        if (match.captured(0).size() != 19 && match.captured(0).size() != 20)
            problems << QStringLiteral("the xref entry of object %1 is not 20 bytes").arg(number);
        highest = std::max(highest, number++);
    }
    if (trailerValue(after, "Prev", QStringLiteral("\\d+")).toLongLong() != lastStartXref(before))
        problems << QStringLiteral("/Prev is not the previous startxref");
    const QString root = trailerValue(after, "Root", QStringLiteral("\\d+ \\d+ R"));
    if (root.isEmpty() || root != trailerValue(before, "Root", QStringLiteral("\\d+ \\d+ R")))
        problems << QStringLiteral("the /Root changed");
    if (trailerValue(after, "Size", QStringLiteral("\\d+")).toLongLong() <= highest
        || trailerValue(after, "Size", QStringLiteral("\\d+")).toLongLong() < trailerValue(before, "Size", QStringLiteral("\\d+")).toLongLong())
        problems << QStringLiteral("/Size is too small");
    const QByteArray catalogHeader = '\n' + root.left(root.size() - 1).toLatin1() + "obj"; // not "12 0 obj" for "2 0 R"
    const qsizetype catalog = after.lastIndexOf(catalogHeader) + 1;
    const QByteArray revision = after.mid(catalog, after.indexOf("endobj", catalog) - catalog);
    for (const char *entry : { "/Type /Catalog", "/Pages ", "/Outlines ", "/PageMode /UseOutlines" }) {
        if (catalog < before.size() || !revision.contains(entry))
            problems << QStringLiteral("the new catalog lacks %1").arg(QLatin1String(entry));
    }
    return problems;
}

// pdfinfo's report, and whether it read the file without complaint.
QString pdfInfo(const QString &path, bool *clean)
{
    QProcess process;
    process.start(tool("pdfinfo"), { path });
    process.waitForFinished(60000);
    const QByteArray errors = process.readAllStandardError();
    *clean = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 && errors.isEmpty();
    return QString::fromUtf8(process.readAllStandardOutput() + errors);
}

QString readPage(const QString &path, int page)
{
    return run(tool("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"), QString::number(page),
                                    QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-") });
}

bool hasLine(const QString &text, const QString &wanted)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    return std::any_of(lines.begin(), lines.end(), [&wanted](const QString &line) { return line.trimmed() == wanted; });
}

bool popplerMissing()
{
    return tool("pdftohtml").isEmpty() || tool("pdfinfo").isEmpty() || tool("pdftotext").isEmpty();
}

} // namespace

void TestPdfOutline::readsBack_data()
{
    QTest::addColumn<int>("pages");
    QTest::addColumn<QStringList>("outline");

    QTest::newRow("one page, one entry") << 1 << QStringList { QStringLiteral("Only@1") };
    QTest::newRow("flat") << 3 << QStringList { QStringLiteral("Cover@1"), QStringLiteral("Tables@2"), QStringLiteral("End@3") };
    QTest::newRow("as the export nests it")
        << 5 << QStringList { QStringLiteral("Summary@1"), QStringLiteral("  Articles@1"), QStringLiteral("  Legend@2"),
                              QStringLiteral("Aligned comparison, group 1 of 2@3"), QStringLiteral("Aligned comparison, group 2 of 2@4"),
                              QStringLiteral("Notes@3"), QStringLiteral("  1. Check the name@4"), QStringLiteral("  2. Source?@3") };
    QTest::newRow("three levels, back and forth")
        << 4 << QStringList { QStringLiteral("A@4"), QStringLiteral("  B@2"), QStringLiteral("    C@3"), QStringLiteral("    D@1"),
                              QStringLiteral("  E@1"), QStringLiteral("F@2") };
    QTest::newRow("Ukrainian, Arabic, Chinese and an emoji")
        << 3 << QStringList { QStringLiteral("Зведення@1"), QStringLiteral("  Статті й родинне дерево@2"),
                              QStringLiteral("مقالات@3"), QStringLiteral("新闻比较@2"), QStringLiteral("Newsroom \U0001F4F0@1") };
    QTest::newRow("PDF and XML delimiters in titles")
        << 2 << QStringList { QStringLiteral("(Unbalanced (paren \\ backslash@1"), QStringLiteral("<<dict>> & [array] /Name %comment@2") };
}

// The outline of a PDF QPdfWriter wrote reads back as given (titles in any
// script, nesting, pages), and the file is otherwise what it was.
void TestPdfOutline::readsBack()
{
    QFETCH(int, pages);
    QFETCH(QStringList, outline);
    const QByteArray before = writtenPdf(pages);
    const PdfOutline::Result result = PdfOutline::append(before, entriesFrom(outline));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QStringList problems = updateProblems(before, result.pdf);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    if (popplerMissing())
        QSKIP("poppler-utils (pdftohtml, pdfinfo, pdftotext) are not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("outline.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(result.pdf), result.pdf.size());
    file.close();
    bool clean = false;
    const QString info = pdfInfo(path, &clean);
    QVERIFY2(clean, qPrintable(info));
    QCOMPARE(pdfPages(path), pages);
    QVERIFY2(info.contains(QLatin1String("Outline test")), qPrintable(info)); // the document information is kept
    for (int page = 1; page <= pages; ++page)
        QVERIFY2(readPage(path, page).contains(pageMark(page)), qPrintable(pageMark(page)));
    QCOMPARE(readOutline(path), outline);
}

// An outline added to a file that has one (an update on an update): the
// reader follows both cross-reference sections, and the newest outline is
// the one readers show.
void TestPdfOutline::secondOutlineReplacesTheFirst()
{
    const QByteArray pdf = writtenPdf(3);
    const PdfOutline::Result first = PdfOutline::append(pdf, entriesFrom({ QStringLiteral("First@1"), QStringLiteral("  Old@2") }));
    QVERIFY2(first.ok(), qPrintable(first.error));
    const QStringList outline { QStringLiteral("Second@3"), QStringLiteral("  New@1"), QStringLiteral("Last@2") };
    const PdfOutline::Result second = PdfOutline::append(first.pdf, entriesFrom(outline));
    QVERIFY2(second.ok(), qPrintable(second.error));
    const QStringList problems = updateProblems(first.pdf, second.pdf);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    if (popplerMissing())
        QSKIP("poppler-utils (pdftohtml, pdfinfo, pdftotext) are not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("twice.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(second.pdf);
    file.close();
    bool clean = false;
    const QString info = pdfInfo(path, &clean);
    QVERIFY2(clean, qPrintable(info));
    QCOMPARE(pdfPages(path), 3);
    QCOMPARE(readOutline(path), outline);
}

void TestPdfOutline::noEntriesLeaveThePdfAlone()
{
    const QByteArray pdf = writtenPdf(2);
    const PdfOutline::Result result = PdfOutline::append(pdf, {});
    QVERIFY(result.ok());
    QCOMPARE(result.pdf, pdf);
}

void TestPdfOutline::unexpectedBytesComeBackUnchanged_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("page");         // of the one entry
    QTest::addColumn<QString>("reason");   // a part of the error

    const QByteArray pdf = writtenPdf(2);
    const qint64 xref = lastStartXref(pdf);
    QVERIFY(xref > 0);
    const auto replaced = [&pdf](const QByteArray &from, const QByteArray &to) {
        QByteArray changed = pdf;
        const qsizetype at = changed.lastIndexOf(from);
        return at < 0 ? QByteArray() : changed.replace(at, from.size(), to);
    };
    QByteArray random(4096, '\0');
    QRandomGenerator generator(20240611);
    for (char &c : random)
        c = char(generator.bounded(256));

    QTest::newRow("empty") << QByteArray() << 1 << QStringLiteral("not a PDF");
    QTest::newRow("text") << QByteArray("Floods close the coast road.\n") << 1 << QStringLiteral("not a PDF");
    QTest::newRow("random bytes") << random << 1 << QStringLiteral("not a PDF");
    QTest::newRow("random bytes after a PDF header") << QByteArray("%PDF-1.6\n") + random << 1 << QStringLiteral("startxref");
    QTest::newRow("cut in half") << pdf.left(pdf.size() / 2) << 1 << QStringLiteral("startxref");
    QTest::newRow("startxref beyond the end")
        << replaced("startxref\n" + QByteArray::number(xref), "startxref\n99999999") << 1 << QStringLiteral("outside the file");
    QTest::newRow("startxref at an object (a cross-reference stream)")
        << replaced("startxref\n" + QByteArray::number(xref), "startxref\n" + QByteArray::number(pdf.indexOf("1 0 obj"))) << 1
        << QStringLiteral("cross-reference stream");
    QTest::newRow("a broken cross-reference entry") << replaced(" 00000 n \ntrailer", " 00000 x \ntrailer") << 1
                                                    << QStringLiteral("cross-reference entry");
    QTest::newRow("encrypted") << replaced("trailer\n<<\n", "trailer\n<<\n/Encrypt 1 0 R\n") << 1 << QStringLiteral("encrypted");
    QTest::newRow("no /Root") << replaced("/Root ", "/Roof ") << 1 << QStringLiteral("/Root");
    QTest::newRow("the root is not a catalog") << replaced("/Type /Catalog", "/Type /Catalox") << 1 << QStringLiteral("not a catalog");
    QTest::newRow("cross-reference sections in a loop")
        << replaced("trailer\n<<\n", "trailer\n<<\n/Prev " + QByteArray::number(xref) + '\n') << 1 << QStringLiteral("loop");
    QTest::newRow("a trailer nested deeper than any PDF")
        << replaced("trailer\n<<\n", "trailer\n" + QByteArray(100000, '[') + "<<\n") << 1 << QStringLiteral("not a dictionary");
    QTest::newRow("a page tree holding itself")
        << [&pdf] {
               // "/Kids [ first page" -> "/Kids [ the tree": same length, so no offset moves.
               static const QRegularExpression tree(QStringLiteral("(\\d+) 0 obj\\s*<<\\s*/Type /Pages\\s*/Kids\\s*\\[\\s*(\\d+) 0 R"));
               const QRegularExpressionMatch match = tree.match(QString::fromLatin1(pdf));
               if (!match.hasMatch() || match.captured(1).size() != match.captured(2).size())
                   return QByteArray();
               return QByteArray(pdf).replace(match.capturedStart(2), match.capturedLength(2), match.captured(1).toLatin1());
           }()
        << 1 << QStringLiteral("twice");
    QTest::newRow("an entry past the last page") << pdf << 3 << QStringLiteral("page 3 of 2");
    QTest::newRow("an entry on page 0") << pdf << 0 << QStringLiteral("page 0 of 2");
}

// Bytes that are not a PDF as QPdfWriter writes it come back as they were,
// with the reason; nothing crashes or hangs on them.
void TestPdfOutline::unexpectedBytesComeBackUnchanged()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, page);
    QFETCH(QString, reason);
    QVERIFY2(!bytes.isEmpty() || QByteArray(QTest::currentDataTag()) == "empty", "the test's change of the PDF did not apply");
    const PdfOutline::Result result = PdfOutline::append(bytes, { { QStringLiteral("Summary"), page, { { QStringLiteral("Legend"), 1, {} } } } });
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    QCOMPARE(result.pdf, bytes);
}

// Thousands of PDFs damaged where PdfOutline reads (the catalog, the page
// tree, the cross-reference table, the trailer): each comes back either
// unchanged with a reason, or whole with an update after it; none crashes.
void TestPdfOutline::damagedBytesNeverHalfChange()
{
    const QByteArray pdf = writtenPdf(2);
    const std::vector<PdfOutline::Entry> entries = entriesFrom({ QStringLiteral("Summary@1"), QStringLiteral("  Legend@2") });
    const qsizetype catalog = pdf.indexOf("/Type /Catalog");
    const qsizetype tree = pdf.lastIndexOf("/Type /Pages");
    QVERIFY(catalog > 0 && tree > 0);
    const QList<std::pair<qsizetype, qsizetype>> regions { { catalog - 20, 60 }, { tree - 20, 120 }, { pdf.size() - 400, 400 } };
    const QByteArray alphabet("0123456789 \n<>[]()/%RnfobjxreftrailerstartPrevRootSize");
    QRandomGenerator generator(7);
    int added = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray damaged = pdf;
        const auto &[from, length] = regions[round % regions.size()];
        for (int change = 0; change <= round % 3; ++change) {
            const qsizetype at = from + qsizetype(generator.bounded(int(length)));
            const char c = alphabet[qsizetype(generator.bounded(int(alphabet.size())))];
            switch (generator.bounded(3)) {
            case 0: damaged[at] = c; break;
            case 1: damaged.insert(at, c); break;
            default: damaged.remove(at, 1); break;
            }
        }
        const PdfOutline::Result result = PdfOutline::append(damaged, entries);
        if (result.ok()) {
            QVERIFY(result.pdf.startsWith(damaged) && result.pdf.size() > damaged.size());
            ++added;
        } else {
            QCOMPARE(result.pdf, damaged);
        }
    }
    QVERIFY(added > 0); // damage PdfOutline does not read (a number in the content) leaves it working
}

void TestPdfOutline::exportListsSectionsGroupsAndNotes_data()
{
    QTest::addColumn<QString>("folder"); // empty: articles made here, with notes

    QTest::newRow("seven articles, notes on three and one detached") << QString();
    QTest::newRow("seeds") << QStringLiteral(WIREDIFF_SEEDS_DIR);
}

// The exported comparison's outline, against the pages as pdftotext reads
// them: every section heading of the summary pages, at the page where the
// heading is; every column group, named as its running header names it, at
// its first page; every note by number and first words, at the page
// showing its marker (the first of them for a note on the base, which each
// group shows) or, for a note that lost its passage, its listing.
void TestPdfOutline::exportListsSectionsGroupsAndNotes()
{
    QFETCH(QString, folder);
    Comparison comparison;
    Notes notes;
    QStringList noteTags; // by number: a word that starts each note's text
    if (folder.isEmpty()) {
        QStringList paragraphs { QStringLiteral("# Floods close the coast road") };
        for (int k = 1; k <= 14; ++k) {
            paragraphs << QStringLiteral("Paragraph %1 says the river rose overnight at passage%1 and the coast road closed "
                                         "while crews cleared the debris from the bridge.").arg(k);
        }
        std::vector<Article> articles;
        for (const char *id : { "agency", "paper", "radio", "daily", "weekly", "online", "газета" })
            articles.push_back(TestArticles::make(QString::fromUtf8(id), paragraphs));
        articles[2].paragraphs[5].text.replace(QStringLiteral("overnight"), QStringLiteral("by morning"));
        comparison = compare(std::move(articles));
        const auto noteOn = [&paragraphs](const QString &article, int k, const QString &text) {
            const QString passage = QStringLiteral("passage%1").arg(k);
            const qint32 at = qint32(paragraphs[k].indexOf(passage));
            return Note::onPassage(article, k, paragraphs[k], at, at + qint32(passage.size()), text);
        };
        notes = { noteOn(QStringLiteral("weekly"), 12, QStringLiteral("Weeklynote: the bridge reopened on Friday, not Thursday as the wire said")),
                  noteOn(QStringLiteral("agency"), 3, QStringLiteral("Basenote check the river gauge figure")),
                  noteOn(QStringLiteral("gone"), 2, QStringLiteral("Gonenote from a version no longer here")),
                  noteOn(QStringLiteral("газета"), 9, QStringLiteral("Перевірити назву мосту у міській раді")) };
        noteTags = { QStringLiteral("Weeklynote"), QStringLiteral("Basenote"), QStringLiteral("Gonenote"), QStringLiteral("Перевірити") };
    } else {
        if (!QFileInfo(folder).isDir())
            QSKIP("the folder is not here");
        ComparisonRequest request;
        request.paths = { folder };
        ComparisonJobResult result = ComparisonJob::run(request, nullptr);
        QVERIFY(result.succeeded());
        comparison = std::move(*result.outcome.comparison);
        const Article &base = comparison.articles[size_t(comparison.base)];
        const QString &text = base.paragraphs.back().text;
        notes = { Note::onPassage(base.id, qint32(base.paragraphs.size() - 1), text, 0, qint32(text.indexOf(QLatin1Char(' '))),
                                  QStringLiteral("Seednote verified against the transcript")) };
        noteTags = { QStringLiteral("Seednote") };
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("outline.pdf"));
    QCOMPARE(PdfExporter::write(path, comparison, notes, {}), QString());
    if (popplerMissing())
        QSKIP("poppler-utils (pdftohtml, pdfinfo, pdftotext) are not installed");
    bool clean = false;
    const QString info = pdfInfo(path, &clean);
    QVERIFY2(clean, qPrintable(info));
    QStringList pages;
    for (int page = 1; page <= pdfPages(path); ++page)
        pages << readPage(path, page);
    const auto firstPageWith = [&pages](const auto &found) {
        for (qsizetype p = 0; p < pages.size(); ++p) {
            if (found(pages[p]))
                return int(p + 1);
        }
        return -1;
    };

    const QStringList outline = readOutline(path);
    QVERIFY2(outline.size() > 3, qPrintable(outline.join(QLatin1Char('\n'))));
    QCOMPARE(outline.first(), QStringLiteral("Summary@1"));
    QStringList sections;
    QStringList groups;
    QStringList noteEntries;
    QString section;
    for (const QString &line : outline) {
        if (!line.startsWith(QLatin1Char(' ')))
            section = line.section(QLatin1Char('@'), 0, 0);
        else if (line.startsWith(QLatin1String("    ")))
            QFAIL(qPrintable(QStringLiteral("nested too deep: ") + line));
        if (section == QLatin1String("Summary") && line.startsWith(QLatin1Char(' ')))
            sections << line.trimmed();
        else if (section == QLatin1String("Notes") && line.startsWith(QLatin1Char(' ')))
            noteEntries << line.trimmed();
        else if (section.startsWith(QLatin1String("Aligned comparison")))
            groups << line;
        else if (section != QLatin1String("Summary") && section != QLatin1String("Notes"))
            QFAIL(qPrintable(QStringLiteral("an entry of no kind: ") + line));
    }

    // Sections: at the first page with the heading as a line of its own.
    QStringList expectedSections { QStringLiteral("Articles"), QStringLiteral("Who copied whom"), QStringLiteral("Legend"),
                                   QStringLiteral("What each article did with the base") };
    if (folder.isEmpty())
        expectedSections << QStringLiteral("Notes whose passage is no longer in the articles");
    for (const QString &title : expectedSections) {
        const auto entry = std::find_if(sections.begin(), sections.end(), [&title](const QString &s) { return s.startsWith(title + QLatin1Char('@')); });
        QVERIFY2(entry != sections.end(), qPrintable(title + QStringLiteral(" is not in ") + sections.join(QLatin1String(", "))));
    }
    for (const QString &entry : sections) {
        const QString title = entry.section(QLatin1Char('@'), 0, 0);
        QCOMPARE(entry.section(QLatin1Char('@'), 1).toInt(), firstPageWith([&title](const QString &page) { return hasLine(page, title); }));
    }

    // Groups: one per distinct running header, at its first page.
    QStringList headers;
    for (const QString &page : pages) {
        for (const QString &line : page.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("Aligned comparison")) && !headers.contains(line.trimmed()))
                headers << line.trimmed();
        }
    }
    QVERIFY2(headers.size() >= 2, qPrintable(headers.join(QLatin1Char('\n')))); // both fixtures need column groups
    QCOMPARE(groups.size(), headers.size());
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QString &header = headers[g];
        QCOMPARE(groups[g], header + QLatin1Char('@') + QString::number(firstPageWith([&header](const QString &page) { return hasLine(page, header); })));
    }

    // Notes: by number, each at the first page with its text (its footnote,
    // on the page of its marker, or its listing).
    QCOMPARE(noteEntries.size(), noteTags.size());
    int lowest = pages.size();
    for (qsizetype n = 0; n < noteTags.size(); ++n) {
        const QString &tag = noteTags[n];
        const int page = firstPageWith([&tag](const QString &text) { return text.contains(tag); });
        QVERIFY2(page > 0, qPrintable(tag));
        QVERIFY2(noteEntries[n].startsWith(QStringLiteral("%1. %2").arg(n + 1).arg(tag)), qPrintable(noteEntries[n]));
        QVERIFY2(noteEntries[n].endsWith(QLatin1Char('@') + QString::number(page)), qPrintable(noteEntries[n] + QStringLiteral(" vs page %1").arg(page)));
        lowest = std::min(lowest, page);
    }
    QVERIFY(outline.contains(QStringLiteral("Notes@%1").arg(lowest)));
    if (folder.isEmpty()) {
        // The first words only; the base's note is on a page of the first
        // group although the second shows it too.
        QVERIFY2(noteEntries[0].contains(QStringLiteral("Weeklynote: the bridge reopened on Friday, not Thursday…@")), qPrintable(noteEntries[0]));
        QVERIFY(pages[noteEntries[1].section(QLatin1Char('@'), 1).toInt() - 1].contains(QLatin1String("group 1 of")));
    }
}

QTEST_MAIN(TestPdfOutline)
#include "tst_pdfoutline.moc"
