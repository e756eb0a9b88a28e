#include "actiontext.h"

#include <QTest>

using namespace WireDiff;

// Action texts as tool buttons and the shortcuts list show them, in the
// accelerator styles the translations use.
class TestActionText : public QObject
{
    Q_OBJECT

private slots:
    void plain_data();
    void plain();
    void twoLines_data();
    void twoLines();
};

void TestActionText::plain_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("accelerator and ellipsis") << QStringLiteral("&Open Folder\u2026") << QStringLiteral("Open Folder");
    QTest::newRow("accelerator inside a word") << QStringLiteral("Re&load") << QStringLiteral("Reload");
    QTest::newRow("German ellipsis after a space") << QStringLiteral("&Ordner \u00F6ffnen \u2026") << QStringLiteral("Ordner \u00F6ffnen");
    QTest::newRow("three dots") << QStringLiteral("&Find...") << QStringLiteral("Find");
    QTest::newRow("Korean bracketed accelerator") << QStringLiteral("\uD3F4\uB354 \uC5F4\uAE30(&O)\u2026")
                                                  << QStringLiteral("\uD3F4\uB354 \uC5F4\uAE30");
    QTest::newRow("bracketed accelerator before a colon") << QStringLiteral("\uAE30\uC900(&B):") << QStringLiteral("\uAE30\uC900:");
    QTest::newRow("literal ampersand") << QStringLiteral("Save && &Close") << QStringLiteral("Save & Close");
    QTest::newRow("brackets that are words stay") << QStringLiteral("&System Language (Deutsch)")
                                                  << QStringLiteral("System Language (Deutsch)");
}

void TestActionText::plain()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ActionText::plain(text), expected);
}

// A long caption under an icon goes on two lines of about equal width
// (here a character is a unit of width).
void TestActionText::twoLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two words") << QStringLiteral("Next Change") << QStringLiteral("Next\nChange");
    QTest::newRow("balanced, not at the first space") << QStringLiteral("Open a new folder") << QStringLiteral("Open a\nnew folder");
    QTest::newRow("Ukrainian") << QStringLiteral("\u041F\u043E\u043F\u0435\u0440\u0435\u0434\u043D\u0456\u0439 \u0443\u043D\u0456\u043A\u0430\u043B\u044C\u043D\u0438\u0439")
                               << QStringLiteral("\u041F\u043E\u043F\u0435\u0440\u0435\u0434\u043D\u0456\u0439\n\u0443\u043D\u0456\u043A\u0430\u043B\u044C\u043D\u0438\u0439");
    QTest::newRow("one word stays") << QStringLiteral("Perezavantazhyty") << QStringLiteral("Perezavantazhyty");
    QTest::newRow("a no-break space holds") << QStringLiteral("Find\u00A0\u2026") << QStringLiteral("Find\u00A0\u2026");
}

void TestActionText::twoLines()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ActionText::twoLines(text, [](const QString &line) { return int(line.size()); }), expected);
}

QTEST_GUILESS_MAIN(TestActionText)
#include "tst_actiontext.moc"
