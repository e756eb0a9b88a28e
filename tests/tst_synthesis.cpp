#include "comparator.h"
#include "comparisonjob.h"
#include "testarticles.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace WireDiff;

// The views without a base: agreement shading, the consensus text and the
// family tree, on small invented folders and on the bundled samples.
class TestSynthesis : public QObject
{
    Q_OBJECT

private slots:
    void agreementCountsArticlesPerWord_data();
    void agreementCountsArticlesPerWord();
    void consensusTakesTheMajorityWording();
    void consensusLeavesOutMinorityAdditions();
    void familyTreePutsCopiesUnderTheirSource();
    void familyTreeFollowsPublicationTimes();
    void familyTreeFindsTheSource_data();
    void familyTreeFindsTheSource();
    void samplesTreeAndConsensus();
    void consensusSameOnThreads_data();
    void consensusSameOnThreads();
};

namespace {

const QString lede = QStringLiteral("Divers recovered a bronze statue from the harbour at Tyros on Monday, "
                                    "the culture ministry said.");
const QString second = QStringLiteral("The statue, thought to be two thousand years old, will be cleaned at the "
                                      "national museum before going on display next spring.");

const QStringList bridge = TestArticles::bridgeStory();

QStringList replaced(QStringList story, qsizetype block, const QString &from, const QString &to)
{
    story[block].replace(from, to);
    return story;
}

// "id|time|block|block...": time is empty, "meta HH:MM" (from the
// metadata) or "file HH:MM" (the file's modification time, HH:MM:SS too).
Article versionOf(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char('|'));
    Article article = TestArticles::make(parts[0], parts.mid(2));
    const QStringList time = parts[1].split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (time.size() == 2) {
        const QString format = time[1].size() > 5 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
        article.published = QDateTime(QDate(2026, 3, 6), QTime::fromString(time[1], format), Qt::UTC);
        article.publishedFrom = time[0] == QLatin1String("meta") ? TimeSource::Metadata : TimeSource::File;
    }
    return article;
}

QString spec(const QString &id, const QString &time, const QStringList &blocks)
{
    return QStringList { id, time, blocks.join(QLatin1Char('|')) }.join(QLatin1Char('|'));
}

Comparison compare(std::vector<Article> articles)
{
    ComparisonOptions options;
    options.threads = 1;
    return std::move(*Comparator(options).compare(std::move(articles)).comparison);
}

qint32 countAt(const std::vector<AgreementSpan> &spans, qint32 paragraph, qint32 position)
{
    for (const AgreementSpan &span : spans) {
        if (span.paragraph == paragraph && span.start <= position && position < span.end)
            return span.count;
    }
    return 0;
}

} // namespace

void TestSynthesis::agreementCountsArticlesPerWord_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("count");
    QTest::newRow("word in all three") << "statue" << 3;
    QTest::newRow("word in two") << "bronze" << 2;
    QTest::newRow("word in one") << "gilded" << 1;
}

void TestSynthesis::agreementCountsArticlesPerWord()
{
    QFETCH(QString, word);
    QFETCH(int, count);
    QString plain = lede;
    plain.remove(QLatin1String("bronze "));
    QString gilded = lede;
    gilded.replace(QLatin1String("bronze"), QLatin1String("gilded bronze"));
    const Comparison comparison = compare({ TestArticles::make(QStringLiteral("a"), { lede }),
                                            TestArticles::make(QStringLiteral("b"), { plain }),
                                            TestArticles::make(QStringLiteral("c"), { gilded }) });
    const QString &text = comparison.articles[2].paragraphs[0].text;
    QCOMPARE(countAt(comparison.agreement[2], 0, qint32(text.indexOf(word))), count);
}

void TestSynthesis::consensusTakesTheMajorityWording()
{
    QString reworded = second;
    reworded.replace(QLatin1String("will be cleaned"), QLatin1String("is to be restored"));
    const Comparison comparison = compare({ TestArticles::make(QStringLiteral("odd"), { lede, reworded }),
                                            TestArticles::make(QStringLiteral("b"), { lede, second }),
                                            TestArticles::make(QStringLiteral("c"), { lede, second }) });
    QCOMPARE(comparison.consensus.paragraphs.size(), size_t(2));
    QCOMPARE(comparison.consensus.paragraphs[1].text, second);
    QVERIFY(comparison.consensus.distance[0] > comparison.consensus.distance[1]);
    QCOMPARE(comparison.consensus.distance[1], 0.0);
    QVERIFY(comparison.consensus.toPlainText().contains(second));
}

void TestSynthesis::consensusLeavesOutMinorityAdditions()
{
    const QString claim = QStringLiteral("A local fisherman claimed he had spotted the statue years ago but was "
                                         "never believed by the harbour master.");
    const Comparison comparison = compare({ TestArticles::make(QStringLiteral("a"), { lede, second }),
                                            TestArticles::make(QStringLiteral("b"), { lede, second, claim }),
                                            TestArticles::make(QStringLiteral("c"), { lede, second }) });
    for (const ConsensusText::Paragraph &paragraph : comparison.consensus.paragraphs)
        QVERIFY(paragraph.text != claim);
    QCOMPARE(comparison.consensus.paragraphs.size(), size_t(2));
}

