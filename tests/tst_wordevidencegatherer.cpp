#include "comparisonfixtures.h"
#include "comparisonoptions.h"
#include "flatdocument.h"
#include "lexicon.h"
#include "paircomparer.h"
#include "paraphrasescorer.h"
#include "termweights.h"
#include "testarticles.h"
#include "tokenizer.h"
#include "synonymdictionary.h"
#include "vocabulary.h"
#include "wordclassifier.h"
#include "wordevidencegatherer.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace WireDiff;

// WordEvidenceGatherer's sentence evidence: the TF-IDF cosine of each
// sentence of the other article to the closest of all base sentences, that
// sentence as the source, and the neighbours' cosine.
class TestWordEvidenceGatherer : public QObject
{
    Q_OBJECT

private slots:
    void closestSentence_data();
    void closestSentence();
    void neighbourCosine();
    void quotedWords_data();
    void quotedWords();
    void baseFrequency_data();
    void baseFrequency();
    void sameEvidenceOnAnyNumberOfThreads_data();
    void sameEvidenceOnAnyNumberOfThreads();
};

namespace {

// One paragraph per sentence, on different matters.
const QStringList base {
    QStringLiteral("The harbour authority approved a new breakwater for the fishing fleet on Tuesday."),
    QStringLiteral("Engineers estimate the granite wall will cost four million euros and take two years."),
    QStringLiteral("Local fishermen complained that winter storms had wrecked nine boats since January."),
    QStringLiteral("A public meeting about the plans is planned in the town library next month."),
};

// The pair stage as the Comparator runs it, keeping the classifier's
// evidence for the other article.
struct Pair
{
    Vocabulary vocabulary;
    std::unique_ptr<Lexicon> lexicon;
    FlatDocument baseFlat;
    FlatDocument otherFlat;
    std::unique_ptr<TermWeights> weights;
    PairAlignment alignment;
    std::vector<bool> capitalized;
    WordClassifier::Evidence evidence;

    explicit Pair(const QStringList &other, const QStringList &baseParagraphs = base)
    {
        const ComparisonOptions options;
        const Article a = TestArticles::make(QStringLiteral("base"), baseParagraphs);
        const Article b = TestArticles::make(QStringLiteral("other"), other);
        Tokenizer tokenizer(options, &vocabulary);
        const TokenizedArticle tokensA = tokenizer.tokenize(a.paragraphs, a.language);
        const TokenizedArticle tokensB = tokenizer.tokenize(b.paragraphs, b.language);
        lexicon = std::make_unique<Lexicon>(vocabulary, QStringLiteral("en"));
        baseFlat = FlatDocument::build(tokensA, a.paragraphs, *lexicon, options.ignorePunctuation);
        otherFlat = FlatDocument::build(tokensB, b.paragraphs, *lexicon, options.ignorePunctuation);
        weights = std::make_unique<TermWeights>(lexicon->stemCount());
        std::vector<qint32> stems;
        for (const FlatDocument *flat : { &baseFlat, &otherFlat }) {
            for (qint32 s = 0; s < qint32(flat->sentenceStarts.size()); ++s) {
                stems.clear();
                for (qint32 i = flat->sentenceStarts[size_t(s)]; i < flat->sentenceEnd(s); ++i)
                    stems.push_back(lexicon->stem(flat->keys[size_t(i)]));
                weights->addDocument(stems);
            }
        }
        const ParaphraseScorer scorer(vocabulary, *lexicon, *weights, nullptr);
        const PairComparer comparer(*lexicon, *weights, scorer, options);
        capitalized = WordClassifier::capitalized(otherFlat, tokensB, b.paragraphs);
        alignment = comparer.compare(baseFlat, otherFlat, capitalized, &evidence);
    }

    // The evidence gathered again from the compared pair's alignment, with
    // the features, by `workers` scorers on as many threads.
    WordClassifier::Evidence gathered(int workers, const SynonymDictionary *synonyms) const
    {
        std::vector<std::unique_ptr<ParaphraseScorer>> owned;
        std::vector<const ParaphraseScorer *> scorers;
        for (int w = 0; w < workers; ++w) {
            owned.push_back(std::make_unique<ParaphraseScorer>(vocabulary, *lexicon, *weights, synonyms));
            scorers.push_back(owned.back().get());
        }
        const Cancellation cancel;
        return WordEvidenceGatherer(*lexicon, *weights, scorers, cancel)
            .gather(baseFlat, otherFlat, alignment, capitalized, true);
    }

