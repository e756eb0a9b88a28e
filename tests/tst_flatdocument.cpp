#include "flatdocument.h"

#include <QTest>

using namespace WireDiff;

// A flat document keeps each token's index in its paragraph, not its
// paragraph: paragraphOf() finds that from the paragraph starts, searching
// from the paragraph of every 64th token. It must agree with a walk of the
// paragraphs for every token, whatever the paragraphs' lengths: longer and
// shorter than a block, empty ones (boilerplate) anywhere, a paragraph
// starting exactly at a block's first token.
class TestFlatDocument : public QObject
{
    Q_OBJECT

private slots:
    void paragraphOf_data();
    void paragraphOf();
};

namespace {

// Flat tokens per paragraph, given as (count, repeats) runs.
QList<int> lengths(std::initializer_list<std::pair<int, int>> runs)
{
    QList<int> out;
    for (const auto &[count, repeats] : runs)
        for (int k = 0; k < repeats; ++k)
            out.append(count);
    return out;
}

} // namespace

void TestFlatDocument::paragraphOf_data()
{
    QTest::addColumn<QList<int>>("paragraphLengths");
    QTest::newRow("one paragraph") << lengths({ { 5, 1 } });
    QTest::newRow("one paragraph over several blocks") << lengths({ { 300, 1 } });
    QTest::newRow("paragraphs of a block each") << lengths({ { 64, 4 } });
    QTest::newRow("paragraphs of a block and one token") << lengths({ { 65, 3 }, { 63, 3 } });
    QTest::newRow("many short paragraphs in a block") << lengths({ { 1, 10 }, { 3, 40 }, { 2, 70 } });
    QTest::newRow("empty paragraphs first, between and last")
        << lengths({ { 0, 3 }, { 70, 1 }, { 0, 2 }, { 1, 1 }, { 0, 5 }, { 64, 1 }, { 0, 4 } });
    QTest::newRow("a thousand empty paragraphs inside one block")
        << lengths({ { 10, 1 }, { 0, 1000 }, { 10, 1 }, { 0, 1000 }, { 100, 1 } });
    QTest::newRow("empty paragraphs where a block starts") << lengths({ { 64, 1 }, { 0, 7 }, { 64, 1 }, { 0, 7 }, { 1, 1 } });
    QTest::newRow("no tokens at all") << lengths({ { 0, 3 } });
    QTest::newRow("no paragraphs") << QList<int>();
}

void TestFlatDocument::paragraphOf()
{
    QFETCH(QList<int>, paragraphLengths);
    FlatDocument flat;
    QList<qint32> expected; // paragraph per flat token, by walking
    for (qint32 p = 0; p < qint32(paragraphLengths.size()); ++p) {
        flat.paragraphStart.push_back(flat.size());
        for (qint32 t = 0; t < paragraphLengths[p]; ++t) {
            flat.keys.push_back(t);
            flat.tokens.push_back(2 * t + 1); // as if every other token were left out
            expected.append(p);
        }
    }
    flat.indexParagraphs();
    for (qint32 i = 0; i < flat.size(); ++i) {
        QCOMPARE(flat.paragraphOf(i), expected[i]);
        const FlatDocument::Position position = flat.position(i);
        QCOMPARE(position.paragraph, expected[i]);
        QCOMPARE(position.token, flat.tokens[size_t(i)]);
        QVERIFY(flat.paragraphStart[size_t(position.paragraph)] <= i && i < flat.paragraphEnd(position.paragraph));
    }
}

QTEST_GUILESS_MAIN(TestFlatDocument)
#include "tst_flatdocument.moc"
