#include "comparator.h"
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

// The copy keeps the base's first and last sentences; between them each
// has 80 words the other has not: a stretch with no shared word, of more
// cells than the diff always takes word by word.
void TestExportFindings::saysWhenSharesAreApproximate()
{
    QFETCH(int, maxExactDiffCells);
    QFETCH(bool, approximate);
    const QString first = QStringLiteral("Engineers opened the Halden dam on Monday after heavy rain in the valley.");
    const QString third = QStringLiteral("Residents downstream were told to move their cars away from the river banks.");
    const auto words = [](const QString &stem) {
        QStringList list;
        for (int i = 0; i < 80; ++i)
            list.append(stem + QString::number(i));
        return list.join(u' ') + u'.';
    };
    ComparisonOptions options;
    options.baseId = QStringLiteral("agency");
    options.threads = 1;
    options.maxExactDiffCells = maxExactDiffCells;
    const Comparison comparison = std::move(*Comparator(options)
                                                 .compare({ TestArticles::make(QStringLiteral("agency"), { first + u' ' + words(QStringLiteral("north")) + u' ' + third }),
                                                            TestArticles::make(QStringLiteral("copy"), { first + u' ' + words(QStringLiteral("south")) + u' ' + third }) })
                                                 .comparison);
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
