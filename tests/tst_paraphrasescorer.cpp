#include "comparisonoptions.h"
#include "lexicon.h"
#include "paraphrasescorer.h"
#include "synonymdictionary.h"
#include "termweights.h"
#include "tokenizer.h"
#include "vocabulary.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

using namespace WireDiff;

// ParaphraseScorer::passes() decides most pairs from bounds of the features
// it has not computed; this holds it to the definition, probability() >=
// threshold, on every pair of each row's left and right sentences, with
// WordNet synonyms (where installed) and without, at fixed thresholds from
// the strictest to the loosest sensitivity and at thresholds equal to and
// one double either side of the pair's own probability. prepare()'s
// character grams are held to a plain sort of the grams of the sentence's
// words, in Latin and other scripts, below and above the length where it
// stops sorting by comparisons. relation() names the WordNet pointer that
// links two words, either way round, and none where they are synonyms,
// share a stem, are numbers or are unrelated.
class TestParaphraseScorer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesIsProbabilityAtThreshold_data();
    void passesIsProbabilityAtThreshold();
    void preparedGramsCounted_data();
    void preparedGramsCounted();
    void relation_data();
    void relation();

private:
    std::shared_ptr<const SynonymDictionary> m_synonyms;
};

namespace {

QStringList sentencesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression boundary(QStringLiteral("(?<=[.!?\"])\\s+|\\n+"));
    QStringList sentences = QString::fromUtf8(file.readAll()).split(boundary, Qt::SkipEmptyParts);
    for (QString &sentence : sentences)
        sentence = sentence.trimmed();
    sentences.removeAll(QString());
    return sentences;
}

// A sentence of `length` words drawn from a small vocabulary, so words
// repeat and sentences longer than 64 words reach the table fallbacks.
QString longSentence(int length, quint32 seed)
{
    static const QStringList words = QStringLiteral(
        "the minister council harbour budget railway storm village doctor said not never announced rejected "
        "approved 12 14 2019 flood rescue bridge levee river and of in on was were")
                                         .split(QLatin1Char(' '));
    QRandomGenerator rng(seed);
    QStringList out;
    for (int i = 0; i < length; ++i)
        out << words[int(rng.bounded(qint32(words.size())))];
    return out.join(QLatin1Char(' ')) + QLatin1Char('.');
}

// The first MRPC pairs, where the shared corpora are present.
void mrpcPairs(QStringList *left, QStringList *right, int count)
{
    QFile file(QStringLiteral(WIREDIFF_CORPORA_DIR "/mrpc-train/msr_paraphrase_train.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (qsizetype i = 1; i < lines.size() && left->size() < count; ++i) {
        const QStringList fields = lines[i].trimmed().split(QLatin1Char('\t'));
        if (fields.size() < 5)
            continue;
        *left << fields[3];
        *right << fields[4];
    }
}

std::vector<qint32> keysOf(Tokenizer *tokenizer, const QString &sentence)
{
    std::vector<qint32> keys;
    for (const Token &token : tokenizer->tokenize(sentence).tokens)
        keys.push_back(token.key);
    return keys;
}

} // namespace

void TestParaphraseScorer::initTestCase()
{
    m_synonyms = SynonymDictionary::load();
}

