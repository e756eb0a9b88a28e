#include "comparisonview.h"
#include "paneheaderbar.h"
#include "viewfixtures.h"

#include <QScrollBar>
#include <QTest>

using namespace WireDiff;

// Twenty versions in a view too narrow for them, on real widgets offscreen:
// the base pane stays pinned at the left edge while the others scroll
// sideways (and scrolls away when that is turned off), with painting,
// clicks, the header bar and Ctrl+Left/Right all agreeing where it is; and
// navigation only stops on rows that show something in the panes on screen.
class TestComparisonViewPin : public QObject
{
    Q_OBJECT

private slots:
    void baseStaysInView_data();
    void baseStaysInView();
    void navigationLandsOnVisibleRows_data();
    void navigationLandsOnVisibleRows();

private:
    void show(ComparisonView *view, const QString &base, bool keepBase);
    std::shared_ptr<const Comparison> m_comparison;
};

namespace {

QString version(int i)
{
    return QStringLiteral("v%1").arg(i, 2, 10, QLatin1Char('0'));
}

// v17 adds a paragraph of its own after the third, v18 rewords the sixth
// and v02 the ninth: the first two changes are in panes far right, the
// last in a pane in view from the start.
std::shared_ptr<const Comparison> twentyVersions(const QString &base)
{
    const QStringList text = ViewFixtures::story(12);
    std::vector<Article> articles;
    for (int i = 0; i < 20; ++i) {
        QStringList copy = text;
        if (i == 17)
            copy.insert(3, QStringLiteral("Only v17 adds this paragraph, about the ferry that kept running all night."));
        if (i == 18)
            copy[5].replace(QStringLiteral(" on day "), QStringLiteral(" late on day "));
        if (i == 2)
            copy[8].replace(QStringLiteral(" on day "), QStringLiteral(" early on day "));
        articles.push_back(TestArticles::make(version(i), copy));
    }
    return ViewFixtures::compare(std::move(articles), base);
}

QPoint middleOf(const QRectF &rect)
{
    return QPoint(int(rect.left()) + 20, int(rect.center().y()));
}

} // namespace

void TestComparisonViewPin::show(ComparisonView *view, const QString &base, bool keepBase)
{
    m_comparison = twentyVersions(base);
    QVERIFY(m_comparison);
    view->setKeepBaseInView(keepBase);
    view->resize(900, 600);
    view->setRecordPainting(true);
    view->setComparison(m_comparison);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view));
    view->setFocus();
}

void TestComparisonViewPin::baseStaysInView_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("keepBase");

    QTest::newRow("the base first, kept in view") << "v00" << true;
    QTest::newRow("the base in the middle, kept in view") << "v07" << true;
    QTest::newRow("the base first, not kept") << "v00" << false;
}

