#include "agreementdecorator.h"
#include "comparator.h"
#include "comparisonview.h"
#include "consensusarticle.h"
#include "viewfixtures.h"

#include <QTest>

using namespace WireDiff;

// Agreement shading over the real view: with it on, change highlights give
// way to shades by how many articles carry each word; words every article
// carries stay plain, words of one article alone are the strongest and
// dotted; hovering tells the count.
class TestAgreementDecorator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shadeGrowsWithRarity_data();
    void shadeGrowsWithRarity();
    void formatsFollowAgreement_data();
    void formatsFollowAgreement();
    void replacesChangeHighlights();

private:
    qint32 paragraphContaining(qint32 article, const QString &words) const;

    std::shared_ptr<const Comparison> m_comparison;
    // The same articles with the consensus pane, as the window builds it.
    std::shared_ptr<const Comparison> m_withConsensus;
    std::unique_ptr<ComparisonView> m_view;
    std::unique_ptr<AgreementDecorator> m_decorator;
};

void TestAgreementDecorator::initTestCase()
{
    m_comparison = ViewFixtures::compare(ViewFixtures::storySet(12), QStringLiteral("agency"));
    QVERIFY(m_comparison);
    std::vector<Article> articles = m_comparison->articles;
    articles.push_back(ConsensusArticle::build(*m_comparison));
    auto withConsensus = ViewFixtures::compare(std::move(articles), QStringLiteral("agency"));
    QVERIFY(withConsensus);
    auto kept = std::make_shared<Comparison>(*withConsensus);
    ConsensusArticle::keepSynthesisOf(*m_comparison, kept.get());
    m_withConsensus = kept;
    m_view = std::make_unique<ComparisonView>();
    m_view->resize(1200, 800);
    m_view->setComparison(m_comparison);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_decorator = std::make_unique<AgreementDecorator>(m_view.get());
}

qint32 TestAgreementDecorator::paragraphContaining(qint32 article, const QString &words) const
{
    const Article &a = m_comparison->articles[size_t(article)];
    for (size_t p = 0; p < a.paragraphs.size(); ++p) {
        if (a.paragraphs[p].text.contains(words))
            return qint32(p);
    }
    return -1;
}

void TestAgreementDecorator::shadeGrowsWithRarity_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("dark");
    for (const int total : { 2, 3, 5, 20 }) {
        QTest::addRow("%d articles, light", total) << total << false;
        QTest::addRow("%d articles, dark", total) << total << true;
    }
}

void TestAgreementDecorator::shadeGrowsWithRarity()
{
    QFETCH(int, total);
    QFETCH(bool, dark);
    QCOMPARE(AgreementDecorator::shade(total, total, dark).alpha(), 0);
    int previous = 0;
    for (int count = total - 1; count >= 1; --count) {
        const int alpha = AgreementDecorator::shade(count, total, dark).alpha();
        QVERIFY2(alpha > previous, qPrintable(QStringLiteral("count %1 of %2").arg(count).arg(total)));
        previous = alpha;
    }
}

void TestAgreementDecorator::formatsFollowAgreement_data()
{
    QTest::addColumn<int>("article");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("shaded");
    QTest::addColumn<bool>("dotted");
    QTest::addColumn<QString>("tip");
    QTest::addColumn<bool>("consensusShown");
    // The consensus pane, rebuilt from the three, changes none of this.
    for (const bool consensus : { false, true }) {
        const char *pane = consensus ? ", consensus shown" : "";
        // Paragraph 1 is in all three, unchanged: the common core.
        QTest::addRow("shared by all%s", pane) << 0 << QStringLiteral("day 1 ") << false << false << QString() << consensus;
        // Only the edit carries the baker paragraph.
        QTest::addRow("one article alone%s", pane) << 1 << QStringLiteral("volunteer baker") << true << true
                                                   << QStringLiteral("Only this article") << consensus;
        // The rewrite replaced paragraph 3; the agency and the edit still share it.
        QTest::addRow("two of three%s", pane) << 0 << QStringLiteral("day 3 ") << true << false << QStringLiteral("2 of 3")
                                              << consensus;
    }
}

void TestAgreementDecorator::formatsFollowAgreement()
{
    QFETCH(int, article);
    QFETCH(QString, words);
    QFETCH(bool, shaded);
    QFETCH(bool, dotted);
    QFETCH(QString, tip);
    QFETCH(bool, consensusShown);
    m_view->setComparison(consensusShown ? m_withConsensus : m_comparison);
    const qint32 paragraph = paragraphContaining(article, words);
    QVERIFY(paragraph >= 0);
    const qint32 offset = qint32(m_comparison->articles[size_t(article)].paragraphs[size_t(paragraph)].text.indexOf(words));

    m_decorator->setEnabled(false);
    QList<QTextLayout::FormatRange> formats;
    m_decorator->addFormats(article, paragraph, &formats);
    QVERIFY(formats.isEmpty());
    QVERIFY(m_decorator->toolTip(article, paragraph, offset).isEmpty());

    m_decorator->setEnabled(true);
    m_decorator->addFormats(article, paragraph, &formats);
    const auto covering = std::find_if(formats.cbegin(), formats.cend(), [offset](const QTextLayout::FormatRange &range) {
        return offset >= range.start && offset < range.start + range.length;
    });
    QCOMPARE(covering != formats.cend(), shaded);
    if (shaded) {
        QVERIFY(covering->format.background().color().alpha() > 0);
        QCOMPARE(covering->format.underlineStyle() == QTextCharFormat::DotLine, dotted);
        QVERIFY2(m_decorator->toolTip(article, paragraph, offset).contains(tip),
                 qPrintable(m_decorator->toolTip(article, paragraph, offset)));
    }
    m_decorator->setEnabled(false);
    m_view->setComparison(m_comparison);
}

void TestAgreementDecorator::replacesChangeHighlights()
{
    m_view->setRecordPainting(true);
    m_decorator->setEnabled(false);
    m_view->viewport()->repaint();
    const auto changed = [this] {
        return std::count_if(m_view->paintedSpans().cbegin(), m_view->paintedSpans().cend(),
                             [](const PaintedSpan &span) { return span.changeClass != ChangeClass::Same; });
    };
    QVERIFY(changed() > 0);
    m_decorator->setEnabled(true);
    QVERIFY(!m_decorator->showsChangeHighlights());
    m_view->viewport()->repaint();
    QCOMPARE(changed(), 0);
    m_decorator->setEnabled(false);
    m_view->setRecordPainting(false);
}

QTEST_MAIN(TestAgreementDecorator)
#include "tst_agreementdecorator.moc"
