#include "comparisonsession.h"
#include "elidingcombobox.h"
#include "firstwindowsize.h"
#include "isolatedsettings.h"
#include "mainactions.h"
#include "maintoolbar.h"
#include "mainwindow.h"
#include "paraphraseslider.h"
#include "uilanguage.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace WireDiff;

// The main tool bar on a 1366×768 screen, in every language WireDiff ships,
// with the translations installed as the application installs them: the
// paraphrase slider and the main actions are on the bar itself, not in its
// overflow menu (») where the German and Ukrainian bars had put the
// slider; nothing on it is cut off. Offscreen, the real window.
class TestToolBarFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everythingStaysOnTheBar_data();
    void everythingStaysOnTheBar();
    void compactOnlyWhereNeeded_data();
    void compactOnlyWhereNeeded();
    void eachLayoutTakesTheWidthMeasured_data();
    void eachLayoutTakesTheWidthMeasured();

private:
    // A window `width` wide, in the language installed, showing the sample story.
    std::unique_ptr<MainWindow> showWindow(int width);

    QTemporaryDir m_settings;
    QTemporaryDir m_samples;
};

namespace {

// The part of `widget` that `bar` shows, in the bar's coordinates.
QRect shownIn(const QWidget *widget, const QToolBar *bar)
{
    return QRect(widget->mapTo(bar, QPoint(0, 0)), widget->size()) & bar->contentsRect();
}

} // namespace

void TestToolBarFit::initTestCase()
{
    TestSettings::isolate(QStringLiteral("tst_toolbarfit"), m_settings.path());
    // A copy: the window is given a folder it may watch and write notes beside.
    const QDir source(QStringLiteral(WIREDIFF_SOURCE_DIR "/resources/samples"));
    const QStringList files = source.entryList(QDir::Files);
    QVERIFY(files.size() >= 3);
    for (const QString &file : files)
        QVERIFY(QFile::copy(source.filePath(file), QDir(m_samples.path()).filePath(file)));
}

std::unique_ptr<MainWindow> TestToolBarFit::showWindow(int width)
{
    auto window = std::make_unique<MainWindow>();
    QSignalSpy ready(window->session(), &ComparisonSession::comparisonReady);
    window->open({ m_samples.path() });
    window->resize(width, 768);
    window->show();
    // The comparison may be ready while the window is being exposed.
    if (!QTest::qWaitForWindowExposed(window.get()) || (ready.isEmpty() && !ready.wait(20000)))
        return nullptr;
    // The base box is filled and the bar laid out again.
    QCoreApplication::processEvents();
    return window;
}

void TestToolBarFit::everythingStaysOnTheBar_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("width");
    // Maximised on the screen, and the size of the first start there.
    const int firstStart = FirstWindowSize::forScreen(QSize(1366, 768)).width();
    for (const char *language : { "de", "uk", "en", "fr", "es", "ko" }) {
        QTest::addRow("%s, 1366 px", language) << QString::fromLatin1(language) << 1366;
        QTest::addRow("%s, first start at 1366 px (%d px)", language, firstStart) << QString::fromLatin1(language) << firstStart;
    }
}

void TestToolBarFit::everythingStaysOnTheBar()
{
    QFETCH(QString, language);
    QFETCH(int, width);
    UiLanguage ui;
    QVERIFY(ui.install(language));
    const std::unique_ptr<MainWindow> window = showWindow(width);
    QVERIFY(window);
    QCOMPARE(window->width(), width);
    auto *bar = window->findChild<QToolBar *>(QStringLiteral("MainToolBar"));
    QVERIFY(bar);
    QCOMPARE(bar->orientation(), Qt::Horizontal);

    // No overflow menu: its button shows only when something did not fit.
    const auto *extension = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    QVERIFY(extension);
    QVERIFY2(!extension->isVisible(), qPrintable(QStringLiteral("bar %1 px, needs %2 px").arg(bar->width()).arg(bar->sizeHint().width())));

    // The slider, the base box and every action's button: shown whole on
    // the bar, each at least as wide as it asks to be (so no text in it is
    // cut), and none over another.
    QSlider *slider = bar->findChild<QSlider *>();
    QVERIFY(slider);
    QComboBox *base = window->baseComboBox();
    QCOMPARE(base->parentWidget(), bar);
    const MainActions &a = window->actions();
    // The same actions made afresh: their captions as MainActions gives them.
    QWidget elsewhere;
    const MainActions fresh(&elsewhere);
    const QList<std::pair<QAction *, QAction *>> actions {
        { a.openFolder, fresh.openFolder }, { a.reload, fresh.reload }, { a.previousChange, fresh.previousChange },
        { a.nextChange, fresh.nextChange }, { a.previousUnique, fresh.previousUnique }, { a.nextUnique, fresh.nextUnique },
        { a.find, fresh.find },
    };
    QList<QWidget *> shown { slider, base };
    for (const auto &[action, original] : actions) {
        QWidget *button = bar->widgetForAction(action);
        QVERIFY2(button, qPrintable(action->text()));
        shown.append(button);
        QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(action->text()));
        QVERIFY2(!button->toolTip().isEmpty(), qPrintable(action->text()));
        // A caption is shown whole, on one line or two, or not at all
        // (icons only: the tooltip names the button).
        const QString caption = static_cast<QToolButton *>(button)->text();
        QVERIFY2(caption.count(QLatin1Char('\n')) <= 1, qPrintable(caption));
        QCOMPARE(QString(caption).replace(QLatin1Char('\n'), QLatin1Char(' ')), original->iconText());
    }
    // A long name in the base box is cut in the middle, not at the edge.
    auto *eliding = qobject_cast<ElidingComboBox *>(base);
    QVERIFY(eliding);
    const QString name = eliding->shownText();
    QVERIFY2(name == base->currentText() || name.contains(QChar(0x2026)), qPrintable(name));
    QVERIFY(base->fontMetrics().horizontalAdvance(name) < base->width());
    for (QLabel *label : bar->findChildren<QLabel *>()) {
        if (!label->isVisible())
            continue;
        shown.append(label);
        QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
    }
    std::vector<QRect> rects;
    for (QWidget *widget : std::as_const(shown)) {
        const QString name = widget->metaObject()->className();
        QVERIFY2(widget->isVisible(), qPrintable(name));
        const QRect rect(widget->mapTo(bar, QPoint(0, 0)), widget->size());
        QVERIFY2(shownIn(widget, bar) == rect, qPrintable(name));
        if (widget->parentWidget() == bar)
            rects.push_back(rect);
    }
    std::sort(rects.begin(), rects.end(), [](const QRect &x, const QRect &y) { return x.left() < y.left(); });
    for (size_t i = 1; i < rects.size(); ++i)
        QVERIFY(rects[i - 1].right() < rects[i].left());

    // The slider answers where it is drawn.
    const QPoint end = slider->mapToGlobal(QPoint(slider->width() - 2, slider->height() / 2));
    QCOMPARE(window->childAt(window->mapFromGlobal(end)), slider);
}

