#include "comparisonjob.h"
#include "familytreefixtures.h"
#include "familytreeview.h"
#include "testarticles.h"

#include <QDir>
#include <QFileInfo>
#include <QHelpEvent>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QVBoxLayout>

using namespace WireDiff;
using WireDiff::FamilyTreeFixtures::chain;
using WireDiff::FamilyTreeFixtures::star;

// The family tree as a user meets it: boxes in generations under their
// parents, readable from 2 to 20+ articles, evidence on hover, selection by
// click and keyboard, and the same drawing on any painter (the PDF). On
// trees given outright (so the view, not the builder, is what is tested),
// on the bundled samples and on the seeds.
class TestFamilyTreeView : public QObject
{
    Q_OBJECT

private slots:
    void layoutFollowsTheTree_data();
    void layoutFollowsTheTree();
    void clickAndKeysSelect_data();
    void clickAndKeysSelect();
    void hoverShowsEvidence_data();
    void hoverShowsEvidence();
    void paintsOnAnyPainter_data();
    void paintsOnAnyPainter();
    void realFolders_data();
    void realFolders();
    void evidenceSaysWhatItsNumbersAre_data();
    void evidenceSaysWhatItsNumbersAre();
};

namespace {

// Articles named "article-00" on.
std::shared_ptr<const Comparison> withTree(const Parents &parents, qint32 base = 0)
{
    return FamilyTreeFixtures::withTree(
        parents, [](qint32 a) { return QStringLiteral("article-%1").arg(a, 2, 10, QLatin1Char('0')); }, base);
}

void keepScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("WIREDIFF_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

QString tagName()
{
    return QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
}

QString showTooltipAt(FamilyTreeView *view, const QPoint &point)
{
    QHelpEvent help(QEvent::ToolTip, point, view->viewport()->mapToGlobal(point));
    QCoreApplication::sendEvent(view->viewport(), &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

// The comparison of a real folder, or null (the test failed).
std::shared_ptr<const Comparison> compareFolder(const QString &path)
{
    ComparisonRequest request;
    request.paths = { path };
    ComparisonJobResult result = ComparisonJob::run(request, nullptr);
    if (!result.succeeded()) {
        QTest::qFail(qPrintable(result.outcome.error), __FILE__, __LINE__);
        return nullptr;
    }
    return std::make_shared<const Comparison>(std::move(*result.outcome.comparison));
}

} // namespace

void TestFamilyTreeView::layoutFollowsTheTree_data()
{
    QTest::addColumn<Parents>("parents");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("sideways"); // needs horizontal scrolling
    QTest::addColumn<bool>("down");     // needs vertical scrolling

    Parents binary;
    for (int a = 0; a < 31; ++a)
        binary.append(a == 0 ? -1 : (a - 1) / 2);
    QTest::newRow("two articles") << Parents { -1, 0 } << QSize(500, 300) << false << false;
    QTest::newRow("chain of three") << chain(3) << QSize(500, 400) << false << false;
    QTest::newRow("star of five") << star(5) << QSize(900, 300) << false << false;
    QTest::newRow("two trees") << Parents { -1, 0, -1, 2, 2 } << QSize(900, 300) << false << false;
    QTest::newRow("24 originals wrap into bands") << Parents(24, -1) << QSize(900, 700) << false << false;
    QTest::newRow("20 generations scroll down") << chain(20) << QSize(500, 400) << false << true;
    QTest::newRow("21 copies of one source wrap into rows") << star(21) << QSize(700, 400) << false << true;
    QTest::newRow("16 leaves wrap into rows of subtrees") << binary << QSize(700, 500) << false << true;
    // Eleven outlets print the agency copy, four of them copied in turn:
    // too wide side by side, stacked in rows of subtrees.
    QTest::newRow("outlets copied in turn wrap into rows")
        << Parents { -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 3, 3, 3, 3, 5, 12, 11 } << QSize(700, 500) << false << true;
    QTest::newRow("a view narrower than two boxes scrolls sideways") << star(5) << QSize(140, 600) << true << false;
    QTest::newRow("deep and wide") << Parents { -1, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, -1, 15, 15, 16, 17, 19, 20 }
                                   << QSize(1000, 600) << false << true;
}

void TestFamilyTreeView::layoutFollowsTheTree()
{
    QFETCH(Parents, parents);
    QFETCH(QSize, size);
    QFETCH(bool, sideways);
    QFETCH(bool, down);
    const auto comparison = withTree(parents);
    FamilyTreeView view;
    view.resize(size);
    view.setComparison(comparison);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const auto n = qint32(parents.size());
    // Scaled no further than legible, and scrolls only when it must.
    QVERIFY(view.scale() >= 0.6);
    QCOMPARE(view.horizontalScrollBar()->maximum() > 0, sideways);
    QCOMPARE(view.verticalScrollBar()->maximum() > 0, down);
    for (qint32 a = 0; a < n; ++a) {
        const QRect box = view.articleRect(a);
        QVERIFY(!box.isEmpty());
        // Wide enough for a name, at any scale.
        QVERIFY2(box.width() >= 5 * view.fontMetrics().averageCharWidth(), qPrintable(QString::number(box.width())));
        // No two boxes overlap.
        for (qint32 b = a + 1; b < n; ++b)
            QVERIFY2(!box.intersects(view.articleRect(b)), qPrintable(QStringLiteral("%1 and %2").arg(a).arg(b)));
        // A child sits a generation below its parent.
        if (parents[a] >= 0)
            QVERIFY(view.articleRect(parents[a]).bottom() < box.top());
    }
    // Every box can be brought into view: selecting scrolls to it.
    for (qint32 a = 0; a < n; ++a) {
        view.setCurrentArticle(a);
        QVERIFY2(view.viewport()->rect().contains(view.articleRect(a)), qPrintable(QString::number(a)));
    }
    view.setCurrentArticle(0);
    keepScreenshot(&view, QStringLiteral("familytree-") + tagName());
}

void TestFamilyTreeView::clickAndKeysSelect_data()
{
    QTest::addColumn<Parents>("parents");
    QTest::addColumn<int>("clicked");    // the box clicked first, -1: none (keys from nothing)
    QTest::addColumn<QString>("keys");   // H home, D down, U up, L left, R right
    QTest::addColumn<int>("current");    // the article then selected
    QTest::addColumn<QList<int>>("activations"); // articleActivated, in order (Enter at the end)

    QTest::newRow("click a box") << Parents { -1, 0, 0 } << 2 << QString() << 2 << QList<int> { 2, 2 };
    QTest::newRow("home is the first root") << Parents { -1, 0, 0 } << -1 << QStringLiteral("H") << 0 << QList<int> { 0 };
    QTest::newRow("down to the first child, right to its sibling")
        << Parents { -1, 0, 0 } << -1 << QStringLiteral("HDR") << 2 << QList<int> { 2 };
    QTest::newRow("up to the parent") << chain(4) << 3 << QStringLiteral("UU") << 1 << QList<int> { 3, 1 };
    QTest::newRow("left at the row's start stays") << Parents { -1, 0, 0 } << 1 << QStringLiteral("L") << 1 << QList<int> { 1, 1 };
    QTest::newRow("right to the next tree") << Parents { -1, 0, -1 } << 0 << QStringLiteral("R") << 2 << QList<int> { 0, 2 };
    QTest::newRow("down from a leaf stays") << chain(2) << 1 << QStringLiteral("D") << 1 << QList<int> { 1, 1 };
}

void TestFamilyTreeView::clickAndKeysSelect()
{
    QFETCH(Parents, parents);
    QFETCH(int, clicked);
    QFETCH(QString, keys);
    QFETCH(int, current);
    QFETCH(QList<int>, activations);
    // The view in a window with a field before it, to tab from.
    QWidget window;
    auto *field = new QLineEdit(&window);
    auto *layout = new QVBoxLayout(&window);
    auto *treeView = new FamilyTreeView(&window);
    layout->addWidget(field);
    layout->addWidget(treeView);
    FamilyTreeView &view = *treeView;
    QSignalSpy spy(&view, &FamilyTreeView::articleActivated);
    window.resize(800, 540);
    view.setComparison(withTree(parents));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    field->setFocus();
    QCOMPARE(view.currentArticle(), -1);
    if (clicked >= 0) {
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.articleRect(clicked).center());
        QCOMPARE(view.currentArticle(), clicked);
        QVERIFY(view.hasFocus());
    } else {
        // Tabbing in puts the cursor on the first root.
        QTest::keyClick(field, Qt::Key_Tab);
        QVERIFY(view.hasFocus());
        QCOMPARE(view.currentArticle(), 0);
    }
    for (const QChar key : keys) {
        const Qt::Key code = key == u'H' ? Qt::Key_Home : key == u'D' ? Qt::Key_Down : key == u'U' ? Qt::Key_Up
                                                        : key == u'L' ? Qt::Key_Left : Qt::Key_Right;
        QTest::keyClick(&view, code);
    }
    QCOMPARE(view.currentArticle(), current);
    QTest::keyClick(&view, Qt::Key_Return);
    QList<int> got;
    for (const QList<QVariant> &args : spy)
        got.append(args[0].toInt());
    QCOMPARE(got, activations);
    // A click beside every box selects nothing new.
    spy.clear();
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(2, view.viewport()->height() - 2));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(view.currentArticle(), current);
}

void TestFamilyTreeView::hoverShowsEvidence_data()
{
    QTest::addColumn<Parents>("parents");
    QTest::addColumn<int>("article");
    QTest::addColumn<bool>("onEdge"); // hover the arrow into it instead of its box
    QTest::addColumn<QStringList>("says");

    QTest::newRow("a copy's box") << chain(3) << 2 << false
                                  << QStringList { "article-02 most likely derives from article-01", "52", "40", "5" };
    QTest::newRow("the arrow into it") << chain(3) << 2 << true
                                       << QStringList { "article-02 most likely derives from article-01", "52" };
    QTest::newRow("an original") << Parents { -1, 0 } << 0 << false << QStringList { "article-00 is an original" };
    // Eight copies of one source wrap into rows reached by right-angled lines.
    QTest::newRow("the arrow into a copy in a second row") << star(9) << 8 << true
                                                           << QStringList { "article-08 most likely derives from article-00", "58" };
}

void TestFamilyTreeView::hoverShowsEvidence()
{
    QFETCH(Parents, parents);
    QFETCH(int, article);
    QFETCH(bool, onEdge);
    QFETCH(QStringList, says);
    const auto comparison = withTree(parents);
    FamilyTreeView view;
    view.resize(700, 500);
    view.setComparison(comparison);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QPoint point = view.articleRect(article).center();
    if (onEdge) {
        // Just above the box, on the arrow into it.
        point = QPoint(view.articleRect(article).center().x(), view.articleRect(article).top() - 5);
        QVERIFY(view.articleRect(parents[article]).bottom() < point.y());
    }
    QTest::mouseMove(view.viewport(), point);
    const QString tip = showTooltipAt(&view, point);
    for (const QString &part : says)
        QVERIFY2(tip.contains(part), qPrintable(tip));
    QCOMPARE(tip, view.toolTipFor(article));
    // A copy in a comb's later row sits below the first row of its siblings.
    if (article > 1 && parents[article] == parents[1])
        QCOMPARE(view.articleRect(article).top() > view.articleRect(1).bottom(), parents.size() > 5);
    // Nothing to say over empty space: the tip goes.
    QTest::mouseMove(view.viewport(), QPoint(1, view.viewport()->height() - 2));
    showTooltipAt(&view, QPoint(1, view.viewport()->height() - 2));
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestFamilyTreeView::paintsOnAnyPainter_data()
{
    QTest::addColumn<Parents>("parents");
    QTest::addColumn<QSize>("target");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<int>("base");
    QTest::addColumn<int>("minimumInk"); // pixels of text colour at least

    QTest::newRow("chain, light") << chain(3) << QSize(600, 400) << false << 1 << 300;
    QTest::newRow("chain, dark") << chain(3) << QSize(600, 400) << true << 1 << 300;
    // Scaled to a quarter: still drawn, all inside.
    QTest::newRow("24 articles in a small target") << star(24) << QSize(500, 200) << false << 0 << 50;
}

void TestFamilyTreeView::paintsOnAnyPainter()
{
    QFETCH(Parents, parents);
    QFETCH(QSize, target);
    QFETCH(bool, dark);
    QFETCH(int, base);
    QFETCH(int, minimumInk);
    const auto comparison = withTree(parents, base);
    QPalette palette;
    palette.setColor(QPalette::Base, dark ? QColor(0x20, 0x20, 0x20) : Qt::white);
    palette.setColor(QPalette::Text, dark ? QColor(0xee, 0xee, 0xee) : Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x1d, 0x6f, 0xd0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    QImage image(target + QSize(40, 40), QImage::Format_ARGB32);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    const QRectF area(QPointF(20, 20), QSizeF(target));
    const qreal used = FamilyTreeView::paint(&painter, area, *comparison, palette);
    painter.end();
    QVERIFY(used > 0 && used <= target.height() + 0.5);
    // Nothing outside the target; ink of both the text and the accent inside.
    int outside = 0;
    int ink = 0;
    int accent = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c == palette.color(QPalette::Base))
                continue;
            if (!area.adjusted(-1, -1, 1, 1).contains(QPointF(x, y)))
                ++outside;
            // Closer to the text colour than to the paper: text, lines, arrows.
            if (qAbs(c.lightness() - palette.color(QPalette::Text).lightness())
                < qAbs(c.lightness() - palette.color(QPalette::Base).lightness()))
                ++ink;
            if (qAbs(c.hue() - palette.color(QPalette::Highlight).hue()) < 12 && c.saturation() > 120)
                ++accent;
        }
    }
    QCOMPARE(outside, 0);
    QVERIFY2(ink >= minimumInk, qPrintable(QString::number(ink)));
    QVERIFY2(accent > 10, qPrintable(QString::number(accent))); // the base's outline and badge
    const QString dir = qEnvironmentVariable("WIREDIFF_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        image.save(QDir(dir).filePath(QStringLiteral("familytree-paint-") + tagName() + QStringLiteral(".png")));
}

void TestFamilyTreeView::realFolders_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QSize>("size"); // empty: the view's size hint
    const QString samples = QStringLiteral(WIREDIFF_SOURCE_DIR "/resources/samples");
    QTest::newRow("bundled samples") << samples << QSize();
    QTest::newRow("bundled samples, narrow dock") << samples << QSize(280, 420);
    QTest::newRow("bundled samples, wide and low") << samples << QSize(1200, 260);
    QTest::newRow("seeds") << QStringLiteral(WIREDIFF_SEEDS_DIR) << QSize();
    QTest::newRow("seeds, narrow dock") << QStringLiteral(WIREDIFF_SEEDS_DIR) << QSize(280, 420);
}

