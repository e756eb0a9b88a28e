#include "comparator.h"
#include "derivation.h"
#include "derivationmodel.h"
#include "testarticles.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace WireDiff;

Q_DECLARE_METATYPE(WireDiff::Derivation::Figures)

// Derivation turns an article's comparison with its source into METER's
// three levels: the figures it reads from the comparison, the logistic
// decision over them, and the fitted model on stories written in the three
// ways.
class TestDerivation : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void figures_data();
    void figures();
    void fittedModel_data();
    void fittedModel();
    void droppedByARewording_data();
    void droppedByARewording();
    void sourceItselfHasNoFigures();
};

namespace {

// A court story as a news agency files it: the first take, then the
// second with the rest of the hearing. METER's wire copy is as long or
// longer, and the model was fitted on such: a paper's story keeps a small
// part of it.
const QStringList wire {
    QStringLiteral("A former bank manager who stole more than 200,000 pounds from elderly customers was jailed for four years at Leeds Crown Court yesterday."),
    QStringLiteral("Martin Hargreaves, 52, moved money from the accounts of eleven pensioners into his own over a period of six years, the court heard."),
    QStringLiteral("He used the money to pay for holidays abroad, a sports car and gambling debts that had grown beyond his salary."),
    QStringLiteral("The fraud came to light when a customer's daughter noticed withdrawals that her mother could not have made."),
    QStringLiteral("Judge Susan Whitfield told Hargreaves that he had betrayed the trust placed in him by people who relied on his honesty."),
    QStringLiteral("Hargreaves, of Harrogate, admitted fourteen charges of theft and asked for a further twenty offences to be taken into consideration."),
    QStringLiteral("Prosecuting, Mr David Allenby said the victims were aged between 71 and 94 and several had since moved into residential care."),
    QStringLiteral("One widow lost almost all of her savings and had been unable to pay for repairs to the roof of her cottage."),
    QStringLiteral("The bank has repaid every customer in full and has since changed the way large transfers between accounts are approved."),
    QStringLiteral("Defending, Miss Rachel Okafor said her client had been ashamed of his conduct and had cooperated fully with the police."),
    QStringLiteral("She told the court that he had suffered from depression after the breakdown of his marriage and had sought treatment."),
    QStringLiteral("A confiscation hearing to recover the money Hargreaves still holds will take place in the spring."),
};

// Paragraphs a paper writes itself, about other things.
const QStringList ownWords {
    QStringLiteral("Pensioners' groups said last night that banks must do more to check the staff who handle older people's savings."),
    QStringLiteral("A spokeswoman for the building society declined to comment on whether its internal audit procedures would now be reviewed."),
    QStringLiteral("Neighbours in the quiet village street described the family as private people who kept largely to themselves."),
    QStringLiteral("Campaigners have called for an independent inquiry into how such losses could go unnoticed for so many years."),
};

// A story about something else altogether.
const QStringList unrelated {
    QStringLiteral("Heavy snow closed three mountain passes in the Highlands on Tuesday, stranding hundreds of lorry drivers overnight."),
    QStringLiteral("Gritters worked through the night, but forecasters warned that more blizzards were expected before the weekend."),
    QStringLiteral("Schools across Aberdeenshire stayed shut and several rural communities lost their electricity supply for hours."),
};

Comparison compare(const QStringList &source, const QStringList &paper)
{
    ComparisonOptions options;
    options.baseId = QStringLiteral("wire");
    options.threads = 1;
    ComparisonOutcome outcome = Comparator(options).compare(
        { TestArticles::make(QStringLiteral("wire"), source), TestArticles::make(QStringLiteral("paper"), paper) });
    if (!outcome.comparison)
        qFatal("comparison failed: %s", qPrintable(outcome.error));
    return std::move(*outcome.comparison);
}

Comparison compareWithWire(const QStringList &paper)
{
    return compare(wire, paper);
}

Derivation::Figures figuresOf(const QStringList &paper)
{
    const Comparison comparison = compareWithWire(paper);
    return Derivation::figures(comparison, comparison.indexOf(QStringLiteral("paper")));
}

QStringList copiedThenOwn(int copied)
{
    return wire.mid(0, copied) + ownWords;
}

// A model whose two non-reference levels fall with the copied share at
// different rates: none above partially below a copied share of 0.3,
// wholly above all above 0.5.
constexpr Derivation::Weights steppedWeights { {
    { 5.0, -10.0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
    { 8.0, -20.0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
} };

} // namespace

void TestDerivation::classify_data()
{
    QTest::addColumn<double>("copied");
    QTest::addColumn<double>("partiallyBias");
    QTest::addColumn<double>("noneBias");
    QTest::addColumn<int>("expected");
    const int wholly = int(DerivationLevel::Wholly);
    const int partially = int(DerivationLevel::Partially);
    const int none = int(DerivationLevel::None);
    QTest::newRow("all copied") << 1.0 << 0.0 << 0.0 << wholly;
    QTest::newRow("just over half") << 0.55 << 0.0 << 0.0 << wholly;
    QTest::newRow("some copied") << 0.4 << 0.0 << 0.0 << partially;
    QTest::newRow("nothing copied") << 0.0 << 0.0 << 0.0 << none;
    QTest::newRow("a bias for non-derived tips some copied over") << 0.4 << 0.0 << 1.5 << none;
    QTest::newRow("a bias for partially tips just over half over") << 0.55 << 1.0 << 0.0 << partially;
    QTest::newRow("a bias against partially leaves nothing copied non-derived") << 0.0 << -2.0 << 0.0 << none;
}

void TestDerivation::classify()
{
    QFETCH(double, copied);
    QFETCH(double, partiallyBias);
    QFETCH(double, noneBias);
    QFETCH(int, expected);
    Derivation::Figures figures {};
    figures[Derivation::Copied] = copied;
    const Derivation::Probabilities p = Derivation::probabilities(figures, steppedWeights);
    QVERIFY(std::abs(std::accumulate(p.begin(), p.end(), 0.0) - 1.0) < 1e-12);
    QCOMPARE(int(Derivation::classify(figures, steppedWeights, { 0.0, partiallyBias, noneBias })), expected);
}

void TestDerivation::figures_data()
{
    QTest::addColumn<QStringList>("paper");
    QTest::addColumn<int>("figure");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::newRow("a copy: all copied") << wire << int(Derivation::Copied) << 0.95 << 1.0;
    QTest::newRow("a copy: all in 3-word runs") << wire << int(Derivation::Contained) << 0.95 << 1.0;
    QTest::newRow("a copy: all the source used") << wire << int(Derivation::SourceUsed) << 0.95 << 1.0;
    QTest::newRow("a copy: every source paragraph") << wire << int(Derivation::SourceParagraphs) << 1.0 << 1.0;
    QTest::newRow("a copy: no new paragraph") << wire << int(Derivation::NewParagraphs) << 0.0 << 0.0;
    QTest::newRow("a copy: as long as the source") << wire << int(Derivation::LengthRatio) << -0.01 << 0.01;
    QTest::newRow("a copy: the longest run is the longest paragraph") << wire << int(Derivation::LongestRun) << 0.08 << 0.12;
    QTest::newRow("two kept: about a third copied") << copiedThenOwn(2) << int(Derivation::Copied) << 0.3 << 0.5;
    QTest::newRow("two kept: two of the source's twelve paragraphs") << copiedThenOwn(2) << int(Derivation::SourceParagraphs)
                                                                       << 0.16 << 0.17;
    QTest::newRow("two kept: two of six paragraphs mostly derived") << copiedThenOwn(2) << int(Derivation::DerivedParagraphs)
                                                                     << 0.33 << 0.34;
    QTest::newRow("unrelated: next to nothing copied") << unrelated << int(Derivation::Copied) << 0.0 << 0.1;
    QTest::newRow("unrelated: no 3-word run") << unrelated << int(Derivation::Contained) << 0.0 << 0.0;
    QTest::newRow("unrelated: shorter than the source") << unrelated << int(Derivation::LengthRatio) << -0.8 << -0.4;
}

void TestDerivation::figures()
{
    QFETCH(QStringList, paper);
    QFETCH(int, figure);
    QFETCH(double, low);
    QFETCH(double, high);
    const double value = figuresOf(paper)[size_t(figure)];
    QVERIFY2(value >= low && value <= high,
             qPrintable(QStringLiteral("%1 = %2, expected %3 .. %4").arg(Derivation::figureName(figure)).arg(value).arg(low).arg(high)));
}

void TestDerivation::fittedModel_data()
{
    QTest::addColumn<QStringList>("paper");
    QTest::addColumn<int>("expected");
    QTest::newRow("the wire as it came") << wire << int(DerivationLevel::Wholly);
    QTest::newRow("the wire cut to its first four paragraphs") << wire.mid(0, 4) << int(DerivationLevel::Wholly);
    QTest::newRow("two wire paragraphs, then the paper's own") << copiedThenOwn(2) << int(DerivationLevel::Partially);
    QTest::newRow("four wire paragraphs, then the paper's own") << copiedThenOwn(4) << int(DerivationLevel::Partially);
    QTest::newRow("six wire paragraphs, then the paper's own") << copiedThenOwn(6) << int(DerivationLevel::Partially);
    QTest::newRow("the first take alone") << wire.mid(0, 6) << int(DerivationLevel::Wholly);
    QTest::newRow("another story") << unrelated << int(DerivationLevel::None);
    QTest::newRow("the paper's own paragraphs only") << ownWords << int(DerivationLevel::None);
}

void TestDerivation::fittedModel()
{
    QFETCH(QStringList, paper);
    QFETCH(int, expected);
    const Derivation::Figures figures = figuresOf(paper);
    QString shown;
    for (int i = 0; i < Derivation::FigureCount; ++i)
        shown += QStringLiteral(" %1 %2").arg(Derivation::figureName(i)).arg(figures[size_t(i)], 0, 'f', 3);
    QVERIFY2(int(Derivation::classify(figures)) == expected, qPrintable(shown));
}

void TestDerivation::droppedByARewording_data()
{
    QTest::addColumn<int>("figure");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // The display shows the dropped dateline as removed; the model was
    // fitted with every word of a reworded sentence counted as used.
    QTest::newRow("the dropped dateline counts as used") << int(Derivation::SourceUsed) << 1.0 << 1.0;
}

void TestDerivation::droppedByARewording()
{
    QFETCH(int, figure);
    QFETCH(double, low);
    QFETCH(double, high);
    const TestArticles::DroppedDateline story = TestArticles::droppedDateline();
    const Comparison comparison = compare(story.wire, story.reworded);
    const qint32 article = comparison.indexOf(QStringLiteral("paper"));
    QVERIFY(comparison.counts[size_t(article)].removed > 0);
    const double value = Derivation::figures(comparison, article)[size_t(figure)];
    QVERIFY2(value >= low && value <= high,
             qPrintable(QStringLiteral("%1 = %2, expected %3 .. %4").arg(Derivation::figureName(figure)).arg(value).arg(low).arg(high)));
}

void TestDerivation::sourceItselfHasNoFigures()
{
    const Comparison comparison = compareWithWire(wire);
    const Derivation::Figures figures = Derivation::figures(comparison, comparison.base);
    QVERIFY(std::all_of(figures.begin(), figures.end(), [](double value) { return value == 0.0; }));
    const Derivation::Figures outside = Derivation::figures(comparison, 7);
    QVERIFY(std::all_of(outside.begin(), outside.end(), [](double value) { return value == 0.0; }));
}

QTEST_GUILESS_MAIN(TestDerivation)
#include "tst_derivation.moc"