void TestComparisonViewPin::baseStaysInView()
{
    QFETCH(QString, base);
    QFETCH(bool, keepBase);
    ComparisonView view;
    show(&view, base, keepBase);
    const qint32 baseArticle = m_comparison->indexOf(base);
    const qint32 basePane = view.model().paneOf(baseArticle);
    QCOMPARE(view.pinnedPane(), keepBase ? basePane : -1);

    // Sideways with the keyboard, pane by pane, to the last one on screen.
    const qint32 last = view.model().paneOf(m_comparison->indexOf(version(19)));
    for (int i = 0; i < 25 && view.currentPane() != last; ++i)
        QTest::keyClick(&view, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(view.currentPane(), last);
    QVERIFY(view.horizontalScrollBar()->value() > 0);
    view.viewport()->repaint();

    const qint32 row = view.topRow();
    const QRectF baseCell = view.cellRect(row, baseArticle);
    const QRectF lastCell = view.cellRect(row, m_comparison->indexOf(version(19)));
    QVERIFY(lastCell.right() <= view.viewport()->width());
    bool basePainted = false;
    for (const PaintedCell &cell : view.paintedCells())
        basePainted = basePainted || (cell.article == baseArticle && cell.rect.left() == 0);
    if (keepBase) {
        QCOMPARE(baseCell.left(), 0.0);
        QVERIFY(basePainted);
        QCOMPARE(view.paneAt(5), basePane);
        QCOMPARE(view.headerBar()->paneAt(5), basePane);
        // The panes scrolled to start right of it, not under it.
        QVERIFY(lastCell.left() >= baseCell.right());
    } else {
        QVERIFY(baseCell.right() <= 0);
        QVERIFY(!basePainted);
        QVERIFY(view.paneAt(5) != basePane);
    }

    // A click near the left edge lands in the pane drawn there.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, middleOf(QRectF(0, baseCell.top(), 40, baseCell.height())));
    QCOMPARE(view.currentPane() == basePane, keepBase);
    QCOMPARE(view.currentRow(), row);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, middleOf(lastCell));
    QCOMPARE(view.currentPane(), last);

    // Ctrl+Left goes through the panes in the order on screen: the pinned
    // base comes before the first pane after it, wherever its place in the
    // panes' order, and stepping onto it scrolls nothing.
    if (keepBase) {
        const qint32 afterBase = basePane == 0 ? 1 : 0;
        for (int i = 0; i < 25 && view.currentPane() != afterBase; ++i)
            QTest::keyClick(&view, Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(view.currentPane(), afterBase);
        QCOMPARE(view.paneViewX(afterBase), view.paneWidth(basePane));
        const int scroll = view.horizontalScrollBar()->value();
        QTest::keyClick(&view, Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(view.currentPane(), basePane);
        QCOMPARE(view.horizontalScrollBar()->value(), scroll);
        QCOMPARE(view.paneViewX(basePane), 0);
    }

    // Turned off, the base scrolls away with the rest; on again, it is back.
    view.setKeepBaseInView(!keepBase);
    view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->maximum());
    view.viewport()->repaint();
    const QRectF toggled = view.cellRect(view.topRow(), baseArticle);
    QCOMPARE(toggled.left() == 0.0, !keepBase);
    QCOMPARE(view.pinnedPane(), keepBase ? -1 : basePane);
}

void TestComparisonViewPin::navigationLandsOnVisibleRows_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("revealed"); // a pane scrolled to first, or none
    QTest::addColumn<int>("start");        // the current row: this paragraph of the base
    QTest::addColumn<QString>("article");  // where it stops
    QTest::addColumn<int>("paragraph");

    // Between the base's third and fourth paragraphs is a row only v17's
    // own paragraph fills; the next changes are v18's rewording, then
    // v02's. v17 and v18 are far right, out of view until scrolled to.
    QTest::newRow("Ctrl+Down passes a row only hidden panes fill") << "Ctrl+Down" << "" << 2 << "v00" << 3;
    QTest::newRow("Ctrl+Up passes it too") << "Ctrl+Up" << "" << 3 << "v00" << 2;
    QTest::newRow("Ctrl+Down stops on it once its pane shows") << "Ctrl+Down" << "v17" << 2 << "v17" << 3;
    QTest::newRow("next change passes changes in hidden panes") << "next change" << "" << 2 << "v02" << 8;
    QTest::newRow("next change stops on one once its pane shows") << "next change" << "v17" << 2 << "v17" << 3;
}

void TestComparisonViewPin::navigationLandsOnVisibleRows()
{
    QFETCH(QString, command);
    QFETCH(QString, revealed);
    QFETCH(int, start);
    QFETCH(QString, article);
    QFETCH(int, paragraph);
    ComparisonView view;
    show(&view, QStringLiteral("v00"), true);
    if (!revealed.isEmpty())
        view.revealPane(m_comparison->indexOf(revealed));
    const qint32 base = m_comparison->indexOf(QStringLiteral("v00"));
    view.setCurrentRow(view.model().rowOf(base, start));
    view.viewport()->repaint();

    if (command == QLatin1String("Ctrl+Down"))
        QTest::keyClick(&view, Qt::Key_Down, Qt::ControlModifier);
    else if (command == QLatin1String("Ctrl+Up"))
        QTest::keyClick(&view, Qt::Key_Up, Qt::ControlModifier);
    else
        QVERIFY(view.nextChange());
    const qint32 expected = view.model().rowOf(m_comparison->indexOf(article), paragraph);
    QVERIFY(expected >= 0);
    QCOMPARE(view.currentRow(), expected);

    // Wherever it stops, something shows: a pane on screen has text there.
    view.viewport()->repaint();
    bool text = false;
    for (const PaintedCell &cell : view.paintedCells())
        text = text || (cell.row == expected && !cell.gap && cell.rect.right() > 0 && cell.rect.left() < view.viewport()->width());
    QVERIFY(text);
}

QTEST_MAIN(TestComparisonViewPin)
#include "tst_comparisonviewpin.moc"