void TestToolBarFit::compactOnlyWhereNeeded_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("textBesideIcons");
    QTest::newRow("en, 1920 px: text beside the icons") << "en" << 1920 << true;
    QTest::newRow("uk, 1920 px: text beside the icons") << "uk" << 1920 << true;
    QTest::newRow("uk, 1366 px: more compact") << "uk" << 1366 << false;
    QTest::newRow("de, 1100 px: more compact") << "de" << 1100 << false;
}

// The bar is as roomy as its width allows.
void TestToolBarFit::compactOnlyWhereNeeded()
{
    QFETCH(QString, language);
    QFETCH(int, width);
    QFETCH(bool, textBesideIcons);
    UiLanguage ui;
    QVERIFY(ui.install(language));
    const std::unique_ptr<MainWindow> window = showWindow(width);
    QVERIFY(window);
    auto *bar = window->findChild<MainToolBar *>();
    QVERIFY(bar);
    QCOMPARE(bar->toolButtonStyle() == Qt::ToolButtonTextBesideIcon, textBesideIcons);
    QCOMPARE(bar->density() == MainToolBar::Density::TextBesideIcons, textBesideIcons);
    QVERIFY(bar->sizeHint().width() <= bar->width());
    if (bar->density() != MainToolBar::Density::TextBesideIcons)
        QVERIFY(bar->widthFor(MainToolBar::Density::TextBesideIcons) > bar->width());
}

void TestToolBarFit::eachLayoutTakesTheWidthMeasured_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : { "de", "uk", "en" })
        QTest::newRow(language) << QString::fromLatin1(language);
}

// What the bar measures for a layout before choosing it is what that
// layout then takes: at exactly that width it is chosen (or a roomier one
// that also fits) and nothing overflows; a pixel less and a more compact
// one is chosen.
void TestToolBarFit::eachLayoutTakesTheWidthMeasured()
{
    QFETCH(QString, language);
    using Density = MainToolBar::Density;
    UiLanguage ui;
    QVERIFY(ui.install(language));
    const std::unique_ptr<MainWindow> window = showWindow(1920);
    QVERIFY(window);
    auto *bar = window->findChild<MainToolBar *>();
    QVERIFY(bar);
    const auto *extension = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    QVERIFY(extension);
    const auto barWidth = [&](int width) {
        window->resize(window->width() + width - bar->width(), window->height());
        QCoreApplication::processEvents();
        return bar->width() == width;
    };
    int checked = 0;
    for (const Density density : { Density::TextBesideIcons, Density::TextUnderIcons, Density::TwoLinesUnderIcons,
                                   Density::IconsOnly }) {
        const int needed = bar->widthFor(density);
        if (!barWidth(needed))
            continue; // the window cannot be that narrow (its panels need more)
        QVERIFY2(bar->density() <= density, qPrintable(QStringLiteral("%1 px").arg(needed)));
        QVERIFY(!extension->isVisible());
        if (bar->density() == density) {
            QCOMPARE(bar->sizeHint().width(), needed);
            ++checked;
        }
        if (!barWidth(needed - 1))
            continue;
        QVERIFY(bar->density() > density);
        QVERIFY(!extension->isVisible());
    }
    QVERIFY(checked >= 3);
    QCOMPARE(bar->paraphrase()->sizeHintFor(bar->paraphrase()->arrangement()), bar->paraphrase()->sizeHint());
}

QTEST_MAIN(TestToolBarFit)
#include "tst_toolbarfit.moc"
