#include "lexicon.h"
#include "movedetector.h"
#include "vocabulary.h"

#include <QTest>

using namespace WireDiff;

// MoveDetector: a run deleted at one place of the base and inserted at
// another place of the other article becomes Moved on both sides, linked
// token to token; short or function-word runs do not; a cancelled detector
// leaves the labels as they were; and a three-word phrase repeated
// thousands of times in the removed text (each occurrence a candidate)
// neither hides a real move nor costs more than a bounded number of
// candidates per position.
class TestMoveDetector : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void labelsLinkByClass_data();
    void labelsLinkByClass();
};

namespace {

struct Pair
{
    std::vector<qint32> a;
    std::vector<qint32> b;
};

class Words
{
public:
    std::vector<qint32> ids(const QString &text)
    {
        std::vector<qint32> out;
        for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            out.push_back(m_vocabulary.intern(word, TokenKind::Word));
        return out;
    }
    Lexicon lexicon() const { return Lexicon(m_vocabulary, QStringLiteral("en")); }

private:
    Vocabulary m_vocabulary;
};

std::vector<qint32> joined(std::initializer_list<std::vector<qint32>> parts)
{
    std::vector<qint32> out;
    for (const auto &part : parts)
        out.insert(out.end(), part.begin(), part.end());
    return out;
}

} // namespace

void TestMoveDetector::detect_data()
{
    QTest::addColumn<QString>("moved");     // deleted from the start of the base, inserted at the end of the other
    QTest::addColumn<int>("fillerRepeats"); // times "the council said" fills the removed and added text
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<int>("expectedMoved"); // tokens labelled Moved in the other article

    const QString sentence = QStringLiteral("harbour engineers inspected the cracked breakwater overnight");
    QTest::newRow("a moved sentence") << sentence << 0 << false << 7;
    QTest::newRow("too short to be a move") << QStringLiteral("cracked breakwater") << 0 << false << 0;
    QTest::newRow("function words only") << QStringLiteral("of the and to the") << 0 << false << 0;
    QTest::newRow("cancelled") << sentence << 0 << true << 0;
    QTest::newRow("among 5,000 repeats of one phrase") << sentence << 5000 << false << 7;
}

void TestMoveDetector::detect()
{
    QFETCH(QString, moved);
    QFETCH(int, fillerRepeats);
    QFETCH(bool, cancelled);
    QFETCH(int, expectedMoved);

    Words words;
    const std::vector<qint32> block = words.ids(moved);
    const std::vector<qint32> kept = words.ids(QStringLiteral("residents along the quay were told to stay indoors"));
    std::vector<qint32> filler;
    for (int i = 0; i < fillerRepeats; ++i) {
        const std::vector<qint32> phrase = words.ids(QStringLiteral("the council said"));
        filler.insert(filler.end(), phrase.begin(), phrase.end());
    }
    // Base: block, filler, kept. Other: kept, filler, block. Only `kept`
    // is Same beforehand; the fillers are removed on one side and added on
    // the other, so every filler position is a move candidate.
    const std::vector<qint32> a = joined({ block, filler, kept });
    const std::vector<qint32> b = joined({ kept, filler, block });
    const Lexicon lexicon = words.lexicon();
    PairAlignment alignment;
    alignment.a.reset(qint32(a.size()), ChangeClass::Removed);
    alignment.b.reset(qint32(b.size()), ChangeClass::Added);
    const auto keptInA = qint32(block.size() + filler.size());
    for (qint32 k = 0; k < qint32(kept.size()); ++k) {
        alignment.a.set(keptInA + k, ChangeClass::Same, k);
        alignment.b.set(k, ChangeClass::Same, keptInA + k);
    }
    Cancellation cancel = Cancellation::create();
    if (cancelled)
        cancel.cancel();

    MoveDetector::detect(a, b, lexicon, &alignment, 4, cancel);

    const auto blockInB = qint32(kept.size() + filler.size());
    int movedInB = 0;
    for (qint32 j = 0; j < qint32(b.size()); ++j) {
        if (alignment.b.classes[size_t(j)] != ChangeClass::Moved)
            continue;
        ++movedInB;
        // Linked both ways to an equal base token that is Moved as well.
        const qint32 i = alignment.b.counterpart(j);
        QVERIFY(i >= 0 && i < qint32(a.size()));
        QCOMPARE(a[size_t(i)], b[size_t(j)]);
        QCOMPARE(alignment.a.classes[size_t(i)], ChangeClass::Moved);
        QCOMPARE(alignment.a.counterpart(i), j);
    }
    int blockMoved = 0;
    for (qint32 j = blockInB; j < qint32(b.size()); ++j)
        blockMoved += alignment.b.classes[size_t(j)] == ChangeClass::Moved;
    QCOMPARE(blockMoved, expectedMoved);
    if (fillerRepeats == 0)
        QCOMPARE(movedInB, expectedMoved);
    for (qint32 k = 0; k < qint32(kept.size()); ++k)
        QCOMPARE(alignment.b.classes[size_t(k)], ChangeClass::Same);
}

