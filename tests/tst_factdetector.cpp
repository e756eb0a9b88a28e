#include "comparator.h"
#include "testarticles.h"

#include <QTest>

using namespace WireDiff;

// Facts are detected by the whole pipeline: the detector needs the word
// alignment to know which statements correspond.
class TestFactDetector : public QObject
{
    Q_OBJECT

private slots:
    void detectsChangedFacts_data();
    void detectsChangedFacts();
    void sameFactWrittenOtherwise_data();
    void sameFactWrittenOtherwise();
    void changeOfUnitOrSpeaker_data();
    void changeOfUnitOrSpeaker();
    void twoStatementsSideBySide_data();
    void twoStatementsSideBySide();
    void spansShowChangedFacts_data();
    void spansShowChangedFacts();
};

namespace {

std::vector<FactChange> factsOf(const QString &base, const QString &other)
{
    ComparisonOptions options;
    options.baseId = QStringLiteral("base");
    options.threads = 1;
    // Paragraphs are separated by a blank line.
    const QString blankLine = QStringLiteral("\n\n");
    ComparisonOutcome outcome = Comparator(options).compare(
        { TestArticles::make(QStringLiteral("base"), base.split(blankLine)),
          TestArticles::make(QStringLiteral("other"), other.split(blankLine)) });
    return outcome.comparison->comparisons[1].factChanges;
}

} // namespace

Q_DECLARE_METATYPE(FactKind)

