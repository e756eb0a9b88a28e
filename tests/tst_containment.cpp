#include "containment.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <array>
#include <set>
#include <vector>

using namespace WireDiff;

// Containment::coverage() held to a search of every 3-gram, and
// verbatimShares(), which counts each article's words by the articles that
// lack them, and ownShares() to the word-by-word count of
// Coverage::covers(), for article counts around the sizes the sets are
// stored in (8, 16, 32 and 64 articles a set word).
class TestContainment : public QObject
{
    Q_OBJECT

private slots:
    void sharesAsCovered_data();
    void sharesAsCovered();
    void sameCoverageOnAnyNumberOfThreads_data();
    void sameCoverageOnAnyNumberOfThreads();
};

// Past Containment::minParallelGrams the grams are interned in parts on
// several threads: every set word must be what one thread makes.
void TestContainment::sameCoverageOnAnyNumberOfThreads_data()
{
    QTest::addColumn<int>("articles");
    QTest::addColumn<int>("wordsEach");
    QTest::addColumn<int>("threads");

    for (const int threads : { 2, 3, 5 }) {
        QTest::addRow("a pair of 40k words, %d threads", threads) << 2 << 40'000 << threads;
        QTest::addRow("9 articles of 8k words, %d threads", threads) << 9 << 8'000 << threads;
        QTest::addRow("70 articles of 1.2k words, %d threads", threads) << 70 << 1'200 << threads;
    }
    QTest::addRow("below the parallel size, 2 threads") << 3 << 1'000 << 2;
}

void TestContainment::sameCoverageOnAnyNumberOfThreads()
{
    QFETCH(int, articles);
    QFETCH(int, wordsEach);
    QFETCH(int, threads);
    QRandomGenerator random(quint32(articles * 7 + threads));
    // Versions of one text, each with a tenth of its words replaced, its
    // words drawn from few keys so that grams recur within and across
    // them; one version empty and one of two words.
    std::vector<qint32> original(static_cast<size_t>(wordsEach));
    for (qint32 &word : original)
        word = qint32(random.bounded(500));
    std::vector<std::vector<qint32>> words;
    for (int a = 0; a < articles; ++a) {
        std::vector<qint32> version = original;
        for (qint32 &word : version) {
            if (random.bounded(10) == 0)
                word = qint32(random.bounded(5000));
        }
        if (articles > 2 && a == 1)
            version.clear();
        if (articles > 2 && a == 2)
            version.resize(2);
        words.push_back(version);
    }
    const Containment::Coverage one = Containment::coverage(words, 1);
    const Containment::Coverage many = Containment::coverage(words, threads);
    QCOMPARE(many.articleCount, one.articleCount);
    QCOMPARE(many.wordsPerSet, one.wordsPerSet);
    qint64 differing = 0;
    for (qint32 a = 0; a < articles; ++a) {
        QCOMPARE(many.wordCount(a), one.wordCount(a));
        for (qint64 w = 0; w < one.wordCount(a); ++w) {
            for (qint32 k = 0; k < one.wordsPerSet; ++k)
                differing += many.setWord(a, w, k) != one.setWord(a, w, k);
        }
    }
    QCOMPARE(differing, qint64(0));
}

void TestContainment::sharesAsCovered_data()
{
    QTest::addColumn<int>("articles");
    QTest::addColumn<int>("editPercent");
    QTest::addColumn<int>("threads"); // for the shares

    for (const int articles : { 1, 2, 5, 8, 9, 16, 17, 32, 33, 63, 64, 65, 100, 128, 130 }) {
        for (const int editPercent : { 0, 10, 60 })
            QTest::addRow("%d articles, %d%% of words edited", articles, editPercent) << articles << editPercent << 1;
    }
    for (const int articles : { 2, 9, 65, 130 }) {
        for (const int threads : { 2, 3 })
            QTest::addRow("%d articles, 10%% of words edited, shares on %d threads", articles, threads)
                << articles << 10 << threads;
    }
}

void TestContainment::sharesAsCovered()
{
    QFETCH(int, articles);
    QFETCH(int, editPercent);
    QFETCH(int, threads);
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
    // Word w of a is covered by b when a run of a around it (3 words, or
    // the whole of a shorter article) is also a run of b of that length.
    using Run = std::array<qint32, Containment::runLength + 1>; // its length, then its words
    const auto runAt = [](const std::vector<qint32> &text, size_t at, size_t length) {
        Run run {};
        run[0] = qint32(length);
        std::copy_n(text.begin() + qsizetype(at), length, run.begin() + 1);
        return run;
    };
    std::vector<std::set<Run>> runsOf(words.size());
    for (size_t b = 0; b < words.size(); ++b) {
        const std::vector<qint32> &y = words[b];
        const size_t length = std::min<size_t>(Containment::runLength, y.size());
        for (size_t at = 0; length > 0 && at + length <= y.size(); ++at)
            runsOf[b].insert(runAt(y, at, length));
    }
    const auto coveredByRuns = [&](qint32 a, qint32 w, qint32 b) {
        const std::vector<qint32> &x = words[size_t(a)];
        const size_t length = std::min<size_t>(Containment::runLength, x.size());
        for (size_t start = size_t(std::max<qint32>(0, w - qint32(length) + 1)); start <= size_t(w); ++start) {
            if (start + length <= x.size() && runsOf[size_t(b)].contains(runAt(x, start, length)))
                return true;
        }
        return false;
    };
    for (qint32 a = 0; a < articles; ++a) {
        QCOMPARE(coverage.wordCount(a), qint64(words[size_t(a)].size()));
        for (qint32 w = 0; w < qint32(words[size_t(a)].size()); ++w) {
            for (qint32 b = 0; b < articles; ++b) {
                // The message only on failure: QVERIFY2 would build it a million times.
                if (coverage.covers(a, w, b) != coveredByRuns(a, w, b))
                    QFAIL(qPrintable(QStringLiteral("word %1 of %2 in %3").arg(w).arg(a).arg(b)));
            }
        }
    }
    const ContainmentMatrix matrix = Containment::verbatimShares(coverage, threads);
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
    // What an article alone has: words no other article covers.
    const std::vector<double> own = Containment::ownShares(coverage, threads);
    QCOMPARE(qsizetype(own.size()), qsizetype(articles));
    for (qint32 a = 0; a < articles; ++a) {
        const auto wordCount = qint32(words[size_t(a)].size());
        qint64 alone = 0;
        for (qint32 w = 0; w < wordCount; ++w) {
            bool elsewhere = false;
            for (qint32 b = 0; b < articles && !elsewhere; ++b)
                elsewhere = b != a && coveredByRuns(a, w, b);
            alone += elsewhere ? 0 : 1;
        }
        QCOMPARE(own[size_t(a)], wordCount == 0 ? 0.0 : double(alone) / double(wordCount));
    }
}

QTEST_GUILESS_MAIN(TestContainment)
#include "tst_containment.moc"
