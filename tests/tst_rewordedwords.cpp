#include "comparisonfixtures.h"
#include "rewordedwords.h"

#include <QTest>

using namespace WireDiff;
using namespace WireDiff::ComparisonFixtures;

// What a reworded span says it stands for (review 13): the words of the
// other side between the anchors the diff kept around the rewording, not
// the whole sentence it was linked with, on the copy's side and on the
// base's. The span's own link stays the sentence (the derivation figures
// count it as used).
class TestRewordedWords : public QObject
{
    Q_OBJECT

private slots:
    void rewordedSpansNameTheirWords_data();
    void rewordedSpansNameTheirWords();
    void keepsTheLinkWithoutAnchors_data();
    void keepsTheLinkWithoutAnchors();
};

void TestRewordedWords::rewordedSpansNameTheirWords_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("other");
    QTest::addColumn<bool>("onBase");  // the reworded words looked up are the base's
    QTest::addColumn<QString>("word"); // one of them, first occurrence
    QTest::addColumn<QString>("linked");

    const QString sentence = QStringLiteral("The mayor of Varen announced on Tuesday that the bridge over the "
                                            "river would reopen to traffic next month.");
    const QString inflected = QStringLiteral("The mayor of Varen announces on Tuesday that the bridge over the "
                                             "river would reopen to traffic next month.");
    QTest::newRow("a copy's reworded verb names the base's") << sentence << inflected << false << "announces" << "announced";
    QTest::newRow("the base's reworded verb names the copy's") << sentence << inflected << true << "announced" << "announces";
    const QString late = QStringLiteral("Repairs to the ferry pier at Lorne will begin in spring. The mayor of Varen said on "
                                        "Tuesday that the bridge over the river would reopen to traffic next month.");
    const QString lateCopy = QStringLiteral("Repairs to the ferry pier at Lorne will begin in spring. The mayor of Varen says on "
                                            "Tuesday that the bridge over the river would reopen to traffic next month.");
    QTest::newRow("in a second sentence") << late << lateCopy << false << "says" << "said";
}

void TestRewordedWords::rewordedSpansNameTheirWords()
{
    QFETCH(QString, base);
    QFETCH(QString, other);
    QFETCH(bool, onBase);
    QFETCH(QString, word);
    QFETCH(QString, linked);
    const Comparison comparison = comparePair({ base }, { other });
    const qint32 article = onBase ? 0 : 1;
    const QString &text = comparison.articles[size_t(article)].paragraphs[0].text;
    const qint32 at = qint32(text.indexOf(word));
    QVERIFY(at >= 0);
    const std::vector<DiffSpan> &spans = comparison.spansOf(article, 1);
    for (size_t i = 0; i < spans.size(); ++i) {
        if (spans[i].start <= at && at < spans[i].end) {
            QCOMPARE(spans[i].changeClass, ChangeClass::Paraphrased);
            QVERIFY(spans[i].hasLink());
            const QString &linkedParagraph = comparison.articles[size_t(onBase ? 1 : 0)].paragraphs[size_t(spans[i].linkParagraph)].text;
            const DiffSpan narrowed = RewordedWords::narrowed(spans, i, linkedParagraph);
            QCOMPARE(linkedParagraph.mid(narrowed.linkStart, narrowed.linkEnd - narrowed.linkStart), linked);
            QCOMPARE(narrowed.start, spans[i].start);
            QCOMPARE(narrowed.end, spans[i].end);
            return;
        }
    }
    QFAIL("word not covered by any span");
}

// Spans made by hand: no neighbour anchors inside the link (an added
// span before it, a Same span linking another paragraph after it), an
// anchor leaving no word between, and a span that is no paraphrase.
void TestRewordedWords::keepsTheLinkWithoutAnchors_data()
{
    QTest::addColumn<QList<int>>("before"); // class, linkParagraph, linkStart, linkEnd of the span before; empty: none
    QTest::addColumn<int>("changeClass");
    QTest::addColumn<QList<int>>("after");
    QTest::addColumn<int>("linkStart"); // expected
    QTest::addColumn<int>("linkEnd");

    // The linked text: "Crews forced 90 families from their homes." (0..43); the link is 6..42.
    const int same = int(ChangeClass::Same);
    const int added = int(ChangeClass::Added);
    QTest::newRow("added before, another paragraph after") << QList<int> { added, -1, 0, 0 } << int(ChangeClass::Paraphrased)
                                                            << QList<int> { same, 1, 0, 5 } << 6 << 42;
    QTest::newRow("anchors on both sides") << QList<int> { same, 0, 0, 5 } << int(ChangeClass::Paraphrased)
                                           << QList<int> { same, 0, 13, 15 } << 6 << 12;
    QTest::newRow("anchors leaving no word") << QList<int> { same, 0, 0, 12 } << int(ChangeClass::Paraphrased)
                                             << QList<int> { same, 0, 13, 15 } << 6 << 42;
    QTest::newRow("no paraphrase") << QList<int> { same, 0, 0, 5 } << int(ChangeClass::Moved)
                                   << QList<int> { same, 0, 13, 15 } << 6 << 42;
}

void TestRewordedWords::keepsTheLinkWithoutAnchors()
{
    QFETCH(QList<int>, before);
    QFETCH(int, changeClass);
    QFETCH(QList<int>, after);
    QFETCH(int, linkStart);
    QFETCH(int, linkEnd);
    const QString linkedText = QStringLiteral("Crews forced 90 families from their homes.");
    const auto make = [](const QList<int> &v, qint32 start, qint32 end) {
        return DiffSpan { 0, start, end, ChangeClass(v[0]), v[1], v[2], v[3] };
    };
    const std::vector<DiffSpan> spans { make(before, 0, 5), DiffSpan { 0, 6, 12, ChangeClass(changeClass), 0, 6, 42 },
                                        make(after, 13, 20) };
    const DiffSpan narrowed = RewordedWords::narrowed(spans, 1, linkedText);
    QCOMPARE(narrowed.linkStart, linkStart);
    QCOMPARE(narrowed.linkEnd, linkEnd);
}

QTEST_GUILESS_MAIN(TestRewordedWords)
#include "tst_rewordedwords.moc"
