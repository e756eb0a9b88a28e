#include "basechooser.h"

#include <QTest>

using namespace WireDiff;

// BaseChooser::choose() on containment matrices shaped like real folders:
// the article sharing most with the others, the agency's copy when it
// shares enough, and never an article that repeats another's text.
class TestBaseChooser : public QObject
{
    Q_OBJECT

private slots:
    void choose_data();
    void choose();
};

using Matrix = QList<QList<double>>; // [a][b]: verbatim share of a found in b

void TestBaseChooser::choose_data()
{
    QTest::addColumn<Matrix>("found");
    QTest::addColumn<QList<qint64>>("words");
    QTest::addColumn<QList<bool>>("agency");
    QTest::addColumn<int>("expected");

    // Four versions of one story (a wire copy, a light edit, a rewrite, a
    // machine translation) and, last, a file of all four one after the
    // other: it holds each of them whole and shares most with them.
    QTest::newRow("a digest of the versions is not the base")
        << Matrix { { 0, 0.86, 0.48, 0.56, 1 },
                    { 0.94, 0, 0.46, 0.52, 1 },
                    { 0.48, 0.43, 0, 0.30, 1 },
                    { 0.51, 0.45, 0.27, 0, 1 },
                    { 0.72, 0.67, 0.50, 0.55, 0 } }
        << QList<qint64> { 459, 421, 461, 509, 1850 } << QList<bool> { false, false, false, false, false } << 0;
    // The wire copy pasted twenty times: all of it is the wire's text.
    QTest::newRow("a story repeated over and over is not the base")
        << Matrix { { 0, 0.86, 1 }, { 0.94, 0, 1 }, { 1, 0.86, 0 } } << QList<qint64> { 459, 421, 9180 }
        << QList<bool> { false, false, false } << 0;
    // A write-through holds the first take whole and is two and a half
    // times as long, but most of it is new: it stays eligible, and the
    // outlets that printed it make it the article sharing most.
    QTest::newRow("a write-through that holds its first take stays the base")
        << Matrix { { 0, 1, 0.96, 0.95 }, { 0.40, 0, 0.90, 0.88 }, { 0.41, 0.95, 0, 0.85 }, { 0.40, 0.93, 0.84, 0 } }
        << QList<qint64> { 400, 1000, 950, 980 } << QList<bool> { false, false, false, false } << 1;
    // The same, with the first take flagged as the agency's copy: it shares
    // more than half as much as the write-through, so it is the base.
    QTest::newRow("the agency's copy when it shares half as much")
        << Matrix { { 0, 1, 0.96, 0.95 }, { 0.40, 0, 0.90, 0.88 }, { 0.41, 0.95, 0, 0.85 }, { 0.40, 0.93, 0.84, 0 } }
        << QList<qint64> { 400, 1000, 950, 980 } << QList<bool> { true, false, false, false } << 0;
    // Another story's wire copy in the folder shares little with the rest.
    QTest::newRow("not another story's agency copy")
        << Matrix { { 0, 0.05, 0.10 }, { 0.05, 0, 0.80 }, { 0.10, 0.88, 0 } } << QList<qint64> { 500, 450, 470 }
        << QList<bool> { true, false, false } << 2;
    // A page that printed the agency copy twice repeats it, even though it
    // is the only agency-flagged article; the other agency copy is chosen.
    QTest::newRow("an agency page pasted twice yields to the other copy")
        << Matrix { { 0, 1, 0.90 }, { 1, 0, 0.90 }, { 0.88, 0.90, 0 } } << QList<qint64> { 300, 600, 310 }
        << QList<bool> { true, true, false } << 0;
    // Empty articles hold nothing and are held by nothing; of two that
    // share as much, the first.
    QTest::newRow("an empty article next to an even pair")
        << Matrix { { 0, 0, 0 }, { 0, 0, 0.9 }, { 0, 0.9, 0 } } << QList<qint64> { 0, 300, 320 }
        << QList<bool> { false, false, false } << 1;
}

void TestBaseChooser::choose()
{
    QFETCH(Matrix, found);
    QFETCH(QList<qint64>, words);
    QFETCH(QList<bool>, agency);
    QFETCH(int, expected);
    ContainmentMatrix containment(size_t(found.size()), std::vector<ContainmentShare>(size_t(found.size())));
    std::vector<BaseChooser::Candidate> articles;
    for (qsizetype a = 0; a < found.size(); ++a) {
        for (qsizetype b = 0; b < found.size(); ++b)
            containment[size_t(a)][size_t(b)].verbatim = found[a][b];
        articles.push_back({ words[a], agency[a] });
    }
    QCOMPARE(BaseChooser::choose(containment, articles), expected);
}

QTEST_GUILESS_MAIN(TestBaseChooser)
#include "tst_basechooser.moc"
