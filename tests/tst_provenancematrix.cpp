#include "comparisonview.h"
#include "paneheaderbar.h"
#include "provenancematrix.h"
#include "viewfixtures.h"

#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace WireDiff;

// The who-copied-whom grid: clicks land on the cell under the pointer, and
// a paint of part of the grid (all a scroll area shows of 100 articles)
// draws exactly what a paint of the whole grid draws there.
class TestProvenanceMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clickActivatesThePairUnderThePointer_data();
    void clickActivatesThePairUnderThePointer();
    void clickComparesThatPair_data();
    void clickComparesThatPair();
    void partialPaintMatchesFullPaint_data();
    void partialPaintMatchesFullPaint();
    void toolTipNamesBothMeasures_data();
    void toolTipNamesBothMeasures();

private:
    std::shared_ptr<const Comparison> versions(int count) const;
    std::shared_ptr<const Comparison> m_many;
};

std::shared_ptr<const Comparison> TestProvenanceMatrix::versions(int count) const
{
    // Versions of one story, each with its own cuts, so the shares differ.
    const QStringList story = ViewFixtures::story(12);
    std::vector<Article> articles;
    for (int v = 0; v < count; ++v) {
        QStringList copy = story;
        copy.removeAt(v % copy.size());
        if (v % 3 == 1)
            copy.removeAt((v * 5) % copy.size());
        articles.push_back(TestArticles::make(QStringLiteral("version-%1").arg(v, 2, 10, QLatin1Char('0')), copy));
    }
    return ViewFixtures::compare(std::move(articles));
}

void TestProvenanceMatrix::initTestCase()
{
    m_many = versions(12);
    QVERIFY(m_many);
}

void TestProvenanceMatrix::clickActivatesThePairUnderThePointer_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QPoint>("offset"); // from the cell's top left
    QTest::addColumn<bool>("activates");

    QTest::newRow("centre of a cell") << 2 << 5 << QPoint(-1, -1) << true;
    QTest::newRow("top left pixel") << 0 << 1 << QPoint(0, 0) << true;
    QTest::newRow("bottom right pixel") << 11 << 10 << QPoint(-2, -2) << true;
    QTest::newRow("the diagonal is no pair") << 4 << 4 << QPoint(-1, -1) << false;
    QTest::newRow("left of the grid") << 3 << 0 << QPoint(-3, 4) << false;
    QTest::newRow("below the grid") << 11 << 3 << QPoint(4, -3) << false;
}

void TestProvenanceMatrix::clickActivatesThePairUnderThePointer()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QPoint, offset);
    QFETCH(bool, activates);
    ProvenanceMatrix matrix;
    matrix.setComparison(m_many);
    matrix.resize(matrix.sizeHint());
    matrix.show();
    QVERIFY(QTest::qWaitForWindowExposed(&matrix));

    const QRect cell = matrix.cellRect(row, column);
    QPoint at = cell.topLeft();
    // -1 means the centre, -2 the last pixel; -3 one pixel outside the grid.
    at.rx() += offset.x() == -1 ? cell.width() / 2 : offset.x() == -2 ? cell.width() - 1 : offset.x() == -3 ? -1 : offset.x();
    at.ry() += offset.y() == -1 ? cell.height() / 2 : offset.y() == -2 ? cell.height() - 1 : offset.y() == -3 ? cell.height() : offset.y();
    QSignalSpy activated(&matrix, &ProvenanceMatrix::pairActivated);
    QTest::mouseClick(&matrix, Qt::LeftButton, {}, at);
    QCOMPARE(activated.size(), activates ? 1 : 0);
    if (activates) {
        QCOMPARE(activated.first().at(0).toInt(), row);
        QCOMPARE(activated.first().at(1).toInt(), column);
    }
}

void TestProvenanceMatrix::clickComparesThatPair_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("focus");
    QTest::addColumn<QString>("newBase"); // empty: the base stays
    // -1 stands for the base (the comparison chooses it).
    QTest::newRow("the base's row") << -1 << 4 << 4 << QString();
    QTest::newRow("the base's column") << 6 << -1 << 6 << QString();
    QTest::newRow("neither is the base") << 3 << 7 << 3 << QStringLiteral("version-07");
}

