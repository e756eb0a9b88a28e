#include "comparisonview.h"
#include "overviewruler.h"
#include "paneheaderbar.h"
#include "viewfixtures.h"

#include <QApplication>
#include <QClipboard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <set>

using namespace WireDiff;

namespace QTest {
template<>
char *toString(const PaintedSpan &span)
{
    return qstrdup(QStringLiteral("{row %1, article %2, paragraph %3, [%4, %5), %6}")
                       .arg(span.row).arg(span.article).arg(span.paragraph).arg(span.start).arg(span.end)
                       .arg(changeClassName(span.changeClass)).toUtf8().constData());
}
} // namespace QTest

// The comparison view on real widgets, offscreen: rows, scrolling,
// navigation, base switching, find, selection, and what was painted against
// what the core comparison says. What it keeps across comparisons is in
// tst_comparisonviewplace, the mouse and keyboard in tst_comparisonviewinput.
class TestComparisonView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowsShareTheirY_data();
    void rowsShareTheirY();
    void gapsWhereTheModelHasGaps();
    void scrollingMovesEveryPane_data();
    void scrollingMovesEveryPane();
    void scrollBarRangeCountsRows();
    void nextChangeVisitsEveryChangedRow();
    void previousChangeGoesBack();
    void rulerClickJumps();
    void paintedSpansAreTheModelSpans_data();
    void paintedSpansAreTheModelSpans();
    void baseSwitchRecolours();
    void findHighlightsAcrossPanes();
    void dragSelectsAndCopies();
    void onlyVisibleRowsAreLaidOut();
    void rowsAreSizedByThePanesInView_data();
    void rowsAreSizedByThePanesInView();
    void hideAndMovePanes();
    void currentPaneFollowsItsArticle_data();
    void currentPaneFollowsItsArticle();
    void aHiddenArticleMadeBaseIsShown();
    void zoomMakesRowsTaller();

private:
    void paint();
    std::unique_ptr<ComparisonView> m_view;
    std::shared_ptr<const Comparison> m_comparison;
};

void TestComparisonView::init()
{
    m_comparison = ViewFixtures::compare(ViewFixtures::storySet(60), QStringLiteral("agency"));
    QVERIFY(m_comparison);
    m_view = std::make_unique<ComparisonView>();
    m_view->resize(1100, 700);
    m_view->setRecordPainting(true);
    m_view->setComparison(m_comparison);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    paint();
}

void TestComparisonView::cleanup()
{
    m_view.reset();
}

void TestComparisonView::paint()
{
    m_view->viewport()->repaint();
}

void TestComparisonView::rowsShareTheirY_data()
{
    QTest::addColumn<int>("scrollRows");
    QTest::newRow("top") << 0;
    QTest::newRow("after scrolling 20 rows") << 20;
    QTest::newRow("at the end") << 10000;
}

void TestComparisonView::rowsShareTheirY()
{
    QFETCH(int, scrollRows);
    m_view->scrollToRow(std::min(scrollRows, m_view->model().rowCount() - 1), false);
    paint();
    const auto &cells = m_view->paintedCells();
    QVERIFY(!cells.empty());
    std::map<qint32, QRectF> firstOfRow;
    for (const PaintedCell &cell : cells) {
        const auto [it, inserted] = firstOfRow.emplace(cell.row, cell.rect);
        QCOMPARE(cell.rect.top(), it->second.top());
        QCOMPARE(cell.rect.height(), it->second.height());
    }
    // Rows follow one another without overlap, in order.
    qreal bottom = -1e9;
    for (const auto &[row, rect] : firstOfRow) {
        QVERIFY2(rect.top() >= bottom - 0.01, qPrintable(QStringLiteral("row %1 overlaps the one above").arg(row)));
        bottom = rect.bottom();
    }
}

