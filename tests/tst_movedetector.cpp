#include "comparisonfixtures.h"
#include "flatdocument.h"
#include "lexicon.h"
#include "movebar.h"
#include "movedetector.h"
#include "movereview.h"
#include "sentenceplaces.h"
#include "vocabulary.h"

#include <QTest>

using namespace WireDiff;
using WireDiff::ComparisonFixtures::namesOf;

// MoveDetector: a run deleted at one place of the base and inserted at
// another place of the other article becomes Moved on both sides, linked
// token to token; short or function-word runs do not; a cancelled detector
// leaves the labels as they were; and a three-word phrase repeated
// thousands of times in the removed text (each occurrence a candidate)
// neither hides a real move nor costs more than a bounded number of
// candidates per position. In a whole comparison only a real moved
// statement is moved: a phrase two versions share by chance, words edited
// in place, a phrase the base holds in several places and marks alone are
// not (MoveBar's verdicts, MoveReview's second look at what was paired).
class TestMoveDetector : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void labelsLinkByClass_data();
    void labelsLinkByClass();
    void movesInAComparison_data();
    void movesInAComparison();
    void verdicts_data();
    void verdicts();
    void reviewOfMovedStretches_data();
    void reviewOfMovedStretches();
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
    // Words, and "." and "," as marks.
    std::vector<qint32> tokens(const QString &text)
    {
        std::vector<qint32> out;
        for (const QString &token : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const bool mark = token == QLatin1String(".") || token == QLatin1String(",");
            out.push_back(m_vocabulary.intern(token, mark ? TokenKind::Punctuation : TokenKind::Word));
        }
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

namespace {

// An invented story, and a version of it with a sentence and a clause
// moved to other paragraphs, a sentence rewritten in place, and new
// sentences that share phrases with the base by chance.
const QStringList ferryBase {
    QStringLiteral("# Storm closes Breck Point ferry terminal"),
    QStringLiteral("Gales forced the harbour authority to close the Breck Point ferry terminal on Sunday, stranding about "
                   "600 travellers, a spokesman said. Coastguard crews lifted two kayakers off the rocks at Skerry Head."),
    QStringLiteral("Engineers from the Tarrow Marine yard will inspect the damaged loading ramp on Monday. They hope to "
                   "reopen the Breck Point ferry terminal by Wednesday."),
    QStringLiteral("Local councillor Ruth Abara said the town had asked the government for money to help the fishing "
                   "families whose boats were wrecked."),
    QStringLiteral("The harbourmaster, Colm Deasy, said the authority would publish a report on the closure, adding that "
                   "the relief fund for stranded drivers would pay for their hotel rooms."),
    QStringLiteral("Buses will carry foot passengers to the airport at Kelso until the ferries run again, the operator said."),
};
const QStringList ferryOther {
    QStringLiteral("# Storm closes Breck Point ferry terminal"),
    QStringLiteral("Gales forced the harbour authority to close the Breck Point ferry terminal on Sunday, stranding about "
                   "600 travellers, a spokesman said. Volunteers raised money to help the stranded travellers."),
    QStringLiteral("Engineers will inspect the damaged loading ramp on Monday."),
    QStringLiteral("Local councillor Ruth Abara said the town had asked the government for funds for the fishing families "
                   "whose boats were wrecked."),
    QStringLiteral("The harbourmaster, Colm Deasy, said the authority would publish a report on the closure. Coastguard "
                   "crews lifted two kayakers off the rocks at Skerry Head."),
    QStringLiteral("Buses hired from the Tarrow Marine yard will carry foot passengers to the airport at Kelso until the "
                   "ferries run again, the operator said. Drivers waited outside the Breck Point ferry terminal all night. "
                   "The relief fund for stranded drivers would pay for their hotel rooms, the operator added."),
};

// The classes of the spans of `article` (0 base, 1 other) over the letters
// of `text` in its paragraph, and the paragraphs moved spans link to.
struct SpansOver
{
    QSet<ChangeClass> classes;
    QSet<qint32> movedFrom;
};

SpansOver spansOver(const Comparison &comparison, int article, int paragraph, const QString &text)
{
    SpansOver over;
    const QString &whole = comparison.articles[size_t(article)].paragraphs[size_t(paragraph)].text;
    const qsizetype at = whole.indexOf(text);
    if (at < 0)
        return over;
    for (const DiffSpan &span : comparison.spansOf(article, 1)) {
        if (span.paragraph != paragraph || span.end <= at || span.start >= at + text.size())
            continue;
        const bool letters = std::any_of(whole.begin() + std::max<qsizetype>(at, span.start),
                                         whole.begin() + std::min<qsizetype>(at + text.size(), span.end),
                                         [](QChar c) { return c.isLetterOrNumber(); });
        if (!letters)
            continue;
        over.classes.insert(span.changeClass);
        if (span.changeClass == ChangeClass::Moved)
            over.movedFrom.insert(span.linkParagraph);
    }
    return over;
}

} // namespace

void TestMoveDetector::movesInAComparison_data()
{
    QTest::addColumn<int>("paragraph");     // of the other article
    QTest::addColumn<QString>("text");      // in it, verbatim in the base
    QTest::addColumn<int>("baseParagraph"); // where the base has it
    QTest::addColumn<bool>("moved");        // moved from there, both sides; else moved on neither

    QTest::newRow("a phrase shared by chance is not moved") << 1 << "money to help" << 3 << false;
    QTest::newRow("words edited in place are not moved from there") << 5 << "from the Tarrow Marine yard" << 2 << false;
    QTest::newRow("a phrase the base holds in several places is not moved")
        << 5 << "outside the Breck Point ferry terminal" << 2 << false;
    QTest::newRow("a sentence moved to another paragraph stays moved")
        << 4 << "Coastguard crews lifted two kayakers off the rocks at Skerry Head" << 1 << true;
    QTest::newRow("a clause of nine words moved to another paragraph stays moved")
        << 5 << "relief fund for stranded drivers would pay for their hotel rooms" << 4 << true;
}

void TestMoveDetector::movesInAComparison()
{
    QFETCH(int, paragraph);
    QFETCH(QString, text);
    QFETCH(int, baseParagraph);
    QFETCH(bool, moved);
    const Comparison comparison = ComparisonFixtures::comparePair(ferryBase, ferryOther);
    // "outside" is only there to find the right occurrence in the other article.
    const QString shared = QString(text).remove(QStringLiteral("outside "));
    const SpansOver other = spansOver(comparison, 1, paragraph, text);
    const SpansOver base = spansOver(comparison, 0, baseParagraph, shared);
    QVERIFY(!other.classes.isEmpty() && !base.classes.isEmpty());
    if (moved) {
        QCOMPARE(namesOf(other.classes), changeClassName(ChangeClass::Moved));
        QCOMPARE(namesOf(base.classes), changeClassName(ChangeClass::Moved));
        QCOMPARE(other.movedFrom, QSet<qint32> { baseParagraph });
        QCOMPARE(base.movedFrom, QSet<qint32> { paragraph });
    } else {
        QVERIFY2(!other.classes.contains(ChangeClass::Moved), qPrintable(namesOf(other.classes)));
        QVERIFY2(!base.classes.contains(ChangeClass::Moved), qPrintable(namesOf(base.classes)));
    }
}

void TestMoveDetector::verdicts_data()
{
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("contentWords");
    QTest::addColumn<double>("weight");
    QTest::addColumn<bool>("wholeSentence");
    QTest::addColumn<bool>("editedInPlace");
    QTest::addColumn<int>("places");
    QTest::addColumn<int>("verdict");

    const auto row = [](const char *name, int words, int content, double weight, bool whole, bool inPlace, int places,
                        MoveBar::Verdict verdict) {
        QTest::newRow(name) << words << content << weight << whole << inPlace << places << int(verdict);
    };
    using V = MoveBar::Verdict;
    row("marks alone", 0, 0, 0.0, true, false, 0, V::Unpaired);
    row("function words alone", 3, 0, 0.0, false, false, 1, V::Unpaired);
    row("four rare words", 4, 4, 4.0, false, false, 1, V::Moved);
    row("the same, edited in place", 4, 4, 4.0, false, true, 1, V::Unpaired);
    row("a clause edited in place", 6, 4, 4.0, false, true, 1, V::Moved);
    row("a short sentence copied whole", 2, 1, 1.0, true, false, 1, V::Moved);
    row("two content words", 3, 2, 2.0, false, false, 1, V::Same);
    row("common words", 5, 4, 1.5, false, false, 1, V::Same);
    row("in several places of the base", 5, 5, 5.0, false, false, 2, V::Same);
    row("a clause in several places", 7, 5, 5.0, false, false, 2, V::Moved);
}

void TestMoveDetector::verdicts()
{
    QFETCH(int, words);
    QFETCH(int, contentWords);
    QFETCH(double, weight);
    QFETCH(bool, wholeSentence);
    QFETCH(bool, editedInPlace);
    QFETCH(int, places);
    QFETCH(int, verdict);
    const MoveBar::Passage passage { words, contentWords, weight, wholeSentence, editedInPlace, places };
    QCOMPARE(int(MoveBar::judge(passage)), verdict);
}

void TestMoveDetector::reviewOfMovedStretches_data()
{
    QTest::addColumn<QString>("other");     // one sentence; the base is ferryWords
    QTest::addColumn<QList<int>>("moved");  // pairs: token of other, its base token, labelled moved
    QTest::addColumn<QString>("expected"); // per token of other: m moved, s same, u unpaired, - not moved before

    // Base tokens: 0 harbour 1 engineers 2 inspected 3 the 4 cracked
    // 5 breakwater 6 overnight 7 . 8 the 9 council 10 said 11 .
    QTest::newRow("a moved sentence") << QStringLiteral("harbour engineers inspected the cracked breakwater overnight .")
                                      << QList<int> { 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7 }
                                      << QStringLiteral("mmmmmmmm");
    QTest::newRow("a full stop alone") << QStringLiteral("residents were told to stay indoors .")
                                       << QList<int> { 6, 7 } << QStringLiteral("------u");
    QTest::newRow("a full stop beside a moved sentence")
        << QStringLiteral("harbour engineers inspected the cracked breakwater overnight .")
        << QList<int> { 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 11 } << QStringLiteral("mmmmmmmm");
    QTest::newRow("function words alone") << QStringLiteral("residents said the council would stay .")
                                          << QList<int> { 2, 8 } << QStringLiteral("--u----");
    QTest::newRow("two words of a long sentence")
        << QStringLiteral("residents said the cracked breakwater had been mended by the council in May .")
        << QList<int> { 3, 4, 4, 5 } << QStringLiteral("---ss---------");
}

void TestMoveDetector::reviewOfMovedStretches()
{
    QFETCH(QString, other);
    QFETCH(QList<int>, moved);
    QFETCH(QString, expected);
    Words words;
    const auto flat = [&](const QString &text) {
        FlatDocument document;
        document.keys = words.tokens(text);
        for (qint32 k = 0; k < qint32(document.keys.size()); ++k)
            document.tokens.push_back(k);
        // A sentence ends after each full stop.
        document.sentenceStarts.push_back(0);
        for (qint32 k = 0; k + 1 < qint32(document.keys.size()); ++k) {
            if (text.split(QLatin1Char(' '), Qt::SkipEmptyParts)[k] == QLatin1String("."))
                document.sentenceStarts.push_back(k + 1);
        }
        document.paragraphStart.push_back(0);
        document.indexParagraphs();
        return document;
    };
    const FlatDocument base =
        flat(QStringLiteral("harbour engineers inspected the cracked breakwater overnight . the council said ."));
    const FlatDocument document = flat(other);
    const Lexicon lexicon = words.lexicon();
    TokenLabels labels;
    labels.reset(document.size(), ChangeClass::Added);
    for (qsizetype k = 0; k + 1 < moved.size(); k += 2)
        labels.set(moved[k], ChangeClass::Moved, moved[k + 1]);
    TokenLabels diff; // the diff paired nothing: no sentence has a place
    diff.reset(document.size(), ChangeClass::Added);
    const std::vector<WordClassifier::SourceSentence> sources(document.sentenceStarts.size());
    const SentencePlaces places(base, document, lexicon, diff, sources);
    QString got(document.size(), QLatin1Char('-'));
    for (qint32 k = 0; k < document.size(); ++k) {
        if (labels.classes[size_t(k)] == ChangeClass::Moved)
            got[k] = QLatin1Char('m');
    }
    for (const MoveReview::Change &change : MoveReview::review(base, document, lexicon, places, labels))
        got[change.token] = change.verdict == MoveBar::Verdict::Same ? QLatin1Char('s') : QLatin1Char('u');
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestMoveDetector)
#include "tst_movedetector.moc"