void TestFamilyTreeView::realFolders()
{
    QFETCH(QString, path);
    QFETCH(QSize, size);
    if (!QFileInfo(path).isDir())
        QSKIP("the folder is not here");
    const auto comparison = compareFolder(path);
    if (!comparison)
        return;
    FamilyTreeView view;
    QSignalSpy spy(&view, &FamilyTreeView::articleActivated);
    view.setComparison(comparison);
    view.resize(size.isEmpty() ? view.sizeHint() : size);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Legible wherever the window puts it, with boxes that show a name.
    QVERIFY(view.scale() >= 0.6);
    if (size.isEmpty()) {
        // At its size hint the whole tree shows.
        QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
        QCOMPARE(view.verticalScrollBar()->maximum(), 0);
    }
    const FamilyTree &tree = comparison->familyTree;
    for (qint32 a = 0; a < qint32(comparison->articles.size()); ++a) {
        view.setCurrentArticle(a);
        const QRect box = view.articleRect(a);
        QVERIFY(view.viewport()->rect().contains(box));
        if (tree.parent[size_t(a)] >= 0) {
            QVERIFY(view.articleRect(tree.parent[size_t(a)]).bottom() < box.top());
            QVERIFY(showTooltipAt(&view, box.center()).contains(comparison->articles[size_t(tree.parent[size_t(a)])].id));
        }
        spy.clear();
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, box.center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first()[0].toInt(), a);
    }
    view.setCurrentArticle(comparison->base);
    keepScreenshot(&view, QStringLiteral("familytree-") + tagName());
}

