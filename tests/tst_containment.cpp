#include "containment.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace WireDiff;

// Containment::verbatimShares() counts each article's words by the
// articles that lack them: held to the word-by-word count of
// Coverage::covers() for article counts around the 64-article words of the
// coverage sets.
class TestContainment : public QObject
{
    Q_OBJECT

private slots:
    void sharesAsCovered_data();
    void sharesAsCovered();
};

void TestContainment::sharesAsCovered_data()
{
    QTest::addColumn<int>("articles");
    QTest::addColumn<int>("editPercent");

    for (const int articles : { 1, 2, 5, 63, 64, 65, 100, 128, 130 }) {
        for (const int editPercent : { 0, 10, 60 })
            QTest::addRow("%d articles, %d%% of words edited", articles, editPercent) << articles << editPercent;
    }
}

void TestContainment::sharesAsCovered()
{
    QFETCH(int, articles);
    QFETCH(int, editPercent);
    QRandomGenerator random(quint32(articles * 101 + editPercent));
    // Versions of one text of 60 words, each with its own edits; one of
    // them empty, one of two words (shorter than a 3-word run).
    std::vector<qint32> original(60);
    for (qint32 &word : original)
        word = qint32(random.bounded(40));
    std::vector<std::vector<qint32>> words;
    for (int a = 0; a < articles; ++a) {
        std::vector<qint32> version = original;
        for (qint32 &word : version) {
            if (int(random.bounded(100)) < editPercent)
                word = qint32(100 + random.bounded(1000));
        }
        if (a == 3)
            version.clear();
        if (a == 4)
            version.resize(2);
        words.push_back(version);
    }
    const Containment::Coverage coverage = Containment::coverage(words);
    const ContainmentMatrix matrix = Containment::verbatimShares(coverage);
    QCOMPARE(qsizetype(matrix.size()), qsizetype(articles));
    for (qint32 a = 0; a < articles; ++a) {
        const auto wordCount = qint32(words[size_t(a)].size());
        for (qint32 b = 0; b < articles; ++b) {
            qint64 covered = 0;
            for (qint32 w = 0; w < wordCount; ++w)
                covered += coverage.covers(a, w, b) ? 1 : 0;
            const double expected = wordCount == 0 ? 0.0 : double(covered) / double(wordCount);
            QVERIFY2(matrix[size_t(a)][size_t(b)].verbatim == expected,
                     qPrintable(QStringLiteral("%1 in %2: %3, not %4")
                                    .arg(a)
                                    .arg(b)
                                    .arg(matrix[size_t(a)][size_t(b)].verbatim)
                                    .arg(expected)));
        }
    }
}

QTEST_GUILESS_MAIN(TestContainment)
#include "tst_containment.moc"
