#include "coverpage.h"
#include "coversection.h"
#include "highlightstyle.h"
#include "pdfexporter.h"
#include "pdffixtures.h"
#include "testarticles.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace WireDiff;
using namespace WireDiff::PdfFixtures;

// The PDF's labels in every language (review 12): the Articles table's
// headers and the "(base)" marker, and the legend's names, are whole as a
// reader gets them back from the file, not "Kü…", "Cla…", "(осно…" or
// "Signo de inserci…": the columns and the legend's names are sized to the
// translated text, measured as the page draws it. The shares table's ids
// too: its translated titles took the room the names needed ("001_5e0c2…").
class TestPdfLabels : public QObject
{
    Q_OBJECT

private slots:
    void labelsAreWhole_data();
    void labelsAreWhole();
};

void TestPdfLabels::labelsAreWhole_data()
{
    QTest::addColumn<QString>("language");

    for (const char *language : { "en", "de", "fr", "es", "ko", "uk" })
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestPdfLabels::labelsAreWhole()
{
    QFETCH(QString, language);
    if (tool("pdftotext").isEmpty())
        QSKIP("pdftotext is not installed");
    UiLanguage ui;
    QVERIFY(ui.install(language));
    // Ids as long as a newsroom's system gives them.
    const QString lead = QStringLiteral("Engineers opened the Halden dam on Monday after 86 homes were flooded, the water authority said.");
    // A changed figure gives the shares table its widest set of columns.
    const QString changedLead = QString(lead).replace(QStringLiteral("86"), QStringLiteral("68"));
    const QString quote = QStringLiteral("\u201CWe will rebuild every bridge,\u201D the mayor said on Monday.");
    const Comparison comparison = compare({ TestArticles::make(QStringLiteral("001_5e0c2a91d4b7f318"), { lead, quote }),
                                            TestArticles::make(QStringLiteral("002_a7d3e9b0c1f46625"), { changedLead }),
                                            TestArticles::make(QStringLiteral("003_94c1bb07e2d5a830"), { quote, lead }) });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("labels.pdf"));
    const std::vector<CoverSection> sections { &CoverPage::articles, &CoverPage::legend, &CoverPage::shares };
    QCOMPARE(PdfExporter::write(file, comparison, {}, {}, {}, &sections), QString());
    const QString text = run(tool("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-") });
    QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
    const QString read = comparable(text);

    const auto cover = [](const char *source) { return QCoreApplication::translate("WireDiff::CoverPage", source); };
    QStringList whole { cover("Key"), cover("Article"), cover("Outlet"), cover("File"), cover("Format"), cover("Encoding"),
                        cover("Words"), cover("%1 (base)").arg(comparison.articles.front().id),
                        cover("Caret"), cover("Unique"), cover("Gap"), cover("moved paragraph"), cover("Note") };
    for (const Article &article : comparison.articles)
        whole.append(article.id);
    for (const ChangeClass changeClass : { ChangeClass::Added, ChangeClass::Removed, ChangeClass::Paraphrased, ChangeClass::Moved,
                                           ChangeClass::FactChanged }) {
        if (!HighlightStyle::displayName(changeClass).isEmpty())
            whole.append(HighlightStyle::displayName(changeClass));
    }
    if (language != QLatin1String("en"))
        QVERIFY2(cover("Key") != QLatin1String("Key"), "the translation is not installed");
    for (const QString &label : whole)
        QVERIFY2(read.contains(comparable(label)), qPrintable(QStringLiteral("%1 is cut in:\n%2").arg(label, text)));
    // Nothing on these pages is cut short.
    QVERIFY2(!text.contains(QChar(0x2026)), qPrintable(text));
}

QTEST_MAIN(TestPdfLabels)
#include "tst_pdflabels.moc"
