#include "comparisonfixtures.h"
#include "paircomparer.h"
#include "reportwriter.h"
#include "synonymdictionary.h"
#include "testarticles.h"
#include "usermessages.h"

#include <QTest>

#include <algorithm>

using namespace WireDiff;
using namespace WireDiff::ComparisonFixtures;

// Whole comparisons word by word: every token in a span, the change
// classes, punctuation with its words, the choice of base, containment and
// cancelling.
class TestComparator : public QObject
{
    Q_OBJECT

private slots:
    void spansCoverEveryToken_data();
    void spansCoverEveryToken();
    void classifiesWords_data();
    void classifiesWords();
    void punctuationGoesWithItsWords_data();
    void punctuationGoesWithItsWords();
    void choosesBase_data();
    void choosesBase();
    void reportsUnknownBase();
    void saysWhenNothingIsCompared_data();
    void saysWhenNothingIsCompared();
    void containmentIsAsymmetric();
    void cancelStopsTheRun();
    void sameResultOnAnyNumberOfThreads_data();
    void sameResultOnAnyNumberOfThreads();
};

void TestComparator::spansCoverEveryToken_data()
{
    QTest::addColumn<QStringList>("other");
    QTest::newRow("light edit") << replaced(story, 1, QStringLiteral(
        "The blaze began soon after nine in the evening, the regional fire service said, and was under "
        "control by four in the morning."));
    QTest::newRow("reorder") << QStringList { story[3], story[0], story[1], story[2], story[4] };
    QTest::newRow("unrelated") << QStringList { QStringLiteral("Completely different words about the weather, "
                                                               "which was mild and dry across the coast.") };
    QTest::newRow("non-latin and emoji") << QStringList { QStringLiteral("Пожарные в Варене 🔥 тушили склад."),
                                                          QStringLiteral("消防队员扑灭了仓库大火。") };
}

void TestComparator::spansCoverEveryToken()
{
    QFETCH(QStringList, other);
    const Comparison comparison = comparePair(story, other);
    const ArticleComparison &pair = comparison.comparisonFor(1);
    for (const auto &[article, spans] : { std::pair { 0, &pair.baseSpans }, std::pair { 1, &pair.otherSpans } }) {
        const auto &paragraphs = comparison.articles[size_t(article)].paragraphs;
        std::vector<std::vector<bool>> covered(paragraphs.size());
        for (size_t p = 0; p < paragraphs.size(); ++p)
            covered[p].assign(size_t(paragraphs[p].text.size()), false);
        for (const DiffSpan &span : *spans) {
            QVERIFY(span.start < span.end);
            for (qint32 i = span.start; i < span.end; ++i) {
                QVERIFY2(!covered[size_t(span.paragraph)][size_t(i)], "spans overlap");
                covered[size_t(span.paragraph)][size_t(i)] = true;
            }
        }
        for (size_t p = 0; p < paragraphs.size(); ++p) {
            for (qsizetype i = 0; i < paragraphs[p].text.size(); ++i) {
                const QChar c = paragraphs[p].text.at(i);
                if (c.isLetterOrNumber())
                    QVERIFY2(covered[p][size_t(i)], qPrintable(QStringLiteral("uncovered '%1' in paragraph %2 of article %3")
                                                                     .arg(c).arg(p).arg(article)));
            }
        }
    }
}

void TestComparator::classifiesWords_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QString>("word");       // a word of `other` (or of `base` for removed)
    QTest::addColumn<bool>("inBase");
    QTest::addColumn<ChangeClass>("expected");

    const QString sentence = QStringLiteral("The mayor of Varen announced on Tuesday that the bridge over the "
                                            "river would reopen to traffic next month.");
    QTest::newRow("unchanged word is same") << sentence << sentence << "bridge" << false << ChangeClass::Same;
    QTest::newRow("inserted word is added")
        << sentence << QStringLiteral("The mayor of Varen announced on Tuesday that the old stone bridge over the "
                                      "river would reopen to traffic next month.")
        << "stone" << false << ChangeClass::Added;
    QTest::newRow("deleted word is removed")
        << sentence << QStringLiteral("The mayor of Varen announced on Tuesday that the bridge would reopen to "
                                      "traffic next month.")
        << "river" << true << ChangeClass::Removed;
    QTest::newRow("inflected form is paraphrased")
        << sentence << QStringLiteral("The mayor of Varen announces on Tuesday that the bridge over the "
                                      "river would reopen to traffic next month.")
        << "announces" << false << ChangeClass::Paraphrased;
    // The word looked up is the last occurrence: here the closing full stop,
    // which the diff pairs with the base's but which ends new text.
    const QString twoSentences = sentence + QStringLiteral(" Engineers found no damage to the piers after the flood.");
    QTest::newRow("full stop after a replaced sentence is added")
        << twoSentences
        << sentence + QStringLiteral(" Lorries will be kept away until a crane has lifted the old railings out.")
        << "." << false << ChangeClass::Added;
    QTest::newRow("full stop after an unchanged sentence is same")
        << twoSentences << twoSentences << "." << false << ChangeClass::Same;
}