void TestSynthesis::familyTreePutsCopiesUnderTheirSource()
{
    // "copy" repeats the rewrite's peculiar wording: it derives from the
    // rewrite, not from the original.
    const QString rewrite = QStringLiteral("A bronze figure was pulled from Tyros harbour by divers on Monday, "
                                           "according to officials at the culture ministry.");
    QString copy = rewrite;
    copy.replace(QLatin1String("officials"), QLatin1String("staff"));
    const Comparison comparison = compare({ TestArticles::make(QStringLiteral("original"), { lede, second }),
                                            TestArticles::make(QStringLiteral("rewrite"), { rewrite, second }),
                                            TestArticles::make(QStringLiteral("copy"), { copy, second }) });
    const FamilyTree &tree = comparison.familyTree;
    QCOMPARE(tree.parent[2], 1);
    QVERIFY(tree.evidence[2].sharedPeculiar > 0);
    QVERIFY(!tree.describe(2, comparison.articles).isEmpty());
}

void TestSynthesis::familyTreeFollowsPublicationTimes()
{
    std::vector<Article> articles { TestArticles::make(QStringLiteral("later"), { lede, second }),
                                    TestArticles::make(QStringLiteral("earlier"), { lede, second }) };
    const QDateTime noon(QDate(2026, 11, 17), QTime(12, 0), Qt::UTC);
    articles[0].published = noon.addSecs(3600);
    articles[1].published = noon;
    for (Article &article : articles)
        article.publishedFrom = TimeSource::Metadata;
    const Comparison comparison = compare(std::move(articles));
    QCOMPARE(comparison.familyTree.parent[0], 1);
    QCOMPARE(comparison.familyTree.parent[1], -1);
    QVERIFY(comparison.familyTree.evidence[0].orderedByTime);
}

void TestSynthesis::familyTreeFindsTheSource_data()
{
    QTest::addColumn<QStringList>("versions"); // spec() of each, in folder order
    QTest::addColumn<QStringList>("parents");  // of each version, in folder order; empty: a root
    QTest::addColumn<QString>("root");         // a root whose reason is checked
    QTest::addColumn<int>("rootReason");       // FamilyTree::Reason

    using Reason = FamilyTree::Reason;
    const QStringList cut = bridge.first(3);
    QTest::newRow("cut copy") << QStringList { spec("agency", "", bridge), spec("cut", "", cut) }
                              << QStringList { "", "agency" } << "agency" << int(Reason::Fuller);
    QTest::newRow("cut copy listed first") << QStringList { spec("cut", "", cut), spec("agency", "", bridge) }
                                           << QStringList { "agency", "" } << "agency" << int(Reason::Fuller);
    // The shorter cut is closer to the longer one than to the agency.
    QTest::newRow("cuts of two lengths")
        << QStringList { spec("agency", "", bridge), spec("four", "", bridge.first(5)), spec("three", "", cut) }
        << QStringList { "", "agency", "four" } << "agency" << int(Reason::Fuller);

    // The padded copy holds all of the agency's text and more, but what it
    // adds is found nowhere else, while an outlet's light edit carries the
    // agency's text to its end: the padding was added.
    QStringList padded = bridge;
    padded << QStringLiteral("Residents of Kelby have long said the bridge shakes when freight trains pass, and "
                             "some fear it could collapse without warning one day soon.")
           << QStringLiteral("Critics say the government has ignored the crumbling railways of the north for decades "
                             "while spending billions on new motorways around the capital.");
    const QStringList lightEdit = replaced(replaced(bridge, 2, "About 140", "Some 140"), 5, "Saturday morning", "Saturday");
    QTest::newRow("padded copy")
        << QStringList { spec("padded", "", padded), spec("agency", "", bridge), spec("outlet", "", lightEdit) }
        << QStringList { "agency", "", "agency" } << "agency" << int(Reason::OthersAdded);

    // An outlet cuts the agency's last paragraph and rewords a phrase; a
    // second outlet cuts the first outlet's copy further and keeps its
    // wording, which no other version has.
    const QStringList outlet = replaced(bridge.first(5), 2, "were told to expect delays", "were warned of delays");
    QTest::newRow("three-version chain")
        << QStringList { spec("copy", "", outlet.first(4)), spec("outlet", "", outlet), spec("agency", "", bridge) }
        << QStringList { "outlet", "agency", "" } << "agency" << int(Reason::Fuller);

    // The agency's first take was short; the full story came later.
    QTest::newRow("published times beat a cut")
        << QStringList { spec("full", "meta 10:00", bridge), spec("first-take", "meta 09:00", cut) }
        << QStringList { "first-take", "" } << "first-take" << int(Reason::PublishedFirst);
    // Identical texts: only the files' times tell them apart.
    QTest::newRow("older file breaks a tie")
        << QStringList { spec("saved-later", "file 11:00", bridge), spec("saved-first", "file 09:00", bridge) }
        << QStringList { "saved-first", "" } << "saved-first" << int(Reason::OlderFile);
    // Copied together: seconds apart, which says nothing.
    QTest::newRow("files copied together")
        << QStringList { spec("one", "file 09:00:30", bridge), spec("two", "file 09:00:00", bridge) }
        << QStringList { "", "one" } << "one" << int(Reason::None);
    QTest::newRow("newer file does not overrule a cut")
        << QStringList { spec("agency", "file 11:00", bridge), spec("cut", "file 09:00", cut) }
        << QStringList { "", "agency" } << "agency" << int(Reason::Fuller);
}

