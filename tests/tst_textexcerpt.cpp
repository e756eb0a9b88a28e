#include "textexcerpt.h"

#include <QTest>

using namespace WireDiff;

// Quotes shortened for a line: cut after a whole word with "…", never
// longer than asked, never inside a surrogate pair.
class TestTextExcerpt : public QObject
{
    Q_OBJECT

private slots:
    void elided_data();
    void elided();
};

void TestTextExcerpt::elided_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("expected");

    QTest::newRow("short enough: kept") << QStringLiteral("Police named the driver.") << 40 << QStringLiteral("Police named the driver.");
    QTest::newRow("white space folded") << QStringLiteral("  the river\n\twould  crest ") << 40 << QStringLiteral("the river would crest");
    QTest::newRow("exactly the room") << QStringLiteral("the river would") << 15 << QStringLiteral("the river would");
    QTest::newRow("cut after the last whole word")
        << QStringLiteral("The river would crest on Tuesday near the old bridge") << 20 << QStringLiteral("The river would\u2026");
    QTest::newRow("a word ending exactly at the room is kept")
        << QStringLiteral("The river would crest on Tuesday") << 16 << QStringLiteral("The river would\u2026");
    QTest::newRow("no comma left dangling")
        << QStringLiteral("Officials said, after the meeting, that the road would close") << 17 << QStringLiteral("Officials said\u2026");
    QTest::newRow("one long word: cut at a code point")
        << QStringLiteral("Q2hlY2tlZFdpdGhUaGVBZ2VuY3lEZXNr was the code") << 12 << QStringLiteral("Q2hlY2tlZFd\u2026");
    QTest::newRow("a URL: cut after a part of it")
        << QStringLiteral("https://example.org/floods/coast-road-closed-until-friday") << 30
        << QStringLiteral("https://example.org/floods\u2026");
    QTest::newRow("no surrogate pair split")
        << QStringLiteral("\U0001F30A\U0001F30A\U0001F30A\U0001F30A\U0001F30A") << 4 << QStringLiteral("\U0001F30A\u2026");
    QTest::newRow("ideographs: each is a word")
        << QStringLiteral("洪水关闭了海岸公路和两座桥梁") << 6 << QStringLiteral("洪水关闭了\u2026");
    QTest::newRow("Cyrillic, cut between words")
        << QStringLiteral("Річка піднялася до найвищого рівня за десять років") << 30
        << QStringLiteral("Річка піднялася до найвищого\u2026");
}

void TestTextExcerpt::elided()
{
    QFETCH(QString, text);
    QFETCH(int, maxLength);
    QFETCH(QString, expected);
    const QString excerpt = TextExcerpt::elided(text, maxLength);
    QCOMPARE(excerpt, expected);
    QVERIFY(excerpt.size() <= maxLength);
}

QTEST_APPLESS_MAIN(TestTextExcerpt)
#include "tst_textexcerpt.moc"
