#include "aboutdialog.h"
#include "actiontext.h"
#include "comparisonsession.h"
#include "isolatedsettings.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "navigationkeys.h"
#include "shortcutsdialog.h"
#include "uilanguage.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QXmlStreamReader>

#include <memory>

using namespace WireDiff;

// The window in every language: it starts translated (title, menus, Qt's
// own strings), accelerators do not clash within a menu, every action
// explains itself, the shortcuts dialog lists every shortcut, the language
// follows --lang and the system, and numbers follow the language.
class TestLocalisation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resolvesLanguage_data();
    void resolvesLanguage();
    void windowIsTranslated_data();
    void windowIsTranslated();
    void acceleratorsDoNotClash_data();
    void acceleratorsDoNotClash();
    void everyActionExplainsItself();
    void shortcutsDialogListsEveryShortcut();
    void aboutNamesVersionsAndLicences();
    void langOptionSwitchesTheProcess_data();
    void langOptionSwitchesTheProcess();

private:
    static QStringList writeFiles(const QString &folder, int count);
    static void collectMenus(QMenu *menu, QList<QMenu *> &menus);
    static QSet<QString> translationsIn(const QString &language);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    QSet<QString> m_englishMenuTexts; // as the source code writes them
};

void TestLocalisation::initTestCase()
{
    TestSettings::isolate(QStringLiteral("tst_localisation"), m_settingsDir.path());
    QCoreApplication::setApplicationVersion(QStringLiteral(WIREDIFF_VERSION));
    QVERIFY(m_dir.isValid());
    const QStringList available = UiLanguage::available();
    for (const char *code : { "de", "en", "es", "fr", "ko", "uk" })
        QVERIFY2(available.contains(QLatin1String(code)), code);

    // No translator is installed yet: these are the source texts.
    MainWindow english;
    for (QAction *top : english.menuBar()->actions()) {
        m_englishMenuTexts.insert(top->text());
        QList<QMenu *> menus;
        collectMenus(top->menu(), menus);
        for (QMenu *menu : std::as_const(menus)) {
            for (QAction *action : menu->actions()) {
                if (!action->isSeparator() && !action->data().isValid() && !action->text().contains(QLatin1String("Qt")))
                    m_englishMenuTexts.insert(action->text());
            }
        }
    }
    QVERIFY(m_englishMenuTexts.size() > 30);
}

QStringList TestLocalisation::writeFiles(const QString &folder, int count)
{
    QDir().mkpath(folder);
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString path = QDir(folder).filePath(QStringLiteral("version-%1.txt").arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("Flood waters rose overnight in the valley, the river authority said on Monday.\n\n");
        file.write(QByteArray("Version ") + QByteArray::number(i) + " adds a sentence of its own here.\n");
        paths.append(path);
    }
    return paths;
}

void TestLocalisation::collectMenus(QMenu *menu, QList<QMenu *> &menus)
{
    menus.append(menu);
    for (QAction *action : menu->actions()) {
        if (action->menu())
            collectMenus(action->menu(), menus);
    }
}

QSet<QString> TestLocalisation::translationsIn(const QString &language)
{
    QSet<QString> texts;
    QFile file(QStringLiteral(WIREDIFF_SOURCE_DIR "/translations/wirediff_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return texts;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("translation"))
            texts.insert(xml.readElementText(QXmlStreamReader::SkipChildElements));
    }
    return texts;
}

void TestLocalisation::resolvesLanguage_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--lang wins over the system") << "de" << "ko_KR" << "de";
    QTest::newRow("a locale name names its language") << "fr_CA" << "en_US" << "fr";
    QTest::newRow("BCP 47 spelling") << "uk-UA" << "en_US" << "uk";
    QTest::newRow("nothing asked: the system") << "" << "ko_KR" << "ko";
    QTest::newRow("unknown code: the system") << "xx" << "es_MX" << "es";
    QTest::newRow("untranslated system: English") << "" << "ja_JP" << "en";
}

void TestLocalisation::resolvesLanguage()
{
    QFETCH(QString, requested);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(UiLanguage::resolve(requested, QLocale(system)), expected);
}