void TestSynthesis::familyTreeFindsTheSource()
{
    QFETCH(QStringList, versions);
    QFETCH(QStringList, parents);
    QFETCH(QString, root);
    QFETCH(int, rootReason);
    std::vector<Article> articles;
    for (const QString &version : std::as_const(versions))
        articles.push_back(versionOf(version));
    const Comparison comparison = compare(std::move(articles));
    const FamilyTree &tree = comparison.familyTree;
    for (qint32 a = 0; a < qint32(versions.size()); ++a) {
        const qint32 parent = tree.parent[size_t(a)];
        QCOMPARE(parent < 0 ? QString() : comparison.articles[size_t(parent)].id, parents[a]);
    }
    const qint32 r = comparison.indexOf(root);
    QCOMPARE(tree.evidence[size_t(r)].root, FamilyTree::Root::Source);
    QCOMPARE(int(tree.evidence[size_t(r)].reason), rootReason);
    // The description says why it is the root, not that it shares too little.
    const QString description = tree.describe(r, comparison.articles);
    QVERIFY2(description.contains(QLatin1String("taken as the source")), qPrintable(description));
}

void TestSynthesis::samplesTreeAndConsensus()
{
    ComparisonRequest request;
    request.paths = { QStringLiteral(WIREDIFF_SOURCE_DIR "/resources/samples") };
    const ComparisonJobResult result = ComparisonJob::run(request, nullptr);
    QVERIFY2(result.succeeded(), qPrintable(result.outcome.error));
    const Comparison &comparison = *result.outcome.comparison;
    const qint32 agency = comparison.indexOf(QStringLiteral("01-agency"));
    QVERIFY(agency >= 0);
    // Every version derives, directly or not, from the agency original.
    for (qint32 a = 0; a < qint32(comparison.articles.size()); ++a) {
        qint32 root = a;
        for (int guard = 0; comparison.familyTree.parent[size_t(root)] >= 0 && guard < 10; ++guard)
            root = comparison.familyTree.parent[size_t(root)];
        QCOMPARE(comparison.articles[size_t(root)].id, QStringLiteral("01-agency"));
    }
    // The consensus is essentially the agency's wording: closest of all.
    for (qint32 a = 0; a < qint32(comparison.articles.size()); ++a)
        QVERIFY(comparison.consensus.distance[size_t(agency)] <= comparison.consensus.distance[size_t(a)]);
    QVERIFY(comparison.consensus.distance[size_t(agency)] < 0.1);
}

void TestSynthesis::consensusSameOnThreads_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("threads");

    for (const int threads : { 2, 3, 8 }) {
        QTest::addRow("samples, %d threads", threads) << QStringLiteral(WIREDIFF_SOURCE_DIR "/resources/samples")
                                                      << threads;
        QTest::addRow("seeds, %d threads", threads) << QStringLiteral(WIREDIFF_SEEDS_DIR) << threads;
    }
}

// Consensus rows are chosen on several threads and added up in row order:
// the same paragraphs, rows and distances as on one.
void TestSynthesis::consensusSameOnThreads()
{
    QFETCH(QString, folder);
    QFETCH(int, threads);
    if (!QFileInfo::exists(folder))
        QSKIP("folder absent");
    const auto consensusOn = [&](int threadCount) {
        ComparisonRequest request;
        request.paths = { folder };
        request.comparisonOptions.threads = threadCount;
        ComparisonJobResult result = ComparisonJob::run(request, nullptr);
        return result.succeeded() ? result.outcome.comparison->consensus : ConsensusText {};
    };
    const ConsensusText one = consensusOn(1);
    const ConsensusText many = consensusOn(threads);
    QVERIFY(!one.paragraphs.empty());
    QCOMPARE(many.paragraphs.size(), one.paragraphs.size());
    for (size_t p = 0; p < one.paragraphs.size(); ++p) {
        QCOMPARE(many.paragraphs[p].row, one.paragraphs[p].row);
        QCOMPARE(many.paragraphs[p].article, one.paragraphs[p].article);
        QCOMPARE(many.paragraphs[p].paragraphs, one.paragraphs[p].paragraphs);
        QCOMPARE(many.paragraphs[p].text, one.paragraphs[p].text);
        QCOMPARE(many.paragraphs[p].support, one.paragraphs[p].support);
    }
    QCOMPARE(many.paragraphOfRow, one.paragraphOfRow);
    QVERIFY(many.distance == one.distance); // exactly, not fuzzily
}

QTEST_GUILESS_MAIN(TestSynthesis)
#include "tst_synthesis.moc"