void TestComparisonView::gapsWhereTheModelHasGaps()
{
    bool sawGap = false;
    for (qint32 row = 0; row < m_view->model().rowCount(); row += 6) {
        m_view->scrollToRow(row, false);
        paint();
        for (const PaintedCell &cell : m_view->paintedCells()) {
            const bool modelGap = m_comparison->rows[size_t(cell.row)].cells[size_t(cell.article)].isGap();
            QCOMPARE(cell.gap, modelGap);
            sawGap = sawGap || cell.gap;
        }
    }
    QVERIFY2(sawGap, "the fixture has a cut paragraph and an added one: there must be gaps");
}

void TestComparisonView::scrollingMovesEveryPane_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("pane");
    QTest::newRow("wheel over the first pane") << QStringLiteral("wheel") << 0;
    QTest::newRow("wheel over the last pane") << QStringLiteral("wheel") << 2;
    QTest::newRow("page down key") << QStringLiteral("key") << 1;
    QTest::newRow("scroll bar") << QStringLiteral("bar") << 0;
}

void TestComparisonView::scrollingMovesEveryPane()
{
    QFETCH(QString, how);
    QFETCH(int, pane);
    const qint32 topBefore = m_view->topRow();
    const qreal offsetBefore = m_view->topOffset();
    const QPoint over(m_view->paneX(pane) + m_view->paneWidth(pane) / 2, 200);
    if (how == QLatin1String("wheel")) {
        for (int i = 0; i < 5; ++i) {
            QWheelEvent wheel(over, m_view->viewport()->mapToGlobal(over), QPoint(), QPoint(0, -120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(m_view->viewport(), &wheel);
        }
    } else if (how == QLatin1String("key")) {
        m_view->setFocus();
        QTest::keyClick(m_view.get(), Qt::Key_PageDown);
    } else {
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value() + 5 * 256);
    }
    QVERIFY(std::pair(m_view->topRow(), m_view->topOffset()) > std::pair(topBefore, offsetBefore));
    paint();
    // Every pane shows the same rows at the same heights: they moved together.
    std::map<qint32, std::set<qint32>> articlesOfRow;
    for (const PaintedCell &cell : m_view->paintedCells())
        articlesOfRow[cell.row].insert(cell.article);
    for (const auto &[row, articles] : articlesOfRow)
        QCOMPARE(articles.size(), size_t(3));
    QCOMPARE(articlesOfRow.begin()->first, m_view->topRow());
    // The scroll bar tells the same position, and the ruler outlines it.
    QCOMPARE(m_view->verticalScrollBar()->value() / 256, m_view->topRow());
}

void TestComparisonView::scrollBarRangeCountsRows()
{
    const int maximum = m_view->verticalScrollBar()->maximum();
    QVERIFY(maximum > 0);
    QVERIFY(maximum / 256 < m_view->model().rowCount());
    m_view->verticalScrollBar()->setValue(maximum);
    paint();
    // At the end the last row is on screen, and its bottom meets the viewport's.
    const QRectF last = m_view->rowRect(m_view->model().rowCount() - 1);
    QVERIFY(!last.isEmpty());
    QVERIFY(std::abs(last.bottom() - m_view->viewport()->height()) <= 2);
}

void TestComparisonView::nextChangeVisitsEveryChangedRow()
{
    // Changed rows straight from the core comparison: a non-Same span in
    // any article's paragraph of the row, or a gap.
    std::vector<qint32> expected;
    const Comparison &c = *m_comparison;
    const qint32 focus = m_view->model().focus();
    for (qint32 row = 0; row < qint32(c.rows.size()); ++row) {
        bool changed = false;
        for (qint32 a = 0; a < qint32(c.articles.size()); ++a) {
            const RowCell &cell = c.rows[size_t(row)].cells[size_t(a)];
            changed = changed || cell.isGap() || cell.moved;
            for (qint32 p : cell.paragraphs) {
                changed = changed || c.unique[size_t(a)][size_t(p)];
                for (const DiffSpan &span : c.spansOf(a, focus))
                    changed = changed || (span.paragraph == p && span.changeClass != ChangeClass::Same);
            }
        }
        if (changed)
            expected.push_back(row);
    }
    QVERIFY(expected.size() >= 3);
    std::vector<qint32> visited;
    while (m_view->nextChange()) {
        visited.push_back(m_view->currentRow());
        paint();
        const QRectF rect = m_view->rowRect(m_view->currentRow());
        QVERIFY2(!rect.isEmpty() && rect.top() >= 0, "the view must show the row it moved to");
        QVERIFY(visited.size() < 1000);
    }
    // Removal markers also flag rows (text missing from a non-base pane),
    // so the view may visit more rows than spans alone name, never fewer.
    for (qint32 row : expected)
        QVERIFY2(std::find(visited.begin(), visited.end(), row) != visited.end(),
                 qPrintable(QStringLiteral("row %1 with a change was skipped").arg(row)));
    QVERIFY(std::is_sorted(visited.begin(), visited.end()));
}

void TestComparisonView::previousChangeGoesBack()
{
    QVERIFY(m_view->nextChange());
    QVERIFY(m_view->nextChange());
    const qint32 second = m_view->currentRow();
    QVERIFY(m_view->previousChange());
    QVERIFY(m_view->currentRow() < second);
}

void TestComparisonView::rulerClickJumps()
{
    OverviewRuler *ruler = m_view->overviewRuler();
    QVERIFY(ruler->isVisible());
    QTest::mouseClick(ruler, Qt::LeftButton, Qt::NoModifier, QPoint(ruler->width() / 2, ruler->height() - 5));
    QVERIFY(m_view->currentRow() > m_view->model().rowCount() * 3 / 4);
    paint();
    QVERIFY(!m_view->rowRect(m_view->currentRow()).isEmpty());
}

void TestComparisonView::paintedSpansAreTheModelSpans_data()
{
    QTest::addColumn<QString>("focus");
    QTest::addColumn<int>("scrollTo");
    QTest::newRow("base against the edit, top") << QStringLiteral("edit") << 0;
    QTest::newRow("base against the rewrite, top") << QStringLiteral("rewrite") << 0;
    QTest::newRow("base against the rewrite, middle") << QStringLiteral("rewrite") << 30;
}

void TestComparisonView::paintedSpansAreTheModelSpans()
{
    QFETCH(QString, focus);
    QFETCH(int, scrollTo);
    const qint32 focusArticle = m_comparison->indexOf(focus);
    m_view->setFocusArticle(focusArticle);
    m_view->scrollToRow(scrollTo, false);
    paint();
    std::vector<PaintedSpan> expected;
    std::set<qint32> rows;
    for (const PaintedCell &cell : m_view->paintedCells())
        rows.insert(cell.row);
    for (qint32 row : rows) {
        for (qint32 article : m_view->model().panes()) {
            for (qint32 p : m_comparison->rows[size_t(row)].cells[size_t(article)].paragraphs) {
                for (const DiffSpan &span : m_comparison->spansOf(article, focusArticle)) {
                    if (span.paragraph == p)
                        expected.push_back({ row, article, p, span.start, span.end, span.changeClass });
                }
            }
        }
    }
    std::vector<PaintedSpan> painted = m_view->paintedSpans();
    const auto order = [](const PaintedSpan &a, const PaintedSpan &b) {
        return std::tie(a.row, a.article, a.paragraph, a.start) < std::tie(b.row, b.article, b.paragraph, b.start);
    };
    std::sort(painted.begin(), painted.end(), order);
    std::sort(expected.begin(), expected.end(), order);
    QVERIFY(!expected.empty());
    QCOMPARE(painted.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i)
        QCOMPARE(painted[i], expected[i]);
}

void TestComparisonView::baseSwitchRecolours()
{
    const qint32 agency = m_comparison->indexOf(QStringLiteral("agency"));
    const auto countClasses = [this](qint32 article) {
        std::map<ChangeClass, int> counts;
        for (const PaintedSpan &span : m_view->paintedSpans()) {
            if (span.article == article)
                ++counts[span.changeClass];
        }
        return counts;
    };
    QCOMPARE(m_view->model().base(), agency);
    const auto agencyBefore = countClasses(agency);
    QVERIFY(agencyBefore.count(ChangeClass::Added) == 0); // the base has nothing "added"

    const auto rebased = ViewFixtures::compare(ViewFixtures::storySet(60), QStringLiteral("edit"));
    m_view->setComparison(rebased, true);
    paint();
    QCOMPARE(m_view->model().base(), rebased->indexOf(QStringLiteral("edit")));
    // The former base is now an ordinary pane: its spans are its own
    // comparison with the new base, and they are what is painted.
    const qint32 agencyNow = rebased->indexOf(QStringLiteral("agency"));
    std::set<std::pair<qint32, qint32>> painted;
    for (const PaintedSpan &span : m_view->paintedSpans()) {
        if (span.article == agencyNow)
            painted.insert({ span.paragraph, span.start });
    }
    QVERIFY(!painted.empty());
    for (const DiffSpan &span : rebased->spansOf(agencyNow, -1)) {
        if (painted.count({ span.paragraph, span.start }))
            painted.erase({ span.paragraph, span.start });
    }
    QVERIFY2(painted.empty(), "every span painted over the former base comes from its comparison with the new base");
}

void TestComparisonView::findHighlightsAcrossPanes()
{
    QSignalSpy results(m_view.get(), &ComparisonView::findResultsChanged);
    const int count = m_view->setFindText(QStringLiteral("harbour master"));
    int expected = 0;
    for (const Article &article : m_comparison->articles) {
        for (const Paragraph &paragraph : article.paragraphs)
            expected += int(paragraph.text.count(QStringLiteral("harbour master"), Qt::CaseInsensitive));
    }
    QCOMPARE(count, expected);
    QVERIFY(count > 3);
    QCOMPARE(results.count(), 1);
    std::set<qint32> articles;
    for (const FindMatch &match : m_view->findMatches())
        articles.insert(match.article);
    QCOMPARE(articles.size(), size_t(3));
    for (int i = 0; i < 4; ++i) {
        QVERIFY(m_view->findNext());
        paint();
        const FindMatch &match = m_view->findMatches()[size_t(m_view->currentFindIndex())];
        QVERIFY(!m_view->cellRect(match.row, match.article).isEmpty());
    }
}

void TestComparisonView::dragSelectsAndCopies()
{
    const qint32 pane = 1;
    const qint32 article = m_view->model().panes()[pane];
    const QRectF cell = m_view->cellRect(m_view->topRow(), article);
    QVERIFY(!cell.isEmpty());
    const QPoint start = (cell.topLeft() + QPointF(CellInsets::left + 1, CellInsets::top + 4)).toPoint();
    const QPoint end(int(cell.right()) - 12, int(cell.top() + cell.height() * 2.5));
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(m_view->viewport(), end);
    QMouseEvent move(QEvent::MouseMove, end, m_view->viewport()->mapToGlobal(end), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_view->viewport(), &move);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, end);
    QVERIFY2(m_view->hasSelection(), qPrintable(QStringLiteral("article %1 anchor %2/%3 cursor %4/%5").arg(m_view->selection().article())
        .arg(m_view->selection().start().row).arg(m_view->selection().start().offset).arg(m_view->selection().end().row).arg(m_view->selection().end().offset)));
    QCOMPARE(m_view->selection().article(), article);
    const QString selected = m_view->selectedText();
    const QString first = m_comparison->articles[size_t(article)].paragraphs[size_t(m_view->selection().start().paragraph)].text;
    QVERIFY2(first.startsWith(selected.section(QStringLiteral("\n\n"), 0, 0)), qPrintable(selected));
    QVERIFY(selected.contains(QStringLiteral("\n\n"))); // it spans rows
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), selected);
}

