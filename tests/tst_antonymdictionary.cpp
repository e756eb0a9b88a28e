#include "antonymdictionary.h"
#include "synonymdictionary.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace WireDiff;

// WordNet's antonym pointers as AntonymDictionary reads them from the
// mapped data files, with the synonyms' morphology.
class TestAntonymDictionary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void antonyms_data();
    void antonyms();
    void withoutDataFiles();

private:
    std::shared_ptr<const AntonymDictionary> m_antonyms;
};

void TestAntonymDictionary::initTestCase()
{
    m_antonyms = AntonymDictionary::load(SynonymDictionary::load());
    if (!m_antonyms)
        QSKIP("WordNet is not installed");
}

void TestAntonymDictionary::antonyms_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("expected");

    QTest::newRow("adverbs") << QStringLiteral("above") << QStringLiteral("below") << true;
    QTest::newRow("inflected verbs") << QStringLiteral("opened") << QStringLiteral("closed") << true;
    QTest::newRow("either order") << QStringLiteral("closed") << QStringLiteral("opened") << true;
    QTest::newRow("a prefixed verb filed under its stem") << QStringLiteral("reopened") << QStringLiteral("closed") << true;
    QTest::newRow("an antonym's superlative") << QStringLiteral("most") << QStringLiteral("few") << true;
    QTest::newRow("irregular past tenses") << QStringLiteral("won") << QStringLiteral("lost") << true;
    QTest::newRow("synonyms") << QStringLiteral("shut") << QStringLiteral("closed") << false;
    QTest::newRow("two forms of one word") << QStringLiteral("open") << QStringLiteral("opened") << false;
    QTest::newRow("unrelated words") << QStringLiteral("harbour") << QStringLiteral("closed") << false;
    QTest::newRow("a word WordNet lacks") << QStringLiteral("zzqx") << QStringLiteral("above") << false;
}

void TestAntonymDictionary::antonyms()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, expected);
    QCOMPARE(m_antonyms->areAntonyms(a, b), expected);
    // Asked again (the words are kept after the first lookup), the same
    // answer from the same words.
    const AntonymDictionary::Word first = m_antonyms->word(a);
    const AntonymDictionary::Word again = m_antonyms->word(a);
    QCOMPARE(again.lemmas, first.lemmas);
    QCOMPARE(again.antonyms, first.antonyms);
    QCOMPARE(AntonymDictionary::areAntonyms(m_antonyms->word(a), m_antonyms->word(b)), expected);
}

void TestAntonymDictionary::withoutDataFiles()
{
    QVERIFY(!AntonymDictionary::load(nullptr));
    // Index files alone give synonyms, not antonyms.
    const QTemporaryDir folder;
    QVERIFY(folder.isValid());
    for (const char *part : { "index.noun", "index.verb", "index.adj", "index.adv" })
        QVERIFY(QFile::copy(SynonymDictionary::defaultFolder() + QLatin1Char('/') + QLatin1String(part),
                            folder.filePath(QLatin1String(part))));
    const auto synonyms = SynonymDictionary::load(folder.path());
    QVERIFY(synonyms);
    QVERIFY(!AntonymDictionary::load(synonyms));
}

QTEST_GUILESS_MAIN(TestAntonymDictionary)
#include "tst_antonymdictionary.moc"