void TestFactDetector::detectsChangedFacts_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QStringList>("expected"); // "kind:other text<-base text", in reading order

    const QString dam = QStringLiteral("Engineers opened the Halden dam on Monday after 86 homes were flooded, "
                                       "the regional water authority said.");
    QTest::newRow("same statement, nothing to report") << dam << dam << QStringList {};
    QTest::newRow("weekday changed")
        << dam << QString(dam).replace(QLatin1String("Monday"), QLatin1String("Tuesday"))
        << QStringList { QStringLiteral("weekday:Tuesday<-Monday") };
    QTest::newRow("number changed")
        << dam << QString(dam).replace(QLatin1String("86"), QLatin1String("68"))
        << QStringList { QStringLiteral("number:68<-86") };
    QTest::newRow("number written as a word is the same")
        << QStringLiteral("Rescuers found fourteen survivors in the rubble on Friday.")
        << QStringLiteral("Rescuers found 14 survivors in the rubble on Friday.") << QStringList {};
    QTest::newRow("thousands separators of any style agree")
        << QStringLiteral("More than 3,200 people left their homes in the valley.")
        << QStringLiteral("More than 3.200 people left their homes in the valley.") << QStringList {};
    QTest::newRow("a number in digits and spelt with million agree")
        << QStringLiteral("The council set aside 1,200,000 euros for the new harbour wall.")
        << QStringLiteral("The council set aside 1.2 million euros for the new harbour wall.") << QStringList {};
    QTest::newRow("an abbreviated amount agrees with its digits")
        << QStringLiteral("The council set aside 3,500,000 euros for the new harbour wall.")
        << QStringLiteral("The council set aside 3.5m euros for the new harbour wall.") << QStringList {};
    // "m" after a number is a million in money copy and metres in a
    // measurement: either reading can be what the other text says. A sum
    // or a measure is reported with its currency sign or unit word.
    const QString gauge = QStringLiteral("The river peaked at 6.4 metres at the harbour gauge, above the 5.9 metres of 1998.");
    QTest::newRow("metres abbreviated to m")
        << gauge << QStringLiteral("The river peaked at 6.4 m at the harbour gauge, above the 5.9m of 1998.") << QStringList {};
    QTest::newRow("metres abbreviated to m, one value changed")
        << gauge << QStringLiteral("The river peaked at 6.2 m at the harbour gauge, above the 5.9m of 1998.")
        << QStringList { QStringLiteral("number:6.2 m<-6.4 metres") };
    QTest::newRow("an abbreviated million still agrees with the words")
        << QStringLiteral("The flood displaced 1.5 million people across the region.")
        << QStringLiteral("The flood displaced 1.5m people across the region.") << QStringList {};
    // After a currency sign "m" can only be a million.
    QTest::newRow("a sum in millions is not a sum in units")
        << QStringLiteral("The council set aside \u00A340 for each household.")
        << QStringLiteral("The council set aside \u00A340m for each household.")
        << QStringList { QStringLiteral("number:\u00A340m<-\u00A340") };
    QTest::newRow("hundreds written as words")
        << QStringLiteral("About 300 volunteers filled sandbags along the river.")
        << QStringLiteral("About three hundred volunteers filled sandbags along the river.") << QStringList {};
    QTest::newRow("a hyphenated number word")
        << QStringLiteral("Rescuers found 25 survivors in the rubble on Friday.")
        << QStringLiteral("Rescuers found twenty-five survivors in the rubble on Friday.") << QStringList {};
    QTest::newRow("a changed hyphenated number word")
        << QStringLiteral("Rescuers found 25 survivors in the rubble on Friday.")
        << QStringLiteral("Rescuers found twenty-six survivors in the rubble on Friday.")
        << QStringList { QStringLiteral("number:twenty-six<-25") };
    QTest::newRow("a changed million")
        << QStringLiteral("The council set aside 1.2 million euros for the new harbour wall.")
        << QStringLiteral("The council set aside 2.1 million euros for the new harbour wall.")
        << QStringList { QStringLiteral("number:2.1 million euros<-1.2 million euros") };
    QTest::newRow("a place before 'police said' changed")
        << QStringLiteral("A lorry overturned on the M62 near Leeds early on Monday, police said.")
        << QStringLiteral("A lorry overturned on the M62 near Bradford early on Monday, police said.")
        << QStringList { QStringLiteral("name:Bradford<-Leeds") };
    QTest::newRow("a speaker without a quote changed")
        << QStringLiteral("Fire chief John Harris said the driver was taken to hospital.")
        << QStringLiteral("Fire chief John Morris said the driver was taken to hospital.")
        << QStringList { QStringLiteral("name:John Morris<-John Harris") };
    QTest::newRow("Korean weekday with its particle")
        << QStringLiteral("\uC2DC\uC758\uD68C\uB294 \uD654\uC694\uC77C\uC5D0 \uB2E4\uB9AC\uB97C \uB2EB\uC558\uB2E4.")
        << QStringLiteral("\uC2DC\uC758\uD68C\uB294 \uC218\uC694\uC77C\uC5D0 \uB2E4\uB9AC\uB97C \uB2EB\uC558\uB2E4.")
        << QStringList { QStringLiteral("weekday:\uC218\uC694\uC77C\uC5D0<-\uD654\uC694\uC77C\uC5D0") };
    QTest::newRow("German quote with changed words")
        << QStringLiteral("\u201EWir haben das Amt immer wieder gewarnt\u201C, sagte die B\u00FCrgermeisterin am Montag.")
        << QStringLiteral("\u201EWir haben das Amt nie gewarnt\u201C, sagte die B\u00FCrgermeisterin am Montag.")
        << QStringList { QStringLiteral("quote:Wir haben das Amt nie gewarnt<-Wir haben das Amt immer wieder gewarnt") };
    QTest::newRow("German chevron quote with changed words")
        << QStringLiteral("\u00BBWir haben das Amt immer wieder gewarnt\u00AB, sagte die B\u00FCrgermeisterin am Montag.")
        << QStringLiteral("\u00BBWir haben das Amt nie gewarnt\u00AB, sagte die B\u00FCrgermeisterin am Montag.")
        << QStringList { QStringLiteral("quote:Wir haben das Amt nie gewarnt<-Wir haben das Amt immer wieder gewarnt") };
    QTest::newRow("German quote credited to someone else")
        << QStringLiteral("\u201EDer Boden war gesättigt\u201C, sagte Anna Roth am Montag.")
        << QStringLiteral("\u201EDer Boden war gesättigt\u201C, sagte Jan Berg am Montag.")
        << QStringList { QStringLiteral("attribution:Jan Berg<-Anna Roth") };
    QTest::newRow("an added detail is not a contradiction")
        << dam << QStringLiteral("Engineers opened the Halden dam on Monday at 6 am after 86 homes were flooded, "
                                 "the regional water authority said.")
        << QStringList {};
    QTest::newRow("stance changed")
        << QStringLiteral("The ministry denied sending troops to the border region last week.")
        << QStringLiteral("The ministry refused to send troops to the border region last week.")
        << QStringList { QStringLiteral("stance:refused<-denied") };
    QTest::newRow("organisation changed in the same place")
        << QStringLiteral("\u201CThis is baseless,\u201D said Ana Ruiz, director general of the Port Authority of Lisbon.")
        << QStringLiteral("\u201CThis is baseless,\u201D said Ana Ruiz, director general of the Ministry of Fisheries.")
        << QStringList { QStringLiteral("name:Ministry of Fisheries<-Port Authority of Lisbon") };
    QTest::newRow("same organisation, words reordered")
        << QStringLiteral("The Port Ellis Harbour Board closed the quay on Monday.")
        << QStringLiteral("The Harbour Board of Port Ellis closed the quay on Monday.") << QStringList {};
    QTest::newRow("quote with changed words")
        << QStringLiteral("\u201CWe will rebuild every bridge,\u201D the mayor said on Monday.")
        << QStringLiteral("\u201CWe will repair every bridge,\u201D the mayor said on Monday.")
        << QStringList { QStringLiteral("quote:We will repair every bridge,<-We will rebuild every bridge,") };
    QTest::newRow("a quote that only lost words was cut, not changed")
        << QStringLiteral("\u201CWe will rebuild every bridge and every road,\u201D the mayor said on Monday.")
        << QStringLiteral("\u201CWe will rebuild every bridge,\u201D the mayor said on Monday.") << QStringList {};
    QTest::newRow("a changed quote over two sentences is reported once")
        << QStringLiteral("\u201CWe will rebuild every bridge. It will take two years,\u201D the mayor said.")
        << QStringLiteral("\u201CWe will repair every bridge. It will take two years,\u201D the mayor said.")
        << QStringList { QStringLiteral("quote:We will repair every bridge. It will take two years,"
                                        "<-We will rebuild every bridge. It will take two years,") };
    QTest::newRow("an unrelated quote is not a changed one")
        << QStringLiteral("\u201CWe will rebuild every bridge,\u201D the mayor said on Monday.")
        << QStringLiteral("\u201CNobody warned the farmers downstream,\u201D the mayor said on Monday.")
        << QStringList {};
    QTest::newRow("quote credited to someone else")
        << QStringLiteral("\u201CThe ground was saturated,\u201D said Priya Raman, a forecaster.")
        << QStringLiteral("\u201CThe ground was saturated,\u201D said Helen Strachan, the minister.")
        << QStringList { QStringLiteral("attribution:Helen Strachan<-Priya Raman") };
    // The other article's sentence is left alone by the alignment; it pairs
    // with the base sentence sharing its content words, within one story.
    const QString visitReport = QStringLiteral(
        "The alliance's chief flew to Seoul for two days of talks with the defence minister and the president.");
    QTest::newRow("a reworded sentence of the same story is compared")
        << visitReport + QStringLiteral("\n\nLindqvist made the appeal in the South Korean capital, Seoul, on Monday.")
        << visitReport + QStringLiteral("\n\nMs Lindqvist made the plea in a statement released Tuesday during a visit to Seoul.")
        << QStringList { QStringLiteral("weekday:Tuesday<-Monday") };
    QTest::newRow("two different stories share words, not statements")
        << QStringLiteral("FAKE HEALER SPUN 20-YEAR WEB OF DECEIT, COURT TOLD\n\n"
                          "A man who posed as a faith healer took money from dozens of families over two decades, "
                          "prosecutors said at the opening of his trial.")
        << QStringLiteral("Gardener admits church theft\n\n"
                          "The prosecutor told the court that the 61-year-old, who denies five charges, "
                          "had taken cash from the collection box every week.")
        << QStringList {};
    // British newspapers quote in straight singles, the wire in `` ''.
    QTest::newRow("quote in straight singles with changed words")
        << QStringLiteral("'We will rebuild every bridge,' the mayor said on Monday.")
        << QStringLiteral("'We will repair every bridge,' the mayor said on Monday.")
        << QStringList { QStringLiteral("quote:We will repair every bridge,<-We will rebuild every bridge,") };
    QTest::newRow("quote in straight singles credited to someone else")
        << QStringLiteral("'The students' ground was saturated,' said Priya Raman, a forecaster.")
        << QStringLiteral("'The students' ground was saturated,' said Helen Strachan, the minister.")
        << QStringList { QStringLiteral("attribution:Helen Strachan<-Priya Raman") };
    QTest::newRow("quote in wire doubles against straight singles")
        << QStringLiteral("``We will rebuild every bridge,'' the mayor said on Monday.")
        << QStringLiteral("'We will repair every bridge,' the mayor said on Monday.")
        << QStringList { QStringLiteral("quote:We will repair every bridge,<-We will rebuild every bridge,") };
    // Where a person lives and where something happened are two roles: a
    // place differs only from a place of its role.
    const QString festival = QStringLiteral("Roger Gedge, 30, had his leg amputated after the incident outside "
                                            "a rock festival in %1, Nottingham, five years ago.");
    QTest::newRow("another place of the event")
        << festival.arg(QLatin1String("Wollaton Park")) << festival.arg(QLatin1String("Bulwell Park"))
        << QStringList { QStringLiteral("name:Bulwell Park<-Wollaton Park") };
    const QString home = QStringLiteral("Roger Gedge, 30, of %1, Nottingham, lost a leg and suffered "
                                        "horrific injuries in the incident in July 1994.");
    QTest::newRow("another home")
        << home.arg(QLatin1String("Arnold")) << home.arg(QLatin1String("Bulwell"))
        << QStringList { QStringLiteral("name:Bulwell<-Arnold") };
    QTest::newRow("a figure beyond the base's bound")
        << QStringLiteral("The ruling spares councils the fees of more than 30,000 families who pay for care.")
        << QStringLiteral("The ruling spares councils the fees of 20,000 families who pay for care.")
        << QStringList { QStringLiteral("number:20,000<-30,000") };
    QTest::newRow("a longer title for the same speaker is fine")
        << QStringLiteral("\u201CThe ground was saturated,\u201D said Helen Strachan.")
        << QStringLiteral("\u201CThe ground was saturated,\u201D said Emergency Minister Helen Strachan.")
        << QStringList {};
}