void TestLocalisation::windowIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("files");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("qtClose");  // from qtbase's translation
    QTest::addColumn<QString>("thousand"); // 12345 as the language writes it

    QTest::newRow("English") << "en" << 2 << "2 files" << "&File" << "Close" << "12,345";
    QTest::newRow("German") << "de" << 2 << "2 Dateien" << "&Datei" << "Schlie\u00DFen" << "12.345";
    QTest::newRow("French") << "fr" << 2 << "2 fichiers" << "&Fichier" << "Fermer" << "12\u202F345";
    QTest::newRow("Spanish") << "es" << 2 << "2 archivos" << "&Archivo" << "Cerrar" << "12.345";
    QTest::newRow("Korean") << "ko" << 2 << "\uD30C\uC77C 2\uAC1C" << "\uD30C\uC77C(&F)" << "\uB2EB\uAE30" << "12,345";
    QTest::newRow("Ukrainian, few") << "uk" << 2 << "2 \u0444\u0430\u0439\u043B\u0438" << "&\u0424\u0430\u0439\u043B"
                                    << "\u0417\u0430\u043A\u0440\u0438\u0442\u0438" << "12\u00A0345";
    QTest::newRow("Ukrainian, many") << "uk" << 5 << "5 \u0444\u0430\u0439\u043B\u0456\u0432" << "&\u0424\u0430\u0439\u043B"
                                     << "\u0417\u0430\u043A\u0440\u0438\u0442\u0438" << "12\u00A0345";
}

void TestLocalisation::windowIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(int, files);
    QFETCH(QString, title);
    QFETCH(QString, fileMenu);
    QFETCH(QString, qtClose);
    QFETCH(QString, thousand);

    UiLanguage ui;
    QVERIFY(ui.install(language));
    QCOMPARE(ui.current(), language);
    QCOMPARE(QLocale().toString(12345), thousand);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Close"), qtClose);

    MainWindow window;
    QSignalSpy ready(window.session(), &ComparisonSession::comparisonReady);
    window.open(writeFiles(m_dir.filePath(language + QString::number(files)), files));
    QCOMPARE(window.windowTitle(), title);
    QCOMPARE(window.menuBar()->actions().constFirst()->text(), fileMenu);
    QVERIFY(ready.wait(20000));
    if (language == QLatin1String("en"))
        return;
    // Nothing in the menus is left in English (language names aside, which
    // are written in their own language, and words the language spells the
    // same, such as French "Notes", which its .ts file gives as translations).
    const QSet<QString> sameInLanguage = translationsIn(language);
    const auto untranslated = [&](const QString &text) {
        return m_englishMenuTexts.contains(text) && !sameInLanguage.contains(text);
    };
    for (QAction *top : window.menuBar()->actions()) {
        QVERIFY2(!untranslated(top->text()), qPrintable(top->text()));
        QList<QMenu *> menus;
        collectMenus(top->menu(), menus);
        for (QMenu *menu : std::as_const(menus)) {
            for (QAction *action : menu->actions()) {
                if (action->isSeparator() || action->data().isValid())
                    continue;
                QVERIFY2(!untranslated(action->text()), qPrintable(action->text()));
            }
        }
    }
}

void TestLocalisation::acceleratorsDoNotClash_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &code : UiLanguage::available())
        QTest::newRow(qPrintable(code)) << code;
}

void TestLocalisation::acceleratorsDoNotClash()
{
    QFETCH(QString, language);
    UiLanguage ui;
    QVERIFY(ui.install(language));
    MainWindow window;
    const auto mnemonic = [](const QString &text) -> QChar {
        QString t = text;
        t.remove(QLatin1String("&&"));
        const qsizetype at = t.indexOf(QLatin1Char('&'));
        return at >= 0 && at + 1 < t.size() ? t.at(at + 1).toLower() : QChar();
    };
    QList<QMenu *> menus;
    QHash<QChar, QString> bar;
    for (QAction *top : window.menuBar()->actions()) {
        const QChar key = mnemonic(top->text());
        QVERIFY2(!key.isNull(), qPrintable(top->text()));
        QVERIFY2(!bar.contains(key), qPrintable(top->text() + QLatin1String(" / ") + bar.value(key)));
        bar.insert(key, top->text());
        collectMenus(top->menu(), menus);
    }
    for (QMenu *menu : std::as_const(menus)) {
        QHash<QChar, QString> seen;
        for (QAction *action : menu->actions()) {
            const QChar key = mnemonic(action->text());
            if (key.isNull() || !action->isVisible())
                continue;
            QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("%1: %2 / %3").arg(menu->title(), action->text(), seen.value(key))));
            seen.insert(key, action->text());
        }
    }
}