void TestParaphraseScorer::passesIsProbabilityAtThreshold_data()
{
    // Every left sentence is scored against every right one; `paired`
    // rows score left[i] against right[i] only.
    QTest::addColumn<QStringList>("left");
    QTest::addColumn<QStringList>("right");
    QTest::addColumn<bool>("paired");

    const auto row = [](const char *name, const QString &a, const QString &b) {
        QTest::newRow(name) << QStringList { a } << QStringList { b } << false;
    };
    row("identical", QStringLiteral("The minister announced the new budget on Tuesday."),
        QStringLiteral("The minister announced the new budget on Tuesday."));
    row("reworded", QStringLiteral("The minister announced the new budget on Tuesday."),
        QStringLiteral("On Tuesday, the new budget was unveiled by the minister."));
    row("reordered clauses", QStringLiteral("Rescue crews pulled 86 people from rooftops after the river burst its banks."),
        QStringLiteral("After the river burst its banks, rescue crews pulled 86 people from rooftops."));
    row("unrelated", QStringLiteral("Heavy rain flooded the coastal villages overnight."),
        QStringLiteral("The central bank raised interest rates by half a point."));
    row("negated", QStringLiteral("The company did confirm the merger with its rival."),
        QStringLiteral("The company did not confirm the merger with its rival."));
    row("numbers changed", QStringLiteral("Officials said 12 people were injured in 3 towns."),
        QStringLiteral("Officials said 15 people were injured in 4 towns."));
    row("synonyms", QStringLiteral("The judge refused the request of the defence."),
        QStringLiteral("The judge denied the appeal of the defense."));
    row("synonyms, said and stated", QStringLiteral("He said the plan was finished."),
        QStringLiteral("He stated the scheme was complete."));
    row("both empty", QString(), QString());
    row("one empty", QString(), QStringLiteral("Something happened."));
    row("punctuation only", QStringLiteral("..."), QStringLiteral("!?"));
    row("one word, same", QStringLiteral("Yes."), QStringLiteral("Yes."));
    row("one word, different", QStringLiteral("Yes"), QStringLiteral("No"));
    row("function words only", QStringLiteral("It was not the one that we had."),
        QStringLiteral("We had not been the ones that it was."));
    row("repeated words", QStringLiteral("very very very big news from the big big river"),
        QStringLiteral("big news, very big, from the river river river"));
    row("word inserted", QStringLiteral("The river peaked at 6.4 metres at the Harbour Road gauge."),
        QStringLiteral("The river peaked at 6.4 metres early on at the Harbour Road gauge."));
    row("very long, edited", longSentence(150, 1), longSentence(140, 1) + QStringLiteral(" The levee broke."));
    row("very long, unrelated", longSentence(120, 2), longSentence(90, 3));
    row("very long against short", longSentence(200, 4), QStringLiteral("The minister said the bridge was closed."));

    QStringList generated;
    for (quint32 seed = 10; seed < 40; ++seed)
        generated << longSentence(4 + int(seed % 40), seed);
    QTest::newRow("generated, all against all") << generated << generated << false;

    // Real sentences: a wire story against its light edit, its rewrite and
    // its machine translation, every sentence against every other.
    const QString samples = QStringLiteral(WIREDIFF_SOURCE_DIR "/resources/samples/");
    const QStringList agency = sentencesOf(samples + QStringLiteral("01-agency.txt"));
    QVERIFY(agency.size() > 10);
    for (const char *other : { "02-light-edit.txt", "03-rewrite.txt", "06-machine-translated.txt" }) {
        const QStringList sentences = sentencesOf(samples + QLatin1String(other));
        QVERIFY(sentences.size() > 10);
        QTest::newRow(qPrintable(QStringLiteral("samples: 01-agency.txt against ") + QLatin1String(other)))
            << agency << sentences << false;
    }

    QStringList mrpcLeft, mrpcRight;
    mrpcPairs(&mrpcLeft, &mrpcRight, 1500);
    if (!mrpcLeft.isEmpty())
        QTest::newRow("MRPC training pairs") << mrpcLeft << mrpcRight << true;
}

