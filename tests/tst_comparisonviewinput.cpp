#include "comparisonview.h"
#include "viewfixtures.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QTest>
#include <QTimer>
#include <QToolTip>

#include <algorithm>

using namespace WireDiff;

// What the comparison view makes of the mouse over right-to-left text:
// Hebrew and Arabic paragraphs are drawn flush right, and the change
// tooltip and Ctrl+click (to the base's counterpart) answer where the text
// is drawn, not where left-aligned text would be. English, flush left, as
// the reference.
class TestComparisonViewInput : public QObject
{
    Q_OBJECT

private slots:
    void rightToLeftTextAnswersTheMouse_data();
    void rightToLeftTextAnswersTheMouse();
    void menuKeyOffersTheCurrentParagraph_data();
    void menuKeyOffersTheCurrentParagraph();
    void toolTipNamesTheOtherArticle_data();
    void toolTipNamesTheOtherArticle();
    void toolTipNamesTheOtherSpelling_data();
    void toolTipNamesTheOtherSpelling();
};

namespace {

// Four sentences of a flood report; the copy moves the second to the start
// of its last paragraph, so that sentence is drawn at the line's start edge
// (the right one in Hebrew and Arabic) and its counterpart is in another row.
struct Story
{
    QString rising, rescue, schools, rain;
};

std::shared_ptr<const Comparison> movedSentence(const Story &story)
{
    const QString space = QStringLiteral(" ");
    return ViewFixtures::compare({ TestArticles::make(QStringLiteral("agency"), { story.rising + space + story.rescue, story.schools, story.rain }),
                                   TestArticles::make(QStringLiteral("copy"), { story.rising, story.schools, story.rescue + space + story.rain }) },
                                 QStringLiteral("agency"));
}

// Shows `view` wide enough for every pane, with no tooltip left over from
// the row before (a failed check marks the test failed).
void showWideWithoutToolTip(ComparisonView *view, const std::shared_ptr<const Comparison> &comparison)
{
    view->resize(2400, 500);
    view->setComparison(comparison);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view));
    QToolTip::hideText();
    QTRY_VERIFY(QToolTip::text().isEmpty());
}

// The tooltip on the first line of the article's paragraph, just after the
// text `before` (which the paragraph starts with).
QString toolTipAt(ComparisonView *view, qint32 article, qint32 paragraph, const QString &before)
{
    const QRectF cell = view->cellRect(view->model().rowOf(article, paragraph), article);
    const QFontMetricsF metrics(view->font());
    const QPoint at(int(cell.left() + CellInsets::left + metrics.horizontalAdvance(before) + 3),
                    int(cell.top() + CellInsets::top + metrics.height() / 2));
    QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &help);
    return QToolTip::text();
}

} // namespace

void TestComparisonViewInput::rightToLeftTextAnswersTheMouse_data()
{
    QTest::addColumn<QString>("rising");
    QTest::addColumn<QString>("rescue");
    QTest::addColumn<QString>("schools");
    QTest::addColumn<QString>("rain");
    QTest::addColumn<bool>("rightToLeft");

    QTest::newRow("Hebrew") << QStringLiteral("הנהר עלה במהלך הלילה והציף שלושה רחובות ליד הטחנה הישנה.")
                            << QStringLiteral("צוותי החילוץ פינו עשרות משפחות מבתיהן בשעות הבוקר המוקדמות.")
                            << QStringLiteral("ראש העירייה אמר כי בתי הספר יישארו סגורים עד יום חמישי.")
                            << QStringLiteral("החזאים צופים גשם נוסף בסוף השבוע.") << true;
    QTest::newRow("Arabic") << QStringLiteral("ارتفع منسوب النهر خلال الليل وغمرت المياه ثلاثة شوارع قرب الطاحونة القديمة.")
                            << QStringLiteral("أجلت فرق الإنقاذ عشرات العائلات من منازلها فجرا.")
                            << QStringLiteral("قال رئيس البلدية إن المدارس ستبقى مغلقة حتى يوم الخميس.")
                            << QStringLiteral("يتوقع خبراء الأرصاد الجوية هطول مزيد من الأمطار الغزيرة على الوادي في نهاية الأسبوع.")
                            << true;
    QTest::newRow("English") << QStringLiteral("The river rose overnight and flooded three streets near the old mill.")
                             << QStringLiteral("Rescue crews moved dozens of families at dawn.")
                             << QStringLiteral("The mayor said schools would stay closed until Thursday.")
                             << QStringLiteral("Forecasters expect more heavy rain over the valley and the hills to its north at the weekend.") << false;
}

