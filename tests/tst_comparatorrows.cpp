#include "comparisonfixtures.h"
#include "testarticles.h"

#include <QHashSeed>
#include <QTest>

#include <algorithm>
#include <numeric>
#include <set>

using namespace WireDiff;
using namespace WireDiff::ComparisonFixtures;

// The rows of whole comparisons: paragraphs aligned across reorders,
// splits, merges and repeats, the base read in order, each article's
// paragraphs in their order where the articles allow, the editor's links
// and unlinks, what is found in no other source, and the same rows in
// every run.
class TestComparatorRows : public QObject
{
    Q_OBJECT

private slots:
    void alignsRows_data();
    void alignsRows();
    void marksMovedCells();
    void movedCellsHoldTheMovedWords_data();
    void movedCellsHoldTheMovedWords();
    void splitHalfInPlaceKeepsTheRow_data();
    void splitHalfInPlaceKeepsTheRow();
    void flagsUniqueParagraphs_data();
    void flagsUniqueParagraphs();
    void honoursManualLinks_data();
    void honoursManualLinks();
    void manualLinksBetweenOtherArticles_data();
    void manualLinksBetweenOtherArticles();
    void lateParagraphsShareARow_data();
    void lateParagraphsShareARow();
    void sameRowsWhateverTheHashSeed_data();
    void sameRowsWhateverTheHashSeed();
    void baseKeepsItsOrder_data();
    void baseKeepsItsOrder();
    void rowsFollowEachArticlesOrder_data();
    void rowsFollowEachArticlesOrder();
    void sameSignOffSharesARow_data();
    void sameSignOffSharesARow();
};

void TestComparatorRows::alignsRows_data()
{
    QTest::addColumn<QStringList>("other");
    QTest::addColumn<RowShape>("rows");

    QTest::newRow("identical") << story
        << RowShape { { { 0 }, { 0 } }, { { 1 }, { 1 } }, { { 2 }, { 2 } }, { { 3 }, { 3 } }, { { 4 }, { 4 } } };

    QStringList reordered { story[0], story[2], story[1], story[3], story[4] };
    QTest::newRow("reordered paragraphs stay aligned") << reordered
        << RowShape { { { 0 }, { 0 } }, { { 1 }, { 2 } }, { { 2 }, { 1 } }, { { 3 }, { 3 } }, { { 4 }, { 4 } } };

    QStringList split { story[0], story[1], story[2],
                        QStringLiteral("Investigators will examine the building on Friday."),
                        QStringLiteral("Police said it was too early to say whether the fire had been started deliberately."),
                        story[4] };
    QTest::newRow("split paragraph shares one row") << split
        << RowShape { { { 0 }, { 0 } }, { { 1 }, { 1 } }, { { 2 }, { 2 } }, { { 3 }, { 3, 4 } }, { { 4 }, { 5 } } };

    QStringList merged { story[0], story[1] + QLatin1Char(' ') + story[2], story[3], story[4] };
    QTest::newRow("merged paragraphs share one row") << merged
        << RowShape { { { 0 }, { 0 } }, { { 1, 2 }, { 1 } }, { { 3 }, { 2 } }, { { 4 }, { 3 } } };

    QStringList dropped { story[0], story[1], story[3], story[4] };
    QTest::newRow("missing paragraph leaves a gap") << dropped
        << RowShape { { { 0 }, { 0 } }, { { 1 }, { 1 } }, { { 2 }, {} }, { { 3 }, { 2 } }, { { 4 }, { 3 } } };

    QStringList added { story[0], story[1],
                        QStringLiteral("A spokeswoman for the rail operator said trains would run normally on the "
                                       "line through Varen after engineers inspected the track."),
                        story[2], story[3], story[4] };
    QTest::newRow("added paragraph gets its own row in place") << added
        << RowShape { { { 0 }, { 0 } }, { { 1 }, { 1 } }, { {}, { 2 } }, { { 2 }, { 3 } }, { { 3 }, { 4 } }, { { 4 }, { 5 } } };

    QStringList sameOpening = replaced(story, 4,
        QStringLiteral("The warehouse belonged to a cooperative of mountain farmers who stored hay and machinery "
                       "there during the long winter months every year."));
    // The unaligned paragraph of `other` is its own ending: it follows the
    // base's last row (review 13, finding 7).
    QTest::newRow("a shared opening phrase alone does not align") << sameOpening
        << RowShape { { { 0 }, { 0 } }, { { 1 }, { 1 } }, { { 2 }, { 2 } }, { { 3 }, { 3 } }, { { 4 }, {} }, { {}, { 4 } } };
}