void TestParaphraseScorer::passesIsProbabilityAtThreshold()
{
    QFETCH(QStringList, left);
    QFETCH(QStringList, right);
    QFETCH(bool, paired);

    Vocabulary vocabulary;
    Tokenizer tokenizer(ComparisonOptions {}, &vocabulary);
    tokenizer.setLanguage(QStringLiteral("en"));
    std::vector<std::vector<qint32>> leftKeys, rightKeys;
    for (const QString &sentence : left)
        leftKeys.push_back(keysOf(&tokenizer, sentence));
    for (const QString &sentence : right)
        rightKeys.push_back(keysOf(&tokenizer, sentence));
    // The lexicon covers the vocabulary as it is when it is made.
    const Lexicon lexicon(vocabulary, QStringLiteral("en"));
    TermWeights weights(lexicon.stemCount());
    std::vector<qint32> stems;
    for (const auto *side : { &leftKeys, &rightKeys }) {
        for (const std::vector<qint32> &keys : *side) {
            stems.clear();
            for (const qint32 key : keys)
                stems.push_back(lexicon.stem(key));
            weights.addDocument(stems);
        }
    }

    const std::vector<double> fixed { 0.05,
                                      ParaphraseScorer::threshold(1.0),
                                      0.35,
                                      0.5103,
                                      ParaphraseScorer::threshold(0.0),
                                      0.95,
                                      1e-9,
                                      1 - 1e-6,
                                      1 - 1e-7 };
    std::vector<const SynonymDictionary *> dictionaries { nullptr };
    if (m_synonyms)
        dictionaries.push_back(m_synonyms.get());
    qint64 checked = 0, passed = 0;
    QString mismatch; // the first pair and threshold where passes() is wrong
    for (const SynonymDictionary *synonyms : dictionaries) {
        const ParaphraseScorer scorer(vocabulary, lexicon, weights, synonyms);
        std::vector<ParaphraseScorer::Sentence> a, b;
        for (const auto &keys : leftKeys)
            a.push_back(scorer.prepare(keys));
        for (const auto &keys : rightKeys)
            b.push_back(scorer.prepare(keys));
        const auto check = [&](size_t i, size_t j) {
            const double p = scorer.probability(a[i], b[j]);
            std::vector<double> thresholds = fixed;
            thresholds.insert(thresholds.end(), { p, std::nextafter(p, 0.0), std::nextafter(p, 1.0) });
            for (const double threshold : thresholds) {
                const bool expected = p >= threshold;
                if (scorer.passes(a[i], b[j], threshold) != expected && mismatch.isEmpty()) {
                    mismatch = QStringLiteral("%1 | %2: probability %3, threshold %4, synonyms %5")
                                   .arg(left[qsizetype(i)], right[qsizetype(j)])
                                   .arg(p, 0, 'g', 17)
                                   .arg(threshold, 0, 'g', 17)
                                   .arg(synonyms ? QStringLiteral("on") : QStringLiteral("off"));
                }
                ++checked;
                passed += expected;
            }
        };
        for (size_t i = 0; i < a.size(); ++i) {
            if (paired) {
                check(i, i);
                continue;
            }
            for (size_t j = 0; j < b.size(); ++j)
                check(i, j);
        }
    }
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QVERIFY(checked > 0);
    // Each row's thresholds include the pair's own probability, which it passes.
    QVERIFY(passed > 0);
}

void TestParaphraseScorer::preparedGramsCounted_data()
{
    QTest::addColumn<QString>("sentence");

    QTest::newRow("short, Latin") << QStringLiteral("The ferry crossed the lake.");
    QTest::newRow("long, Latin") << longSentence(60, 3);
    QTest::newRow("long, accents") << QStringLiteral("Le ministère a annoncé que la société bâtira un pont "
                                                     "au-dessus de la rivière près du château d'Aigremont, "
                                                     "à côté de l'église Saint-Étienne, où les élèves étaient.");
    QTest::newRow("long, Greek") << QStringLiteral("Το υπουργείο ανακοίνωσε ότι η εταιρεία θα χτίσει μια γέφυρα "
                                                   "πάνω από τον ποταμό κοντά στο κάστρο και την εκκλησία.");
    QTest::newRow("long, Cyrillic") << QStringLiteral("Министерство объявило, что компания построит мост через "
                                                      "реку возле замка и церкви, где учились школьники.");
    QTest::newRow("long, mixed scripts") << QStringLiteral("Officials in Αθήνα and Москва said the 東京 talks on "
                                                           "trade, tariffs and shipping would resume in März, "
                                                           "naïvely hoping for progress. 北京 declined to comment.");
}