void TestComparator::classifiesWords()
{
    QFETCH(QString, base);
    QFETCH(QString, other);
    QFETCH(QString, word);
    QFETCH(bool, inBase);
    QFETCH(ChangeClass, expected);
    const Comparison comparison = comparePair({ base }, { other });
    const qint32 article = inBase ? 0 : 1;
    const QString &text = comparison.articles[size_t(article)].paragraphs[0].text;
    const qint32 at = qint32(text.lastIndexOf(word));
    QVERIFY(at >= 0);
    for (const DiffSpan &span : comparison.spansOf(article, 1)) {
        if (span.start <= at && at < span.end) {
            QCOMPARE(span.changeClass, expected);
            return;
        }
    }
    QFAIL("word not covered by any span");
}

void TestComparator::punctuationGoesWithItsWords_data()
{
    QTest::addColumn<QStringList>("base");
    QTest::addColumn<QStringList>("other");
    QTest::addColumn<QList<int>>("articles"); // 0 base, 1 other
    QTest::addColumn<QList<int>>("whole"); // paragraphs of those wholly of one class
    QTest::addColumn<ChangeClass>("expected");

    const QString extra = QStringLiteral("Engineers estimate the repairs will take at least four years and cost "
                                         "about 120 million euros.");
    // The diff paired the full stop of one swapped paragraph with the
    // other's, so each moved paragraph ended in a full stop marked same.
    const QString repairs = QStringLiteral("Engineers estimate the repairs will take several years and cost "
                                           "about 120 million euros.");
    QTest::newRow("a moved paragraph's full stop moves with it")
        << QStringList { story[0], story[1], story[2], repairs, story[4] }
        << QStringList { story[0], repairs, story[2], story[1], story[4] } << QList<int> { 0, 1 } << QList<int> { 1, 3 }
        << ChangeClass::Moved;
    // The diff matched the repeat with the base; the first copy's words
    // find their base words taken, and its commas and full stop go with them.
    QTest::newRow("the marks of a repeated paragraph are added with it")
        << story.mid(0, 3) << QStringList { story[0], story[1], extra, story[1], story[2] } << QList<int> { 1 }
        << QList<int> { 1 } << ChangeClass::Added;
}

void TestComparator::punctuationGoesWithItsWords()
{
    QFETCH(QStringList, base);
    QFETCH(QStringList, other);
    QFETCH(QList<int>, articles);
    QFETCH(QList<int>, whole);
    QFETCH(ChangeClass, expected);
    const Comparison comparison = comparePair(base, other);
    for (const qint32 article : articles) {
        for (const int paragraph : whole) {
            if (article == 0 && paragraph >= base.size())
                continue;
            const QString &text = comparison.articles[size_t(article)].paragraphs[size_t(paragraph)].text;
            for (const DiffSpan &span : comparison.spansOf(article, 1)) {
                if (span.paragraph != paragraph)
                    continue;
                QVERIFY2(span.changeClass == expected,
                         qPrintable(QStringLiteral("article %1 paragraph %2: \"%3\" is %4").arg(article).arg(paragraph)
                                        .arg(text.mid(span.start, span.end - span.start), changeClassName(span.changeClass))));
            }
        }
    }
}

void TestComparator::choosesBase_data()
{
    QTest::addColumn<QStringList>("agencyCopies"); // ids read as an agency's wire format
    QTest::addColumn<bool>("digest"); // also a file of three versions one after the other
    QTest::addColumn<QString>("expected");

    // The original is what every other version copies from.
    QTest::newRow("shares most") << QStringList() << false << QStringLiteral("original");
    // A cut of the story in the agency's format: what the outlets worked
    // from, though the fuller original shares more.
    QTest::newRow("agency copy, cut") << QStringList { QStringLiteral("cut") } << false << QStringLiteral("cut");
    QTest::newRow("agency copy, padded") << QStringList { QStringLiteral("padded") } << false
                                         << QStringLiteral("padded");
    // Of two agency copies, the one that shares most.
    QTest::newRow("two agency copies") << QStringList { QStringLiteral("cut"), QStringLiteral("original") } << false
                                       << QStringLiteral("original");
    // Another story's wire belongs to no one here.
    QTest::newRow("other story's wire") << QStringList { QStringLiteral("other-story") } << false
                                        << QStringLiteral("original");
    // A digest holds every version whole and so shares most with them; it
    // repeats them, and is passed over with a notice.
    QTest::newRow("shares most, beside a digest") << QStringList() << true << QStringLiteral("original");
    QTest::newRow("agency copy, beside a digest") << QStringList { QStringLiteral("cut") } << true
                                                  << QStringLiteral("cut");
}

