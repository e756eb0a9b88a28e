#include "comparator.h"
#include "synonymdictionary.h"
#include "testarticles.h"

#include <QTest>

using namespace WireDiff;

// Statements a version reverses, as PolarityCheck finds them through the
// whole pipeline (it needs the word alignment to know which words stand
// for which), with WordNet's antonyms when the machine has them.
class TestPolarityCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reversedStatements_data();
    void reversedStatements();
    void reversedWordsAreNotParaphrased_data();
    void reversedWordsAreNotParaphrased();

private:
    std::shared_ptr<const SynonymDictionary> m_synonyms;
};

namespace {

ComparisonOutcome compared(const QString &base, const QString &other,
                           const std::shared_ptr<const SynonymDictionary> &synonyms)
{
    ComparisonOptions options;
    options.baseId = QStringLiteral("base");
    options.threads = 1;
    return Comparator(options, synonyms)
        .compare({ TestArticles::make(QStringLiteral("base"), { base }),
                   TestArticles::make(QStringLiteral("other"), { other }) });
}

} // namespace

void TestPolarityCheck::initTestCase()
{
    m_synonyms = SynonymDictionary::load();
}

void TestPolarityCheck::reversedStatements_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("other");
    QTest::addColumn<bool>("antonyms"); // whether the row needs WordNet
    QTest::addColumn<QStringList>("expected"); // "kind:other text<-base text", in reading order

    const QString lake = QStringLiteral("The lake rose well above its spring level after the storm, the park service said.");
    QTest::newRow("an adverb swapped for its antonym")
        << lake << QString(lake).replace(QLatin1String("above"), QLatin1String("below")) << true
        << QStringList { QStringLiteral("meaning:below<-above") };
    const QString gate = QStringLiteral("Stewards opened the northern gate of the stadium at noon on Saturday.");
    QTest::newRow("a verb swapped for its antonym")
        << gate << QString(gate).replace(QLatin1String("opened"), QLatin1String("closed")) << true
        << QStringList { QStringLiteral("meaning:closed<-opened") };
    const QString terminal = QStringLiteral("The ferry terminal was closed to passengers until further notice, the operator said.");
    QTest::newRow("a prefixed verb WordNet files under the antonym's antonym")
        << terminal << QString(terminal).replace(QLatin1String("closed"), QLatin1String("reopened")) << true
        << QStringList { QStringLiteral("meaning:reopened<-closed") };
    const QString hikers = QStringLiteral("Most of the stranded hikers were found near the ridge trail on Sunday.");
    QTest::newRow("a superlative quantifier against its antonym's base form")
        << hikers << QString(hikers).replace(QLatin1String("Most"), QLatin1String("Few")) << true
        << QStringList { QStringLiteral("meaning:Few<-Most") };
    const QString villagers = QStringLiteral("The villagers were being moved by boat, the coastguard said on Friday.");
    QTest::newRow("a negation inserted")
        << villagers << QString(villagers).replace(QLatin1String("were"), QLatin1String("were not")) << false
        << QStringList { QStringLiteral("meaning:not being moved<-being moved") };
    const QString bypass = QStringLiteral("Residents asked why the bypass plan was never approved by the county council.");
    QTest::newRow("a negation dropped")
        << bypass << QString(bypass).replace(QLatin1String("never "), QString()) << false
        << QStringList { QStringLiteral("meaning:approved<-never approved") };
    QTest::newRow("a negation replaced by another word")
        << bypass << QString(bypass).replace(QLatin1String("never"), QLatin1String("finally")) << false
        << QStringList { QStringLiteral("meaning:finally<-never") };
    const QString volunteers = QStringLiteral("Volunteers reached 40 families in the flooded valley on Sunday.");
    QTest::newRow("a verb replaced by 'failed to'")
        << volunteers << QString(volunteers).replace(QLatin1String("reached"), QLatin1String("failed to reach")) << false
        << QStringList { QStringLiteral("meaning:failed to reach<-reached") };
    const QString pilot = QStringLiteral("The pilot told investigators that the left engine had stalled twice over the bay.");
    QTest::newRow("a contracted negation")
        << pilot << QString(pilot).replace(QLatin1String("had stalled"), QLatin1String("hadn't stalled")) << false
        << QStringList { QStringLiteral("meaning:hadn't<-had") };
    QTest::newRow("a preposition replaced by 'without'")
        << QStringLiteral("The convoy crossed the border with an escort of armoured cars late on Tuesday.")
        << QStringLiteral("The convoy crossed the border without an escort of armoured cars late on Tuesday.") << false
        << QStringList { QStringLiteral("meaning:without<-with") };
    // Guards: what says the same must stay unreported.
    QTest::newRow("same statement") << gate << gate << false << QStringList {};
    QTest::newRow("a synonym is a paraphrase, not a reversal")
        << gate << QString(gate).replace(QLatin1String("opened"), QLatin1String("unlocked")) << true << QStringList {};
    QTest::newRow("the same negation written otherwise")
        << QStringLiteral("The mayor did not attend the hearing on the harbour levy on Thursday.")
        << QStringLiteral("The mayor didn't attend the hearing on the harbour levy on Thursday.") << false
        << QStringList {};
    QTest::newRow("'not only ... but also' adds, it does not deny")
        << QStringLiteral("The storm cut power to the hospital and to the school in the valley.")
        << QStringLiteral("The storm cut power not only to the hospital but also to the school in the valley.") << false
        << QStringList {};
    QTest::newRow("a double negation says what the base says")
        << QStringLiteral("The crews always answered a call within ten minutes during the flood.")
        << QStringLiteral("The crews never failed to answer a call within ten minutes during the flood.") << true
        << QStringList {};
    QTest::newRow("a negation just outside the replaced word")
        << QStringLiteral("The builder has not admitted any liability for the collapse of the roof, its lawyer said.")
        << QStringLiteral("The builder has admitted no liability for the collapse of the roof, its lawyer said.") << false
        << QStringList {};
    QTest::newRow("a negation elsewhere in the base's sentence")
        << QStringLiteral("The paper accepted there was no truth in the claim that the singer knew the guests.")
        << QStringLiteral("The paper accepted that the singer did not know the guests.") << false << QStringList {};
    QTest::newRow("a rhetorical question")
        << QStringLiteral("The inquiry has revealed serious failings at the bus depot, the report said.")
        << QStringLiteral("Has the inquiry not revealed serious failings at the bus depot?") << false << QStringList {};
    QTest::newRow("a word only spaced otherwise")
        << QStringLiteral("You acted without mercy towards your neighbours, the judge told the defendant.")
        << QStringLiteral("You acted with out mercy towards your neighbours, the judge told the defendant.") << false
        << QStringList {};
    QTest::newRow("an antonym among other new words")
        << QStringLiteral("Until that approval is given, the ship will stay in the harbour at Larne.")
        << QStringLiteral("Until that decision is taken, the ship will stay in the harbour at Larne.") << true
        << QStringList {};
    QTest::newRow("a verb that holds a negation against 'not' and the verb")
        << QStringLiteral("The minister asked Seoul to reconsider its policy of not exporting weapons to countries at war.")
        << QStringLiteral("The minister asked Seoul to reconsider its policy of barring weapons exports to countries at war.")
        << false << QStringList {};
    QTest::newRow("a refusal against a negation")
        << QStringLiteral("The club did not comment on the transfer of its captain on Friday.")
        << QStringLiteral("The club declined to comment on the transfer of its captain on Friday.") << false
        << QStringList {};
    QTest::newRow("a fall in number is no negation")
        << QStringLiteral("Grain exports fell sharply in the third quarter, the agency said.")
        << QStringLiteral("Grain exports declined sharply in the third quarter, the agency said.") << false
        << QStringList {};
    QTest::newRow("cleared of a charge against found not guilty of it")
        << QStringLiteral("A bus driver was today found not guilty of dangerous driving on the ring road.")
        << QStringLiteral("A bus driver was yesterday cleared of dangerous driving on the ring road.") << false
        << QStringList {};
    QTest::newRow("'rather than' against 'not'")
        << QStringLiteral("The judge said the order must rest on medical rather than financial grounds alone.")
        << QStringLiteral("The judge said the order must rest on medical, not financial grounds alone.") << false
        << QStringList {};
    QTest::newRow("a verb that holds a negation against another verb")
        << QStringLiteral("The driver is charged with causing death by careless driving on the coast road.")
        << QStringLiteral("The driver denies causing death by careless driving on the coast road.") << true
        << QStringList {};
    QTest::newRow("a negation in an added sentence contradicts nothing")
        << gate << gate + QStringLiteral(" Nobody was hurt.") << false << QStringList {};
}