void TestComparatorRows::alignsRows()
{
    QFETCH(QStringList, other);
    QFETCH(RowShape, rows);
    const Comparison comparison = comparePair(story, other);
    QCOMPARE(shapeOf(comparison), rows);
}

void TestComparatorRows::marksMovedCells()
{
    const QStringList reordered { story[0], story[2], story[1], story[3], story[4] };
    const Comparison comparison = comparePair(story, reordered);
    int movedCells = 0;
    for (const AlignedRow &row : comparison.rows) {
        QVERIFY(!row.cells[0].moved); // the base is never moved
        movedCells += row.cells[1].moved;
    }
    QCOMPARE(movedCells, 1);
    bool movedWords = false;
    for (const DiffSpan &span : comparison.spansOf(1, 1))
        movedWords = movedWords || span.changeClass == ChangeClass::Moved;
    QVERIFY(movedWords);
}

void TestComparatorRows::movedCellsHoldTheMovedWords_data()
{
    QTest::addColumn<QStringList>("other");
    QTest::addColumn<QList<int>>("moved"); // the other's paragraphs in moved cells

    QTest::newRow("two paragraphs swapped around one that stays")
        << QStringList { story[0], story[3], story[2], story[1], story[4] } << QList<int> { 1, 3 };
}

// The rows flag as moved the paragraphs whose words the comparison calls
// moved, and no other.
void TestComparatorRows::movedCellsHoldTheMovedWords()
{
    QFETCH(QStringList, other);
    QFETCH(QList<int>, moved);
    const Comparison comparison = comparePair(story, other);
    QList<int> flagged;
    for (qint32 p = 0; p < qint32(other.size()); ++p) {
        if (comparison.rows[size_t(comparison.rowOf[1][size_t(p)])].cells[1].moved)
            flagged.append(p);
    }
    QCOMPARE(flagged, moved);
    QList<int> withMovedWords;
    for (const DiffSpan &span : comparison.spansOf(1, 1)) {
        if (span.changeClass == ChangeClass::Moved && !withMovedWords.contains(span.paragraph))
            withMovedWords.append(span.paragraph);
    }
    std::sort(withMovedWords.begin(), withMovedWords.end());
    QCOMPARE(withMovedWords, moved);
}

void TestComparatorRows::splitHalfInPlaceKeepsTheRow_data()
{
    QTest::addColumn<QStringList>("base");
    QTest::addColumn<QStringList>("other");
    QTest::addColumn<RowShape>("rows");
    QTest::addColumn<QList<int>>("moved"); // the other's paragraphs in moved cells

    const QString examine = QStringLiteral("Investigators from the regional police will examine what is left of the "
                                           "building on Friday morning.");
    const QString cause = QStringLiteral("Police said it was too early to say whether the fire had been started "
                                         "deliberately or by faulty wiring.");
    const QStringList base = replaced(story, 3, examine + QLatin1Char(' ') + cause);
    const RowShape inPlace { { { 0 }, { 0 } }, { { 1 }, { 1 } }, { { 2 }, { 2 } }, { { 3 }, { 3 } }, { { 4 }, { 4 } }, { {}, { 5 } } };
    QTest::newRow("the longer half moved to the end")
        << base << QStringList { story[0], story[1], story[2], examine, story[4], cause } << inPlace << QList<int> { 5 };
    QTest::newRow("the shorter half moved to the end")
        << base << QStringList { story[0], story[1], story[2], cause, story[4], examine } << inPlace << QList<int> { 5 };
    // Under minCoverage of the paragraph (7 of 34 words) stays in place.
    const QString warned = QStringLiteral("\"We warned the council about the wiring in 2019 and again last spring, and "
                                          "nobody listened,\" the owner told reporters outside the station.");
    const QString shortHalf = QStringLiteral("The owner said the building was old.");
    QTest::newRow("a short half in place, the rest moved to the end")
        << replaced(story, 3, shortHalf + QLatin1Char(' ') + warned)
        << QStringList { story[0], story[1], story[2], shortHalf, story[4], warned } << inPlace << QList<int> { 5 };
}

