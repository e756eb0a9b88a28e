#include "comparator.h"
#include "storycoherence.h"
#include "testarticles.h"

#include <QTest>

using namespace WireDiff;

// Whether the compared articles read as versions of one story: held to
// containment matrices made by hand (the thresholds, both directions,
// short and virtual articles) and to real comparisons of short texts.
class TestStoryCoherence : public QObject
{
    Q_OBJECT

private slots:
    void judgesMatrices_data();
    void judgesMatrices();
    void noticesOfComparisons_data();
    void noticesOfComparisons();
};

namespace {

// A matrix from rows of verbatim shares ([a][b]: how much of a is in b).
ContainmentMatrix matrixOf(const QList<QList<double>> &shares)
{
    ContainmentMatrix matrix(size_t(shares.size()));
    for (qsizetype a = 0; a < shares.size(); ++a) {
        for (const double share : shares.at(a))
            matrix[size_t(a)].push_back(ContainmentShare { share, 0 });
    }
    return matrix;
}

// Three unrelated stories and two versions of a fourth, each over forty
// words.
const QStringList bridgeStory {
    QStringLiteral("# Bridge closed after barge strike"),
    QStringLiteral("The old swing bridge over the Lune was closed to traffic on Thursday after a grain barge struck one of its "
                   "piers during the morning flood tide, the county council said."),
    QStringLiteral("Engineers were inspecting the masonry and expected to decide by the weekend whether buses could use the "
                   "crossing again before the inquiry into the collision began."),
};
const QStringList bridgeRewrite {
    QStringLiteral("# Barge hits bridge pier, crossing shut"),
    QStringLiteral("The old swing bridge over the Lune was closed to traffic on Thursday after a grain barge struck one of its "
                   "piers during the morning flood tide, the council said."),
    QStringLiteral("Engineers are inspecting the masonry and expect to decide by the weekend whether buses can use the crossing "
                   "again, a spokeswoman added."),
};
const QStringList choirStory {
    QStringLiteral("# Village choir wins national title"),
    QStringLiteral("A choir of forty singers from a hill village beat twelve city ensembles to win the national amateur title "
                   "in Cardiff on Saturday evening, with a programme of folk songs."),
    QStringLiteral("Its conductor, a retired music teacher, said the prize money would pay for a minibus and a tour of "
                   "Brittany next summer with the twinned town's own choir."),
};
const QStringList orchardStory {
    QStringLiteral("# Frost ruins apple blossom"),
    QStringLiteral("Growers across the valley lost most of this year's apple blossom to two nights of hard frost, and several "
                   "farms said they would not hire pickers at all in the autumn."),
    QStringLiteral("The growers' association asked the ministry for emergency loans, saying cider makers would have to buy "
                   "fruit from abroad at twice the usual price."),
};

} // namespace