void TestComparisonView::onlyVisibleRowsAreLaidOut()
{
    // 20 panes of a long text: laying out must stay proportional to the screen.
    std::vector<Article> articles;
    const QStringList text = ViewFixtures::story(1500);
    for (int i = 0; i < 20; ++i) {
        QStringList copy = text;
        copy[i * 10].append(QStringLiteral(" Added by copy %1.").arg(i));
        articles.push_back(TestArticles::make(QStringLiteral("copy%1").arg(i, 2, 10, QLatin1Char('0')), copy));
    }
    const auto big = ViewFixtures::compare(std::move(articles), QStringLiteral("copy00"));
    QVERIFY(big);
    ComparisonView view;
    view.resize(1400, 900);
    view.setComparison(big);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.viewport()->repaint();
    const auto [first, last] = view.visibleRows();
    const qint64 onScreen = qint64(last - first + 1) * 20;
    // The screen, plus the last screenful (to know where scrolling ends).
    QVERIFY2(view.layoutsCreated() <= onScreen * 3,
             qPrintable(QStringLiteral("%1 layouts for %2 cells on screen").arg(view.layoutsCreated()).arg(onScreen)));
    const qint64 before = view.layoutsCreated();
    view.scrollByPixels(40);
    view.viewport()->repaint();
    QVERIFY(view.layoutsCreated() - before <= 2 * 20); // at most a row or two more
    // Paint times are measured by wirediff-bench (window: scroll ...), not here.
}