void TestComparator::choosesBase()
{
    QFETCH(QStringList, agencyCopies);
    QFETCH(bool, digest);
    QFETCH(QString, expected);

    QStringList padded = story;
    padded.append(QStringLiteral("The town council will meet on Monday to discuss compensation for the "
                                 "families who spent the night in the school gym."));
    const QStringList rewritten = replaced(story, 0, QStringLiteral("A timber warehouse near Varen's railway station "
                                                                    "burned down overnight on Thursday."));
    std::vector<Article> articles { TestArticles::make(QStringLiteral("cut"), story.mid(0, 3)),
                                    TestArticles::make(QStringLiteral("padded"), padded),
                                    TestArticles::make(QStringLiteral("original"), story),
                                    TestArticles::make(QStringLiteral("rewritten"), rewritten),
                                    TestArticles::make(QStringLiteral("other-story"), TestArticles::bridgeStory()) };
    if (digest)
        articles.push_back(TestArticles::make(QStringLiteral("digest"), story + padded + rewritten));
    for (Article &article : articles) {
        if (agencyCopies.contains(article.id))
            article.format = ArticleFormat::PressAssociationWire;
    }
    const Comparison comparison = compareArticles(std::move(articles));
    QCOMPARE(comparison.articles[size_t(comparison.base)].id, expected);
    const bool noticed = std::any_of(comparison.notices.cbegin(), comparison.notices.cend(), [](const QString &notice) {
        return notice.startsWith(QLatin1String("digest holds all of"));
    });
    QCOMPARE(noticed, digest);
}

void TestComparator::reportsUnknownBase()
{
    ComparisonOptions options;
    options.baseId = QStringLiteral("nonexistent");
    const ComparisonOutcome outcome = Comparator(options).compare({ TestArticles::make(QStringLiteral("a"), story),
                                                                    TestArticles::make(QStringLiteral("b"), story) });
    QVERIFY(!outcome.comparison);
    QVERIFY(outcome.error.contains(QLatin1String("nonexistent")));
    QVERIFY(!outcome.cancelled);
}

void TestComparator::saysWhenNothingIsCompared_data()
{
    QTest::addColumn<qint32>("articles");
    QTest::addColumn<bool>("notice");

    QTest::newRow("one article") << 1 << true;
    QTest::newRow("two articles") << 2 << false;
    QTest::newRow("three articles") << 3 << false;
}

void TestComparator::saysWhenNothingIsCompared()
{
    QFETCH(qint32, articles);
    QFETCH(bool, notice);
    std::vector<Article> versions;
    for (qint32 a = 0; a < articles; ++a)
        versions.push_back(TestArticles::make(QStringLiteral("v%1").arg(a), story));
    const Comparison comparison = compareArticles(versions);
    QCOMPARE(comparison.notices.contains(UserMessages::text(UserMessage::OnlyOneArticle)), notice);
    // A lone article has no claims of its own: nothing is "in no other source".
    for (const std::vector<bool> &unique : comparison.unique)
        QVERIFY(std::none_of(unique.begin(), unique.end(), [](bool u) { return u; }));
}

void TestComparator::containmentIsAsymmetric()
{
    QStringList half = story.mid(0, 2);
    const Comparison comparison = compareArticles({ TestArticles::make(QStringLiteral("full"), story),
                                                    TestArticles::make(QStringLiteral("half"), half) });
    // All of "half" is found in "full"; only part of "full" in "half".
    QVERIFY(comparison.containment[1][0].verbatim > 0.95);
    QVERIFY(comparison.containment[0][1].verbatim < 0.6);
    QVERIFY(comparison.containment[0][1].verbatim > 0.2);
}

void TestComparator::cancelStopsTheRun()
{
    const Cancellation cancel = Cancellation::create();
    cancel.cancel();
    const ComparisonOutcome outcome = Comparator().compare({ TestArticles::make(QStringLiteral("a"), story),
                                                             TestArticles::make(QStringLiteral("b"), story) }, cancel);
    QVERIFY(outcome.cancelled);
    QVERIFY(!outcome.comparison);
}