    // The features of the first word of sentence `s` the classifier has to decide.
    const WordClassifier::Features *openWord(qint32 s) const
    {
        for (qint32 j = otherFlat.sentenceStarts[size_t(s)]; j < otherFlat.sentenceEnd(s); ++j)
            if (const WordClassifier::Features *features = evidence.featuresOf(j))
                return features;
        return nullptr;
    }
};

} // namespace

void TestWordEvidenceGatherer::closestSentence_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<int>("source");     // expected base sentence, -1: none
    QTest::addColumn<double>("minimum"); // of the cosine
    QTest::addColumn<double>("maximum");
    QTest::newRow("the content words of one base sentence, reordered")
        << QStringLiteral("Nine boats were wrecked by winter storms since January, complained local fishermen.") << 2 << 0.8
        << 1.0;
    QTest::newRow("a rewording that keeps the rare words")
        << QStringLiteral("Building the granite wall should take two years at a price of four million euros.") << 1 << 0.4
        << 0.95;
    QTest::newRow("about something else") << QStringLiteral("Her sister sang at the cathedral choir festival.") << -1
                                          << 0.0 << 0.0;
}

void TestWordEvidenceGatherer::closestSentence()
{
    QFETCH(QString, sentence);
    QFETCH(int, source);
    QFETCH(double, minimum);
    QFETCH(double, maximum);
    // The sentence comes first, so the diff pairs nothing around it by order.
    const Pair pair({ sentence, base[3] });
    const WordClassifier::Features *features = pair.openWord(0);
    QVERIFY(features);
    const double cosine = (*features)[WordClassifier::BestCosine];
    QVERIFY2(cosine >= minimum && cosine <= maximum, qPrintable(QString::number(cosine)));
    if (source >= 0)
        QCOMPARE(pair.evidence.sources[0].best, source);
}

void TestWordEvidenceGatherer::neighbourCosine()
{
    // An unrelated sentence between two reworded ones takes the larger of
    // their cosines as its neighbours'; the first sentence has no previous.
    const Pair pair({ QStringLiteral("Nine boats were wrecked by winter storms since January, complained local fishermen."),
                      QStringLiteral("Her sister sang at the cathedral choir festival."),
                      QStringLiteral("Building the granite wall should take two years at a price of four million euros.") });
    const WordClassifier::Features *first = pair.openWord(0);
    const WordClassifier::Features *middle = pair.openWord(1);
    const WordClassifier::Features *last = pair.openWord(2);
    QVERIFY(first && middle && last);
    QCOMPARE((*middle)[WordClassifier::NeighbourCosine],
             std::max((*first)[WordClassifier::BestCosine], (*last)[WordClassifier::BestCosine]));
    QCOMPARE((*first)[WordClassifier::NeighbourCosine], (*middle)[WordClassifier::BestCosine]);
    QCOMPARE((*first)[WordClassifier::SentencePosition], 0.0);
    QCOMPARE((*last)[WordClassifier::SentencePosition], 1.0);
}

void TestWordEvidenceGatherer::quotedWords_data()
{
    // Words inside quotation marks are marked, the marks themselves and the
    // words outside are not; a paragraph starts outside any quote.
    QTest::addColumn<QStringList>("paragraphs");
    QTest::addColumn<QStringList>("quoted");
    QTest::newRow("straight double quotes")
        << QStringList { QStringLiteral("The skipper said \"we lost everything\" after the storm.") }
        << QStringList { QStringLiteral("we"), QStringLiteral("lost"), QStringLiteral("everything") };
    QTest::newRow("curly quotes")
        << QStringList { QStringLiteral("He called it \u201Ca disgrace\u201D on Monday.") }
        << QStringList { QStringLiteral("a"), QStringLiteral("disgrace") };
    QTest::newRow("single quotes of the tabloids, an apostrophe inside a word is not one")
        << QStringList { QStringLiteral("The mayor's aide said 'nothing more' yesterday.") }
        << QStringList { QStringLiteral("nothing"), QStringLiteral("more") };
    QTest::newRow("an unclosed quote ends with its paragraph")
        << QStringList { QStringLiteral("She said \"the town will pay."), QStringLiteral("Nobody else spoke at the meeting.") }
        << QStringList { QStringLiteral("the"), QStringLiteral("town"), QStringLiteral("will"), QStringLiteral("pay") };
}

