#include "commandline.h"
#include "comparator.h"
#include "comparisonjob.h"
#include "comparisonprinter.h"
#include "comparisontable.h"
#include "coverpage.h"
#include "coversection.h"
#include "exportdialog.h"
#include "headlessexport.h"
#include "pdfexporter.h"
#include "pdffixtures.h"
#include "printstyle.h"
#include "sidecar.h"
#include "testarticles.h"

#include <QCryptographicHash>
#include <QLabel>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QListWidget>
#include <QScrollBar>
#include <QTest>

#include <unistd.h>

using namespace WireDiff;

using namespace WireDiff::PdfFixtures;


// The annotated PDF and printing: column groups, the seeds as a reader sees
// them (pdftotext), the cover, the printer, the dialog and the headless
// command. What a reader reads back of the text is in tst_pdftext.
class TestPdfExport : public QObject
{
    Q_OBJECT

private slots:
    void columnGroups_data();
    void columnGroups();
    void seedsPdf();
    void coverListsFactsAndTree_data();
    void coverListsFactsAndTree();
    void printerUsesTheSameLayout();
    void exportDialog_data();
    void exportDialog();
    void exportDialogTellsVersionsApart();
    void sharesTableKeepsItsHeader();
    void suggestsPathBesideFolder_data();
    void suggestsPathBesideFolder();
    void headlessExports_data();
    void headlessExports();
    void failedWriteLeavesNothing_data();
    void failedWriteLeavesNothing();
};

void TestPdfExport::columnGroups_data()
{
    QTest::addColumn<QList<qint32>>("shown");
    QTest::addColumn<qint32>("perPage");
    QTest::addColumn<QList<QList<qint32>>>("groups");

    QTest::newRow("all fit") << QList<qint32> { 0, 1, 2 } << 4 << QList<QList<qint32>> { { 0, 1, 2 } };
    QTest::newRow("exactly fit") << QList<qint32> { 2, 0, 1, 3 } << 4 << QList<QList<qint32>> { { 2, 0, 1, 3 } };
    QTest::newRow("base repeats in balanced groups")
        << QList<qint32> { 0, 1, 2, 3, 4 } << 4 << QList<QList<qint32>> { { 0, 1, 2 }, { 0, 3, 4 } };
    QTest::newRow("uneven groups differ by one")
        << QList<qint32> { 3, 0, 1, 2, 4, 5, 6 } << 3 << QList<QList<qint32>> { { 3, 0, 1 }, { 3, 2, 4 }, { 3, 5, 6 } };
    QTest::newRow("one column per page still shows the base")
        << QList<qint32> { 0, 1, 2 } << 1 << QList<QList<qint32>> { { 0, 1 }, { 0, 2 } };
}

void TestPdfExport::columnGroups()
{
    QFETCH(QList<qint32>, shown);
    QFETCH(qint32, perPage);
    QFETCH(QList<QList<qint32>>, groups);
    const auto actual = ComparisonPrinter::columnGroups(std::vector<qint32>(shown.begin(), shown.end()), shown.front(), perPage);
    QList<QList<qint32>> converted;
    for (const auto &group : actual)
        converted.append(QList<qint32>(group.begin(), group.end()));
    QCOMPARE(converted, groups);
}