void TestComparisonViewInput::rightToLeftTextAnswersTheMouse()
{
    QFETCH(QString, rising);
    QFETCH(QString, rescue);
    QFETCH(QString, schools);
    QFETCH(QString, rain);
    QFETCH(bool, rightToLeft);
    const auto comparison = movedSentence({ rising, rescue, schools, rain });
    QVERIFY(comparison);
    const qint32 agency = comparison->indexOf(QStringLiteral("agency"));
    const qint32 copy = comparison->indexOf(QStringLiteral("copy"));
    // What the mouse should find: the copy's last paragraph opens with the
    // sentence moved from the agency's first.
    const std::vector<DiffSpan> &spans = comparison->comparisonFor(copy).otherSpans;
    QVERIFY(std::any_of(spans.begin(), spans.end(), [](const DiffSpan &span) {
        return span.paragraph == 2 && span.start == 0 && span.changeClass == ChangeClass::Moved && span.linkParagraph == 0;
    }));
    ComparisonView view;
    showWideWithoutToolTip(&view, comparison);
    if (QTest::currentTestFailed())
        return;

    const QString &moved = comparison->articles[size_t(copy)].paragraphs[2].text;
    QCOMPARE(moved.isRightToLeft(), rightToLeft);
    const qint32 row = view.model().rowOf(copy, 2);
    const qint32 counterpart = view.model().rowOf(agency, 0);
    QVERIFY(row != counterpart);
    const QRectF cell = view.cellRect(row, copy);
    QVERIFY(!cell.isEmpty());
    // One line with room to spare: the point at its start edge is off the
    // text wherever a line in the other direction would be.
    const QFontMetricsF metrics(view.font());
    QVERIFY(metrics.horizontalAdvance(moved) < cell.width() - CellInsets::left - CellInsets::right - 40);
    const qreal x = rightToLeft ? cell.right() - CellInsets::right - 3 : cell.left() + CellInsets::left + 3;
    const QPoint at(int(x), int(cell.top() + CellInsets::top + metrics.height() / 2));

    QHelpEvent help(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
    QApplication::sendEvent(view.viewport(), &help);
    QVERIFY2(QToolTip::text().contains(QStringLiteral("Moved from paragraph 1 of")), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("Ctrl+click to go there.")));

    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ControlModifier, at);
    QCOMPARE(view.currentRow(), counterpart);
}

// The Menu key opens the context menu of the current pane's paragraph in
// the current row, as a right-click on it would (the note and link
// commands need the paragraph), at that cell. Before, the menu came with
// no paragraph, so it lacked them, and opened at the pane's header.
void TestComparisonViewInput::menuKeyOffersTheCurrentParagraph_data()
{
    QTest::addColumn<QString>("pane");
    QTest::addColumn<qint32>("paragraph");
    QTest::newRow("the base's first paragraph") << QStringLiteral("agency") << 0;
    QTest::newRow("the copy's last paragraph") << QStringLiteral("copy") << 2;
}

void TestComparisonViewInput::menuKeyOffersTheCurrentParagraph()
{
    QFETCH(QString, pane);
    QFETCH(qint32, paragraph);
    const auto comparison = movedSentence({ QStringLiteral("The river rose overnight and flooded three streets near the old mill."),
                                            QStringLiteral("Rescue crews moved dozens of families at dawn."),
                                            QStringLiteral("The mayor said schools would stay closed until Thursday."),
                                            QStringLiteral("Forecasters expect more heavy rain at the weekend.") });
    QVERIFY(comparison);
    ComparisonView view;
    view.resize(760, 460); // inside the offscreen screen, so the menu is not moved to fit it
    view.setComparison(comparison);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const qint32 article = comparison->indexOf(pane);
    const qint32 row = view.model().rowOf(article, paragraph);
    view.revealPane(article);
    view.setCurrentRow(row);

    qint32 shownRow = -2, shownArticle = -2, shownParagraph = -2;
    QPoint menuAt;
    connect(&view, &ComparisonView::contextMenuAboutToShow, this,
            [&](QMenu *menu, qint32 r, qint32 a, qint32 p, qint32) {
                shownRow = r;
                shownArticle = a;
                shownParagraph = p;
                QTimer::singleShot(0, menu, [menu, &menuAt] {
                    menuAt = menu->pos();
                    menu->close();
                });
            });
    QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(), QPoint());
    QApplication::sendEvent(&view, &event);
    QCOMPARE(shownRow, row);
    QCOMPARE(shownArticle, article);
    QCOMPARE(shownParagraph, paragraph);
    const QRect cell = view.cellRect(row, article).toRect();
    QVERIFY2(QRect(view.viewport()->mapToGlobal(cell.topLeft()), cell.size()).contains(menuAt),
             qPrintable(QStringLiteral("menu at %1,%2").arg(menuAt.x()).arg(menuAt.y())));
}