void TestWordEvidenceGatherer::quotedWords()
{
    QFETCH(QStringList, paragraphs);
    QFETCH(QStringList, quoted);
    const Pair pair(paragraphs);
    QStringList found;
    for (qint32 j = 0; j < pair.otherFlat.size(); ++j) {
        if (pair.evidence.fixedClass[size_t(j)] != WordClassifier::Evidence::open)
            continue;
        if ((*pair.evidence.featuresOf(j))[WordClassifier::InQuote] > 0)
            found.append(pair.vocabulary.key(pair.otherFlat.keys[size_t(j)]).toString());
    }
    QCOMPARE(found, quoted);
}

void TestWordEvidenceGatherer::baseFrequency_data()
{
    QTest::addColumn<int>("occurrences"); // of the word in the base
    QTest::newRow("once") << 1;
    QTest::newRow("a few times") << 5;
    QTest::newRow("just under the top of the scale") << 62;
    QTest::newRow("at the top") << 63;
    QTest::newRow("over it") << 64;
    QTest::newRow("past a byte") << 300;
}

// BaseFrequency scales how often the base uses the word, log(1 + n) / log
// 64, up to 1; the count is kept in a byte that stops at 255 (copyruns.h).
void TestWordEvidenceGatherer::baseFrequency()
{
    QFETCH(int, occurrences);
    QStringList baseParagraphs;
    for (int k = 0; k < occurrences; ++k)
        baseParagraphs << QStringLiteral("The harbour is busy.");
    const Pair pair({ QStringLiteral("Her sister sang about a harbour at the cathedral festival.") }, baseParagraphs);
    const qint32 harbour = pair.vocabulary.find(QStringLiteral("harbour"));
    QVERIFY(harbour >= 0);
    const WordClassifier::Features *features = nullptr;
    for (qint32 j = 0; j < pair.otherFlat.size(); ++j) {
        if (pair.otherFlat.keys[size_t(j)] == harbour)
            features = pair.evidence.featuresOf(j);
    }
    QVERIFY(features);
    QCOMPARE((*features)[WordClassifier::BaseFrequency], std::min(1.0, std::log1p(occurrences) / std::log1p(63.0)));
}

void TestWordEvidenceGatherer::sameEvidenceOnAnyNumberOfThreads_data()
{
    QTest::addColumn<QStringList>("baseText");
    QTest::addColumn<QStringList>("otherText");
    QTest::addColumn<int>("workers");
    const ComparisonFixtures::EditedStory story = ComparisonFixtures::editedStory(40);
    QTest::newRow("edited story, 2 workers") << story.base << story.copy << 2;
    QTest::newRow("edited story, 3 workers") << story.base << story.copy << 3;
    QTest::newRow("edited story, 7 workers") << story.base << story.copy << 7;
    QTest::newRow("fewer sentences than ranges")
        << base << QStringList { base[2], QStringLiteral("Her sister sang at the cathedral choir festival."), base[0] } << 4;
}

void TestWordEvidenceGatherer::sameEvidenceOnAnyNumberOfThreads()
{
    QFETCH(QStringList, baseText);
    QFETCH(QStringList, otherText);
    QFETCH(int, workers);
    const std::shared_ptr<const SynonymDictionary> synonyms = SynonymDictionary::load();
    const Pair pair(otherText, baseText);
    const WordClassifier::Evidence one = pair.gathered(1, synonyms.get());
    const WordClassifier::Evidence many = pair.gathered(workers, synonyms.get());
    QVERIFY(one.openRows.count() > 0);
    QCOMPARE(many.openRows.count(), one.openRows.count());
    QCOMPARE(many.fixedClass, one.fixedClass);
    QCOMPARE(many.inBase, one.inBase);
    QCOMPARE(many.copySource, one.copySource);
    QCOMPARE(many.pureInsertion, one.pureInsertion);
    QVERIFY(many.probabilities == one.probabilities);
    QVERIFY(many.features == one.features);
    QCOMPARE(many.sources.size(), one.sources.size());
    for (size_t s = 0; s < one.sources.size(); ++s) {
        const WordClassifier::SourceSentence &x = many.sources[s];
        const WordClassifier::SourceSentence &y = one.sources[s];
        QCOMPARE(x.best, y.best);
        QCOMPARE(x.second, y.second);
        QVERIFY(x.probability == y.probability && x.cosine == y.cosine && x.contained == y.contained
                && x.containing == y.containing);
    }
}

QTEST_GUILESS_MAIN(TestWordEvidenceGatherer)
#include "tst_wordevidencegatherer.moc"