void TestFactDetector::detectsChangedFacts()
{
    QFETCH(QString, base);
    QFETCH(QString, other);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const FactChange &change : factsOf(base, other))
        actual.append(QStringLiteral("%1:%2<-%3").arg(factKindName(change.kind), change.text, change.sourceText));
    QCOMPARE(actual, expected);
}

// What court and wire copy writes two ways, or sets side by side without
// contradicting: none of it is a changed fact.
void TestFactDetector::sameFactWrittenOtherwise_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QStringList>("expected");

    // Numbers are compared only with numbers of the same role.
    QTest::newRow("a term in years is not a salary")
        << QStringLiteral("The council appointed Ms Okafor as the \u00A345,000-a-year head of the harbour trust.")
        << QStringLiteral("The council appointed Ms Okafor as head of the harbour trust for a three-year term.")
        << QStringList {};
    QTest::newRow("an age is not a count")
        << QStringLiteral("Rescuers freed Anna Velde, 34, from the wreck on Friday.")
        << QStringLiteral("Rescuers freed four people from the wreck on Friday.") << QStringList {};
    QTest::newRow("a year is not a count")
        << QStringLiteral("The bridge, built in 1998, was closed to traffic on Monday.")
        << QStringLiteral("The bridge, one of 30 on the river, was closed to traffic on Monday.") << QStringList {};
    QTest::newRow("a weight is not a count of rooms")
        << QStringLiteral("He slimmed to 15 stone after leaving the family home.")
        << QStringLiteral("He slimmed after leaving the five-bedroom family home.") << QStringList {};
    // A figure is no contradiction of a bound it keeps.
    QTest::newRow("a figure above the base's lower bound")
        << QStringLiteral("The ruling spares councils the fees of more than 30,000 families who pay for care.")
        << QStringLiteral("The ruling spares councils the fees of the 95,000 families who pay for care.")
        << QStringList {};
    QTest::newRow("a figure below the base's upper bound")
        << QStringLiteral("The stolen paintings are worth up to \u00A32 million, police said.")
        << QStringLiteral("The stolen paintings are worth \u00A31.5 million, police said.") << QStringList {};
    QTest::newRow("a share is not a count")
        << QStringLiteral("Turnout in the northern district was 64 per cent, officials said.")
        << QStringLiteral("Turnout in the northern district, which has 12 wards, was high, officials said.")
        << QStringList {};
    QTest::newRow("a unit written onto the number")
        << QStringLiteral("His weight rose to 22st by the age of 12.")
        << QStringLiteral("His weight rose to 22 stone by the time he left school.") << QStringList {};
    QTest::newRow("digits mixed with letters are no number")
        << QStringLiteral("The ferry sank at the age of l2 years, the owners said.")
        << QStringLiteral("The ferry sank at the age of 12 years, the owners said.") << QStringList {};
    // Words that are not names, or one name written two ways.
    QTest::newRow("a word in capitals is headline style")
        << QStringLiteral("A FISHING trawler sank off the headland on Monday, the coastguard said.")
        << QStringLiteral("A LOCAL trawler sank off the headland on Monday, the coastguard said.") << QStringList {};
    QTest::newRow("the first word of a quotation is no name")
        << QStringLiteral("The officer said Sergeant Kim would wait by the gate.")
        << QStringLiteral("The officer said: \"Wait by the gate.\"") << QStringList {};
    QTest::newRow("a rank written out or abbreviated")
        << QStringLiteral("Sergeant Mark Doyle told the court he had been punched twice.")
        << QStringLiteral("Sgt Mark Doyle told the court he had been punched twice.") << QStringList {};
    QTest::newRow("ranks abbreviated one by one")
        << QStringLiteral("The search was led by Det Chief Insp Ruth Mabry of the county force.")
        << QStringLiteral("The search was led by Detective Chief Inspector Ruth Mabry of the county force.")
        << QStringList {};
    QTest::newRow("Miss and Ms")
        << QStringLiteral("Miss Arden told the jury the prosecution had no further evidence.")
        << QStringLiteral("Ms Arden told the jury the prosecution had no further evidence.") << QStringList {};
    QTest::newRow("a name cut short")
        << QStringLiteral("She hoped the Met would look again at every complaint, her lawyer said.")
        << QStringLiteral("She hoped the Metropolitan Police would look again at every complaint, her lawyer said.")
        << QStringList {};
    QTest::newRow("a name by its initials")
        << QStringLiteral("The Territorial Support Group was sent to the estate before dawn.")
        << QStringLiteral("The TSG was sent to the estate before dawn.") << QStringList {};
    QTest::newRow("a place named in full after a possessive")
        << QStringLiteral("She was cleared at Bridgewater Road Magistrates' Court in central Leeds yesterday.")
        << QStringLiteral("She was cleared at Bridgewater Road in central Leeds yesterday.") << QStringList {};
    QTest::newRow("a place with small words between hyphens")
        << QStringLiteral("Mr Kerr, of Wells-next-Sea, Norfolk, denies theft.")
        << QStringLiteral("Mr Kerr, of Wells, Norfolk, and his brother, of Cley, Norfolk, deny theft.") << QStringList {};
    QTest::newRow("a home is not where it happened")
        << QStringLiteral("Roger Gedge, 30, of Arnold, Nottingham, lost a leg and suffered horrific injuries "
                          "in the incident in July 1994.")
        << QStringLiteral("Roger Gedge, 30, had his leg amputated following the incident outside a rock festival "
                          "in Wollaton Park, Nottingham, five years ago.")
        << QStringList {};
    QTest::newRow("a home after 'from' is not where it happened")
        << QStringLiteral("The driver, Sarah Field, 27, from Cheltenham, Gloucestershire, drove off with him trapped.")
        << QStringLiteral("The driver, Sarah Field, 27, drove off from a festival in Tewkesbury, Gloucestershire.")
        << QStringList {};
    QTest::newRow("a first name and a titled surname")
        << QStringLiteral("The boy's father, Mr Peel, 52, sat in the public gallery.")
        << QStringLiteral("The boy's father, John, 52, sat in the public gallery.") << QStringList {};
    QTest::newRow("names in other places of the sentence")
        << QStringLiteral("Detectives believed Kerr used boys to carry the drugs around the estate.")
        << QStringLiteral("Detectives believed his men bought the drugs in Leeds and Hull and used boys to carry them.")
        << QStringList {};
    // A quote is the same quote in any house style.
    QTest::newRow("quote hyphenated or not")
        << QStringLiteral("\u201CWe have a long-standing rule of not selling arms,\u201D the minister said.")
        << QStringLiteral("\u201CWe have a longstanding rule of not selling arms,\u201D the minister said.")
        << QStringList {};
    QTest::newRow("quote split around its attribution")
        << QStringLiteral("\u201CThey found him on the landing with a phone,\u201D the prosecutor said. "
                          "\u201CHis pockets were stuffed with cash.\u201D")
        << QStringLiteral("The prosecutor said: \u201CThey found him on the landing with a phone. "
                          "His pockets were stuffed with cash.\u201D")
        << QStringList {};
    QTest::newRow("the editor's words in brackets")
        << QStringLiteral("\u201CHe called me a liar in front of everyone,\u201D she said.")
        << QStringLiteral("\u201CHe [the sergeant] called me a liar in front of everyone,\u201D she said.")
        << QStringList {};
    QTest::newRow("a contraction written out")
        << QStringLiteral("\u201CI did not see the car until it hit me,\u201D he said.")
        << QStringLiteral("\u201CI didn\u2019t see the car until it hit me,\u201D he said.") << QStringList {};
    QTest::newRow("apostrophes are no quotation marks")
        << QStringLiteral("The students' union hired a rock 'n' roll band from the '90s, Mr O'Neill said.")
        << QStringLiteral("The students' union hired a rock 'n' roll band from the '90s, Mr O'Neill told the paper.")
        << QStringList {};
    QTest::newRow("a quote in straight singles holding a possessive")
        << QStringLiteral("'It was the lads' fault and nobody else's,' she said.")
        << QStringLiteral("'It was the lads' fault,' she said.") << QStringList {};
    QTest::newRow("only a function word of the quote differs")
        << QStringLiteral("\u201CThe father knocked him to the floor,\u201D the prosecutor said.")
        << QStringLiteral("\u201CHis father knocked him to the floor,\u201D the prosecutor said.") << QStringList {};
    QTest::newRow("a speaker named after 'was told by'")
        << QStringLiteral("The couple, who were not in court, said Roberts had lied. "
                          "Judge Ann Smedley told him: \u201CYou described the boy as no angel.\u201D")
        << QStringLiteral("The couple, who were not in court, said Roberts had lied. "
                          "He was told by Judge Ann Smedley: \u201CYou described the boy as no angel.\u201D")
        << QStringList {};
    QTest::newRow("a quote reported around another name")
        << QStringLiteral("Tom Vale said the inquiry was over.\n\n"
                          "She said Sergeant Cole called her \u201Ca liar\u201D in front of the unit.")
        << QStringLiteral("Tom Vale said the inquiry was over.\n\n"
                          "Sergeant Cole called her \u201Ca liar\u201D in front of the unit, Ms Hale said.")
        << QStringList {};
}