void TestParaphraseScorer::preparedGramsCounted()
{
    QFETCH(QString, sentence);
    Vocabulary vocabulary;
    Tokenizer tokenizer(ComparisonOptions {}, &vocabulary);
    const std::vector<qint32> keys = keysOf(&tokenizer, sentence);
    const Lexicon lexicon(vocabulary, QStringLiteral("en"));
    const TermWeights weights(lexicon.stemCount());
    const ParaphraseScorer scorer(vocabulary, lexicon, weights);
    // The reference: each word padded with a space either side, every four
    // consecutive UTF-16 units packed into one value, sorted plainly.
    std::vector<quint64> grams;
    for (const qint32 key : keys) {
        if (lexicon.isPunctuation(key))
            continue;
        const QString padded = QLatin1Char(' ') + vocabulary.key(key).toString() + QLatin1Char(' ');
        for (qsizetype i = 0; i + 4 <= padded.size(); ++i) {
            quint64 gram = 0;
            for (qsizetype k = i; k < i + 4; ++k)
                gram = (gram << 16) | padded.at(k).unicode();
            grams.push_back(gram);
        }
    }
    std::sort(grams.begin(), grams.end());
    std::vector<quint64> distinct;
    std::vector<qint32> counts;
    for (const quint64 gram : grams) {
        if (!distinct.empty() && distinct.back() == gram) {
            ++counts.back();
        } else {
            distinct.push_back(gram);
            counts.push_back(1);
        }
    }
    const ParaphraseScorer::Sentence prepared = scorer.prepare(keys);
    QCOMPARE(prepared.grams, distinct);
    QCOMPARE(prepared.gramCounts, counts);
}

void TestParaphraseScorer::relation_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("kinds");
    const int derived = SynonymDictionary::Derived;
    const int broader = SynonymDictionary::Broader;
    const int narrower = SynonymDictionary::Narrower;
    const int similar = SynonymDictionary::Similar;
    QTest::newRow("verb and its noun") << QStringLiteral("jailed") << QStringLiteral("imprisonment") << derived;
    QTest::newRow("noun and its verb") << QStringLiteral("imprisonment") << QStringLiteral("jailed") << derived;
    QTest::newRow("kind and its kind of") << QStringLiteral("jury") << QStringLiteral("body") << broader;
    QTest::newRow("kind of and its kind") << QStringLiteral("body") << QStringLiteral("jury") << narrower;
    QTest::newRow("similar adjectives") << QStringLiteral("huge") << QStringLiteral("large") << similar;
    QTest::newRow("synonyms are no relation") << QStringLiteral("refused") << QStringLiteral("denied") << 0;
    QTest::newRow("one stem is no relation") << QStringLiteral("jailed") << QStringLiteral("jailing") << 0;
    QTest::newRow("unrelated") << QStringLiteral("jury") << QStringLiteral("banana") << 0;
    QTest::newRow("numbers") << QStringLiteral("12") << QStringLiteral("twelve") << 0;
}

void TestParaphraseScorer::relation()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, kinds);
    if (!m_synonyms)
        QSKIP("WordNet is not installed");
    Vocabulary vocabulary;
    const qint32 keyA = vocabulary.intern(a, TokenKind::Word);
    const qint32 keyB = vocabulary.intern(b, TokenKind::Word);
    const Lexicon lexicon(vocabulary, QStringLiteral("en"));
    const TermWeights weights(lexicon.stemCount());
    const ParaphraseScorer scorer(vocabulary, lexicon, weights, m_synonyms.get());
    QCOMPARE(int(scorer.relation(keyA, keyB)), kinds);
    // The dictionary's list is what the scorer reads.
    const std::vector<SynonymDictionary::Related> related = m_synonyms->related(a);
    QVERIFY(std::is_sorted(related.begin(), related.end(), [](const auto &x, const auto &y) { return x.synset < y.synset; }));
    // Without WordNet nothing is related.
    const ParaphraseScorer withoutWordNet(vocabulary, lexicon, weights);
    QCOMPARE(int(withoutWordNet.relation(keyA, keyB)), 0);
}

QTEST_GUILESS_MAIN(TestParaphraseScorer)
#include "tst_paraphrasescorer.moc"
