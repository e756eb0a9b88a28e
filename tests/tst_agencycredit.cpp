#include "agencycredit.h"
#include "article.h"

#include <QTest>

using namespace WireDiff;

// What a dateline or a credit line says of an article's source: the
// agency's own copy, a copy crediting it, or nothing. On invented lines.
class TestAgencyCredit : public QObject
{
    Q_OBJECT

private slots:
    void readsTheLine_data();
    void readsTheLine();
    void readsTheArticle_data();
    void readsTheArticle();
};

Q_DECLARE_METATYPE(AgencyCredit::Kind)

void TestAgencyCredit::readsTheLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("nearTheTop");
    QTest::addColumn<AgencyCredit::Kind>("kind");
    QTest::addColumn<QString>("agency");

    using Kind = AgencyCredit::Kind;
    QTest::newRow("wire dateline") << "KELBY (AFP) -- Engineers closed the rail bridge on Friday." << true << Kind::OwnWire
                                   << "afp";
    QTest::newRow("dateline with a date") << "KELBY, March 6 (Reuters) - Engineers closed the bridge." << true
                                          << Kind::OwnWire << "reuters";
    QTest::newRow("spelled out") << "Port Ellis (Associated Press) — The river rose overnight." << true << Kind::OwnWire
                                 << "ap";
    QTest::newRow("dateline far down") << "KELBY (AFP) -- Engineers closed the bridge." << false << Kind::None << "";
    QTest::newRow("source line") << "Source: AFP   Editor: Mara Lenz" << false << Kind::Credited << "afp";
    QTest::newRow("two sources") << "Sources: Kelby Herald, Reuters" << false << Kind::Credited << "reuters";
    QTest::newRow("byline with desk") << "Ines Marlo, Reuters" << false << Kind::Credited << "reuters";
    QTest::newRow("by the agency") << "By Associated Press" << false << Kind::Credited << "ap";
    // No agency named: a compilation's credit, a photo credit alone, a
    // sentence that reports what an agency said.
    QTest::newRow("news agencies") << "Source: News Agencies" << false << Kind::None << "";
    QTest::newRow("photo credit label") << "Reuters" << false << Kind::None << "";
    QTest::newRow("reporting sentence") << "The bridge was closed, Reuters reported on Friday." << true << Kind::None << "";
    QTest::newRow("apple is no AP") << "Source: Applewood Parish Council" << false << Kind::None << "";
    // A credit line is short: a long sentence of the byline's shape is reporting.
    QTest::newRow("a long sentence ending like a byline")
        << "Engineers who spent the night on the swollen river said the old bridge at Kelby would stay shut until divers had "
           "checked every pier and the council had paid for the repairs, Reuters"
        << false << Kind::None << "";
    QTest::newRow("a credit line with runs of spaces") << "  Source:   AFP  " << false << Kind::Credited << "afp";
}

void TestAgencyCredit::readsTheLine()
{
    QFETCH(QString, text);
    QFETCH(bool, nearTheTop);
    QFETCH(AgencyCredit::Kind, kind);
    QFETCH(QString, agency);
    const AgencyCredit credit = AgencyCredit::ofParagraph(text, nearTheTop);
    QCOMPARE(credit.kind, kind);
    QCOMPARE(credit.agency, agency);
}

// The strongest line of the article wins: a dateline over a credit line.
void TestAgencyCredit::readsTheArticle_data()
{
    QTest::addColumn<QStringList>("paragraphs");
    QTest::addColumn<AgencyCredit::Kind>("kind");

    using Kind = AgencyCredit::Kind;
    const QString body = QStringLiteral("Engineers closed the rail bridge over the Tarne on Friday.");
    QTest::newRow("credit at the end") << QStringList { QStringLiteral("Bridge shut"), body, QStringLiteral("Source: AFP") }
                                       << Kind::Credited;
    QTest::newRow("dateline and credit")
        << QStringList { QStringLiteral("Bridge shut"), QStringLiteral("KELBY (AFP) - ") + body, QStringLiteral("Source: AFP") }
        << Kind::OwnWire;
    QTest::newRow("neither") << QStringList { QStringLiteral("Bridge shut"), body } << Kind::None;
}

void TestAgencyCredit::readsTheArticle()
{
    QFETCH(QStringList, paragraphs);
    QFETCH(AgencyCredit::Kind, kind);
    Article article;
    for (const QString &text : paragraphs)
        article.paragraphs.push_back(Paragraph { text, ParagraphRole::Body });
    QCOMPARE(AgencyCredit::of(article).kind, kind);
}

QTEST_GUILESS_MAIN(TestAgencyCredit)
#include "tst_agencycredit.moc"
