#include "comparison.h"
#include "paneheaderbar.h"

#include <QApplication>
#include <QFontMetrics>
#include <QTest>
#include <QTimeZone>

using namespace WireDiff;

// The pane headers' text where the pane is narrow: the base's header names
// the article its highlights are read against, and that name is what stays
// when the line is shortened. Before, the phrase was kept and the name cut
// ("highlights against Fourteen d…"; in German no name at all).
class TestPaneHeaderBar : public QObject
{
    Q_OBJECT

private slots:
    void comparedWithLineKeepsTheName_data();
    void comparedWithLineKeepsTheName();
    void sharesAddUp_data();
    void sharesAddUp();
    void timeLineSaysWhereTheTimeCameFrom_data();
    void timeLineSaysWhereTheTimeCameFrom();
};

void TestPaneHeaderBar::comparedWithLineKeepsTheName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("characters"); // pane width, in average characters
    QTest::addColumn<bool>("wholePhrase");
    QTest::newRow("wide pane") << QStringLiteral("Fourteen dead as record flood swamps Port Ellis") << 90 << true;
    QTest::newRow("narrow pane") << QStringLiteral("Fourteen dead as record flood swamps Port Ellis") << 30 << false;
    QTest::newRow("short name, narrow pane") << QStringLiteral("Valley Post") << 30 << true;
}

void TestPaneHeaderBar::comparedWithLineKeepsTheName()
{
    QFETCH(QString, name);
    QFETCH(int, characters);
    QFETCH(bool, wholePhrase);
    const QFontMetrics metrics(QApplication::font());
    const int width = characters * metrics.averageCharWidth();
    const QString line = PaneHeaderBar::comparedWithLine(name, metrics, width);
    QVERIFY2(metrics.horizontalAdvance(line) <= width, qPrintable(line));
    QCOMPARE(line.startsWith(QLatin1String("highlights against ")), wholePhrase);
    // The name's first words are shown, whatever else gives way.
    const QString firstWords = name.section(QLatin1Char(' '), 0, 1);
    QVERIFY2(line.contains(firstWords), qPrintable(line));
}

// The header's shares of an article account for every word: an article
// whose only differences are changed facts read "82% verbatim · 0%
// reworded · 0% new" before, two words in eleven unaccounted for.
void TestPaneHeaderBar::sharesAddUp_data()
{
    QTest::addColumn<qint64>("same");
    QTest::addColumn<qint64>("paraphrased");
    QTest::addColumn<qint64>("added");
    QTest::addColumn<qint64>("changedFacts");
    QTest::addColumn<QString>("line");
    QTest::newRow("a figure and a weekday changed")
        << qint64(9) << qint64(0) << qint64(0) << qint64(2)
        << QStringLiteral("82% verbatim \u00B7 0% reworded \u00B7 0% new \u00B7 18% changed facts");
    QTest::newRow("no changed facts: three parts")
        << qint64(6) << qint64(3) << qint64(1) << qint64(0)
        << QStringLiteral("60% verbatim \u00B7 30% reworded \u00B7 10% new");
    // Rounded one by one, thirds read 33 + 33 + 33; the largest remainder
    // (the first on a tie) takes the point still missing, as in the exports.
    QTest::newRow("thirds: the rounding adds up to 100")
        << qint64(1) << qint64(1) << qint64(1) << qint64(0)
        << QStringLiteral("34% verbatim \u00B7 33% reworded \u00B7 33% new");
    QTest::newRow("sevenths with a changed fact")
        << qint64(3) << qint64(2) << qint64(1) << qint64(1)
        << QStringLiteral("43% verbatim \u00B7 29% reworded \u00B7 14% new \u00B7 14% changed facts");
    QTest::newRow("every part")
        << qint64(10) << qint64(5) << qint64(4) << qint64(1)
        << QStringLiteral("50% verbatim \u00B7 25% reworded \u00B7 20% new \u00B7 5% changed facts");
    // One changed word in 600 rounds to 0: it reads 1 %, taken from the
    // largest part, never "0 %" beside a listed changed fact.
    QTest::newRow("a changed fact under half a percent")
        << qint64(420) << qint64(60) << qint64(119) << qint64(1)
        << QStringLiteral("69% verbatim \u00B7 10% reworded \u00B7 20% new \u00B7 1% changed facts");
    QTest::newRow("new text under half a percent")
        << qint64(997) << qint64(0) << qint64(3) << qint64(0)
        << QStringLiteral("99% verbatim \u00B7 0% reworded \u00B7 1% new");
}

void TestPaneHeaderBar::sharesAddUp()
{
    QFETCH(qint64, same);
    QFETCH(qint64, paraphrased);
    QFETCH(qint64, added);
    QFETCH(qint64, changedFacts);
    QFETCH(QString, line);
    ClassCounts counts;
    counts.same = same;
    counts.paraphrased = paraphrased;
    counts.added = added;
    counts.changedFacts = changedFacts;
    counts.words = same + paraphrased + added + changedFacts;
    QCOMPARE(PaneHeaderBar::sharesLine(counts), line);
}

// The tooltip says whether a time is when the story was published or filed
// (metadata, a wire header) or only when its file was written.
void TestPaneHeaderBar::timeLineSaysWhereTheTimeCameFrom_data()
{
    QTest::addColumn<int>("source"); // TimeSource
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("start");
    QTest::newRow("metadata") << int(TimeSource::Metadata) << true << "Published: ";
    QTest::newRow("wire header") << int(TimeSource::WireHeader) << true << "Filed: ";
    QTest::newRow("file") << int(TimeSource::File) << true << "File time: ";
    QTest::newRow("no time") << int(TimeSource::None) << false << QString();
}

void TestPaneHeaderBar::timeLineSaysWhereTheTimeCameFrom()
{
    QFETCH(int, source);
    QFETCH(bool, valid);
    QFETCH(QString, start);
    Article article;
    article.publishedFrom = TimeSource(source);
    if (valid)
        article.published = QDateTime(QDate(2001, 2, 7), QTime(16, 52), QTimeZone::utc());
    const QString line = PaneHeaderBar::timeLine(article);
    if (!valid) {
        QVERIFY2(line.isEmpty(), qPrintable(line));
        return;
    }
    QVERIFY2(line.startsWith(start), qPrintable(line));
    QVERIFY2(line.contains(QLocale().toString(article.published, QLocale::ShortFormat)), qPrintable(line));
}

QTEST_MAIN(TestPaneHeaderBar)
#include "tst_paneheaderbar.moc"
