#include "provenancematrix.h"
#include "testarticles.h"

#include <QScrollBar>
#include <QTest>

using namespace WireDiff;

// Who Copied Whom's names at many versions (review 12): a row label cut to
// fit keeps the end that tells versions apart ("138 …v137", not "13…37"),
// and where Fit cannot fit the grid the panel says so instead of silently
// scrolling (ids as the review's folders have them: "v000"…"v199", and
// longer). Offscreen, on real widgets with the editor's F key.
class TestProvenanceMatrixLabels : public QObject
{
    Q_OBJECT

private slots:
    void rowLabelsKeepTheEnd_data();
    void rowLabelsKeepTheEnd();
    void fitSaysWhenItCannot_data();
    void fitSaysWhenItCannot();

private:
    // `count` articles named by `pattern` (%1: the number, three digits);
    // the grid reads only the names and the shares.
    static std::shared_ptr<const Comparison> named(int count, const QString &pattern);
    static std::unique_ptr<ProvenanceMatrix> shown(int count, const QString &pattern, QSize room, bool fit);
};

std::shared_ptr<const Comparison> TestProvenanceMatrixLabels::named(int count, const QString &pattern)
{
    Comparison comparison;
    for (int a = 0; a < count; ++a)
        comparison.articles.push_back(TestArticles::make(pattern.arg(a, 3, 10, QLatin1Char('0')), { QStringLiteral("Text.") }));
    comparison.base = 0;
    comparison.counts.resize(size_t(count));
    comparison.containment.assign(size_t(count), std::vector<ContainmentShare>(size_t(count)));
    return std::make_shared<const Comparison>(std::move(comparison));
}

std::unique_ptr<ProvenanceMatrix> TestProvenanceMatrixLabels::shown(int count, const QString &pattern, QSize room, bool fit)
{
    auto matrix = std::make_unique<ProvenanceMatrix>();
    matrix->setComparison(named(count, pattern));
    matrix->resize(room);
    matrix->show();
    if (!QTest::qWaitForWindowExposed(matrix.get()))
        return {};
    matrix->setFocus();
    if (fit)
        QTest::keyClick(matrix.get(), Qt::Key_F);
    if (matrix->fitsToView() != fit)
        return {};
    return matrix;
}

void TestProvenanceMatrixLabels::rowLabelsKeepTheEnd_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QSize>("room");
    QTest::addColumn<bool>("fit");
    QTest::addColumn<int>("kept"); // how many of the id's last characters every label keeps

    QTest::newRow("200 versions, Fit, 1920x1080 dock") << 200 << "v%1" << QSize(520, 480) << true << 4;
    QTest::newRow("200 versions, zoom 1") << 200 << "v%1" << QSize(520, 480) << false << 4;
    QTest::newRow("200 long names, Fit, 1920x1080 dock") << 200 << "many200_v%1_independent" << QSize(520, 480) << true << 8;
    QTest::newRow("20 long names, Fit, 1366x768 dock") << 20 << "wire%1_independent_online" << QSize(370, 250) << true << 6;
    QTest::newRow("20 long names, zoom 1") << 20 << "wire%1_independent_online" << QSize(370, 250) << false << 6;
    QTest::newRow("5 short names, whole") << 5 << "v%1" << QSize(500, 400) << false << 4;
}

void TestProvenanceMatrixLabels::rowLabelsKeepTheEnd()
{
    QFETCH(int, count);
    QFETCH(QString, pattern);
    QFETCH(QSize, room);
    QFETCH(bool, fit);
    QFETCH(int, kept);
    const std::unique_ptr<ProvenanceMatrix> matrix = shown(count, pattern, room, fit);
    QVERIFY(matrix);
    for (qint32 a = 0; a < count; ++a) {
        const QString id = pattern.arg(a, 3, 10, QLatin1Char('0'));
        const QString label = matrix->rowLabel(a);
        QVERIFY2(label.startsWith(QString::number(a + 1) + QLatin1Char(' ')), qPrintable(label));
        QVERIFY2(label.endsWith(id.right(kept)), qPrintable(QStringLiteral("%1 for %2").arg(label, id)));
        // Shortened visibly, or by the start every id shares.
        QVERIFY2(label.contains(id) || label.contains(QChar(0x2026)) || id.endsWith(label.mid(label.indexOf(QLatin1Char(' ')) + 1)),
                 qPrintable(label));
    }
}

void TestProvenanceMatrixLabels::fitSaysWhenItCannot_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QSize>("room");
    QTest::addColumn<bool>("fit");
    QTest::addColumn<bool>("notice");

    QTest::newRow("200 versions, Fit, 1920x1080 dock") << 200 << QSize(520, 480) << true << true;
    QTest::newRow("200 versions, Fit, a whole screen: fits") << 200 << QSize(1900, 1000) << true << false;
    QTest::newRow("200 versions, zoom 1: nothing promised") << 200 << QSize(520, 480) << false << false;
    QTest::newRow("20 versions, Fit: fits") << 20 << QSize(370, 250) << true << false;
}

void TestProvenanceMatrixLabels::fitSaysWhenItCannot()
{
    QFETCH(int, count);
    QFETCH(QSize, room);
    QFETCH(bool, fit);
    QFETCH(bool, notice);
    const std::unique_ptr<ProvenanceMatrix> matrix = shown(count, QStringLiteral("many200_v%1"), room, fit);
    QVERIFY(matrix);
    const QString text = matrix->fitNotice();
    QCOMPARE(!text.isEmpty(), notice);
    if (notice) {
        QVERIFY2(text.contains(QString::number(count)), qPrintable(text));
        // It is said because the grid does scroll, and the cells still
        // start under the caption that says it.
        QVERIFY(matrix->verticalScrollBar()->maximum() > 0 || matrix->horizontalScrollBar()->maximum() > 0);
        QVERIFY(matrix->cellArea().top() > 2 * matrix->fontMetrics().lineSpacing());
    } else if (fit) {
        QCOMPARE(matrix->verticalScrollBar()->maximum(), 0);
        QCOMPARE(matrix->horizontalScrollBar()->maximum(), 0);
    }
    // F again: back to the zoom before, and nothing to say.
    if (fit) {
        QTest::keyClick(matrix.get(), Qt::Key_F);
        QVERIFY(matrix->fitNotice().isEmpty());
    }
}

QTEST_MAIN(TestProvenanceMatrixLabels)
#include "tst_provenancematrixlabels.moc"
