#include "comparisonsession.h"
#include "comparisonview.h"
#include "isolatedsettings.h"
#include "mainwindow.h"
#include "viewfixtures.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace WireDiff;

// Ctrl+F7 and Ctrl+Shift+F7 in the real window, offscreen: they stop at a
// paragraph found in no other source and at a sentence found in no other
// source inside a shared paragraph (review 13, finding 8), select that
// sentence and say in the status bar what the stop holds.
class TestUniqueNavigation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ctrlF7ReachesTheSentence_data();
    void ctrlF7ReachesTheSentence();
    void ctrlF7StopsAtEachSentenceOfARow_data();
    void ctrlF7StopsAtEachSentenceOfARow();

private:
    QTemporaryDir m_settingsDir;
};

namespace {

void writeArticle(const QTemporaryDir &dir, const QString &name, const QStringList &paragraphs)
{
    QFile file(QDir(dir.path()).filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(paragraphs.join(QStringLiteral("\n\n")).toUtf8());
}

// Shows the window `width` pixels wide and compares the folder in it.
void openAndWait(MainWindow *window, int width, const QTemporaryDir &dir)
{
    window->resize(width, 600);
    QSignalSpy ready(window->session(), &ComparisonSession::comparisonReady);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->open({ dir.path() });
    QVERIFY(ready.wait(20000));
}

} // namespace

void TestUniqueNavigation::initTestCase()
{
    TestSettings::isolate(QStringLiteral("tst_uniquenavigation"), m_settingsDir.path());
}

void TestUniqueNavigation::ctrlF7ReachesTheSentence_data()
{
    QTest::addColumn<int>("uniqueParagraph"); // of the copy, -1: none
    QTest::addColumn<int>("sentenceParagraph"); // of the copy, holding the invented sentence

    QTest::newRow("a sentence only") << -1 << 20;
    QTest::newRow("a paragraph, then a sentence") << 8 << 20;
}

void TestUniqueNavigation::ctrlF7ReachesTheSentence()
{
    QFETCH(int, uniqueParagraph);
    QFETCH(int, sentenceParagraph);
    const QString sentence = QStringLiteral("Divers from the navy searched the flooded tunnel under the station until dawn.");
    const QStringList base = ViewFixtures::story(30);
    QStringList copy = base;
    copy[sentenceParagraph] += QLatin1Char(' ') + sentence;
    if (uniqueParagraph >= 0)
        copy.insert(uniqueParagraph, QStringLiteral("A choir from the cathedral sang for the evacuated families in the "
                                                    "sports hall, the organisers said on their website."));
    const qint32 sentenceIn = sentenceParagraph + (uniqueParagraph >= 0 && uniqueParagraph <= sentenceParagraph ? 1 : 0);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeArticle(dir, QStringLiteral("agency.txt"), base);
    writeArticle(dir, QStringLiteral("copy.txt"), copy);

    MainWindow window;
    openAndWait(&window, 1200, dir);
    if (QTest::currentTestFailed())
        return;
    ComparisonView *view = window.view();
    const ComparisonModel &model = view->model();
    const qint32 copyIndex = model.comparison().indexOf(QStringLiteral("copy"));
    QVERIFY(copyIndex >= 0);
    QVERIFY2(model.uniqueSentences(copyIndex, sentenceIn).size() == 1, "the invented sentence is found");
    const qint32 sentenceRow = model.rowOf(copyIndex, sentenceIn);
    view->setFocus();

    if (uniqueParagraph >= 0) {
        QTest::keyClick(&window, Qt::Key_F7, Qt::ControlModifier);
        QCOMPARE(view->currentRow(), model.rowOf(copyIndex, uniqueParagraph));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("found in no other source")));
    }
    QTest::keyClick(&window, Qt::Key_F7, Qt::ControlModifier);
    QCOMPARE(view->currentRow(), sentenceRow);
    QCOMPARE(view->selection().article(), copyIndex);
    QCOMPARE(view->selectedText(), sentence);
    QVERIFY(!view->rowRect(sentenceRow).isEmpty()); // scrolled to it
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("a sentence found in no other source")),
             qPrintable(window.statusBar()->currentMessage()));
    // Nothing unique after it; back again with Ctrl+Shift+F7.
    QTest::keyClick(&window, Qt::Key_F7, Qt::ControlModifier);
    QCOMPARE(view->currentRow(), sentenceRow);
    if (uniqueParagraph >= 0) {
        QTest::keyClick(&window, Qt::Key_F7, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(view->currentRow(), model.rowOf(copyIndex, uniqueParagraph));
    }
}