void TestComparisonView::rowsAreSizedByThePanesInView_data()
{
    QTest::addColumn<int>("outlet"); // the version that adds a paragraph of its own
    QTest::addColumn<bool>("inViewAtFirst");

    QTest::newRow("an outlet in view") << 1 << true;
    QTest::newRow("an outlet scrolled out of view") << 9 << false;
}

// With many panes, most rows can hold one outlet's own paragraph: sized by
// panes out of view they would fill the screen with "no counterpart"
// hatch. Such a row keeps one line until its pane scrolls into view, and
// scrolling sideways keeps the top row where it is.
void TestComparisonView::rowsAreSizedByThePanesInView()
{
    QFETCH(int, outlet);
    QFETCH(bool, inViewAtFirst);
    const QStringList text = ViewFixtures::story(8);
    std::vector<Article> articles;
    for (int i = 0; i < 10; ++i) {
        QStringList copy = text;
        if (i == outlet) {
            copy.insert(2, QStringLiteral("Only this outlet adds a long paragraph of its own here, about the volunteers who "
                                          "kept the shelter kitchen open through the night, the soup they served, the "
                                          "blankets that came from the school and the families who slept in the hall."));
        }
        articles.push_back(TestArticles::make(QStringLiteral("outlet%1").arg(i), copy));
    }
    const auto many = ViewFixtures::compare(std::move(articles), QStringLiteral("outlet0"));
    QVERIFY(many);
    const qint32 article = many->indexOf(QStringLiteral("outlet%1").arg(outlet));
    qint32 own = -1; // the row holding only the outlet's own paragraph
    for (qint32 row = 0; row < qint32(many->rows.size()) && own < 0; ++row) {
        const AlignedRow &aligned = many->rows[size_t(row)];
        qint32 filled = 0;
        for (qint32 a = 0; a < qint32(many->articles.size()); ++a)
            filled += aligned.cells[size_t(a)].isGap() ? 0 : 1;
        if (filled == 1 && !aligned.cells[size_t(article)].isGap())
            own = row;
    }
    QVERIFY(own >= 0);

    ComparisonView view;
    view.resize(700, 600);
    view.setComparison(many);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const qint32 pane = view.model().paneOf(article);
    const bool paneInView = view.paneX(pane) < view.viewport()->width();
    QCOMPARE(paneInView, inViewAtFirst);

    const qreal oneLine = QFontMetricsF(view.font()).lineSpacing();
    const qreal before = view.rowRect(own).height();
    QVERIFY(before > 0); // on screen
    if (inViewAtFirst)
        QVERIFY2(before > 3 * oneLine, qPrintable(QString::number(before)));
    else
        QVERIFY2(before < 3 * oneLine, qPrintable(QString::number(before)));

    // Sideways until the outlet's pane is in view: the row grows to its
    // text, and the row at the top stays at the top.
    const auto [topBefore, lastBefore] = view.visibleRows();
    view.revealPane(article);
    view.viewport()->repaint();
    QCOMPARE(view.visibleRows().first, topBefore);
    QVERIFY2(view.rowRect(own).height() > 3 * oneLine, qPrintable(QString::number(view.rowRect(own).height())));
}