void TestComparator::sameResultOnAnyNumberOfThreads_data()
{
    QTest::addColumn<QList<QStringList>>("articles"); // the first is the base
    QTest::addColumn<int>("threads");
    QTest::addColumn<bool>("synonyms");
    QTest::addColumn<bool>("reversals"); // whether the large pair holds reversed statements
    // Large enough for the pair's evidence to be gathered on several threads.
    const EditedStory large = editedStory(320);
    QVERIFY(large.copy.join(u' ').count(u' ') > PairComparer::minParallelTokens);
    const EditedStory other = editedStory(320, 11);
    // Every fourth paragraph as the base has it but for one verb swapped
    // for its antonym: statements reversed all through the text.
    QStringList reversed = large.copy;
    for (qsizetype p = 0; p < reversed.size(); p += 4) {
        for (const auto &[from, to] : { std::pair { u" opened ", u" closed " }, std::pair { u" approved ", u" rejected " } }) {
            const qsizetype at = large.base[p].indexOf(QStringView(from));
            if (at >= 0) {
                reversed[p] = QString(large.base[p]).replace(at, QStringView(from).size(), QStringView(to).toString());
                break;
            }
        }
    }
    QTest::newRow("large pair, 2 threads") << QList<QStringList> { large.base, large.copy } << 2 << false << false;
    QTest::newRow("large pair, 3 threads") << QList<QStringList> { large.base, large.copy } << 3 << false << false;
    QTest::newRow("large pair, 2 threads, WordNet") << QList<QStringList> { large.base, large.copy } << 2 << true << false;
    QTest::newRow("large pair, 5 threads, WordNet") << QList<QStringList> { large.base, large.copy } << 5 << true << false;
    QTest::newRow("large pair with reversed statements, 2 threads, WordNet")
        << QList<QStringList> { large.base, reversed } << 2 << true << true;
    QTest::newRow("large pair with reversed statements, 3 threads, WordNet")
        << QList<QStringList> { large.base, reversed } << 3 << true << true;
    QTest::newRow("three articles, 4 threads")
        << QList<QStringList> { large.base, large.copy, other.copy } << 4 << true << false;
    // Either side of the size below which a comparison runs on one thread.
    const auto characters = [](const EditedStory &pair) { return (pair.base + pair.copy).join(QString()).size(); };
    int paragraphs = 1;
    while (characters(editedStory(paragraphs + 1)) < Comparator::minParallelCharacters)
        ++paragraphs;
    const EditedStory below = editedStory(paragraphs), above = editedStory(paragraphs + 1);
    QVERIFY(characters(below) < Comparator::minParallelCharacters);
    QVERIFY(characters(above) >= Comparator::minParallelCharacters);
    QTest::newRow("pair just below the one-thread size, 2 threads")
        << QList<QStringList> { below.base, below.copy } << 2 << true << false;
    QTest::newRow("pair just above the one-thread size, 2 threads")
        << QList<QStringList> { above.base, above.copy } << 2 << true << false;
    QTest::newRow("small pair, 2 threads")
        << QList<QStringList> { story, replaced(story, 1, QStringLiteral("The blaze began after nine.")) } << 2 << true
        << false;
}

void TestComparator::sameResultOnAnyNumberOfThreads()
{
    QFETCH(QList<QStringList>, articles);
    QFETCH(int, threads);
    QFETCH(bool, synonyms);
    QFETCH(bool, reversals);
    const std::shared_ptr<const SynonymDictionary> dictionary = synonyms ? SynonymDictionary::load() : nullptr;
    if (synonyms && !dictionary)
        QSKIP("WordNet is not installed");
    const auto compare = [&](int threadCount) {
        ComparisonOptions options;
        options.threads = threadCount;
        options.baseId = QStringLiteral("a");
        std::vector<Article> set;
        for (qsizetype a = 0; a < articles.size(); ++a)
            set.push_back(TestArticles::make(QString(QLatin1Char(char('a' + a))), articles[a]));
        ComparisonOutcome outcome = Comparator(options, dictionary).compare(std::move(set));
        if (!outcome.comparison)
            qFatal("comparison failed: %s", qPrintable(outcome.error));
        return std::move(*outcome.comparison);
    };
    const Comparison one = compare(1);
    // The large pair holds changed facts and paraphrases, which the threads share out too;
    // with WordNet, reversed statements too ("opened" for "closed"), which the fact
    // check's ranges of claims look for side by side.
    for (const ArticleComparison &pair : one.comparisons) {
        if (pair.isValid() && pair.other == 1 && articles[1].size() > 100) {
            QVERIFY(pair.factChanges.size() > 10);
            QVERIFY(one.counts[size_t(pair.other)].paraphrased > 100);
            const auto meaning = std::count_if(pair.factChanges.begin(), pair.factChanges.end(),
                                               [](const FactChange &change) { return change.kind == FactKind::Meaning; });
            if (reversals)
                QVERIFY(meaning > 3);
        }
    }
    QCOMPARE(ReportWriter::toBytes(compare(threads)), ReportWriter::toBytes(one));
}

QTEST_GUILESS_MAIN(TestComparator)
#include "tst_comparator.moc"
