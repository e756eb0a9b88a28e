#include "factterms.h"
#include "factwords.h"
#include "vocabulary.h"

#include <QTest>

using namespace WireDiff;

// FactWords answers, per vocabulary key, what FactTerms' word lists
// answer for the key's text: the scanner asks the table instead of the
// lists, so every answer must be the lists' own.
class TestFactWords : public QObject
{
    Q_OBJECT

private slots:
    void answersAsTheWordLists_data();
    void answersAsTheWordLists();
};

void TestFactWords::answersAsTheWordLists_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("numberWord");
    QTest::addColumn<QString>("abbreviated");
    QTest::addColumn<bool>("weekday");
    QTest::addColumn<bool>("month");
    QTest::addColumn<bool>("reporting");
    QTest::addColumn<bool>("connector");
    QTest::addColumn<bool>("stance");

    QTest::newRow("number word") << "twelve" << 12 << QString() << false << false << false << false << false;
    QTest::newRow("'one' is no number word") << "one" << -1 << QString() << false << false << false << false << false;
    QTest::newRow("abbreviated millions") << "40m" << -1 << "40000000" << false << false << false << false << false;
    QTest::newRow("abbreviated billions") << "2.5bn" << -1 << "2500000000" << false << false << false << false << false;
    QTest::newRow("weekday") << "monday" << -1 << QString() << true << false << false << false << false;
    QTest::newRow("German weekday") << "mittwoch" << -1 << QString() << true << false << false << false << false;
    QTest::newRow("month") << "march" << -1 << QString() << false << true << false << false << false;
    QTest::newRow("French month") << "août" << -1 << QString() << false << true << false << false << false;
    QTest::newRow("reporting verb") << "said" << -1 << QString() << false << false << true << false << false;
    QTest::newRow("name connector") << "de" << -1 << QString() << false << false << false << true << false;
    QTest::newRow("stance verb") << "denied" << -1 << QString() << false << false << false << false << true;
    QTest::newRow("another stance") << "refused" << -1 << QString() << false << false << false << false << true;
    QTest::newRow("plain word") << "harbour" << -1 << QString() << false << false << false << false << false;
    QTest::newRow("digits") << "1,200" << -1 << QString() << false << false << false << false << false;
}

void TestFactWords::answersAsTheWordLists()
{
    QFETCH(QString, key);
    QFETCH(int, numberWord);
    QFETCH(QString, abbreviated);
    QFETCH(bool, weekday);
    QFETCH(bool, month);
    QFETCH(bool, reporting);
    QFETCH(bool, connector);
    QFETCH(bool, stance);

    // Other keys around it, so the table is indexed by id, not by luck.
    Vocabulary vocabulary;
    vocabulary.intern(u"river", TokenKind::Word);
    const qint32 id = vocabulary.intern(key, TokenKind::Word);
    vocabulary.intern(u"tuesday", TokenKind::Word);
    const FactWords words(vocabulary);

    QCOMPARE(words.numberWordValue(id), numberWord);
    QCOMPARE(words.numberWordValue(id), FactTerms::numberWordValue(key));
    const QString *amount = words.abbreviatedAmount(id);
    QCOMPARE(amount ? *amount : QString(), abbreviated);
    QCOMPARE(amount ? *amount : QString(), FactTerms::abbreviatedAmount(key));
    QCOMPARE(words.isWeekday(id), weekday);
    QCOMPARE(words.isMonth(id), month);
    QCOMPARE(words.isCalendarWord(id), weekday || month);
    QCOMPARE(words.isReportingVerb(id), reporting);
    QCOMPARE(words.isNameConnector(id), connector);
    const QString *stanceClass = words.stance(id);
    QCOMPARE(stanceClass != nullptr, stance);
    QCOMPARE(stanceClass ? *stanceClass : QString(), FactTerms::stanceOf(key));
    QVERIFY(words.isWeekday(vocabulary.find(u"tuesday")));
    QVERIFY(!words.isWeekday(vocabulary.find(u"river")));
}

QTEST_APPLESS_MAIN(TestFactWords)

#include "tst_factwords.moc"