// Review 13: the tooltip names the other article by its outlet or file id,
// not by its headline, which a write-through shares with the base ("Moved
// from paragraph 1 of <the base's own headline>").
void TestComparisonViewInput::toolTipNamesTheOtherArticle_data()
{
    QTest::addColumn<QString>("outlet"); // of the agency's copy; empty: none known
    QTest::addColumn<QString>("named");

    QTest::newRow("by file id") << QString() << QStringLiteral("Moved from paragraph 1 of agency:");
    QTest::newRow("by outlet") << QStringLiteral("Valley Wire") << QStringLiteral("Moved from paragraph 1 of Valley Wire:");
}

void TestComparisonViewInput::toolTipNamesTheOtherArticle()
{
    QFETCH(QString, outlet);
    QFETCH(QString, named);
    const QString rising = QStringLiteral("The river rose overnight and flooded three streets near the old mill.");
    const QString rescue = QStringLiteral("Rescue crews moved dozens of families at dawn.");
    const QString schools = QStringLiteral("The mayor said schools would stay closed until Thursday.");
    const QString rain = QStringLiteral("Forecasters expect more heavy rain at the weekend.");
    Article agency = TestArticles::make(QStringLiteral("agency"), { rising + QLatin1Char(' ') + rescue, schools, rain });
    Article copy = TestArticles::make(QStringLiteral("copy"), { rising, schools, rescue + QLatin1Char(' ') + rain });
    agency.title = copy.title = QStringLiteral("Flood closes schools in Varen");
    agency.outlet = outlet;
    const auto comparison = ViewFixtures::compare({ agency, copy }, QStringLiteral("agency"));
    QVERIFY(comparison);
    const qint32 copyIndex = comparison->indexOf(QStringLiteral("copy"));
    ComparisonView view;
    showWideWithoutToolTip(&view, comparison);
    if (QTest::currentTestFailed())
        return;
    const QString text = toolTipAt(&view, copyIndex, 2, QString());
    QVERIFY2(text.contains(named), qPrintable(text));
}

// A word read as a spelling variant of the base's says so, naming the
// base's spelling (review 13, finding 6): its quiet colour would otherwise
// hide that the copy spells it otherwise.
void TestComparisonViewInput::toolTipNamesTheOtherSpelling_data()
{
    QTest::addColumn<QString>("base");   // the base's first sentence
    QTest::addColumn<QString>("copy");   // the copy's
    QTest::addColumn<QString>("before"); // the copy's text before the word hovered
    QTest::addColumn<QString>("said");   // in the tooltip; empty: no "Spelled differently"

    // In a sentence copied word for word around it, as a verbatim quote.
    const QString the = QStringLiteral("The council said the ");
    const QString rest = QStringLiteral(" plan would be reviewed by the regional fire service on Friday morning, after "
                                        "the blaze in the hill town.");
    QTest::newRow("compound") << the + QStringLiteral("long-standing") + rest << the + QStringLiteral("longstanding") + rest
                              << the << QStringLiteral("Spelled differently: \u201Clong-standing\u201D in agency");
    QTest::newRow("accent") << the + QStringLiteral("Br\u00E9val") + rest << the + QStringLiteral("Breval") + rest << the
                            << QStringLiteral("Spelled differently: \u201CBr\u00E9val\u201D in agency");
    QTest::newRow("currency") << the + QStringLiteral("$40 million") + rest << the + QStringLiteral("40 million dollars") + rest
                              << the + QStringLiteral("40 million ") << QStringLiteral("Spelled differently: \u201C$\u201D in agency");
    QTest::newRow("a copied word") << the + QStringLiteral("old") + rest << the + QStringLiteral("old") + rest << the
                                   << QString();
}

void TestComparisonViewInput::toolTipNamesTheOtherSpelling()
{
    QFETCH(QString, base);
    QFETCH(QString, copy);
    QFETCH(QString, before);
    QFETCH(QString, said);
    const QString second = QStringLiteral("The mayor said schools would stay closed until Thursday.");
    const auto comparison = ViewFixtures::compare({ TestArticles::make(QStringLiteral("agency"), { base, second }),
                                                    TestArticles::make(QStringLiteral("copy"), { copy, second }) },
                                                  QStringLiteral("agency"));
    QVERIFY(comparison);
    const qint32 copyIndex = comparison->indexOf(QStringLiteral("copy"));
    ComparisonView view;
    showWideWithoutToolTip(&view, comparison);
    if (QTest::currentTestFailed())
        return;
    const QString text = toolTipAt(&view, copyIndex, 0, before);
    if (said.isEmpty())
        QVERIFY2(!text.contains(QLatin1String("Spelled differently")), qPrintable(text));
    else
        QVERIFY2(text.contains(said.toHtmlEscaped()), qPrintable(text));
}

QTEST_MAIN(TestComparisonViewInput)
#include "tst_comparisonviewinput.moc"