void TestComparisonView::hideAndMovePanes()
{
    QSignalSpy panes(m_view.get(), &ComparisonView::panesChanged);
    const qint32 rewrite = m_comparison->indexOf(QStringLiteral("rewrite"));
    m_view->hidePane(rewrite);
    QCOMPARE(m_view->model().panes().size(), size_t(2));
    paint();
    for (const PaintedCell &cell : m_view->paintedCells())
        QVERIFY(cell.article != rewrite);
    m_view->showAllPanes();
    QCOMPARE(m_view->model().panes().size(), size_t(3));
    m_view->movePane(rewrite, -1);
    QCOMPARE(m_view->model().paneOf(rewrite), 1);
    QCOMPARE(panes.count(), 3);
}

// Hiding or showing panes moves panes, not the editor's place: the current
// pane stays on its article, and a selection in a hidden pane goes.
void TestComparisonView::currentPaneFollowsItsArticle_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("hidden");
    QTest::addColumn<QString>("expected"); // the current article once hidden
    QTest::addColumn<bool>("selectionKept");

    QTest::newRow("a pane left of the current one") << "edit" << "agency" << "edit" << true;
    QTest::newRow("a pane right of it") << "agency" << "rewrite" << "agency" << true;
    QTest::newRow("the current pane itself") << "edit" << "edit" << "rewrite" << false;
}

