#include "comparisonsession.h"

#include "comparison.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace WireDiff;

// ComparisonSession against files that change on disk while a comparison
// reads them: the comparison on show must end up made from the files as
// they are. Runs on the real worker thread.
class TestComparisonSession : public QObject
{
    Q_OBJECT

private slots:
    void aFileReplacedWhileComparingIsReadAgain_data();
    void aFileReplacedWhileComparingIsReadAgain();
};

namespace {

const QString lead = QStringLiteral("Ninety-nine people died when the river broke its banks overnight, officials said.");
const QString corrected = QStringLiteral("Seventy people died when the river broke its banks overnight, officials said.");
const QString rescue = QStringLiteral("Rescue crews worked through the night to reach villages cut off by the water.");
const QString schools = QStringLiteral("Schools across the district will stay closed until Monday, the council said.");

void writeArticle(const QString &path, const QStringList &paragraphs)
{
    // As editors and sync tools do: a new file renamed over the old one.
    const QString temporary = path + QStringLiteral(".part");
    QFile file(temporary);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(paragraphs.join(QStringLiteral("\n\n")).toUtf8() + "\n");
    file.close();
    QFile::remove(path);
    QVERIFY(QFile::rename(temporary, path));
}

QString firstParagraph(const Comparison &comparison, const QString &id)
{
    const qint32 article = comparison.indexOf(id);
    return article >= 0 && !comparison.articles[size_t(article)].paragraphs.empty()
        ? comparison.articles[size_t(article)].paragraphs.front().text
        : QString();
}

} // namespace

// The watcher is renewed after each run, so a file replaced while the
// first comparison read the folder was not watched: before, the window
// kept the old text until something else changed. Replaced once the
// loading is done (progress past its fifth), before the run ends.
void TestComparisonSession::aFileReplacedWhileComparingIsReadAgain_data()
{
    QTest::addColumn<bool>("folder"); // else the files as an explicit set
    QTest::addColumn<bool>("watching");
    QTest::newRow("folder") << true << true;
    QTest::newRow("explicit files") << false << true;
    QTest::newRow("folder, watching off") << true << false;
}

void TestComparisonSession::aFileReplacedWhileComparingIsReadAgain()
{
    QFETCH(bool, folder);
    QFETCH(bool, watching);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString agency = dir.filePath(QStringLiteral("01-agency.txt"));
    const QString paper = dir.filePath(QStringLiteral("02-paper.txt"));
    writeArticle(agency, { lead, rescue, schools });
    writeArticle(paper, { lead, schools });

    ComparisonSession session;
    session.setReloadDelay(50);
    session.setWatching(watching);
    QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
    bool replaced = false;
    connect(&session, &ComparisonSession::progressChanged, &session, [&](int percent) {
        if (percent >= 20 && !replaced) {
            replaced = true;
            writeArticle(paper, { corrected, schools });
        }
    });
    session.open(folder ? QStringList { dir.path() } : QStringList { agency, paper });
    QVERIFY(ready.wait(20000));
    QVERIFY(replaced);
    if (!watching) {
        QVERIFY(!ready.wait(1000)); // the editor turned watching off: nothing runs by itself
        QCOMPARE(firstParagraph(*session.comparison(), QStringLiteral("02-paper")), lead);
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 2 && !session.isBusy(), 20000);
    QCOMPARE(firstParagraph(*session.comparison(), QStringLiteral("02-paper")), corrected);
}

QTEST_MAIN(TestComparisonSession)
#include "tst_comparisonsession.moc"
