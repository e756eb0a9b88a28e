#include "comparisonjob.h"
#include "consensusarticle.h"
#include "synonymdictionary.h"

#include <QDir>
#include <QTest>

using namespace WireDiff;

// The consensus as a virtual article: compared like any version, never
// taken for one, and close to the wording most sources share.
class TestConsensusArticle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void uniqueId_data();
    void uniqueId();
    void appendedAndAligned_data();
    void appendedAndAligned();
    void canBeTheBase_data();
    void canBeTheBase();

private:
    void addFolders();
    ComparisonJobResult run(const QString &folder, bool consensus, const QString &base = {}) const;

    std::shared_ptr<const SynonymDictionary> m_synonyms;
};

void TestConsensusArticle::initTestCase()
{
    m_synonyms = SynonymDictionary::load();
}

void TestConsensusArticle::addFolders()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("samples") << QStringLiteral(WIREDIFF_SOURCE_DIR "/resources/samples");
    if (QDir(QStringLiteral(WIREDIFF_SEEDS_DIR)).exists())
        QTest::newRow("seeds") << QStringLiteral(WIREDIFF_SEEDS_DIR);
}

ComparisonJobResult TestConsensusArticle::run(const QString &folder, bool consensus, const QString &base) const
{
    ComparisonRequest request;
    request.paths = { folder };
    request.includeConsensus = consensus;
    request.comparisonOptions.baseId = base;
    return ComparisonJob::run(request, m_synonyms);
}

void TestConsensusArticle::uniqueId_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("expected");
    QTest::newRow("free") << QStringList { QStringLiteral("a"), QStringLiteral("b") } << QStringLiteral("consensus");
    QTest::newRow("taken") << QStringList { QStringLiteral("consensus") } << QStringLiteral("consensus-2");
    QTest::newRow("taken twice") << QStringList { QStringLiteral("consensus"), QStringLiteral("consensus-2") }
                                 << QStringLiteral("consensus-3");
}

void TestConsensusArticle::uniqueId()
{
    QFETCH(QStringList, ids);
    QFETCH(QString, expected);
    std::vector<Article> articles;
    for (const QString &id : ids) {
        Article article;
        article.id = id;
        articles.push_back(article);
    }
    QCOMPARE(ConsensusArticle::uniqueId(articles), expected);
}

void TestConsensusArticle::appendedAndAligned_data()
{
    addFolders();
}

void TestConsensusArticle::appendedAndAligned()
{
    QFETCH(QString, folder);
    const ComparisonJobResult without = run(folder, false);
    const ComparisonJobResult with = run(folder, true);
    QVERIFY(without.succeeded() && with.succeeded());
    const Comparison &plain = *without.outcome.comparison;
    const Comparison &c = *with.outcome.comparison;
    const size_t n = plain.articles.size();

    // One more article, last, virtual, with the consensus paragraphs.
    QCOMPARE(c.articles.size(), n + 1);
    const Article &virtualArticle = c.articles.back();
    QVERIFY(virtualArticle.isVirtual);
    QVERIFY(virtualArticle.filePath.isEmpty());
    QCOMPARE(virtualArticle.paragraphs.size(), plain.consensus.paragraphs.size());
    for (size_t a = 0; a < n; ++a)
        QVERIFY(!c.articles[a].isVirtual);

    // The real articles are compared as before: same base, and what
    // describes them as a group comes from them alone.
    QCOMPARE(c.articles[size_t(c.base)].id, plain.articles[size_t(plain.base)].id);
    QCOMPARE(c.agreement.size(), n + 1);
    QVERIFY(c.agreement.back().empty());
    for (size_t a = 0; a < n; ++a)
        QCOMPARE(c.agreement[a], plain.agreement[a]);
    QCOMPARE(c.familyTree.parent.size(), n + 1);
    QCOMPARE(c.familyTree.parent.back(), -1);

    // Each consensus paragraph shares a row with the cell whose wording it took.
    const qint32 virtualIndex = qint32(n);
    for (size_t p = 0; p < c.consensus.paragraphs.size(); ++p) {
        const ConsensusText::Paragraph &paragraph = c.consensus.paragraphs[p];
        const qint32 row = c.rowOf[size_t(virtualIndex)][p];
        QCOMPARE(paragraph.row, row);
        QCOMPARE(c.consensus.paragraphOfRow[size_t(row)], qint32(p));
        const std::vector<qint32> &source = c.rows[size_t(row)].cells[size_t(paragraph.article)].paragraphs;
        QVERIFY2(std::find(source.begin(), source.end(), paragraph.paragraphs.front()) != source.end(),
                 qPrintable(QStringLiteral("consensus paragraph %1 is not beside its source").arg(p)));
    }

    // Against the base, the consensus is mostly verbatim: it is what most share.
    const ClassCounts &counts = c.counts[size_t(virtualIndex)];
    QVERIFY2(counts.share(counts.same + counts.moved) > 0.6,
             qPrintable(QString::number(counts.share(counts.same + counts.moved))));
}

void TestConsensusArticle::canBeTheBase_data()
{
    addFolders();
}

void TestConsensusArticle::canBeTheBase()
{
    QFETCH(QString, folder);
    const ComparisonJobResult with = run(folder, true, QStringLiteral("consensus"));
    QVERIFY(with.succeeded());
    const Comparison &c = *with.outcome.comparison;
    QCOMPARE(c.base, qint32(c.articles.size() - 1));
    QVERIFY(c.articles[size_t(c.base)].isVirtual);
    for (qint32 a = 0; a < c.base; ++a) {
        QVERIFY(c.comparisons[size_t(a)].isValid());
        QVERIFY(c.counts[size_t(a)].words > 0);
    }
}

QTEST_MAIN(TestConsensusArticle)
#include "tst_consensusarticle.moc"
