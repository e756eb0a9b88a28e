#include "parallelrunner.h"
#include "synonymdictionary.h"
#include "synsetcache.h"
#include "vocabulary.h"

#include <QTest>

#include <vector>

using namespace WireDiff;

// SynsetCache hands out what the dictionary says of each key, however
// often and from however many threads it is asked.
class TestSynsetCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameAsTheDictionary_data();
    void sameAsTheDictionary();

private:
    std::shared_ptr<const SynonymDictionary> m_synonyms;
};

void TestSynsetCache::initTestCase()
{
    m_synonyms = SynonymDictionary::load();
    if (!m_synonyms)
        QSKIP("WordNet is not installed");
}

void TestSynsetCache::sameAsTheDictionary_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<int>("threads");
    const QStringList words { QStringLiteral("said"), QStringLiteral("stated"), QStringLiteral("deny"),
                              QStringLiteral("refused"), QStringLiteral("geese"), QStringLiteral("running"),
                              QStringLiteral("the"), QStringLiteral("xqzzv"), QStringLiteral("court"),
                              QStringLiteral("judge"), QStringLiteral("fire"), QStringLiteral("blaze") };
    QTest::newRow("one thread") << words << 1;
    QTest::newRow("four threads") << words << 4;
}

void TestSynsetCache::sameAsTheDictionary()
{
    QFETCH(QStringList, words);
    QFETCH(int, threads);
    Vocabulary vocabulary;
    std::vector<qint32> keys;
    for (const QString &word : std::as_const(words))
        keys.push_back(vocabulary.intern(word, TokenKind::Word));
    std::vector<std::vector<quint32>> expected;
    for (const qint32 key : keys)
        expected.push_back(m_synonyms->synsets(vocabulary.key(key)));
    QVERIFY(!expected.front().empty()); // "said" has senses: the rows compare real lists
    const SynsetCache cache(vocabulary, *m_synonyms);
    // Every key asked for many times, by all threads at once: the first
    // answer looks it up, the later ones read what was published.
    constexpr int rounds = 50;
    std::vector<int> wrong(size_t(rounds) * keys.size(), 0);
    ParallelRunner::forEach(rounds * int(keys.size()), threads, [&](int task, int) {
        const size_t k = size_t(task) % keys.size();
        wrong[size_t(task)] = cache.synsets(keys[k]) != expected[k];
    });
    QCOMPARE(std::count(wrong.begin(), wrong.end(), 1), 0);
    for (size_t k = 0; k < keys.size(); ++k)
        QCOMPARE(cache.synsets(keys[k]), expected[k]);
}

QTEST_GUILESS_MAIN(TestSynsetCache)
#include "tst_synsetcache.moc"
