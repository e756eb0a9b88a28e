#include "comparator.h"
#include "comparisonfixtures.h"
#include "exportfindings.h"
#include "htmlexporter.h"
#include "testarticles.h"

#include <QTest>

using namespace WireDiff;

// What both exports report beside the rows, here: whether an article's
// shares are approximate because parts of it were compared as whole
// blocks, and what the containment finds of it in the base instead.
class TestExportFindings : public QObject
{
    Q_OBJECT

private slots:
    void saysWhenSharesAreApproximate_data();
    void saysWhenSharesAreApproximate();
};

void TestExportFindings::saysWhenSharesAreApproximate_data()
{
    QTest::addColumn<int>("maxExactDiffCells");
    QTest::addColumn<bool>("approximate");
    QTest::newRow("diffed word by word: exact shares") << 4'000'000 << false;
    QTest::newRow("compared as whole blocks: approximate shares") << 4 << true;
}

// ComparisonFixtures::wholeBlocksPair(): a stretch of 80 words each that
// the other lacks.
void TestExportFindings::saysWhenSharesAreApproximate()
{
    QFETCH(int, maxExactDiffCells);
    QFETCH(bool, approximate);
    const Comparison comparison = ComparisonFixtures::compareWholeBlocksPair(maxExactDiffCells);
    const qint32 copy = comparison.indexOf(QStringLiteral("copy"));
    QCOMPARE(comparison.comparisons[size_t(copy)].coarse, approximate);
    QCOMPARE(ExportFindings::sharesApproximate(comparison, copy), approximate);
    QVERIFY(!ExportFindings::sharesApproximate(comparison, comparison.base));
    const QString note = ExportFindings::approximateSharesNote(comparison, copy);
    QCOMPARE(note.isEmpty(), !approximate);
    const QString html = QString::fromUtf8(HtmlExporter::toHtml(comparison, {}, {}));
    QCOMPARE(html.contains(QStringLiteral("<td class=\"num\">\u2248\u202f")), approximate);
    if (!approximate)
        return;
    // The containment's figure for the copy in the base, as the note gives it.
    const ContainmentShare &found = comparison.containment[size_t(copy)][size_t(comparison.base)];
    QVERIFY2(note.contains(ExportFindings::percent(qRound(found.verbatim * 100.0)) + QLatin1String(" are found in the base verbatim")),
             qPrintable(note));
    QVERIFY(html.contains(QStringLiteral("<p class=\"approx\">\u2248 ") + HtmlExporter::escaped(note) + QLatin1String("</p>")));
}

QTEST_GUILESS_MAIN(TestExportFindings)
#include "tst_exportfindings.moc"
