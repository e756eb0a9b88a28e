#include "paneheaderbar.h"

#include <QApplication>
#include <QFontMetrics>
#include <QTest>

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

QTEST_MAIN(TestPaneHeaderBar)
#include "tst_paneheaderbar.moc"