void TestLocalisation::everyActionExplainsItself()
{
    MainWindow window;
    QList<QMenu *> menus;
    for (QAction *top : window.menuBar()->actions())
        collectMenus(top->menu(), menus);
    int checked = 0;
    for (QMenu *menu : std::as_const(menus)) {
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || action->menu() || !action->isEnabled())
                continue;
            QVERIFY2(!action->statusTip().isEmpty(), qPrintable(action->text()));
            QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->text()));
            ++checked;
        }
    }
    QVERIFY(checked > 25);
    // Standard keys where the platform has them.
    const MainActions &a = window.actions();
    QCOMPARE(a.openFolder->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(a.copy->shortcut(), QKeySequence(QKeySequence::Copy));
    QCOMPARE(a.find->shortcut(), QKeySequence(QKeySequence::Find));
    QCOMPARE(a.quit->shortcut(), QKeySequence(QKeySequence::Quit));
}

void TestLocalisation::shortcutsDialogListsEveryShortcut()
{
    MainWindow window;
    QList<QMenu *> tops;
    for (QAction *top : window.menuBar()->actions())
        tops.append(top->menu());
    ShortcutsDialog dialog(tops, window.QWidget::actions(), &window);
    QSet<QString> listed;
    const QTreeWidget *tree = dialog.tree();
    // The actions' groups; the keys the panes read themselves and the boxes'
    // Alt+letters follow (tst_shortcutsdialog).
    QStringList notActions { ShortcutsDialog::tr("Boxes") };
    for (const NavigationKeys::Place place : NavigationKeys::places)
        notActions.append(NavigationKeys::placeName(place));
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree->topLevelItem(g);
        if (notActions.contains(group->text(0)))
            continue;
        for (int i = 0; i < group->childCount(); ++i)
            listed.insert(group->child(i)->text(0) + QLatin1Char('=') + group->child(i)->text(1));
    }
    int withShortcut = 0;
    for (const QAction *action : window.QWidget::actions()) {
        if (action->shortcuts().isEmpty())
            continue;
        ++withShortcut;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        const QString row = ActionText::plain(action->text()) + QLatin1Char('=') + keys.join(QLatin1String(", "));
        QVERIFY2(listed.contains(row), qPrintable(row));
    }
    QCOMPARE(listed.size(), withShortcut);
}

void TestLocalisation::aboutNamesVersionsAndLicences()
{
    const QString html = AboutDialog::html();
    for (const char *name : { "Qt", "ICU", "dtl", "libstemmer", "WordNet", "Lesser General Public License", "Unicode",
                              "BSD" })
        QVERIFY2(html.contains(QLatin1String(name)), name);
    QVERIFY(html.contains(QStringLiteral(WIREDIFF_VERSION)));
    QVERIFY(html.contains(QString::fromLatin1(qVersion())));
}

void TestLocalisation::langOptionSwitchesTheProcess_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German help") << "de" << "Den Vergleichsbericht (JSON)";
    QTest::newRow("Korean help") << "ko" << "\uBE44\uAD50 \uBCF4\uACE0\uC11C(JSON)";
    QTest::newRow("Ukrainian help") << "uk" << "\u0417\u0430\u043F\u0438\u0441\u0430\u0442\u0438 \u0437\u0432\u0456\u0442";
    QTest::newRow("no --lang: English for pipelines") << "" << "Write the comparison report (JSON)";
    QTest::newRow("unknown code is reported") << "xx" << "There is no translation for \u201Cxx\u201D";
}

void TestLocalisation::langOptionSwitchesTheProcess()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QProcess process;
    QStringList arguments;
    if (!language.isEmpty())
        arguments << QStringLiteral("--lang") << language;
    arguments << QStringLiteral("--help");
    process.start(QStringLiteral(WIREDIFF_BINARY), arguments);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(output.contains(expected), qPrintable(output));
}

QTEST_MAIN(TestLocalisation)
#include "tst_localisation.moc"