void TestFactDetector::sameFactWrittenOtherwise()
{
    detectsChangedFacts();
}

// Changes the words around a value or a quote carry: another currency or
// unit for the same number, a quote credited to another speaker where the
// base names its speaker with a pronoun.
void TestFactDetector::changeOfUnitOrSpeaker_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("another currency")
        << QStringLiteral("The minister announced a relief fund of 40 million dollars on Tuesday.")
        << QStringLiteral("The minister announced a relief fund of 40 million euros on Tuesday.")
        << QStringList { QStringLiteral("number:40 million euros<-40 million dollars") };
    QTest::newRow("another currency beside a bound of another role")
        << QStringLiteral("More than 3,200 residents fled, and the minister announced a fund of 40 million dollars.")
        << QStringLiteral("More than 3,200 residents fled, and the minister announced a fund of 40 million euros.")
        << QStringList { QStringLiteral("number:40 million euros<-40 million dollars") };
    QTest::newRow("another currency sign")
        << QStringLiteral("The fund holds $40m for repairs to the sea wall.")
        << QStringLiteral("The fund holds \u20AC40 million for repairs to the sea wall.")
        << QStringList { QStringLiteral("number:\u20AC40 million<-$40m") };
    QTest::newRow("another unit")
        << QStringLiteral("The river peaked at 6.4 metres at the town gauge on Monday.")
        << QStringLiteral("The river peaked at 6.4 feet at the town gauge on Monday.")
        << QStringList { QStringLiteral("number:6.4 feet<-6.4 metres") };
    // The house style makes "per cent" one word, standing at "per": the
    // entry shows the number alone rather than "18 per".
    QTest::newRow("a changed share")
        << QStringLiteral("Rainfall reached 180 per cent of the monthly average, forecasters said.")
        << QStringLiteral("Rainfall reached 18 per cent of the monthly average, forecasters said.")
        << QStringList { QStringLiteral("number:18<-180") };
    QTest::newRow("a changed weight with the unit written on")
        << QStringLiteral("His weight rose to 22st by the age of 12.")
        << QStringLiteral("His weight rose to 25 stone by the age of 12.")
        << QStringList { QStringLiteral("number:25 stone<-22st") };
    QTest::newRow("ages of one person differ")
        << QStringLiteral("Pc Joy Hale, 34, is accused of hitting a colleague with a snooker cue.")
        << QStringLiteral("The 35-year-old Pc Joy Hale is accused of hitting a colleague with a snooker cue.")
        << QStringList { QStringLiteral("number:35-year-old<-34") };
    const QString said = QStringLiteral("Fire chief Olu Ade told reporters the dam had held overnight. ");
    QTest::newRow("a quote of 'he' given to another")
        << said + QStringLiteral("\u201CWe are not out of danger yet,\u201D he said.")
        << said + QStringLiteral("\u201CWe are not out of danger yet,\u201D Mayor Jan Holt said.")
        << QStringList { QStringLiteral("attribution:Mayor Jan Holt<-he") };
    QTest::newRow("a quote of 'he' named a paragraph before")
        << QStringLiteral("Fire chief Olu Ade said the dam had held overnight.\n\n"
                          "\u201CWe are not out of danger yet,\u201D he said.")
        << QStringLiteral("Fire chief Olu Ade said the dam had held overnight.\n\n"
                          "\u201CWe are not out of danger yet,\u201D Mayor Jan Holt said.")
        << QStringList { QStringLiteral("attribution:Mayor Jan Holt<-he") };
    QTest::newRow("a quote of 'he' given to him by name")
        << said + QStringLiteral("\u201CWe are not out of danger yet,\u201D he said.")
        << said + QStringLiteral("\u201CWe are not out of danger yet,\u201D Chief Ade said.") << QStringList {};
}