void TestPolarityCheck::reversedStatements()
{
    QFETCH(QString, base);
    QFETCH(QString, other);
    QFETCH(bool, antonyms);
    QFETCH(QStringList, expected);
    if (antonyms && !m_synonyms)
        QSKIP("WordNet is not installed");
    QStringList actual;
    const ComparisonOutcome outcome = compared(base, other, m_synonyms);
    for (const FactChange &change : outcome.comparison->comparisons[1].factChanges)
        actual.append(QStringLiteral("%1:%2<-%3").arg(factKindName(change.kind), change.text, change.sourceText));
    QCOMPARE(actual, expected);
}

// The words of a reversal are a changed fact on both sides, never the
// "same meaning" of a paraphrase.
void TestPolarityCheck::reversedWordsAreNotParaphrased_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QString>("word"); // of the other article

    QTest::newRow("antonym") << QStringLiteral("Stewards opened the northern gate of the stadium at noon on Saturday.")
                             << QStringLiteral("Stewards closed the northern gate of the stadium at noon on Saturday.")
                             << QStringLiteral("closed");
    QTest::newRow("negation replaced")
        << QStringLiteral("Residents asked why the bypass plan was never approved by the county council.")
        << QStringLiteral("Residents asked why the bypass plan was finally approved by the county council.")
        << QStringLiteral("finally");
}

void TestPolarityCheck::reversedWordsAreNotParaphrased()
{
    QFETCH(QString, base);
    QFETCH(QString, other);
    QFETCH(QString, word);
    if (!m_synonyms)
        QSKIP("WordNet is not installed");
    const ComparisonOutcome outcome = compared(base, other, m_synonyms);
    const ArticleComparison &pair = outcome.comparison->comparisons[1];
    const qsizetype start = other.indexOf(word);
    bool found = false;
    for (const DiffSpan &span : pair.otherSpans) {
        if (span.paragraph == 0 && span.start <= start && span.end > start) {
            QCOMPARE(span.changeClass, ChangeClass::FactChanged);
            found = true;
        }
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestPolarityCheck)
#include "tst_polaritycheck.moc"