// Clicking a cell shows that pair in the panes: the view compares the row's
// article with the column's, asking for the column's as the base when
// neither is the base already.
void TestProvenanceMatrix::clickComparesThatPair()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(int, focus);
    QFETCH(QString, newBase);
    QVERIFY(m_many->base >= 0 && m_many->base != 3 && m_many->base != 4 && m_many->base != 6 && m_many->base != 7);
    row = row < 0 ? m_many->base : row;
    column = column < 0 ? m_many->base : column;
    ComparisonView view;
    view.resize(1200, 700);
    view.setComparison(m_many);
    ProvenanceMatrix matrix;
    matrix.setComparison(m_many);
    matrix.resize(matrix.sizeHint());
    connect(&matrix, &ProvenanceMatrix::pairActivated, &view, &ComparisonView::focusPair);
    matrix.show();
    QVERIFY(QTest::qWaitForWindowExposed(&matrix));
    QSignalSpy baseRequests(&view, &ComparisonView::baseChangeRequested);
    QTest::mouseClick(&matrix, Qt::LeftButton, {}, matrix.cellRect(row, column).center());
    QCOMPARE(view.model().focus(), focus);
    QCOMPARE(baseRequests.size(), newBase.isEmpty() ? 0 : 1);
    if (!newBase.isEmpty())
        QCOMPARE(baseRequests.first().at(0).toString(), newBase);
}

void TestProvenanceMatrix::partialPaintMatchesFullPaint_data()
{
    QTest::addColumn<int>("firstRow");
    QTest::addColumn<int>("firstColumn");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");

    QTest::newRow("top left corner") << 0 << 0 << 3 << 3;
    QTest::newRow("inside, not on cell edges") << 4 << 6 << 2 << 3;
    QTest::newRow("bottom right, past the grid") << 10 << 10 << 4 << 4;
}

void TestProvenanceMatrix::partialPaintMatchesFullPaint()
{
    QFETCH(int, firstRow);
    QFETCH(int, firstColumn);
    QFETCH(int, rows);
    QFETCH(int, columns);
    ProvenanceMatrix matrix;
    matrix.setComparison(m_many);
    matrix.resize(matrix.sizeHint());

    const QRect first = matrix.cellRect(firstRow, firstColumn);
    // Half a cell in, so the region cuts through cells on every side.
    const QRect region = QRect(first.topLeft() + QPoint(first.width() / 2, first.height() / 2),
                               QSize(columns * first.width(), rows * first.height()))
                             .intersected(matrix.rect());
    // Rendered at the widget's own coordinates both times, so patterns keep
    // their phase; the partial paint is told only `region` is exposed.
    QImage whole(matrix.size(), QImage::Format_ARGB32_Premultiplied);
    whole.fill(Qt::transparent);
    matrix.render(&whole);
    QImage part(matrix.size(), QImage::Format_ARGB32_Premultiplied);
    part.fill(Qt::transparent);
    matrix.render(&part, region.topLeft(), QRegion(region));
    QVERIFY(part.copy(region) != QImage(region.size(), part.format())); // something was painted
    QCOMPARE(part.copy(region), whole.copy(region));
}

// The grid counts 3-word runs found anywhere in the other article; the
// pane header reads word by word against the base. A machine translation
// read 67 % verbatim in its header and 51 % in the grid (review 10,
// finding 6): in the base's column the tooltip gives both, named.
void TestProvenanceMatrix::toolTipNamesBothMeasures_data()
{
    QTest::addColumn<int>("row");    // -1: the base
    QTest::addColumn<int>("column"); // -1: the base
    QTest::addColumn<bool>("withHeaderShares");
    QTest::newRow("against the base") << 4 << -1 << true;
    QTest::newRow("the base in another") << -1 << 4 << false;
    QTest::newRow("neither is the base") << 3 << 7 << false;
    QTest::newRow("the diagonal") << 5 << 5 << false;
}

void TestProvenanceMatrix::toolTipNamesBothMeasures()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(bool, withHeaderShares);
    QVERIFY(m_many->base >= 0 && m_many->base != 3 && m_many->base != 4 && m_many->base != 7);
    row = row < 0 ? m_many->base : row;
    column = column < 0 ? m_many->base : column;
    ProvenanceMatrix matrix;
    matrix.setComparison(m_many);
    const QString tip = matrix.toolTipFor(row, column);
    if (row == column) {
        QVERIFY(tip.isEmpty());
        return;
    }
    const QString verbatim = QString::number(qRound(m_many->containment[size_t(row)][size_t(column)].verbatim * 100));
    QVERIFY2(tip.startsWith(verbatim + QStringLiteral("% of ")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("runs of three words")), qPrintable(tip));
    const QString header = PaneHeaderBar::sharesLine(m_many->counts[size_t(row)]);
    QCOMPARE(tip.contains(header), withHeaderShares);
}

QTEST_MAIN(TestProvenanceMatrix)

#include "tst_provenancematrix.moc"