// A base paragraph split in two, one half moved away: the half in its
// place keeps the base paragraph's row; the moved half has a row of its
// own, out of order.
void TestComparatorRows::splitHalfInPlaceKeepsTheRow()
{
    QFETCH(QStringList, base);
    QFETCH(QStringList, other);
    QFETCH(RowShape, rows);
    QFETCH(QList<int>, moved);
    const Comparison comparison = comparePair(base, other);
    QCOMPARE(shapeOf(comparison), rows);
    QList<int> flagged;
    for (qint32 p = 0; p < qint32(other.size()); ++p) {
        if (comparison.rows[size_t(comparison.rowOf[1][size_t(p)])].cells[1].moved)
            flagged.append(p);
    }
    QCOMPARE(flagged, moved);
}

void TestComparatorRows::flagsUniqueParagraphs_data()
{
    QTest::addColumn<QList<QStringList>>("articles"); // the first is the base
    QTest::addColumn<QList<QList<bool>>>("unique");

    const QString claim = QStringLiteral("Residents told reporters they had complained to the council about "
                                         "sparks from the warehouse chimney for several winters.");
    QStringList padded = story;
    padded.append(claim);
    QStringList other = story;
    other.removeAt(2);
    QTest::newRow("a claim only one article makes")
        << QList<QStringList> { story, padded, other }
        << QList<QList<bool>> { QList<bool>(5, false), { false, false, false, false, false, true }, QList<bool>(4, false) };
    // The diff matches a repeated paragraph once; the repeat was left in a
    // row of its own and called found in no other source.
    QTest::newRow("a repeat of a paragraph another article has")
        << QList<QStringList> { story.mid(0, 3), { story[0], story[1], claim, story[1], story[2] } }
        << QList<QList<bool>> { QList<bool>(3, false), { false, false, true, false, false } };
    // The panes paint c's sentence as rewording the base's; before, its
    // sentence's score fell short of the paraphrase decision, so the row
    // linker ignored the reworded words and left it alone in a row, tinted
    // as found in no other source, beside the amber words linked to a.
    QTest::newRow("a paragraph shown rewording the base's")
        << QList<QStringList> { { QStringLiteral("Flood waters reached 6.4 metres in Riverton on Monday, officials said.") },
                                { QStringLiteral("Flood waters reached 6.1 metres in Riverton on Tuesday, officials said.") },
                                { QStringLiteral("Officials said the river hit a record level in Riverton.") } }
        << QList<QList<bool>> { { false }, { false }, { false } };
    QTest::newRow("the base repeats a paragraph")
        << QList<QStringList> { { story[0], story[1], story[2], story[1] }, story.mid(0, 3) }
        << QList<QList<bool>> { QList<bool>(4, false), QList<bool>(3, false) };
}

void TestComparatorRows::flagsUniqueParagraphs()
{
    QFETCH(QList<QStringList>, articles);
    QFETCH(QList<QList<bool>>, unique);
    const Comparison comparison = compareLettered(articles);
    QList<QList<bool>> flags;
    for (const std::vector<bool> &article : comparison.unique)
        flags.append(QList<bool>(article.begin(), article.end()));
    QCOMPARE(flags, unique);
}

void TestComparatorRows::honoursManualLinks_data()
{
    QTest::addColumn<bool>("link");
    QTest::addColumn<int>("baseParagraph");
    QTest::addColumn<int>("otherParagraph");
    QTest::addColumn<bool>("sameRow");
    // The other article's last paragraph says something new: the editor
    // knows it is the follow-up of the base's last one.
    QTest::newRow("link two unrelated paragraphs") << true << 4 << 4 << true;
    // The editor disagrees with an alignment the words suggest.
    QTest::newRow("unlink two aligned paragraphs") << false << 1 << 1 << false;
}