void TestPdfExport::seedsPdf()
{
    const QString seeds = QStringLiteral(WIREDIFF_SEEDS_DIR);
    if (!QFileInfo(seeds).isDir())
        QSKIP("the seed folder is not here");
    ComparisonRequest request;
    request.paths = { seeds };
    const ComparisonJobResult result = ComparisonJob::run(request, nullptr);
    QVERIFY(result.succeeded());
    const Comparison &comparison = *result.outcome.comparison;
    const Article &base = comparison.articles[size_t(comparison.base)];
    // A note on the base's longest paragraph, on its first word.
    size_t longest = 0;
    for (size_t p = 0; p < base.paragraphs.size(); ++p) {
        if (base.paragraphs[p].text.size() > base.paragraphs[longest].text.size())
            longest = p;
    }
    const QString &text = base.paragraphs[longest].text;
    const Note note = Note::onPassage(base.id, qint32(longest), text, 0, qint32(text.indexOf(QLatin1Char(' '))),
                                      QStringLiteral("Verified against the transcript"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("seeds.pdf"));
    ExportOptions options;
    options.title = seeds;
    QCOMPARE(PdfExporter::write(path, comparison, { note }, options), QString());
    QVERIFY(QFileInfo(path).size() > 10000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    if (tool("pdftotext").isEmpty() || tool("pdfinfo").isEmpty())
        QSKIP("poppler-utils (pdftotext, pdfinfo) are not installed");
    const int pages = pdfPages(path);
    QVERIFY2(pages >= 4 && pages <= 30, qPrintable(QString::number(pages)));
    const QString readBack = run(tool("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    for (const Article &article : comparison.articles)
        QVERIFY2(readBack.contains(article.id), qPrintable(article.id));
    for (const char *word : { "Added", "Removed", "Paraphrased", "Moved", "Legend", "Who copied whom",
                              "Found in no other source", "Verified against the transcript" })
        QVERIFY2(readBack.contains(QLatin1String(word)), word);
    QVERIFY(readBack.contains(QStringLiteral("page 1 of %1").arg(pages)));
    QVERIFY(readBack.contains(QStringLiteral("page %1 of %1").arg(pages)));
}

void TestPdfExport::coverListsFactsAndTree_data()
{
    QTest::addColumn<QString>("path"); // empty: an invented folder

    QTest::newRow("invented folder") << QString();
    QTest::newRow("bundled samples") << QStringLiteral(WIREDIFF_SOURCE_DIR "/resources/samples");
    QTest::newRow("seeds") << QStringLiteral(WIREDIFF_SEEDS_DIR);
}

void TestPdfExport::coverListsFactsAndTree()
{
    QFETCH(QString, path);
    if (tool("pdftotext").isEmpty())
        QSKIP("pdftotext is not installed");
    Comparison comparison;
    if (path.isEmpty()) {
        const QString dam = QStringLiteral("Engineers opened the Halden dam on Monday after 86 homes were flooded, "
                                           "the regional water authority said.");
        const QString quote = QStringLiteral("\u201CWe will rebuild every bridge,\u201D the mayor said on Monday.");
        comparison = compare({ TestArticles::make(QStringLiteral("agency"), { dam, quote }),
                               TestArticles::make(QStringLiteral("daily"), { QString(dam).replace(QStringLiteral("86"), QStringLiteral("68")),
                                                                             QString(quote).replace(QStringLiteral("rebuild"), QStringLiteral("repair")) }),
                               TestArticles::make(QStringLiteral("weekly"), { QString(dam).replace(QStringLiteral("Monday"), QStringLiteral("Tuesday")), quote }) });
    } else {
        if (!QFileInfo(path).isDir())
            QSKIP("the folder is not here");
        ComparisonRequest request;
        request.paths = { path };
        ComparisonJobResult result = ComparisonJob::run(request, nullptr);
        QVERIFY(result.succeeded());
        comparison = std::move(*result.outcome.comparison);
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The text of the first pages (those before the aligned table), with
    // only the given cover sections.
    const auto coverText = [&](const std::vector<CoverSection> &sections, const QString &name) {
        const QString file = dir.filePath(name);
        const QString error = PdfExporter::write(file, comparison, {}, {}, {}, &sections);
        if (!error.isEmpty())
            return error;
        QString cover;
        const QString text = run(tool("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-") });
        for (const QString &page : text.split(QLatin1Char('\f'))) {
            if (!page.contains(QLatin1String("Aligned comparison")))
                cover += page;
        }
        return cover;
    };

    // pdftotext joins a word wrapped after its hyphen ("non-" "existent")
    // without the hyphen: compare without hyphens.
    const auto unhyphenated = [](const QString &text) { return comparable(text).remove(QLatin1Char('-')); };
    qsizetype facts = 0;
    const QString factsText = coverText({ &CoverPage::changedFacts }, QStringLiteral("facts.pdf"));
    QVERIFY2(factsText.contains(QLatin1String("Changed facts and quotes")), qPrintable(factsText));
    const QString factsComparable = unhyphenated(factsText);
    for (const ArticleComparison &c : comparison.comparisons) {
        for (const FactChange &fact : c.factChanges) {
            ++facts;
            QVERIFY2(factsComparable.contains(unhyphenated(fact.text)), qPrintable(fact.text));
            QVERIFY2(factsComparable.contains(unhyphenated(fact.sourceText)), qPrintable(fact.sourceText));
            QVERIFY2(factsText.contains(factKindDisplayName(fact.kind)), qPrintable(factKindDisplayName(fact.kind)));
        }
        if (!c.factChanges.empty())
            QVERIFY(factsText.contains(comparison.articles[size_t(c.other)].id));
    }
    QVERIFY(facts > 0);

    const QString treeText = coverText({ &CoverPage::familyTree }, QStringLiteral("tree.pdf"));
    QVERIFY2(treeText.contains(QLatin1String("Family tree")), qPrintable(treeText));
    QVERIFY(treeText.contains(QLatin1String("BASE")));
    const QString treeComparable = comparable(treeText);
    for (const Article &article : comparison.articles) {
        // The box's two lines: the name (cut to the box when long) and the file.
        const QString file = article.filePath.isEmpty() ? article.id : QFileInfo(article.filePath).fileName();
        QVERIFY2(treeComparable.contains(comparable(file)), qPrintable(file));
        QVERIFY2(treeComparable.contains(comparable(article.displayName().left(12))), qPrintable(article.displayName()));
    }
    // The evidence in words, for every article with a parent.
    for (qint32 a = 0; a < qint32(comparison.articles.size()); ++a) {
        if (comparison.familyTree.parent[size_t(a)] >= 0)
            QVERIFY(treeComparable.contains(comparable(comparison.familyTree.describe(a, comparison.articles))));
    }

    // Both are among the default sections.
    const QString full = dir.filePath(QStringLiteral("full.pdf"));
    QCOMPARE(PdfExporter::write(full, comparison, {}, {}), QString());
    const QString all = run(tool("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), full, QStringLiteral("-") });
    QVERIFY(all.contains(QLatin1String("Changed facts and quotes")));
    QVERIFY(all.contains(QLatin1String("Family tree")));
}

void TestPdfExport::printerUsesTheSameLayout()
{
    const Comparison comparison = compare({
        TestArticles::make(QStringLiteral("agency"), { QStringLiteral("# Flood"), QStringLiteral("The river rose overnight.") }),
        TestArticles::make(QStringLiteral("paper"), { QStringLiteral("# Flood"), QStringLiteral("The river rose fast overnight.") }),
    });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setPageOrientation(QPageLayout::Landscape);
    ComparisonPrinter layout(comparison, {}, {});
    QCOMPARE(layout.print(&printer), QString());
    QVERIFY(layout.pageCount() >= 2);
    QVERIFY(QFileInfo(printer.outputFileName()).size() > 1000);
    if (!tool("pdfinfo").isEmpty())
        QCOMPARE(pdfPages(printer.outputFileName()), layout.pageCount());
}

void TestPdfExport::exportDialog_data()
{
    QTest::addColumn<bool>("letter");
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<QList<qint32>>("articles"); // chosen; the base (0) is always in
    QTest::addColumn<bool>("includeUnchanged");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<int>("versions");

    // Four columns fit on A4 portrait, but five articles print as two
    // balanced runs of three (review 16: the dialog said "4 columns fit").
    QTest::newRow("A4 portrait, all") << false << false << QList<qint32> {} << true
                                      << QStringLiteral("3 columns on each page: the base and 2 others, in 2 runs of pages.") << 5;
    QTest::newRow("A4 portrait, six: runs of four and three")
        << false << false << QList<qint32> {} << true
        << QStringLiteral("Up to 4 columns on each page: the base and up to 3 others, in 2 runs of pages.") << 6;
    QTest::newRow("Letter landscape, all") << true << true << QList<qint32> {} << true << QStringLiteral("side by side") << 5;
    QTest::newRow("two of five, changed rows only") << false << false << QList<qint32> { 0, 2, 4 } << false
                                                    << QStringLiteral("side by side") << 5;
}

void TestPdfExport::exportDialog()
{
    QFETCH(bool, letter);
    QFETCH(bool, landscape);
    QFETCH(QList<qint32>, articles);
    QFETCH(bool, includeUnchanged);
    QFETCH(QString, summary);
    QFETCH(int, versions);
    std::vector<Article> sources;
    for (int i = 0; i < versions; ++i) {
        sources.push_back(TestArticles::make(QStringLiteral("version-%1").arg(i),
                                             { QStringLiteral("The river rose %1 metres overnight.").arg(i + 1) }));
    }
    const Comparison comparison = compare(sources);
    ExportDialog dialog(comparison);
    PdfPageSetup setup;
    setup.size = QPageSize(letter ? QPageSize::Letter : QPageSize::A4);
    setup.orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    dialog.setPageSetup(setup);
    ExportOptions options;
    options.articles.assign(articles.begin(), articles.end());
    options.includeUnchanged = includeUnchanged;
    dialog.setOptions(options);

    QCOMPARE(dialog.pageSetup().size.id(), setup.size.id());
    QCOMPARE(dialog.pageSetup().orientation, setup.orientation);
    const ExportOptions chosen = dialog.options();
    QCOMPARE(chosen.includeUnchanged, includeUnchanged);
    const std::vector<qint32> expected = options.shownArticles(comparison);
    QCOMPARE(chosen.shownArticles(comparison), expected);
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [&summary](const QLabel *label) { return label->text().contains(summary); }));
    // As the printer lays the pages out: its widest run has that many columns.
    const QPageLayout layout(setup.size, setup.orientation, QMarginsF(setup.marginMillimetres, setup.marginMillimetres,
                                                                      setup.marginMillimetres, setup.marginMillimetres),
                             QPageLayout::Millimeter);
    const auto groups = ComparisonPrinter::columnGroups(expected, comparison.base,
                                                        ComparisonTable::columnsThatFit(PrintStyle::mm(layout.paintRect(QPageLayout::Millimeter).width())));
    if (groups.size() > 1)
        QVERIFY(summary.contains(QStringLiteral("%1 columns").arg(groups.front().size())));
}

// Versions of one story share their headline: the dialog's list starts each
// line with the file id, and a line longer than the list gives way at its
// end, not behind a scroll bar. Before, three lines read "NATO chief asks S
// Korea to 'step up' milit…" and the base's "(base, always included)" was
// past the edge.
void TestPdfExport::exportDialogTellsVersionsApart()
{
    const QString headline = QStringLiteral("NATO chief asks South Korea to step up military support for Ukraine");
    std::vector<Article> sources;
    for (const char *id : { "001_agency", "002_rewrite", "003_extended" }) {
        Article article = TestArticles::make(QLatin1String(id), { QStringLiteral("# ") + headline,
                                                                 QStringLiteral("The alliance chief spoke in Seoul on Monday.") });
        article.title = headline;
        sources.push_back(std::move(article));
    }
    const Comparison comparison = compare(sources);
    ExportDialog dialog(comparison);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QListWidget *>();
    QVERIFY(list);
    QCOMPARE(list->count(), 3);
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        const QString id = comparison.articles[size_t(item->data(Qt::UserRole).toInt())].id;
        QVERIFY2(item->text().startsWith(id), qPrintable(item->text()));
        QVERIFY2(list->visualItemRect(item).left() >= 0, qPrintable(item->text()));
        // The id and the start of the headline are in view.
        QVERIFY(list->fontMetrics().horizontalAdvance(id + QStringLiteral(" \u2014 NATO chief")) < list->viewport()->width());
    }
    QVERIFY(!list->horizontalScrollBar()->isVisible());
}

// "What each article did with the base" is not left with its header and
// first row at a page's foot and the rest on the next page, headless: with
// the space above it growing, every page that shows a row of the table also
// shows its column titles. Before, the header and each row were blocks of
// their own.
void TestPdfExport::sharesTableKeepsItsHeader()
{
    if (tool("pdftotext").isEmpty())
        QSKIP("pdftotext is not installed");
    std::vector<Article> sources;
    for (int i = 0; i < 6; ++i) {
        sources.push_back(TestArticles::make(QStringLiteral("outlet-%1").arg(QChar(u'a' + i)),
                                             { QStringLiteral("The river rose %1 metres overnight near the mill.").arg(i + 1) }));
    }
    const Comparison comparison = compare(sources);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    int splitPages = 0;
    for (int millimetres = 150; millimetres <= 280; millimetres += 4) {
        const qreal filler = PrintStyle::mm(millimetres);
        const std::vector<CoverSection> sections {
            [filler](const PrintContext &) {
                PrintBlock space;
                space.height = filler;
                space.paint = [](QPainter *) {};
                return std::vector<PrintBlock> { space };
            },
            &CoverPage::shares,
        };
        const QString file = dir.filePath(QStringLiteral("shares-%1.pdf").arg(millimetres));
        QCOMPARE(PdfExporter::write(file, comparison, {}, {}, {}, &sections), QString());
        const QString text = run(tool("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-") });
        int pagesWithRows = 0;
        for (const QString &page : text.split(QLatin1Char('\f'))) {
            // The rows of the versions (the base's id is also in the running header).
            static const QRegularExpression versionRow(QStringLiteral("outlet-[b-f]"));
            if (page.contains(QLatin1String("Aligned comparison")) || !page.contains(versionRow))
                continue;
            ++pagesWithRows;
            QVERIFY2(page.contains(QLatin1String("Verbatim")) && page.contains(QLatin1String("Removed")),
                     qPrintable(QStringLiteral("%1 mm above: %2").arg(millimetres).arg(page)));
        }
        QVERIFY(pagesWithRows >= 1);
        splitPages += pagesWithRows - 1;
    }
    QCOMPARE(splitPages, 0); // six rows always fit on one page
}

void TestPdfExport::headlessExports_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("output"); // file name in the temporary folder
    QTest::addColumn<QByteArray>("magic");

    QTest::newRow("pdf, A4") << QStringList { "--export-pdf", "%O" } << QStringLiteral("out.pdf") << QByteArray("%PDF-");
    QTest::newRow("pdf, Letter landscape, changed rows only")
        << QStringList { "--export-pdf", "%O", "--page-size", "letter", "--landscape", "--skip-unchanged" }
        << QStringLiteral("out.pdf") << QByteArray("%PDF-");
    QTest::newRow("html") << QStringList { "--export-html", "%O" } << QStringLiteral("out.html") << QByteArray("<!DOCTYPE html>");
    QTest::newRow("json") << QStringList { "--export-json", "%O" } << QStringLiteral("out.json") << QByteArray("{\n");
}

void TestPdfExport::headlessExports()
{
    QFETCH(QStringList, options);
    QFETCH(QString, output);
    QFETCH(QByteArray, magic);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("wire"));
    QVERIFY(QDir().mkpath(folder));
    const QString baseText = QStringLiteral("Ferry services to the islands resumed on Sunday after two days of gales.");
    for (const auto &[name, text] : { std::pair { "agency.txt", baseText.toUtf8() },
                                      std::pair { "paper.txt", QByteArray("Ferry services to the islands resumed on Sunday after two days of storms.\n\nPassengers queued from dawn.\n") } }) {
        QFile file(QDir(folder).filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    SidecarContent sidecar;
    sidecar.notes.push_back(Note::onPassage(QStringLiteral("agency"), 0, baseText, 0, 5, QStringLiteral("Timetable confirmed by the operator")));
    QCOMPARE(Sidecar::save(folder, sidecar, {}), QString());
    QCryptographicHash before(QCryptographicHash::Sha256);
    for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        before.addData(file.readAll());
    }

    const QString path = dir.filePath(output);
    QStringList arguments { QStringLiteral("wirediff") };
    for (const QString &option : options)
        arguments.append(option == QLatin1String("%O") ? path : option);
    arguments.append(folder);
    QString messages;
    QTextStream err(&messages);
    const CommandLine commandLine = CommandLine::parse(arguments);
    QCOMPARE(commandLine.action, CommandLine::Action::Export);
    QCOMPARE(HeadlessExport::run(commandLine, err), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith(magic));

    QCryptographicHash after(QCryptographicHash::Sha256);
    for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        QFile input(QDir(folder).filePath(name));
        QVERIFY(input.open(QIODevice::ReadOnly));
        after.addData(input.readAll());
    }
    QCOMPARE(after.result(), before.result()); // articles and sidecar untouched

    QString text;
    if (magic.startsWith("%PDF")) {
        if (tool("pdftotext").isEmpty())
            QSKIP("pdftotext is not installed");
        text = run(tool("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    } else {
        file.seek(0);
        text = QString::fromUtf8(file.readAll());
    }
    QVERIFY2(text.contains(QLatin1String("Timetable confirmed by the operator")), qPrintable(text.left(2000)));
}

void TestPdfExport::failedWriteLeavesNothing_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("output");
    QTest::newRow("pdf, parent missing") << QStringLiteral("--export-pdf") << QStringLiteral("no/such/folder/out.pdf");
    QTest::newRow("pdf, output is a folder") << QStringLiteral("--export-pdf") << QStringLiteral("a-folder");
    QTest::newRow("html, parent is a file") << QStringLiteral("--export-html") << QStringLiteral("a-file/out.html");
}

void TestPdfExport::failedWriteLeavesNothing()
{
    QFETCH(QString, option);
    QFETCH(QString, output);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("a-folder"))));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("wire"))));
    for (const char *name : { "wire/a.txt", "wire/b.txt", "a-file" }) {
        QFile file(dir.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("The river rose overnight and the mayor closed the bridge.\n");
    }
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QString messages;
    QTextStream err(&messages);
    const CommandLine commandLine = CommandLine::parse({ QStringLiteral("wirediff"), option, dir.filePath(output), dir.filePath(QStringLiteral("wire")) });
    QCOMPARE(HeadlessExport::run(commandLine, err), 2);
    err.flush();
    QVERIFY2(messages.contains(QLatin1String("Cannot write")), qPrintable(messages));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("a-folder"))).isDir());
}

void TestPdfExport::suggestsPathBesideFolder_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a folder") << QStringLiteral("/news/2026/nato") << QStringLiteral("/news/2026/nato-comparison.pdf");
    QTest::newRow("a folder given with a slash") << QStringLiteral("/news/2026/nato/") << QStringLiteral("/news/2026/nato-comparison.pdf");
    QTest::newRow("the root") << QStringLiteral("/") << QStringLiteral("/wirediff-comparison.pdf");
    QTest::newRow("no folder") << QString() << QDir::home().filePath(QStringLiteral("wirediff-comparison.pdf"));
}

// An export offered inside the compared folder would be read as one more
// version when the folder is compared again: it goes beside the folder.
void TestPdfExport::suggestsPathBesideFolder()
{
    QFETCH(QString, folder);
    QFETCH(QString, expected);
    const QString suggested = ExportDialog::suggestedPath(folder, QStringLiteral("-comparison.pdf"));
    QCOMPARE(QDir::cleanPath(suggested), QDir::cleanPath(expected));
    if (!folder.isEmpty() && folder != QLatin1String("/"))
        QVERIFY(!QDir::cleanPath(suggested).startsWith(QDir::cleanPath(folder) + QLatin1Char('/')));
}

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
