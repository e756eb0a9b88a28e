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