void TestComparisonView::currentPaneFollowsItsArticle()
{
    QFETCH(QString, current);
    QFETCH(QString, hidden);
    QFETCH(QString, expected);
    QFETCH(bool, selectionKept);
    paint();
    const qint32 article = m_comparison->indexOf(current);
    const qint32 row = m_view->topRow();
    const QRectF cell = m_view->cellRect(row, article);
    QVERIFY(!cell.isEmpty());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, (cell.topLeft() + QPointF(20, 10)).toPoint());
    QCOMPARE(m_view->currentArticle(), article);
    m_view->selectAllInPane(article);
    QVERIFY(m_view->hasSelection());

    m_view->hidePane(m_comparison->indexOf(hidden));
    QCOMPARE(m_view->currentArticle(), m_comparison->indexOf(expected));
    QCOMPARE(m_view->hasSelection(), selectionKept);
    m_view->showAllPanes();
    QCOMPARE(m_view->currentArticle(), m_comparison->indexOf(expected));
}

void TestComparisonView::aHiddenArticleMadeBaseIsShown()
{
    const qint32 rewrite = m_comparison->indexOf(QStringLiteral("rewrite"));
    const qint32 edit = m_comparison->indexOf(QStringLiteral("edit"));
    m_view->hidePane(rewrite);
    m_view->hidePane(edit);
    QCOMPARE(m_view->model().paneOf(rewrite), -1);
    const auto rebased = ViewFixtures::compare(ViewFixtures::storySet(60), QStringLiteral("rewrite"));
    m_view->setComparison(rebased, true);
    QVERIFY(m_view->model().paneOf(rebased->indexOf(QStringLiteral("rewrite"))) >= 0);
    // Other hidden panes stay hidden.
    QCOMPARE(m_view->model().paneOf(rebased->indexOf(QStringLiteral("edit"))), -1);
    // A reload with the same base keeps the editor's choice to hide it.
    m_view->hidePane(rebased->indexOf(QStringLiteral("rewrite")));
    m_view->setComparison(ViewFixtures::compare(ViewFixtures::storySet(60), QStringLiteral("rewrite")), true);
    QCOMPARE(m_view->model().paneOf(m_view->model().comparison().indexOf(QStringLiteral("rewrite"))), -1);
}

void TestComparisonView::zoomMakesRowsTaller()
{
    const qreal before = m_view->rowRect(m_view->topRow()).height();
    m_view->setZoom(1.5);
    paint();
    QVERIFY(m_view->rowRect(m_view->topRow()).height() > before * 1.2);
}

QTEST_MAIN(TestComparisonView)
#include "tst_comparisonview.moc"