void TestComparatorRows::honoursManualLinks()
{
    QFETCH(bool, link);
    QFETCH(int, baseParagraph);
    QFETCH(int, otherParagraph);
    QFETCH(bool, sameRow);
    const QStringList other = replaced(story, 4, QStringLiteral("Shares in the company's parent group fell "
                                                                "sharply on Friday morning in Zurich."));
    std::vector<Article> articles { TestArticles::make(QStringLiteral("base"), story),
                                    TestArticles::make(QStringLiteral("other"), other) };
    ComparisonOptions options;
    options.baseId = QStringLiteral("base");
    ParagraphLink manual;
    manual.kind = link ? ParagraphLink::Kind::Link : ParagraphLink::Kind::Unlink;
    manual.a = ParagraphLink::endOf(QStringLiteral("base"), baseParagraph, story[baseParagraph]);
    // The stored index is off by one, as after an edit: the quote finds it.
    manual.b = ParagraphLink::endOf(QStringLiteral("other"), otherParagraph + 1, other[otherParagraph]);
    options.manualLinks = { manual };
    const Comparison comparison = *Comparator(options).compare(std::move(articles)).comparison;
    QCOMPARE(comparison.rowOf[0][size_t(baseParagraph)] == comparison.rowOf[1][size_t(otherParagraph)], sameRow);
    QVERIFY(comparison.notices.isEmpty());
}

void TestComparatorRows::manualLinksBetweenOtherArticles_data()
{
    QTest::addColumn<int>("paragraphOfB");
    QTest::addColumn<int>("paragraphOfC");
    QTest::addColumn<bool>("sameRow");

    // Both paragraphs already have their base rows: the link was dropped
    // without a word. Rows 1 and 2 of the base are neighbours: one row.
    QTest::newRow("neighbouring base rows join") << 1 << 2 << true;
    // Rows 0 and 2 would take row 1 out of the base's order: refused, said.
    QTest::newRow("base rows apart are refused with a notice") << 0 << 2 << false;
}

void TestComparatorRows::manualLinksBetweenOtherArticles()
{
    QFETCH(int, paragraphOfB);
    QFETCH(int, paragraphOfC);
    QFETCH(bool, sameRow);
    const QStringList text = story.mid(0, 3);
    std::vector<Article> articles { TestArticles::make(QStringLiteral("a"), text), TestArticles::make(QStringLiteral("b"), text),
                                    TestArticles::make(QStringLiteral("c"), text) };
    ComparisonOptions options;
    options.baseId = QStringLiteral("a");
    options.threads = 1;
    ParagraphLink manual;
    manual.kind = ParagraphLink::Kind::Link;
    manual.a = ParagraphLink::endOf(QStringLiteral("b"), paragraphOfB, text[paragraphOfB]);
    manual.b = ParagraphLink::endOf(QStringLiteral("c"), paragraphOfC, text[paragraphOfC]);
    options.manualLinks = { manual };
    const Comparison comparison = *Comparator(options).compare(std::move(articles)).comparison;
    QCOMPARE(comparison.rowOf[1][size_t(paragraphOfB)] == comparison.rowOf[2][size_t(paragraphOfC)], sameRow);
    QCOMPARE(comparison.notices.size(), sameRow ? 0 : 1);
    if (!sameRow)
        QVERIFY2(comparison.notices.constFirst().contains(QLatin1String("was not applied")), qPrintable(comparison.notices.constFirst()));
    // The base still reads in order down the rows.
    for (size_t p = 1; p < comparison.rowOf[0].size(); ++p)
        QVERIFY(comparison.rowOf[0][p] >= comparison.rowOf[0][p - 1]);
}

void TestComparatorRows::lateParagraphsShareARow_data()
{
    // Two later versions add the same paragraph, which the base lacks. Prose
    // of mostly function words ("as far as I am able to judge") has few
    // 3-grams with two content words: the link between the two additions
    // must still count as covering the paragraph.
    QTest::addColumn<QString>("added");
    QTest::addColumn<QString>("addedAgain");
    const QString plain = QStringLiteral(
        "As far as it is possible for us to tell, after all that has been said on the matter by those who were there, "
        "it was not the fire itself but what was done in the hours after it that has made so many of them so angry, "
        "and it is this that they will want to ask about when they are at last able to put it to those in charge of "
        "what was to be done, and of how it was to be done, on that night and on the days that came after it.");
    QTest::newRow("same words") << plain << plain;
    QTest::newRow("one word changed") << plain
        << QString(plain).replace(QStringLiteral("so angry"), QStringLiteral("so bitter"));
}

