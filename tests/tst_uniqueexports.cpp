#include "comparisonfixtures.h"
#include "htmlexporter.h"
#include "reportwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace WireDiff;
using namespace WireDiff::ComparisonFixtures;

// The exports list the sentences found in no other source inside shared
// paragraphs (review 13, finding 8): the JSON report on the paragraph that
// holds each (code point offsets), the HTML page in its "Found in no other
// source" section, quoted, with its article and paragraph.
class TestUniqueExports : public QObject
{
    Q_OBJECT

private slots:
    void jsonListsTheSentence_data();
    void jsonListsTheSentence();
    void htmlListsTheSentence_data();
    void htmlListsTheSentence();
    void htmlTintsTheSentenceInTheRows_data();
    void htmlTintsTheSentenceInTheRows();
};

namespace {

// The base "a" (the story), and "b": the story with `sentence` added at
// the end of its third paragraph, after `before` (empty: nothing).
Comparison compareWith(const QString &before, const QString &sentence)
{
    QStringList copy = story;
    if (!sentence.isEmpty())
        copy[2] += QLatin1Char(' ') + before + sentence;
    return compareLettered({ story, copy });
}

void addRows()
{
    QTest::addColumn<QString>("before");   // put in front of the sentence
    QTest::addColumn<QString>("sentence"); // added to a copied paragraph
    QTest::addColumn<bool>("listed");

    const QString invented = QStringLiteral("Neighbours said the flames could be seen from the motorway twelve kilometres away.");
    QTest::newRow("an invented sentence") << QString() << invented << true;
    // Offsets in code points: the emoji before it is one, not two.
    QTest::newRow("after a character outside the BMP")
        << QStringLiteral("\U0001F525") << invented << true;
    QTest::newRow("nothing added") << QString() << QString() << false;
    QTest::newRow("a copied sentence")
        << QString() << QStringLiteral("The warehouse belonged to a family firm that has traded in Varen since 1911.") << false;
}

} // namespace

void TestUniqueExports::jsonListsTheSentence_data()
{
    addRows();
}

void TestUniqueExports::jsonListsTheSentence()
{
    QFETCH(QString, before);
    QFETCH(QString, sentence);
    QFETCH(bool, listed);
    const Comparison comparison = compareWith(before, sentence);
    const QJsonObject report = QJsonDocument::fromJson(ReportWriter::toBytes(comparison)).object();
    QJsonArray found;
    qint32 foundIn = -1;
    const QJsonArray articles = report.value(QStringLiteral("articles")).toArray();
    for (const QJsonValue &article : articles) {
        const QJsonArray paragraphs = article.toObject().value(QStringLiteral("paragraphs")).toArray();
        for (qsizetype p = 0; p < paragraphs.size(); ++p) {
            const QJsonObject paragraph = paragraphs[p].toObject();
            if (!paragraph.contains(QStringLiteral("uniqueSentences")))
                continue;
            QVERIFY(found.isEmpty());
            QCOMPARE(article.toObject().value(QStringLiteral("id")).toString(), QStringLiteral("b"));
            found = paragraph.value(QStringLiteral("uniqueSentences")).toArray();
            foundIn = qint32(p);
            const QList<uint> codePoints = paragraph.value(QStringLiteral("text")).toString().toUcs4();
            for (const QJsonValue &entry : std::as_const(found)) {
                const QJsonObject object = entry.toObject();
                const qsizetype start = object.value(QStringLiteral("start")).toInt();
                const qsizetype end = object.value(QStringLiteral("end")).toInt();
                const QString slice = QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + start,
                                                        end - start);
                QCOMPARE(slice, sentence);
                QCOMPARE(object.value(QStringLiteral("text")).toString(), sentence);
            }
        }
    }
    QCOMPARE(found.size(), listed ? 1 : 0);
    if (listed)
        QCOMPARE(foundIn, 2);
}

void TestUniqueExports::htmlListsTheSentence_data()
{
    addRows();
}

void TestUniqueExports::htmlListsTheSentence()
{
    QFETCH(QString, before);
    QFETCH(QString, sentence);
    QFETCH(bool, listed);
    const Comparison comparison = compareWith(before, sentence);
    const QString html = QString::fromUtf8(HtmlExporter::toHtml(comparison, {}, {}));
    const qsizetype start = html.indexOf(QLatin1String("<section id=\"unique\">"));
    QCOMPARE(start >= 0, listed);
    if (!listed)
        return;
    const QString section = html.mid(start, html.indexOf(QLatin1String("</section>"), start) - start);
    const QString entry = QStringLiteral("<li><bdi>b</bdi> ¶3, a sentence in a shared paragraph: <span dir=\"auto\" "
                                         "class=\"unique\">\u201C%1\u201D</span></li>")
                              .arg(HtmlExporter::escaped(sentence));
    QVERIFY2(section.contains(entry), qPrintable(section));
    QCOMPARE(section.count(QLatin1String("<li>")), 1);
}

void TestUniqueExports::htmlTintsTheSentenceInTheRows_data()
{
    addRows();
}

// The rows table tints the sentence as the window and the PDF do: one span
// holding exactly the sentence, whatever diff classes mark its words.
void TestUniqueExports::htmlTintsTheSentenceInTheRows()
{
    QFETCH(QString, before);
    QFETCH(QString, sentence);
    QFETCH(bool, listed);
    const Comparison comparison = compareWith(before, sentence);
    const QString html = QString::fromUtf8(HtmlExporter::toHtml(comparison, {}, {}));
    const qsizetype tableStart = html.indexOf(QLatin1String("<table class=\"rows\""));
    QVERIFY(tableStart >= 0);
    const QString table = html.mid(tableStart, html.indexOf(QLatin1String("</table>"), tableStart) - tableStart);
    const QLatin1String open("<span class=\"unique-sentence\">");
    QCOMPARE(table.count(open), listed ? 1 : 0);
    if (!listed)
        return;
    // The span's content, up to its matching close.
    qsizetype at = table.indexOf(open) + open.size();
    const qsizetype from = at;
    for (qint32 depth = 1; depth > 0;) {
        const qsizetype opens = table.indexOf(QLatin1String("<span"), at);
        const qsizetype closes = table.indexOf(QLatin1String("</span>"), at);
        QVERIFY(closes >= 0);
        if (opens >= 0 && opens < closes) {
            ++depth;
            at = opens + 1;
        } else {
            --depth;
            at = closes + 1;
        }
    }
    QString inner = table.mid(from, at - 1 - from);
    inner.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    QCOMPARE(inner, HtmlExporter::escaped(sentence));
}

QTEST_GUILESS_MAIN(TestUniqueExports)
#include "tst_uniqueexports.moc"
