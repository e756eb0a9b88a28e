#include "accountname.h"

#include <QTest>

using namespace WireDiff;

// The name new notes are signed with until the editor gives one: the full
// name in the account's GECOS field, else the login.
class TestAccountName : public QObject
{
    Q_OBJECT

private slots:
    void fromGecos_data();
    void fromGecos();
    void currentIsNeverEmptyWithALogin();
};

void TestAccountName::fromGecos_data()
{
    QTest::addColumn<QString>("gecos");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("name");

    QTest::newRow("full name only") << QStringLiteral("Jane Doe") << QStringLiteral("jdoe") << QStringLiteral("Jane Doe");
    QTest::newRow("room and telephone after commas")
        << QStringLiteral("Jane Doe,Room 4,555-0100,,") << QStringLiteral("jdoe") << QStringLiteral("Jane Doe");
    QTest::newRow("empty: the login") << QString() << QStringLiteral("jdoe") << QStringLiteral("jdoe");
    QTest::newRow("only commas: the login") << QStringLiteral(",,,") << QStringLiteral("jdoe") << QStringLiteral("jdoe");
    QTest::newRow("white space folded") << QStringLiteral("  Jane   Doe ") << QStringLiteral("jdoe") << QStringLiteral("Jane Doe");
    QTest::newRow("& is the capitalised login") << QStringLiteral("& Smith") << QStringLiteral("jdoe") << QStringLiteral("Jdoe Smith");
    QTest::newRow("beyond ASCII") << QStringLiteral("Zoë Ångström,,,") << QStringLiteral("zoe") << QStringLiteral("Zoë Ångström");
    QTest::newRow("no login, no name") << QString() << QString() << QString();
}

void TestAccountName::fromGecos()
{
    QFETCH(QString, gecos);
    QFETCH(QString, login);
    QFETCH(QString, name);
    QCOMPARE(AccountName::fromGecos(gecos, login), name);
}

// Whatever the system: a process with a login name always has a name to
// sign with.
void TestAccountName::currentIsNeverEmptyWithALogin()
{
    qputenv("USER", "wirediff-tester");
    QVERIFY(!AccountName::current().isEmpty());
}

QTEST_APPLESS_MAIN(TestAccountName)
#include "tst_accountname.moc"