void TestFamilyTreeView::evidenceSaysWhatItsNumbersAre_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("bundled samples") << QStringLiteral(WIREDIFF_SOURCE_DIR "/resources/samples");
    QTest::newRow("seeds") << QStringLiteral(WIREDIFF_SEEDS_DIR);
}

// Review 16: the arrow said "48 %" beside a matrix cell of 46 and neither
// said why; the tooltip added "Score: 0.85", a double negative about
// publication times and "0 word runs only these two share". Now the
// sentence says its share is verbatim and reworded, the tooltip gives the
// matrix's verbatim figures for the pair, and none of the rest.
void TestFamilyTreeView::evidenceSaysWhatItsNumbersAre()
{
    QFETCH(QString, path);
    if (!QFileInfo(path).isDir())
        QSKIP("the folder is not here");
    const auto comparison = compareFolder(path);
    if (!comparison)
        return;
    FamilyTreeView view;
    view.setComparison(comparison);
    const FamilyTree &tree = comparison->familyTree;
    const auto percent = [](double share) { return QStringLiteral("%1\u202f%").arg(qRound(share * 100)); };
    qint32 copies = 0;
    for (qint32 a = 0; a < qint32(comparison->articles.size()); ++a) {
        const qint32 parent = tree.parent[size_t(a)];
        if (parent < 0 || tree.evidence[size_t(a)].identical)
            continue;
        ++copies;
        const QString tip = view.toolTipFor(a);
        const QString sentence = tree.describe(a, comparison->articles);
        QVERIFY2(sentence.contains(QLatin1String("verbatim or reworded")), qPrintable(sentence));
        QVERIFY2(tip.contains(QStringLiteral("Who Copied Whom shades it: %1 of").arg(percent(comparison->containment[size_t(a)][size_t(parent)].verbatim))),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral(", %1 the other way.").arg(percent(comparison->containment[size_t(parent)][size_t(a)].verbatim))),
                 qPrintable(tip));
        for (const char *gone : { "Score", "not used", "word run", "Three-word runs", " 0 " })
            QVERIFY2(!tip.contains(QLatin1String(gone)), qPrintable(tip));
        QCOMPARE(tip.contains(QLatin1String("Three-word phrases")), tree.evidence[size_t(a)].sharedPeculiar > 0);
    }
    QVERIFY(copies > 0);
}

QTEST_MAIN(TestFamilyTreeView)
#include "tst_familytreeview.moc"