void TestComparatorRows::lateParagraphsShareARow()
{
    QFETCH(QString, added);
    QFETCH(QString, addedAgain);
    QStringList later { story[0], story[1], added, story[2], story[3], story[4] };
    QStringList latest { story[0], story[1], addedAgain, story[2], story[3], story[4] };
    const Comparison comparison = compareArticles({ TestArticles::make(QStringLiteral("base"), story),
                                                    TestArticles::make(QStringLiteral("later"), later),
                                                    TestArticles::make(QStringLiteral("latest"), latest) },
                                                  QStringLiteral("base"));
    const qint32 row = comparison.rowOf[1][2];
    QCOMPARE(comparison.rowOf[2][2], row);
    QVERIFY(comparison.rows[size_t(row)].cells[0].isGap());
}


void TestComparatorRows::sameRowsWhateverTheHashSeed_data()
{
    QTest::addColumn<QList<QStringList>>("articles");

    const QString extra = QStringLiteral("Engineers estimate the repairs will take at least four years and cost "
                                         "about 120 million euros.");
    QTest::newRow("an article repeats a paragraph two others carry")
        << QList<QStringList> { story.mid(0, 3), story.mid(0, 3), { story[0], story[1], extra, story[1], story[2] } };
    QTest::newRow("a paragraph split one way, merged another")
        << QList<QStringList> { story, { story[0], story[1] + QLatin1Char(' ') + story[2], story[3], story[4] },
                                { story[0], story[2], story[1], story[3] + QLatin1Char(' ') + story[4] } };
}

void TestComparatorRows::sameRowsWhateverTheHashSeed()
{
    QFETCH(QList<QStringList>, articles);
    const auto run = [&articles] {
        const Comparison comparison = compareLettered(articles);
        QList<QList<bool>> unique;
        for (const std::vector<bool> &flags : comparison.unique)
            unique.append(QList<bool>(flags.begin(), flags.end()));
        return std::make_pair(shapeOf(comparison), unique);
    };
    const auto first = run();
    for (int attempt = 0; attempt < 12; ++attempt) {
        QHashSeed::resetRandomGlobalSeed();
        const auto again = run();
        QCOMPARE(again.first, first.first);
        QCOMPARE(again.second, first.second);
    }
    QHashSeed::setDeterministicGlobalSeed();
}

void TestComparatorRows::baseKeepsItsOrder_data()
{
    QTest::addColumn<QStringList>("base");
    QTest::addColumn<QStringList>("other");

    const QString opening = QStringLiteral("The city council voted on Tuesday to approve a new budget for the harbour district, officials said.");
    const QString mayor = QStringLiteral("Mayor Jane Holloway told reporters on Wednesday that the long plan was overdue.");
    const QString wall = QStringLiteral("She said it would fund repairs to the old sea wall and build three new ferry piers.");
    const QString governor = QStringLiteral("The budget must still be signed by the regional governor before the end of March.");
    const QString zebras = QStringLiteral("Zebras graze quietly beneath acacia trees near Nairobi while tourists watch from jeeps.");
    // The other's first paragraph merges the base's three; its third holds
    // half of the base's second, which it links more strongly.
    QTest::newRow("a merged paragraph and a stronger piece of the middle one")
        << QStringList { opening, mayor + QLatin1Char(' ') + wall, governor }
        << QStringList { opening + QLatin1Char(' ') + mayor + QLatin1Char(' ') + governor, zebras, wall };
    QTest::newRow("split, merged and reordered") << story
        << QStringList { story[0] + QLatin1Char(' ') + story[3], story[2], story[1], story[4] };
}

void TestComparatorRows::baseKeepsItsOrder()
{
    QFETCH(QStringList, base);
    QFETCH(QStringList, other);
    const Comparison comparison = comparePair(base, other);
    QList<int> order;
    for (const AlignedRow &row : comparison.rows) {
        const std::vector<qint32> &cell = row.cells[size_t(comparison.base)].paragraphs;
        for (size_t k = 1; k < cell.size(); ++k)
            QCOMPARE(cell[k], cell[k - 1] + 1);
        order.append(QList<int>(cell.begin(), cell.end()));
    }
    QList<int> expected(base.size());
    std::iota(expected.begin(), expected.end(), 0);
    QCOMPARE(order, expected);
}