void TestFactDetector::changeOfUnitOrSpeaker()
{
    detectsChangedFacts();
}

// Court copy states values of one role for several people and events: two
// defendants' sentences, the dates of two events. Where the alignment sets
// one's sentence against the other's, the values differ without being
// changed, which the articles show by stating them elsewhere.
void TestFactDetector::twoStatementsSideBySide_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("another defendant's term, stated later")
        << QStringLiteral("A charity clerk was today starting a six-year term for fraud.\n\n"
                          "Lee Doyle, 29, of Tarn, admitted handling the stolen cheques. He was jailed for four years.")
        << QStringLiteral("Sam Kerr, 41, of Tarn, admitted the fraud. He was jailed for six years.\n\n"
                          "Lee Doyle, 29, of Tarn, who admitted handling the cheques, got four years.")
        << QStringList {};
    QTest::newRow("the date of an earlier event, the base's stated later")
        << QStringLiteral("Ana Veld, 12, of Brill, was killed in a fall from the quarry cliff in August 2003.")
        << QStringLiteral("In June 2003 Ana Veld, 12, of Brill, first climbed the quarry cliff.\n\n"
                          "She was killed in a fall from it on August 9, 2003.")
        << QStringList {};
    QTest::newRow("a year the base gives another event")
        << QStringLiteral("Mr Oduya faces eviction from the farm near Tarn where he has lived since 1994.\n\n"
                          "He lost his sight in a road accident in 1981.")
        << QStringLiteral("Mr Oduya, blinded in a 1981 road accident, faces eviction from the farm near Tarn.")
        << QStringList {};
    // The value is changed where the other article does not state the
    // base's, even where the base gives another person the new one.
    QTest::newRow("an age changed to another person's")
        << QStringLiteral("Pc Joy Hale, 34, was on duty at the depot that night. Her sergeant, Tom Vine, 35, "
                          "was off sick.")
        << QStringLiteral("Pc Joy Hale, 35, was on duty at the depot that night.")
        << QStringList { QStringLiteral("number:35<-34") };
    QTest::newRow("a weekday changed, the base's day named elsewhere")
        << QStringLiteral("Rescuers reached the flooded valley on Monday afternoon.")
        << QStringLiteral("Rescuers reached the flooded valley on Sunday afternoon.\n\n"
                          "Power was back in most homes by Monday.")
        << QStringList { QStringLiteral("weekday:Sunday<-Monday") };
    QTest::newRow("a count changed, a bound that holds it stated elsewhere")
        << QStringLiteral("Crews pulled 86 people from rooftops on Monday.\n\nAt least 14 people have died.")
        << QStringLiteral("Crews pulled 68 people from rooftops on Monday.\n\nAt least 14 people have died.")
        << QStringList { QStringLiteral("number:68<-86") };
    QTest::newRow("a term changed, nothing stated elsewhere")
        << QStringLiteral("Sam Kerr, 41, of Ashby, was jailed for six years for fraud.")
        << QStringLiteral("Sam Kerr, 41, of Ashby, was jailed for eight years for fraud.")
        << QStringList { QStringLiteral("number:eight years<-six years") };
}

