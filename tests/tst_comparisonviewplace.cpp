#include "comparisonview.h"
#include "viewfixtures.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace WireDiff;

// What the comparison view keeps when a new comparison of the same set
// comes (a file changed on disk, another base): the scroll position, the
// current row and the current find match, by article and paragraph, since
// row numbers change.
class TestComparisonViewPlace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reloadKeepsPosition();
    void reloadKeepsCurrentRowAndMatch_data();
    void reloadKeepsCurrentRowAndMatch();

private:
    std::unique_ptr<ComparisonView> m_view;
    std::shared_ptr<const Comparison> m_comparison;
};

void TestComparisonViewPlace::init()
{
    m_comparison = ViewFixtures::compare(ViewFixtures::storySet(60), QStringLiteral("agency"));
    QVERIFY(m_comparison);
    m_view = std::make_unique<ComparisonView>();
    m_view->resize(1100, 700);
    m_view->setComparison(m_comparison);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestComparisonViewPlace::cleanup()
{
    m_view.reset();
}

void TestComparisonViewPlace::reloadKeepsPosition()
{
    m_view->scrollToRow(25, false);
    const qint32 agency = m_comparison->indexOf(QStringLiteral("agency"));
    const qint32 paragraph = m_comparison->rows[size_t(m_view->topRow())].cells[size_t(agency)].paragraphs.front();
    // The edited copy gains two paragraphs at the top: rows shift down.
    std::vector<Article> articles = ViewFixtures::storySet(60);
    articles[1].paragraphs.insert(articles[1].paragraphs.begin(),
                                  { Paragraph { QStringLiteral("Breaking: a first new paragraph about the tide tables."), ParagraphRole::Body },
                                    Paragraph { QStringLiteral("And a second one about ferry timetables being suspended."), ParagraphRole::Body } });
    const auto reloaded = ViewFixtures::compare(std::move(articles), QStringLiteral("agency"));
    m_view->setComparison(reloaded, true);
    const qint32 top = m_view->topRow();
    const auto &topCell = reloaded->rows[size_t(top)].cells[size_t(reloaded->indexOf(QStringLiteral("agency")))];
    QVERIFY(!topCell.isGap());
    QCOMPARE(topCell.paragraphs.front(), paragraph);
}

// The row the editor was on and the find match F3 goes on from are kept by
// article and paragraph: after a reload that adds rows above them, and after
// another base (whose rows align differently), they are where they were.
void TestComparisonViewPlace::reloadKeepsCurrentRowAndMatch_data()
{
    QTest::addColumn<bool>("insertAbove");
    QTest::addColumn<QString>("base");
    QTest::newRow("reload, two paragraphs inserted above") << true << QStringLiteral("agency");
    QTest::newRow("another base") << false << QStringLiteral("rewrite");
}

void TestComparisonViewPlace::reloadKeepsCurrentRowAndMatch()
{
    QFETCH(bool, insertAbove);
    QFETCH(QString, base);
    QVERIFY(m_view->setFindText(QStringLiteral("harbour master")) > 3);
    const qint32 current = m_view->currentArticle();
    QVERIFY(current >= 0);
    // A match a few steps on, in the current pane's article.
    for (int steps = 0; steps < 3 || m_view->findMatches()[size_t(m_view->currentFindIndex())].article != current; ++steps) {
        QVERIFY(steps < 100);
        QVERIFY(m_view->findNext());
    }
    const FindMatch before = m_view->findMatches()[size_t(m_view->currentFindIndex())];
    QVERIFY(m_view->currentFindIndex() > 0);
    QCOMPARE(m_view->currentRow(), before.row);
    const QString articleId = m_comparison->articles[size_t(before.article)].id;

    std::vector<Article> articles = ViewFixtures::storySet(60);
    if (insertAbove) {
        articles[0].paragraphs.insert(articles[0].paragraphs.begin(),
                                      { Paragraph { QStringLiteral("Breaking: a first new paragraph about the tide tables."), ParagraphRole::Body },
                                        Paragraph { QStringLiteral("And a second one about ferry timetables being suspended."), ParagraphRole::Body } });
    }
    const auto next = ViewFixtures::compare(std::move(articles), base);
    QSignalSpy results(m_view.get(), &ComparisonView::findResultsChanged);
    m_view->setComparison(next, true);

    const qint32 article = next->indexOf(articleId);
    const qint32 shift = insertAbove && article == 0 ? 2 : 0;
    QVERIFY(m_view->currentFindIndex() >= 0);
    const FindMatch after = m_view->findMatches()[size_t(m_view->currentFindIndex())];
    QCOMPARE(after.article, article);
    QCOMPARE(after.paragraph, before.paragraph + shift);
    QCOMPARE(after.start, before.start);
    QCOMPARE(results.count(), 1);
    QCOMPARE(results.first().at(0).toInt(), m_view->currentFindIndex());
    QVERIFY(m_view->currentRow() >= 0);
    const RowCell &cell = next->rows[size_t(m_view->currentRow())].cells[size_t(article)];
    QVERIFY(std::find(cell.paragraphs.begin(), cell.paragraphs.end(), before.paragraph + shift) != cell.paragraphs.end());
}

QTEST_MAIN(TestComparisonViewPlace)
#include "tst_comparisonviewplace.moc"