void TestMoveDetector::labelsLinkByClass_data()
{
    QTest::addColumn<int>("before");     // the token's class before, -1: as reset
    QTest::addColumn<int>("beforeLink");
    QTest::addColumn<int>("changeClass");
    QTest::addColumn<int>("link");
    QTest::addColumn<int>("counterpart");
    QTest::addColumn<int>("group");

    const auto row = [](const char *name, int before, int beforeLink, ChangeClass changeClass, int link,
                        int counterpart, int group) {
        QTest::newRow(name) << before << beforeLink << int(changeClass) << link << counterpart << group;
    };
    row("reset, removed", -1, -1, ChangeClass::Removed, -1, -1, -1);
    row("same", -1, -1, ChangeClass::Same, 7, 7, -1);
    row("moved", -1, -1, ChangeClass::Moved, 0, 0, -1);
    row("paraphrased", -1, -1, ChangeClass::Paraphrased, 3, -1, 3);
    row("fact changed", -1, -1, ChangeClass::FactChanged, 2, -1, 2);
    row("added keeps no link given", -1, -1, ChangeClass::Added, 9, -1, -1);
    row("paraphrased, then added", int(ChangeClass::Paraphrased), 5, ChangeClass::Added, -1, -1, -1);
    row("paraphrased, then fact changed", int(ChangeClass::Paraphrased), 5, ChangeClass::FactChanged, 1, -1, 1);
    row("added, then same", int(ChangeClass::Added), -1, ChangeClass::Same, 4, 4, -1);
    row("moved, then removed", int(ChangeClass::Moved), 6, ChangeClass::Removed, -1, -1, -1);
}

// A token's counterpart and group share one list (pairalignment.h): each
// reads back only for the classes that have it.
void TestMoveDetector::labelsLinkByClass()
{
    QFETCH(int, before);
    QFETCH(int, beforeLink);
    QFETCH(int, changeClass);
    QFETCH(int, link);
    QFETCH(int, counterpart);
    QFETCH(int, group);
    TokenLabels labels;
    labels.reset(3, ChangeClass::Removed);
    if (before >= 0)
        labels.set(1, ChangeClass(before), beforeLink);
    labels.set(1, ChangeClass(changeClass), link);
    QCOMPARE(int(labels.classes[1]), changeClass);
    QCOMPARE(labels.counterpart(1), counterpart);
    QCOMPARE(labels.group(1), group);
    // Its neighbours are untouched.
    for (const qint32 other : { 0, 2 }) {
        QCOMPARE(labels.classes[size_t(other)], ChangeClass::Removed);
        QCOMPARE(labels.counterpart(other), -1);
        QCOMPARE(labels.group(other), -1);
    }
}

QTEST_GUILESS_MAIN(TestMoveDetector)
#include "tst_movedetector.moc"
