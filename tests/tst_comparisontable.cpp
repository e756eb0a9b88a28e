#include "comparator.h"
#include "comparisontable.h"
#include "exportmarkup.h"
#include "printstyle.h"
#include "printtext.h"
#include "testarticles.h"

#include <QTest>

using namespace WireDiff;

// ComparisonTable, the printed rows: a block per row up to the printed-row
// limit; past it only rows carrying a note, with one line per stretch left
// out saying how many; and the count of rows left out, so a 50,000-row
// comparison makes a bounded PDF without losing a note.
class TestComparisonTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printedRows_data();
    void printedRows();
    void breaksMissNoteBadges_data();
    void breaksMissNoteBadges();

private:
    std::optional<Comparison> m_comparison;
};

namespace {

// 30 paragraphs, each changed a little in the other version, so every row
// is shown (none is unchanged).
std::vector<Article> editedArticles()
{
    QStringList base;
    QStringList other;
    for (int p = 0; p < 30; ++p) {
        base.append(QStringLiteral("Section %1 of the harbour report lists the repairs the council approved for the "
                                   "east pier, with their cost and the month work begins.").arg(p + 1));
        other.append(QStringLiteral("Section %1 of the harbour report lists the repairs the council agreed for the "
                                    "east pier, with their cost and the week work begins.").arg(p + 1));
    }
    return { TestArticles::make(QStringLiteral("base"), base), TestArticles::make(QStringLiteral("other"), other) };
}

} // namespace

void TestComparisonTable::initTestCase()
{
    ComparisonOptions options;
    options.baseId = QStringLiteral("base");
    ComparisonOutcome outcome = Comparator(options).compare(editedArticles());
    QVERIFY2(outcome.comparison.has_value(), qPrintable(outcome.error));
    m_comparison = std::move(outcome.comparison);
    QCOMPARE(m_comparison->rows.size(), size_t(30));
}

void TestComparisonTable::printedRows_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<QList<int>>("notedRows"); // rows of the base carrying a note
    QTest::addColumn<int>("expectedBlocks");
    QTest::addColumn<int>("expectedOmitted");

    QTest::newRow("under the limit") << 100 << QList<int> {} << 30 << 0;
    QTest::newRow("exactly the limit") << 30 << QList<int> {} << 30 << 0;
    QTest::newRow("over the limit: one line for the rest") << 10 << QList<int> {} << 11 << 20;
    QTest::newRow("a noted row past the limit is printed") << 10 << QList<int> { 20 } << 13 << 19;
    QTest::newRow("noted rows at the end") << 10 << QList<int> { 28, 29 } << 13 << 18;
    QTest::newRow("a noted row within the limit changes nothing") << 10 << QList<int> { 2 } << 11 << 20;
    QTest::newRow("limit zero: only noted rows") << 0 << QList<int> { 5 } << 3 << 29;
}

void TestComparisonTable::printedRows()
{
    QFETCH(int, limit);
    QFETCH(QList<int>, notedRows);
    QFETCH(int, expectedBlocks);
    QFETCH(int, expectedOmitted);

    const Comparison &comparison = *m_comparison;
    const Article &base = comparison.articles[size_t(comparison.base)];
    Notes notes;
    for (const int row : notedRows) {
        const qint32 paragraph = comparison.rows[size_t(row)].cells[size_t(comparison.base)].paragraphs.front();
        const QString &text = base.paragraphs[size_t(paragraph)].text;
        notes.push_back(Note::onPassage(base.id, paragraph, text, 0, 7, QStringLiteral("Checked")));
    }
    ExportOptions options;
    options.maxPrintedRows = limit;
    ExportMarkup markup(comparison, notes, options);
    const PrintStyle style;
    const ComparisonTable table(markup, style, markup.articles(), 500);
    qint32 omitted = -1;
    const std::vector<PrintBlock> blocks = table.rows(&omitted);
    QCOMPARE(omitted, expectedOmitted);
    QCOMPARE(int(blocks.size()), expectedBlocks);
    for (const PrintBlock &block : blocks)
        QVERIFY(block.height > 0 && block.paint);
}

// Notes starting on one line stack their numbered badges below each other,
// past the passage's lines: wherever a page is cut, no badge is cut in two
// (half a number on each page, or a number on neither).
void TestComparisonTable::breaksMissNoteBadges_data()
{
    QTest::addColumn<int>("noteCount");

    QTest::newRow("one note") << 1;
    QTest::newRow("six notes on one line") << 6;
    QTest::newRow("twenty notes on one line") << 20;
}

void TestComparisonTable::breaksMissNoteBadges()
{
    QFETCH(int, noteCount);
    const Comparison &comparison = *m_comparison;
    const Article &base = comparison.articles[size_t(comparison.base)];
    const qint32 paragraph = comparison.rows.front().cells[size_t(comparison.base)].paragraphs.front();
    const QString &text = base.paragraphs[size_t(paragraph)].text;
    Notes notes;
    for (int n = 0; n < noteCount; ++n)
        notes.push_back(Note::onPassage(base.id, paragraph, text, 0, 7 + n, QStringLiteral("Note %1").arg(n)));
    ExportMarkup markup(comparison, notes, ExportOptions());
    const PrintStyle style;
    const ComparisonTable table(markup, style, markup.articles(), 500);
    const PrintBlock row = table.rows().front();
    QCOMPARE(qsizetype(row.footnotes.size()), qsizetype(noteCount));
    const qreal badgeHeight = PrintText::lineHeight(style.smallBold(), style.layoutDevice());
    QVERIFY(row.footnotes.back().first + badgeHeight <= row.height);
    for (qreal limit = 0; limit <= row.height; limit += 0.25) {
        const qreal cut = row.breakBefore(limit);
        QVERIFY(cut <= limit + 0.01);
        for (const auto &[top, number] : row.footnotes)
            QVERIFY2(!(top < cut - 0.01 && top + badgeHeight > cut + 0.01),
                     qPrintable(QStringLiteral("badge %1 at %2 cut at %3").arg(number).arg(top).arg(cut)));
    }
}

QTEST_MAIN(TestComparisonTable)
#include "tst_comparisontable.moc"
