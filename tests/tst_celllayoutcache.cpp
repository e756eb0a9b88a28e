#include "celllayoutcache.h"
#include "comparisonmodel.h"
#include "testarticles.h"
#include "viewfixtures.h"

#include <QTest>
#include <QTextLayout>

using namespace WireDiff;

// Cell layouts: right-to-left paragraphs (Arabic, Hebrew) sit against the
// right edge of their cell and left-to-right ones against the left, in the
// same comparison.
class TestCellLayoutCache : public QObject
{
    Q_OBJECT

private slots:
    void alignsByDirection_data();
    void alignsByDirection();
};

void TestCellLayoutCache::alignsByDirection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("rightToLeft");
    QTest::newRow("Arabic") << QString::fromUtf8("أعلنت الشرطة إغلاق الطريق السريع بسبب الفيضانات التي ضربت المنطقة صباح "
                                                 "الاثنين وقال المتحدث إن فرق الإنقاذ تعمل على إجلاء السكان.")
                            << true;
    QTest::newRow("Hebrew") << QString::fromUtf8("המשטרה הודיעה כי הכביש המהיר נסגר בשל ההצפה שפגעה באזור ביום שני בבוקר "
                                                 "וצוותי החילוץ מפנים את התושבים מהשכונות הנמוכות.")
                            << true;
    QTest::newRow("English") << QStringLiteral("The police closed the motorway because of the floods that hit the area "
                                               "on Monday morning, and rescue teams evacuated residents.")
                             << false;
}

void TestCellLayoutCache::alignsByDirection()
{
    QFETCH(QString, text);
    QFETCH(bool, rightToLeft);
    const auto comparison = ViewFixtures::compare(
        { TestArticles::make(QStringLiteral("one"), { text }), TestArticles::make(QStringLiteral("two"), { text }) });
    QVERIFY(comparison);
    const ComparisonModel model(comparison);
    CellLayoutCache cache;
    QFont font;
    font.setPixelSize(14);
    cache.setFont(font);
    const int width = 260;
    const CellLayout &cell = cache.layout(model, 0, 0, width);
    QCOMPARE(cell.blocks.size(), size_t(1));
    QTextLayout &layout = *cell.blocks.front().layout;
    QVERIFY(layout.lineCount() >= 2); // wraps: the last line is short
    const QTextLine last = layout.lineAt(layout.lineCount() - 1);
    const QRectF ink = last.naturalTextRect();
    QVERIFY2(ink.width() < width * 0.9, qPrintable(QString::number(ink.width())));
    if (rightToLeft) {
        QVERIFY2(qAbs(ink.right() - width) < 2.0, qPrintable(QString::number(ink.right())));
        QVERIFY(ink.left() > 10);
    } else {
        QVERIFY2(qAbs(ink.left()) < 2.0, qPrintable(QString::number(ink.left())));
        QVERIFY(ink.right() < width - 10);
    }
}

QTEST_MAIN(TestCellLayoutCache)
#include "tst_celllayoutcache.moc"