void TestComparatorRows::rowsFollowEachArticlesOrder_data()
{
    QTest::addColumn<QList<QStringList>>("articles"); // the first is the base
    QTest::addColumn<bool>("inOrder");                // no article has a moved cell

    const QString pilots = QStringLiteral("Harbour pilots warned that the new ferry piers would narrow the channel "
                                          "used by cargo ships entering the port.");
    const QString bakery = QStringLiteral("A local bakery on Quay Street said it would stay open late to serve "
                                          "residents attending the council meeting.");
    // b adds the pilots; c adds the bakery before the same pilots. The rows
    // followed b's order first and put c's bakery after its pilots.
    QTest::newRow("a later article adds a paragraph before a shared addition")
        << QList<QStringList> { { story[0], story[1] }, { story[0], pilots, story[1] }, { story[0], bakery, pilots, story[1] } }
        << true;
    // b and c disagree: one of them must show a moved paragraph, and every
    // paragraph still has its one row.
    QTest::newRow("two articles add the same two paragraphs in opposite orders")
        << QList<QStringList> { { story[0], story[1] }, { story[0], pilots, bakery, story[1] }, { story[0], bakery, pilots, story[1] } }
        << false;
}

void TestComparatorRows::rowsFollowEachArticlesOrder()
{
    QFETCH(QList<QStringList>, articles);
    QFETCH(bool, inOrder);
    const Comparison comparison = compareLettered(articles);
    bool anyMoved = false;
    for (size_t a = 0; a < comparison.articles.size(); ++a) {
        QCOMPARE(comparison.rowOf[a].size(), size_t(articles[int(a)].size()));
        for (const AlignedRow &row : comparison.rows)
            anyMoved = anyMoved || row.cells[a].moved;
    }
    QCOMPARE(!anyMoved, inOrder);
    if (inOrder) {
        for (const std::vector<qint32> &rows : comparison.rowOf)
            QVERIFY(std::is_sorted(rows.begin(), rows.end()));
    }
}

// Sign-offs and copyright lines are boilerplate, which the diff does not
// read: each copy's identical line had a row of its own, a staircase of
// gaps at the foot of every comparison (review 10, finding 8). The same
// line (white space and case aside) shares a row; another line does not.
void TestComparatorRows::sameSignOffSharesARow_data()
{
    QTest::addColumn<QStringList>("signOffs"); // the last paragraph of each article, the first the base's
    QTest::addColumn<int>("rows");             // rows the sign-offs take
    const QString signOff = QStringLiteral("(Reporting by Ana Ruiz; editing by Tom Hale) \u00A9 2026 Coastline News");
    QTest::newRow("the same line in three") << QStringList { signOff, signOff, signOff } << 1;
    QTest::newRow("white space and case aside") << QStringList { signOff, signOff.toUpper(), QStringLiteral("  ") + signOff } << 1;
    QTest::newRow("the base lacks it") << QStringList { QString(), signOff, signOff } << 1;
    QTest::newRow("another desk's line") << QStringList { signOff, signOff, QStringLiteral("(Writing by Li Wen; editing by Jo Park)") } << 2;
}

void TestComparatorRows::sameSignOffSharesARow()
{
    QFETCH(QStringList, signOffs);
    QFETCH(int, rows);
    std::vector<Article> articles;
    for (qsizetype a = 0; a < signOffs.size(); ++a) {
        Article article = TestArticles::make(QStringLiteral("copy-%1").arg(a), { story[0], story[1], story[2] });
        if (!signOffs[a].isEmpty())
            article.paragraphs.push_back(Paragraph { signOffs[a], ParagraphRole::Boilerplate });
        articles.push_back(article);
    }
    const Comparison comparison = compareArticles(articles, QStringLiteral("copy-0"));
    std::set<qint32> signOffRows;
    for (size_t a = 0; a < comparison.articles.size(); ++a) {
        if (!signOffs[qsizetype(a)].isEmpty())
            signOffRows.insert(comparison.rowOf[a].back());
    }
    QCOMPARE(qint32(signOffRows.size()), rows);
    // The story's own rows are untouched: three rows, every article in each.
    for (qint32 r = 0; r < 3; ++r) {
        for (size_t a = 0; a < comparison.articles.size(); ++a)
            QCOMPARE(comparison.rowOf[a][size_t(r)], r);
    }
}

QTEST_GUILESS_MAIN(TestComparatorRows)
#include "tst_comparatorrows.moc"
