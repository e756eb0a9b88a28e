#include "comparisonview.h"
#include "paneheaderbar.h"
#include "provenancematrix.h"
#include "viewfixtures.h"

#include <QHelpEvent>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace WireDiff;

// The who-copied-whom grid: clicks land on the cell under the pointer, and
// a paint of part of the grid (all a scroll area shows of 100 articles)
// draws exactly what a paint of the whole grid draws there. Scrolled to any
// cell in a dock's room, the cell's row and column are still named beside
// it (review 11, finding 1: with 20 versions the names scrolled away).
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
    void headersStayBesideTheCell_data();
    void headersStayBesideTheCell();
    void columnsHaveShortNames_data();
    void columnsHaveShortNames();

private:
    // The tooltip the viewport shows for a help event at `at`.
    static QString toolTipAt(ProvenanceMatrix *matrix, const QPoint &at);
    std::shared_ptr<const Comparison> m_many;
    std::shared_ptr<const Comparison> m_twenty;
};

void TestProvenanceMatrix::initTestCase()
{
    m_many = ViewFixtures::versions(12);
    QVERIFY(m_many);
    m_twenty = ViewFixtures::versions(20);
    QVERIFY(m_twenty);
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
    matrix.resize(1000, 1000); // the whole grid in view
    matrix.show();
    QVERIFY(QTest::qWaitForWindowExposed(&matrix));

    const QRect cell = matrix.cellRect(row, column);
    QPoint at = cell.topLeft();
    // -1 means the centre, -2 the last pixel; -3 one pixel outside the grid.
    at.rx() += offset.x() == -1 ? cell.width() / 2 : offset.x() == -2 ? cell.width() - 1 : offset.x() == -3 ? -1 : offset.x();
    at.ry() += offset.y() == -1 ? cell.height() / 2 : offset.y() == -2 ? cell.height() - 1 : offset.y() == -3 ? cell.height() : offset.y();
    QSignalSpy activated(&matrix, &ProvenanceMatrix::pairActivated);
    QTest::mouseClick(matrix.viewport(), Qt::LeftButton, {}, at);
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
    matrix.resize(1000, 1000);
    connect(&matrix, &ProvenanceMatrix::pairActivated, &view, &ComparisonView::focusPair);
    matrix.show();
    QVERIFY(QTest::qWaitForWindowExposed(&matrix));
    QSignalSpy baseRequests(&view, &ComparisonView::baseChangeRequested);
    QTest::mouseClick(matrix.viewport(), Qt::LeftButton, {}, matrix.cellRect(row, column).center());
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
    matrix.resize(1000, 1000);
    QWidget *viewport = matrix.viewport();

    const QRect first = matrix.cellRect(firstRow, firstColumn);
    // Half a cell in, so the region cuts through cells on every side.
    const QRect region = QRect(first.topLeft() + QPoint(first.width() / 2, first.height() / 2),
                               QSize(columns * first.width(), rows * first.height()))
                             .intersected(viewport->rect());
    // Rendered at the viewport's own coordinates both times, so patterns
    // keep their phase; the partial paint is told only `region` is exposed.
    QImage whole(viewport->size(), QImage::Format_ARGB32_Premultiplied);
    whole.fill(Qt::transparent);
    viewport->render(&whole);
    QImage part(viewport->size(), QImage::Format_ARGB32_Premultiplied);
    part.fill(Qt::transparent);
    viewport->render(&part, region.topLeft(), QRegion(region));
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

QString TestProvenanceMatrix::toolTipAt(ProvenanceMatrix *matrix, const QPoint &at)
{
    QToolTip::hideText();
    QHelpEvent help(QEvent::ToolTip, at, matrix->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(matrix->viewport(), &help);
    return QToolTip::text();
}

void TestProvenanceMatrix::headersStayBesideTheCell_data()
{
    QTest::addColumn<QSize>("dock"); // the matrix's room
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("columnsInView"); // at least, with 20 versions
    QTest::addColumn<int>("rowsInView");
    // The dock's room as the window gives it at 1366x768 and 1920x1080.
    QTest::newRow("1366x768: the last row, a far column") << QSize(370, 250) << 19 << 17 << 6 << 4;
    QTest::newRow("1366x768: the far corner") << QSize(370, 250) << 18 << 19 << 6 << 4;
    QTest::newRow("1366x768: the middle") << QSize(370, 250) << 10 << 12 << 6 << 4;
    QTest::newRow("1920x1080: the far corner") << QSize(520, 480) << 19 << 18 << 10 << 10;
    QTest::newRow("1920x1080: near the start") << QSize(520, 480) << 2 << 0 << 10 << 10;
}

// The keyboard cursor is moved to the cell as a keyboard user does; the
// grid scrolls to it, and its row's label and its column's name are still
// drawn beside it, each with the article's full name in its tooltip.
void TestProvenanceMatrix::headersStayBesideTheCell()
{
    QFETCH(QSize, dock);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(int, columnsInView);
    QFETCH(int, rowsInView);
    ProvenanceMatrix matrix;
    matrix.setComparison(m_twenty);
    matrix.resize(dock);
    matrix.show();
    QVERIFY(QTest::qWaitForWindowExposed(&matrix));
    matrix.setFocus();

    const QRect area = matrix.cellArea();
    const QRect firstCell = matrix.cellRect(0, 0);
    QVERIFY2(area.width() / firstCell.width() >= columnsInView, qPrintable(QString::number(area.width() / firstCell.width())));
    QVERIFY2(area.height() / firstCell.height() >= rowsInView, qPrintable(QString::number(area.height() / firstCell.height())));

    // From the cursor's start (0, 1) to the cell.
    for (int i = 0; i < row; ++i)
        QTest::keyClick(&matrix, Qt::Key_Down);
    for (int i = 1; i < column; ++i)
        QTest::keyClick(&matrix, Qt::Key_Right);
    if (column == 0)
        QTest::keyClick(&matrix, Qt::Key_Left);
    QVERIFY(matrix.verticalScrollBar()->value() > 0 || row < rowsInView);
    const QRect cell = matrix.cellRect(row, column);
    QVERIFY2(area.contains(cell), qPrintable(QStringLiteral("cell %1,%2 %3x%4 not in the area")
                                                  .arg(cell.x()).arg(cell.y()).arg(cell.width()).arg(cell.height())));

    // The row's label at the left of the cell, at its height; the column's
    // name above it, in the frozen bands the cells do not scroll into.
    const QRect rowHeader = matrix.rowHeaderRect(row);
    QCOMPARE(rowHeader.center().y(), cell.center().y());
    QVERIFY(rowHeader.right() < area.left() && rowHeader.left() >= 0);
    const QRect columnHeader = matrix.columnHeaderRect(column);
    QCOMPARE(columnHeader.center().x(), cell.center().x());
    QVERIFY(columnHeader.bottom() < area.top() && columnHeader.top() >= 0);

    const QString rowTip = toolTipAt(&matrix, rowHeader.center());
    QVERIFY2(rowTip.contains(m_twenty->articles[size_t(row)].id), qPrintable(rowTip));
    const QString columnTip = toolTipAt(&matrix, columnHeader.center());
    QVERIFY2(columnTip.contains(m_twenty->articles[size_t(column)].id), qPrintable(columnTip));
    if (row != column) {
        const QString cellTip = toolTipAt(&matrix, cell.center());
        QCOMPARE(cellTip, matrix.toolTipFor(row, column));
    }

    // Something is drawn in both headers (the names), not bare background.
    QImage picture(matrix.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    matrix.viewport()->render(&picture);
    const auto inked = [&picture](const QRect &rect) {
        const QRgb background = picture.pixel(rect.topLeft());
        int differing = 0;
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            for (int x = rect.left(); x <= rect.right(); ++x)
                differing += picture.pixel(x, y) != background;
        }
        return differing;
    };
    QVERIFY(inked(rowHeader) > 10);
    QVERIFY(inked(columnHeader) > 10);

    // A click on a header is no click on the cell scrolled under it.
    QSignalSpy activated(&matrix, &ProvenanceMatrix::pairActivated);
    QTest::mouseClick(matrix.viewport(), Qt::LeftButton, {}, columnHeader.center());
    QTest::mouseClick(matrix.viewport(), Qt::LeftButton, {}, rowHeader.center());
    QCOMPARE(activated.size(), 0);
}

void TestProvenanceMatrix::columnsHaveShortNames_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("outlets"); // empty: none known
    QTest::addColumn<QStringList>("names");
    QTest::newRow("a shared start, cut where the digits begin")
        << QStringList { "care1", "care1nl", "care134_independent", "care92_mail" } << QStringList()
        << QStringList { "1", "1nl", "134_independent", "92_mail" };
    QTest::newRow("a shared start up to a separator")
        << QStringList { "flood-agency", "flood-post", "flood-times" } << QStringList()
        << QStringList { "agency", "post", "times" };
    QTest::newRow("numbers only in common") << QStringList { "01-agency", "02-light-edit", "03-rewrite" } << QStringList()
                                            << QStringList { "01-agency", "02-light-edit", "03-rewrite" };
    QTest::newRow("an id that is all the shared start keeps it")
        << QStringList { "story", "story-update" } << QStringList() << QStringList { "story", "story-update" };
    QTest::newRow("outlets where known") << QStringList { "care1", "care71_mirror" } << QStringList { "PA", "" }
                                         << QStringList { "PA", "71_mirror" };
}

void TestProvenanceMatrix::columnsHaveShortNames()
{
    QFETCH(QStringList, ids);
    QFETCH(QStringList, outlets);
    QFETCH(QStringList, names);
    const QStringList story = ViewFixtures::story(6);
    std::vector<Article> articles;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        QStringList copy = story;
        copy.removeAt(i % copy.size());
        articles.push_back(TestArticles::make(ids[i], copy));
        if (i < outlets.size())
            articles.back().outlet = outlets[i];
    }
    const std::shared_ptr<const Comparison> comparison = ViewFixtures::compare(std::move(articles));
    QVERIFY(comparison);
    ProvenanceMatrix matrix;
    matrix.setComparison(comparison);
    for (qint32 a = 0; a < qint32(comparison->articles.size()); ++a) {
        const qsizetype given = ids.indexOf(comparison->articles[size_t(a)].id);
        QVERIFY(given >= 0);
        QCOMPARE(matrix.shortName(a), names[given]);
        QVERIFY(matrix.headerToolTip(a, true).contains(comparison->articles[size_t(a)].id));
    }
}

QTEST_MAIN(TestProvenanceMatrix)

#include "tst_provenancematrix.moc"
