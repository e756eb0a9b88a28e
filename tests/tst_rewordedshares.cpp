#include "comparator.h"
#include "testarticles.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace WireDiff;

// The reworded shares of the containment matrix are computed once per
// distinct sentence and article (RewordedShares::fill); this holds them to
// the pair-by-pair reference (fillExhaustive) on generated folders of
// versions that reword, reorder, replace and drop words and sentences.
class TestRewordedShares : public QObject
{
    Q_OBJECT

private slots:
    void sameSharesAsExhaustive_data();
    void sameSharesAsExhaustive();
};

namespace {

const QStringList vocabulary = QStringLiteral(
    "minister council harbour budget railway storm village doctor teacher farmer election ceasefire "
    "negotiators hospital museum bridge reservoir drought factory strike union court judge prosecutor "
    "witness tribunal parliament senator governor mayor police officers inquiry report scientists "
    "vaccine outbreak patients shipment cargo tanker pipeline refinery exports tariffs markets investors "
    "shares currency inflation wages pensions schools students protest crowd square capital province "
    "border troops convoy refugees aid agency charity donors flood rescue helicopter coast island "
    "announced warned confirmed denied approved rejected delayed postponed signed reported claimed "
    "estimated suspended arrested released launched opened closed expanded reduced increased collapsed "
    "northern southern eastern western national regional local foreign senior former rival armed "
    "emergency temporary annual final official unexpected heavy severe modest sharp")
                                   .split(QLatin1Char(' '), Qt::SkipEmptyParts);

using Sentence = QStringList;
using Version = std::vector<Sentence>;

// 8 words and up to `spread` - 1 more.
Sentence newSentence(QRandomGenerator *rng, int spread)
{
    Sentence words;
    const int length = 8 + int(rng->bounded(spread));
    for (int i = 0; i < length; ++i)
        words << vocabulary[int(rng->bounded(qint32(vocabulary.size())))];
    return words;
}

// A version edited from `from`: some sentences reworded (neighbouring words
// swapped, which keeps the stems but breaks the 3-word runs), some with a
// word replaced or dropped, some dropped, a new one now and then.
Version edit(const Version &from, double rate, int spread, QRandomGenerator *rng)
{
    Version out;
    for (Sentence sentence : from) {
        const double roll = rng->generateDouble();
        if (roll < rate * 0.1)
            continue;
        if (roll < rate * 0.6) {
            const int swaps = 1 + int(rng->bounded(3));
            for (int k = 0; k < swaps && sentence.size() > 2; ++k) {
                const int at = int(rng->bounded(qint32(sentence.size() - 1)));
                sentence.swapItemsAt(at, at + 1);
            }
        } else if (roll < rate * 0.9) {
            sentence[int(rng->bounded(qint32(sentence.size())))] = vocabulary[int(rng->bounded(qint32(vocabulary.size())))];
        } else if (roll < rate && sentence.size() > 4) {
            sentence.removeAt(int(rng->bounded(qint32(sentence.size()))));
        }
        out.push_back(sentence);
        if (rng->generateDouble() < rate * 0.05)
            out.push_back(newSentence(rng, spread));
    }
    return out;
}

Article toArticle(const QString &id, const Version &version)
{
    QStringList paragraphs;
    QString paragraph;
    for (size_t s = 0; s < version.size(); ++s) {
        QString text = version[s].join(QLatin1Char(' '));
        text[0] = text[0].toUpper();
        paragraph += (paragraph.isEmpty() ? QString() : QStringLiteral(" ")) + text + QLatin1Char('.');
        if (s % 3 == 2 || s + 1 == version.size()) {
            paragraphs << paragraph;
            paragraph.clear();
        }
    }
    return TestArticles::make(id, paragraphs);
}

} // namespace

void TestRewordedShares::sameSharesAsExhaustive_data()
{
    QTest::addColumn<int>("versions");
    QTest::addColumn<int>("sentences");
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("threads");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("spread"); // sentence lengths: 8 words and up to spread - 1 more

    QTest::newRow("2 versions") << 2 << 12 << 0.5 << 1 << 7u << 12;
    QTest::newRow("8 versions, light edits") << 8 << 16 << 0.2 << 1 << 11u << 12;
    QTest::newRow("8 versions, heavy edits, 2 threads") << 8 << 16 << 0.8 << 2 << 13u << 12;
    QTest::newRow("20 versions, 2 threads") << 20 << 12 << 0.5 << 2 << 17u << 12;
    QTest::newRow("64 versions (one full bitset word)") << 64 << 6 << 0.6 << 2 << 23u << 12;
    QTest::newRow("67 versions (two bitset words)") << 67 << 6 << 0.6 << 2 << 19u << 12;
    // Long enough that many stems are in more than 32 sentences of an
    // article, which then point to none of them, and some in just 32.
    QTest::newRow("2 versions, 300 sentences") << 2 << 300 << 0.5 << 2 << 29u << 12;
    QTest::newRow("4 versions, 240 sentences") << 4 << 240 << 0.4 << 1 << 31u << 12;
    // Sentences of up to 157 words, most with more distinct stems than the
    // candidate search's bit sets hold (it then reads every posting of
    // their stems), some with fewer.
    QTest::newRow("6 versions, long sentences") << 6 << 30 << 0.5 << 2 << 37u << 150;
    QTest::newRow("30 versions, long and short sentences") << 30 << 20 << 0.5 << 2 << 41u << 90;
}

void TestRewordedShares::sameSharesAsExhaustive()
{
    QFETCH(int, versions);
    QFETCH(int, sentences);
    QFETCH(double, rate);
    QFETCH(int, threads);
    QFETCH(quint32, seed);
    QFETCH(int, spread);

    QRandomGenerator rng(seed);
    std::vector<Version> folder;
    Version base;
    for (int s = 0; s < sentences; ++s)
        base.push_back(newSentence(&rng, spread));
    folder.push_back(base);
    std::vector<Article> articles { toArticle(QStringLiteral("v0"), base) };
    for (int v = 1; v < versions; ++v) {
        // Each version derives from an earlier one, as wire copies do.
        folder.push_back(edit(folder[size_t(rng.bounded(v))], rate, spread, &rng));
        articles.push_back(toArticle(QStringLiteral("v%1").arg(v), folder.back()));
    }

    ComparisonOptions fast;
    fast.threads = threads;
    ComparisonOptions exhaustive = fast;
    exhaustive.exhaustiveRewording = true;
    const ComparisonOutcome got = Comparator(fast).compare(articles);
    const ComparisonOutcome expected = Comparator(exhaustive).compare(articles);
    QVERIFY(got.comparison);
    QVERIFY(expected.comparison);
    const ContainmentMatrix &a = got.comparison->containment;
    const ContainmentMatrix &b = expected.comparison->containment;
    QCOMPARE(a.size(), size_t(versions));
    QCOMPARE(b.size(), size_t(versions));
    int reworded = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        for (size_t j = 0; j < a.size(); ++j) {
            QCOMPARE(a[i][j].reworded, b[i][j].reworded);
            QCOMPARE(a[i][j].verbatim, b[i][j].verbatim);
            reworded += b[i][j].reworded > 0 ? 1 : 0;
        }
    }
    // The folders must exercise rewording, or the comparison proves nothing.
    if (versions > 2)
        QVERIFY2(reworded > 0, "no pair shares reworded text");
}

QTEST_GUILESS_MAIN(TestRewordedShares)
#include "tst_rewordedshares.moc"