void TestStoryCoherence::judgesMatrices_data()
{
    QTest::addColumn<QList<QList<double>>>("shares");
    QTest::addColumn<QList<qsizetype>>("words");
    QTest::addColumn<QList<int>>("strangers");
    QTest::addColumn<bool>("unrelatedSet");

    const qsizetype n = 500;
    QTest::newRow("versions of one story")
        << QList<QList<double>> { { 0, 0.8, 0.6 }, { 0.7, 0, 0.5 }, { 0.6, 0.4, 0 } } << QList<qsizetype> { n, n, n }
        << QList<int>() << false;
    QTest::newRow("one stranger among versions")
        << QList<QList<double>> { { 0, 0.8, 0.6, 0.02 }, { 0.7, 0, 0.5, 0.01 }, { 0.6, 0.4, 0, 0 }, { 0.03, 0.02, 0, 0 } }
        << QList<qsizetype> { n, n, n, n } << QList<int> { 3 } << false;
    QTest::newRow("just at the share is no stranger")
        << QList<QList<double>> { { 0, 0.8, 0.1 }, { 0.7, 0, 0 }, { 0.1, 0, 0 } } << QList<qsizetype> { n, n, n }
        << QList<int>() << false;
    // A brief wholly inside a long report: little of the report is in the
    // brief, all of the brief in the report.
    QTest::newRow("a brief inside a report") << QList<QList<double>> { { 0, 0.8, 0.04 }, { 0.9, 0, 0.05 }, { 1.0, 1.0, 0 } }
                                             << QList<qsizetype> { 2000, 1800, 60 } << QList<int>() << false;
    QTest::newRow("unrelated stories")
        << QList<QList<double>> { { 0, 0.02, 0.01 }, { 0.03, 0, 0 }, { 0, 0.01, 0 } } << QList<qsizetype> { n, n, n }
        << QList<int> { 0, 1, 2 } << true;
    QTest::newRow("half strangers is an unrelated set")
        << QList<QList<double>> { { 0, 0.9, 0, 0 }, { 0.9, 0, 0, 0 }, { 0, 0, 0, 0 }, { 0, 0, 0, 0 } }
        << QList<qsizetype> { n, n, n, n } << QList<int> { 2, 3 } << true;
    QTest::newRow("two articles are never a set") << QList<QList<double>> { { 0, 0 }, { 0, 0 } } << QList<qsizetype> { n, n }
                                                  << QList<int> { 0, 1 } << false;
    QTest::newRow("one article alone is no stranger") << QList<QList<double>> { { 0 } } << QList<qsizetype> { n } << QList<int>()
                                                      << false;
    QTest::newRow("one article and the consensus") << QList<QList<double>> { { 0, 1.0 }, { 1.0, 0 } }
                                                   << QList<qsizetype> { n, -1 } << QList<int>() << false;
    QTest::newRow("short articles are not judged")
        << QList<QList<double>> { { 0, 0.9, 0 }, { 0.9, 0, 0 }, { 0, 0, 0 } }
        << QList<qsizetype> { n, n, StoryCoherence::minimumWords - 1 } << QList<int>() << false;
    // WireDiff's consensus shares with every article; it must not vouch
    // for a stranger.
    QTest::newRow("the consensus is neither judged nor a witness")
        << QList<QList<double>> { { 0, 0.8, 0, 0.9 }, { 0.8, 0, 0, 0.9 }, { 0, 0, 0, 0.5 }, { 0.9, 0.9, 0.5, 0 } }
        << QList<qsizetype> { n, n, n, -1 } << QList<int> { 2 } << false;
}

void TestStoryCoherence::judgesMatrices()
{
    QFETCH(QList<QList<double>>, shares);
    QFETCH(QList<qsizetype>, words);
    QFETCH(QList<int>, strangers);
    QFETCH(bool, unrelatedSet);
    const StoryCoherence::Verdict verdict
        = StoryCoherence::judge(matrixOf(shares), std::vector<qsizetype>(words.begin(), words.end()));
    QList<int> found;
    for (const StoryCoherence::Stranger &stranger : verdict.strangers) {
        found.append(stranger.article);
        QVERIFY(stranger.closestShare < StoryCoherence::strangerShare);
    }
    QCOMPARE(found, strangers);
    QCOMPARE(verdict.isUnrelatedSet(), unrelatedSet);
}

void TestStoryCoherence::noticesOfComparisons_data()
{
    QTest::addColumn<QList<QStringList>>("articles");
    QTest::addColumn<QStringList>("noticesStartWith");

    QTest::newRow("one article") << QList<QStringList> { bridgeStory } << QStringList();
    QTest::newRow("two versions") << QList<QStringList> { bridgeStory, bridgeRewrite } << QStringList();
    QTest::newRow("two versions and a stranger")
        << QList<QStringList> { bridgeStory, bridgeRewrite, choirStory } << QStringList { "a2 shares almost nothing" };
    QTest::newRow("three stories") << QList<QStringList> { bridgeStory, choirStory, orchardStory }
                                   << QStringList { "These files do not look like versions of one story: 3 of the 3" };
}

void TestStoryCoherence::noticesOfComparisons()
{
    QFETCH(QList<QStringList>, articles);
    QFETCH(QStringList, noticesStartWith);
    std::vector<Article> input;
    for (qsizetype i = 0; i < articles.size(); ++i)
        input.push_back(TestArticles::make(QStringLiteral("a%1").arg(i), articles.at(i)));
    const ComparisonOutcome outcome = Comparator().compare(std::move(input));
    QVERIFY(outcome.comparison);
    const QStringList notices = StoryCoherence::notices(*outcome.comparison);
    QCOMPARE(notices.size(), noticesStartWith.size());
    for (qsizetype i = 0; i < notices.size(); ++i)
        QVERIFY2(notices.at(i).startsWith(noticesStartWith.at(i)), qPrintable(notices.at(i)));
}

QTEST_GUILESS_MAIN(TestStoryCoherence)
#include "tst_storycoherence.moc"
