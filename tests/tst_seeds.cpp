#include "comparisonjob.h"
#include "synonymdictionary.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace WireDiff;

// The real seed folder: five versions of one story (an agency copy, a rewrite,
// a machine-garbled copy of the rewrite, an extended wire copy and a page whose
// second half is invented). Checks what an editor can verify by eye, against
// links annotated by hand in tests/data/seeds/alignment-gold.tsv.
class TestSeeds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void goldLinks_data();
    void goldLinks();
    void inventedSecondHalfIsUnique();
    void loadsEveryFile();

private:
    qint32 articleStartingWith(const QString &prefix) const;

    std::optional<Comparison> m_comparison;
    std::vector<SkippedFile> m_skipped;
};

void TestSeeds::initTestCase()
{
    const QString folder = QStringLiteral(WIREDIFF_SEEDS_DIR);
    if (!QDir(folder).exists())
        QSKIP(qPrintable(QStringLiteral("seed folder %1 is absent").arg(folder)));
    ComparisonRequest request;
    request.paths = { folder };
    ComparisonJobResult result = ComparisonJob::run(request, SynonymDictionary::load());
    QVERIFY2(result.succeeded(), qPrintable(result.outcome.error));
    m_comparison = std::move(result.outcome.comparison);
    m_skipped = std::move(result.skipped);
}

qint32 TestSeeds::articleStartingWith(const QString &prefix) const
{
    for (size_t a = 0; a < m_comparison->articles.size(); ++a) {
        if (m_comparison->articles[a].id.startsWith(prefix))
            return qint32(a);
    }
    return -1;
}

void TestSeeds::loadsEveryFile()
{
    QCOMPARE(m_comparison->articles.size(), size_t(5));
    QVERIFY(m_skipped.empty());
}

void TestSeeds::goldLinks_data()
{
    QTest::addColumn<QString>("articleA");
    QTest::addColumn<int>("paragraphA");
    QTest::addColumn<QString>("articleB");
    QTest::addColumn<int>("paragraphB"); // -1: no counterpart in B
    QFile gold(QStringLiteral(WIREDIFF_TEST_DATA_DIR "/seeds/alignment-gold.tsv"));
    QVERIFY(gold.open(QIODevice::ReadOnly | QIODevice::Text));
    gold.readLine(); // header
    while (!gold.atEnd()) {
        const QStringList fields = QString::fromUtf8(gold.readLine()).trimmed().split(QLatin1Char('\t'));
        if (fields.size() < 4)
            continue;
        const QString pair = fields[0];
        const QString name = QStringLiteral("%1 #%2 %3 #%4 (%5)").arg(pair.left(3), fields[1], pair.mid(4, 3),
                                                                      fields[2], fields[3]);
        QTest::newRow(qPrintable(name)) << pair.left(3) << fields[1].toInt() << pair.mid(4, 3)
                                        << (fields[2] == QLatin1String("-") ? -1 : fields[2].toInt());
    }
}

void TestSeeds::goldLinks()
{
    QFETCH(QString, articleA);
    QFETCH(int, paragraphA);
    QFETCH(QString, articleB);
    QFETCH(int, paragraphB);
    const qint32 a = articleStartingWith(articleA);
    const qint32 b = articleStartingWith(articleB);
    QVERIFY(a >= 0 && b >= 0);
    const qint32 row = m_comparison->rowOf[size_t(a)][size_t(paragraphA)];
    const RowCell &cellOfB = m_comparison->rows[size_t(row)].cells[size_t(b)];
    if (paragraphB < 0) {
        QVERIFY2(cellOfB.isGap(), "aligned with a paragraph that says something else");
        return;
    }
    QVERIFY2(std::find(cellOfB.paragraphs.begin(), cellOfB.paragraphs.end(), paragraphB) != cellOfB.paragraphs.end(),
             "not in the row of its counterpart");
}

void TestSeeds::inventedSecondHalfIsUnique()
{
    // After "Article from www.cnn.com …", a rewording of the base's lead
    // (most of its words boxed as moved or reworded from the base, so no
    // claim of its own: review 13, finding 8), 004 is an invented text:
    // every claim paragraph there is found in no other source.
    const qint32 invented = articleStartingWith(QStringLiteral("004"));
    const Article &article = m_comparison->articles[size_t(invented)];
    qint32 start = -1;
    for (size_t p = 0; p < article.paragraphs.size(); ++p) {
        if (article.paragraphs[p].text.startsWith(QLatin1String("Article from")))
            start = qint32(p);
    }
    QVERIFY(start > 0);
    QVERIFY(!m_comparison->unique[size_t(invented)][size_t(start)]);
    int claims = 0;
    for (size_t p = size_t(start) + 1; p < article.paragraphs.size(); ++p) {
        if (!isCountedRole(article.paragraphs[p].role))
            continue;
        ++claims;
        QVERIFY2(m_comparison->unique[size_t(invented)][p], qPrintable(article.paragraphs[p].text.left(60)));
    }
    QVERIFY(claims >= 8);
    // And the first half, copied from the agency, is not.
    int sharedBefore = 0;
    for (qint32 p = 0; p < start; ++p)
        sharedBefore += !m_comparison->unique[size_t(invented)][size_t(p)] && article.paragraphs[size_t(p)].role == ParagraphRole::Body;
    QVERIFY(sharedBefore >= 1);
}

QTEST_GUILESS_MAIN(TestSeeds)
#include "tst_seeds.moc"
