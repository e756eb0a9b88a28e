#include "comparator.h"
#include "testarticles.h"

#include <QTest>

using namespace WireDiff;

// Short quotes (one to three words) replaced by others where the sentence
// around them stays, as ShortQuote pairs them for QuoteComparer, through
// the whole pipeline.
class TestShortQuote : public QObject
{
    Q_OBJECT

private slots:
    void changedShortQuotes_data();
    void changedShortQuotes();
};

namespace {

// "kind:other text<-base text" of each changed fact, in reading order.
QStringList factsOf(const QString &base, const QString &other)
{
    ComparisonOptions options;
    options.baseId = QStringLiteral("base");
    options.threads = 1;
    const ComparisonOutcome outcome = Comparator(options).compare(
        { TestArticles::make(QStringLiteral("base"), { base }), TestArticles::make(QStringLiteral("other"), { other }) });
    QStringList facts;
    for (const FactChange &change : outcome.comparison->comparisons[1].factChanges)
        facts.append(QStringLiteral("%1:%2<-%3").arg(factKindName(change.kind), change.text, change.sourceText));
    return facts;
}

} // namespace

void TestShortQuote::changedShortQuotes_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QStringList>("expected");

    const QString campers = QStringLiteral("Rangers told the campers to \u201Cstay calm\u201D and wait by the lodge for the buses.");
    QTest::newRow("two quoted words replaced")
        << campers << QString(campers).replace(QLatin1String("stay calm"), QLatin1String("run now"))
        << QStringList { QStringLiteral("quote:run now<-stay calm") };
    const QString report = QStringLiteral("The minister called the audit report \"misleading\" in parliament on Tuesday.");
    QTest::newRow("one quoted word replaced")
        << report << QString(report).replace(QLatin1String("misleading"), QLatin1String("thorough"))
        << QStringList { QStringLiteral("quote:thorough<-misleading") };
    QTest::newRow("two quoted words replaced by one")
        << QStringLiteral("The union was urged to \u201Cstep back\u201D from the strike by the mediator.")
        << QStringLiteral("The union was urged to \u201Cescalate\u201D the strike by the mediator.")
        << QStringList { QStringLiteral("quote:escalate<-step back") };
    QTest::newRow("a short quote at the end of the sentence")
        << QStringLiteral("Engineers described the old footbridge as \u2018fragile\u2019.")
        << QStringLiteral("Engineers described the old footbridge as \u2018sturdy\u2019.")
        << QStringList { QStringLiteral("quote:sturdy<-fragile") };

    // Guards.
    QTest::newRow("the same short quote") << campers << campers << QStringList {};
    QTest::newRow("a starred word is the word")
        << QStringLiteral("The coach called the referee's decision \u201Cdamn silly\u201D after the match.")
        << QStringLiteral("The coach called the referee's decision \u201Cd*** silly\u201D after the match.")
        << QStringList {};
    QTest::newRow("a short quote said at more length")
        << campers << QString(campers).replace(QLatin1String("stay calm"), QLatin1String("stay calm and quiet"))
        << QStringList {};
    QTest::newRow("a short quote elsewhere in the sentence is another quote")
        << QStringLiteral("Residents described the water as \u201Cterrifying\u201D at a meeting on Monday evening.")
        << QStringLiteral("Residents described the meeting on Monday evening as \u201Cchaotic\u201D.") << QStringList {};
    QTest::newRow("a compound written apart")
        << QStringLiteral("The judge listed six \u201Cwaymarks\u201D for the jury to follow in its deliberations.")
        << QStringLiteral("The judge listed six \u201Cway marks\u201D for the jury to follow in its deliberations.")
        << QStringList {};
    QTest::newRow("words the base reports unquoted")
        << QStringLiteral("Rangers told the campers to stay calm and wait by the lodge for the buses.") << campers
        << QStringList {};
}

void TestShortQuote::changedShortQuotes()
{
    QFETCH(QString, base);
    QFETCH(QString, other);
    QFETCH(QStringList, expected);
    QCOMPARE(factsOf(base, other), expected);
}

QTEST_GUILESS_MAIN(TestShortQuote)
#include "tst_shortquote.moc"
