#include "factterms.h"
#include "factunits.h"
#include "factwords.h"
#include "nametitles.h"
#include "paragraph.h"
#include "token.h"
#include "tokenizer.h"
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
    void readsHowTextsWriteAWord_data();
    void readsHowTextsWriteAWord();
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
    QTest::addColumn<bool>("title");
    QTest::addColumn<bool>("pronoun");
    QTest::addColumn<QString>("unitAmount"); // "number unit", empty when the key is none

    QTest::newRow("number word") << "twelve" << 12 << QString() << false << false << false << false << false << false << false << QString();
    QTest::newRow("'one' is no number word") << "one" << -1 << QString() << false << false << false << false << false << false << false << QString();
    QTest::newRow("abbreviated millions") << "40m" << -1 << "40000000" << false << false << false << false << false << false << false << QString();
    QTest::newRow("abbreviated billions") << "2.5bn" << -1 << "2500000000" << false << false << false << false << false << false << false << QString();
    QTest::newRow("weekday") << "monday" << -1 << QString() << true << false << false << false << false << false << false << QString();
    QTest::newRow("German weekday") << "mittwoch" << -1 << QString() << true << false << false << false << false << false << false << QString();
    QTest::newRow("month") << "march" << -1 << QString() << false << true << false << false << false << false << false << QString();
    QTest::newRow("French month") << "août" << -1 << QString() << false << true << false << false << false << false << false << QString();
    QTest::newRow("reporting verb") << "said" << -1 << QString() << false << false << true << false << false << false << false << QString();
    QTest::newRow("name connector") << "de" << -1 << QString() << false << false << false << true << false << false << false << QString();
    QTest::newRow("stance verb") << "denied" << -1 << QString() << false << false << false << false << true << false << false << QString();
    QTest::newRow("another stance") << "refused" << -1 << QString() << false << false << false << false << true << false << false << QString();
    QTest::newRow("plain word") << "harbour" << -1 << QString() << false << false << false << false << false << false << false << QString();
    QTest::newRow("digits") << "1,200" << -1 << QString() << false << false << false << false << false << false << false << QString();
    QTest::newRow("rank") << "sgt" << -1 << QString() << false << false << false << false << false << true << false << QString();
    QTest::newRow("rank written out") << "inspector" << -1 << QString() << false << false << false << false << false << true << false << QString();
    QTest::newRow("courtesy title") << "miss" << -1 << QString() << false << false << false << false << false << true << false << QString();
    QTest::newRow("speaker pronoun") << "she" << -1 << QString() << false << false << false << false << false << false << true << QString();
    QTest::newRow("stone written on") << "22st" << -1 << QString() << false << false << false << false << false << false << false << "22 weight:stone";
    QTest::newRow("feet written on") << "5ft" << -1 << QString() << false << false << false << false << false << false << false << "5 length:foot";
    QTest::newRow("kilometres written on") << "10km" << -1 << QString() << false << false << false << false << false << false << false << "10 length:kilometre";
    QTest::newRow("an ordinal is no stone") << "21st" << -1 << QString() << false << false << false << false << false << false << false << QString();
    QTest::newRow("eleven stone") << "11st" << -1 << QString() << false << false << false << false << false << false << false << "11 weight:stone";
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
    QFETCH(bool, title);
    QFETCH(bool, pronoun);
    QFETCH(QString, unitAmount);

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
    QCOMPARE(words.isTitle(id), title);
    QCOMPARE(words.isTitle(id), NameTitles::isTitle(key));
    QCOMPARE(words.isSpeakerPronoun(id), pronoun);
    QCOMPARE(words.isSpeakerPronoun(id), FactTerms::isSpeakerPronoun(key));
    const FactWords::UnitAmount *unitOfKey = words.unitAmount(id);
    QCOMPARE(unitOfKey ? unitOfKey->number + QLatin1Char(' ') + unitOfKey->unit : QString(), unitAmount);
    QString number, unit;
    QCOMPARE(FactUnits::splitUnitSuffix(key, &number, &unit), !unitAmount.isEmpty());
    QVERIFY(words.isWeekday(vocabulary.find(u"tuesday")));
    QVERIFY(!words.isWeekday(vocabulary.find(u"river")));
}

// Whether a capitalised word is a name depends on how the compared texts
// write it elsewhere: in lower case ("Librarians" opening a sentence, a
// word in capitals for emphasis) it is a common word; capitalised after
// another word of its sentence ("told Roberts") it is a name.
void TestFactWords::readsHowTextsWriteAWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("writtenLower");
    QTest::addColumn<bool>("capitalisedInside");

    QTest::newRow("a common word opening a sentence")
        << "Librarians met on Monday. The librarians left." << "librarians" << true << false;
    QTest::newRow("a name inside a sentence") << "Roberts denies it. Police questioned Roberts." << "roberts" << false << true;
    QTest::newRow("a name only opening sentences") << "Roberts denies it." << "roberts" << false << false;
    QTest::newRow("after a quotation mark") << "He said: \"Watch out.\"" << "watch" << false << false;
    QTest::newRow("in capitals and in lower case") << "A BLACK officer saw the black car." << "black" << true << true;
}

void TestFactWords::readsHowTextsWriteAWord()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(bool, writtenLower);
    QFETCH(bool, capitalisedInside);

    Vocabulary vocabulary;
    Tokenizer tokenizer(ComparisonOptions(), &vocabulary);
    const std::vector<Paragraph> paragraphs { Paragraph { text, ParagraphRole::Body } };
    const TokenizedArticle tokens = tokenizer.tokenize(paragraphs, QStringLiteral("en"));
    FactWords words(vocabulary);
    const qint32 id = vocabulary.find(key);
    QVERIFY(id >= 0);
    QVERIFY(!words.isWrittenLower(id) && !words.isCapitalisedInside(id)); // nothing seen yet
    words.noteCase(tokens, paragraphs);
    QCOMPARE(words.isWrittenLower(id), writtenLower);
    QCOMPARE(words.isCapitalisedInside(id), capitalisedInside);
}

QTEST_APPLESS_MAIN(TestFactWords)

#include "tst_factwords.moc"