void TestFactDetector::twoStatementsSideBySide()
{
    detectsChangedFacts();
}

// The changed fact is boxed in both articles and counted for the other
// one, even where the diff paired its words with the same words elsewhere
// in the base (a quote credited to someone the base names in another
// paragraph): they are not verbatim copy there.
void TestFactDetector::spansShowChangedFacts_data()
{
    QTest::addColumn<QStringList>("base");
    QTest::addColumn<QStringList>("other");
    QTest::addColumn<QString>("baseFact");  // its words as the base has them
    QTest::addColumn<QString>("otherFact"); // its words as the other article has them
    QTest::addColumn<qint64>("changedWords");

    QTest::newRow("number")
        << QStringList { QStringLiteral("Engineers opened the Halden dam on Monday after 86 homes were flooded.") }
        << QStringList { QStringLiteral("Engineers opened the Halden dam on Monday after 68 homes were flooded.") }
        << QStringLiteral("86") << QStringLiteral("68") << qint64(1);
    const QString saturated = QStringLiteral("\u201CThe ground was saturated,\u201D said ");
    QTest::newRow("attribution to a new name")
        << QStringList { saturated + QStringLiteral("Priya Raman, a forecaster.") }
        << QStringList { saturated + QStringLiteral("Olaf Brandt, a forecaster.") }
        << QStringLiteral("Priya Raman") << QStringLiteral("Olaf Brandt") << qint64(2);
    const QString fund = QStringLiteral("Fisheries Minister Helen Strachan opened a relief fund for the valley on Tuesday.");
    QTest::newRow("attribution to a name the base has elsewhere")
        << QStringList { saturated + QStringLiteral("Priya Raman, a forecaster."), fund }
        << QStringList { saturated + QStringLiteral("Fisheries Minister Helen Strachan."),
                         QStringLiteral("Strachan opened a relief fund for the valley on Tuesday.") }
        << QStringLiteral("Priya Raman") << QStringLiteral("Fisheries Minister Helen Strachan") << qint64(4);
    QTest::newRow("weekday the base has elsewhere")
        << QStringList { QStringLiteral("The bridge closed on Monday after the river rose."),
                         QStringLiteral("Repairs begin on Tuesday, the council said.") }
        << QStringList { QStringLiteral("The bridge closed on Tuesday after the river rose."),
                         QStringLiteral("Repairs begin next month, the council said.") }
        << QStringLiteral("Monday") << QStringLiteral("Tuesday") << qint64(1);
    QTest::newRow("quote")
        << QStringList { QStringLiteral("\u201CWe will rebuild every bridge,\u201D the mayor said on Monday.") }
        << QStringList { QStringLiteral("\u201CWe will repair every bridge,\u201D the mayor said on Monday.") }
        << QStringLiteral("rebuild") << QStringLiteral("repair") << qint64(1);
    // The copy's word is one the base uses far from the quote after the
    // same word, in a paragraph the copy left out: the diff pairs it there
    // as moved, and it is the quote's change all the same.
    const QStringList later { QStringLiteral("The river reached its highest level since records began in 1871."),
                              QStringLiteral("Emergency crews worked through the night to clear the roads."),
                              QStringLiteral("The council has set aside money for long-term town planning.") };
    QTest::newRow("quote word the base has far away")
        << (QStringList { QStringLiteral("\u201CThis flood will add to the confusion that marks the long-term care "
                                         "system,\u201D the mayor said.") } + later)
        << (QStringList { QStringLiteral("\u201CThis flood will add to the confusion that marks the long-term town "
                                         "system,\u201D the mayor said.") } + later.mid(0, 2))
        << QStringLiteral("care") << QStringLiteral("town") << qint64(1);
}

