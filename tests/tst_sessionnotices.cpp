#include "sessionnotices.h"

#include <QCoreApplication>
#include <QTest>

using namespace WireDiff;

// What the banner's one line says after a comparison: the most telling
// notice first. Review 10 found a folder with an unrelated article and two
// unreadable files whose banner said only that two files were skipped; the
// warning that one article may be another story was the fourth line of the
// details.
class TestSessionNotices : public QObject
{
    Q_OBJECT

private slots:
    void leadsWithWhatMatters_data();
    void leadsWithWhatMatters();
    void leavesOwnExportsOut_data();
    void leavesOwnExportsOut();
};

namespace {

std::vector<SkippedFile> skippedFiles(int count)
{
    std::vector<SkippedFile> files;
    for (int i = 0; i < count; ++i) {
        SkippedFile file;
        file.filePath = QStringLiteral("/desk/story/empty-%1.txt").arg(i);
        file.reason = QStringLiteral("The file is empty.");
        files.push_back(file);
    }
    return files;
}

} // namespace

void TestSessionNotices::leadsWithWhatMatters_data()
{
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QStringList>("notices");
    QTest::addColumn<QString>("baseNotice");
    QTest::addColumn<QString>("dropNote");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("detailLines");

    const QString stranger = QStringLiteral("07-weather shares almost nothing with the other articles.");
    const QString subfolders = QStringLiteral("1 subfolder was not read.");
    const QString base = QStringLiteral("There is no article \u201C09\u201D to use as the base.");
    // The count's wording is the translations' (numerus) business; the
    // order of the parts is what is tested here.
    const QString skipped2 = QCoreApplication::translate("WireDiff::MainWindow",
                                                         "%n file(s) could not be compared and were skipped.", nullptr, 2);
    QTest::newRow("nothing to say") << 0 << QStringList() << QString() << QString() << QString() << 0;
    QTest::newRow("a notice alone") << 0 << QStringList { stranger, subfolders } << QString() << QString() << stranger << 2;
    QTest::newRow("files skipped alone") << 2 << QStringList() << QString() << QString() << skipped2 << 2;
    QTest::newRow("a notice and files skipped: both in the line")
        << 2 << QStringList { stranger, subfolders } << QString() << QString() << stranger + QLatin1Char(' ') + skipped2 << 4;
    QTest::newRow("the base lost leads, the notices wait in the details")
        << 2 << QStringList { stranger } << base << QString() << base + QLatin1Char(' ') + skipped2 << 3;
    QTest::newRow("a drop's note comes last")
        << 0 << QStringList { stranger } << QString() << QStringLiteral("1 file added.")
        << stranger + QStringLiteral(" 1 file added.") << 1;
}

void TestSessionNotices::leadsWithWhatMatters()
{
    QFETCH(int, skipped);
    QFETCH(QStringList, notices);
    QFETCH(QString, baseNotice);
    QFETCH(QString, dropNote);
    QFETCH(QString, message);
    QFETCH(int, detailLines);
    const SessionNotices::Notice notice = SessionNotices::forComparison(skippedFiles(skipped), notices, baseNotice, dropNote);
    QCOMPARE(notice.message, message);
    QCOMPARE(notice.details.size(), detailLines);
    for (const QString &line : notices)
        QVERIFY(notice.details.contains(line));
}

// Review 13: a report exported beside the articles is left out on every
// reload; that alone is nothing to warn about, nor to list.
void TestSessionNotices::leavesOwnExportsOut_data()
{
    QTest::addColumn<int>("skipped");
    QTest::addColumn<int>("ownExports");
    QTest::addColumn<int>("detailLines");

    QTest::newRow("a report alone") << 0 << 1 << 0;
    QTest::newRow("reports and a file that could not be read") << 1 << 2 << 1;
}

void TestSessionNotices::leavesOwnExportsOut()
{
    QFETCH(int, skipped);
    QFETCH(int, ownExports);
    QFETCH(int, detailLines);
    std::vector<SkippedFile> files = skippedFiles(skipped);
    for (int i = 0; i < ownExports; ++i)
        files.push_back({ QStringLiteral("/desk/story/comparison-%1.html").arg(i), QStringLiteral("a comparison WireDiff exported"), true });
    const SessionNotices::Notice notice = SessionNotices::forComparison(files, {}, {}, {});
    const QString expected = skipped == 0 ? QString()
        : QCoreApplication::translate("WireDiff::MainWindow", "%n file(s) could not be compared and were skipped.", nullptr, skipped);
    QCOMPARE(notice.message, expected);
    QCOMPARE(notice.details.size(), detailLines);
}

QTEST_GUILESS_MAIN(TestSessionNotices)
#include "tst_sessionnotices.moc"