using Additions = QList<QStringList>; // per copy ("b", "c"): the sentences it adds to paragraph 20

void TestUniqueNavigation::ctrlF7StopsAtEachSentenceOfARow_data()
{
    QTest::addColumn<Additions>("additions");
    QTest::addColumn<QStringList>("stops"); // "copy: sentence", in the order Ctrl+F7 reaches them

    const QString divers = QStringLiteral("Divers from the navy searched the flooded tunnel under the station until dawn.");
    const QString baker = QStringLiteral("A retired baker handed out bread and coffee to stranded commuters on the platform.");
    QTest::newRow("two sentences in one paragraph")
        << Additions { { divers, baker }, {} } << QStringList { QStringLiteral("b: ") + divers, QStringLiteral("b: ") + baker };
    QTest::newRow("one sentence in each of two panes")
        << Additions { { divers }, { baker } } << QStringList { QStringLiteral("b: ") + divers, QStringLiteral("c: ") + baker };
    const QString choir = QStringLiteral("A choir from the cathedral sang for the evacuated families in the sports hall.");
    QTest::newRow("one sentence in one pane, two in another")
        << Additions { { choir }, { divers, baker } }
        << QStringList { QStringLiteral("b: ") + choir, QStringLiteral("c: ") + divers, QStringLiteral("c: ") + baker };
}

// A row holding several sentences found in no other source is stepped
// through, one stop per sentence in reading order (pane, then sentence),
// forwards with Ctrl+F7 and back with Ctrl+Shift+F7.
void TestUniqueNavigation::ctrlF7StopsAtEachSentenceOfARow()
{
    QFETCH(Additions, additions);
    QFETCH(QStringList, stops);
    const QStringList base = ViewFixtures::story(30);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeArticle(dir, QStringLiteral("a.txt"), base);
    for (qsizetype c = 0; c < additions.size(); ++c) {
        QStringList copy = base;
        for (const QString &sentence : additions[c])
            copy[20] += QLatin1Char(' ') + sentence;
        writeArticle(dir, QString(QLatin1Char(char('b' + c))) + QStringLiteral(".txt"), copy);
    }

    MainWindow window;
    openAndWait(&window, 1400, dir);
    if (QTest::currentTestFailed())
        return;
    ComparisonView *view = window.view();
    const ComparisonModel &model = view->model();
    view->setFocus();
    const auto stopReached = [&] {
        return model.article(view->selection().article()).id + QStringLiteral(": ") + view->selectedText();
    };
    QStringList reached;
    for (qsizetype k = 0; k < stops.size(); ++k) {
        QTest::keyClick(&window, Qt::Key_F7, Qt::ControlModifier);
        reached.append(stopReached());
    }
    QCOMPARE(reached, stops);
    // Nothing further: the last stop stays selected.
    QTest::keyClick(&window, Qt::Key_F7, Qt::ControlModifier);
    QCOMPARE(stopReached(), stops.back());
    QStringList back;
    for (qsizetype k = 0; k < stops.size(); ++k) {
        back.prepend(stopReached());
        if (k + 1 < stops.size())
            QTest::keyClick(&window, Qt::Key_F7, Qt::ControlModifier | Qt::ShiftModifier);
    }
    QCOMPARE(back, stops);
}

QTEST_MAIN(TestUniqueNavigation)
#include "tst_uniquenavigation.moc"