void TestFactDetector::spansShowChangedFacts()
{
    QFETCH(QStringList, base);
    QFETCH(QStringList, other);
    QFETCH(QString, baseFact);
    QFETCH(QString, otherFact);
    QFETCH(qint64, changedWords);
    ComparisonOptions options;
    options.baseId = QStringLiteral("base");
    const Comparison comparison = *Comparator(options).compare({ TestArticles::make(QStringLiteral("base"), base),
                                                                 TestArticles::make(QStringLiteral("other"), other) })
                                       .comparison;
    // The classes of the spans that hold the words of `fact`, in paragraph
    // order, each once.
    const auto classesOf = [](const std::vector<DiffSpan> &spans, const QStringList &paragraphs, const QString &fact) {
        QList<ChangeClass> classes;
        for (qint32 p = 0; p < qint32(paragraphs.size()); ++p) {
            const qint32 at = qint32(paragraphs[p].indexOf(fact));
            if (at < 0)
                continue;
            for (const DiffSpan &span : spans) {
                const bool overlaps = span.paragraph == p && span.start < at + fact.size() && span.end > at;
                if (overlaps && !classes.contains(span.changeClass))
                    classes.append(span.changeClass);
            }
            break;
        }
        return classes;
    };
    const ArticleComparison &pair = comparison.comparisons[1];
    QCOMPARE(classesOf(pair.otherSpans, other, otherFact), QList<ChangeClass> { ChangeClass::FactChanged });
    QCOMPARE(classesOf(pair.baseSpans, base, baseFact), QList<ChangeClass> { ChangeClass::FactChanged });
    QCOMPARE(comparison.counts[1].changedFacts, changedWords);
}

QTEST_GUILESS_MAIN(TestFactDetector)
#include "tst_factdetector.moc"
