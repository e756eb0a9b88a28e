#include "housestyle.h"
#include "housestyledialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBlock>

using namespace WireDiff;

// The house-style editor as the editor types into it: bad lines are marked
// and named and keep OK disabled, good text is returned in HouseStyle's
// form, Restore Defaults brings back the shipped list.
class TestHouseStyleDialog : public QObject
{
    Q_OBJECT

private slots:
    void marksBadLines_data();
    void marksBadLines();
    void restoreDefaults_data();
    void restoreDefaults();
};

namespace {

// Types `text` into the editor as keystrokes, replacing what was there.
void type(QPlainTextEdit *editor, const QString &text)
{
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Delete);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, lines[i]);
    }
}

} // namespace

void TestHouseStyleDialog::marksBadLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("badLines"); // 1-based
    QTest::addColumn<QString>("says");        // in the problem list, when there are bad lines

    QTest::newRow("two groups") << QStringLiteral("Kyiv = Kiev\nper cent = percent = %") << QList<int> {} << QString();
    QTest::newRow("blank lines are fine") << QStringLiteral("\nKyiv = Kiev\n\nUN = U.N.\n") << QList<int> {} << QString();
    QTest::newRow("one spelling only") << QStringLiteral("Kyiv\nKharkiv = Kharkov") << QList<int> { 1 }
                                       << QStringLiteral("Line 1: needs two spellings or more");
    QTest::newRow("empty spelling") << QStringLiteral("Odesa = Odessa\nKyiv = = Kiev") << QList<int> { 2 }
                                    << QStringLiteral("Line 2: has an empty spelling");
    QTest::newRow("same spelling twice in a line") << QStringLiteral("Kyiv = KYIV") << QList<int> { 1 }
                                                   << QStringLiteral("names “KYIV” twice");
    QTest::newRow("a spelling in two groups") << QStringLiteral("Kyiv = Kiev\nOdesa = Odessa\nKiev = Kyjiw") << QList<int> { 3 }
                                              << QStringLiteral("“Kiev” is already in line 1");
    QTest::newRow("several bad lines") << QStringLiteral("a\nb = c\n=\nd = d") << QList<int> { 1, 3, 4 }
                                       << QStringLiteral("Line 4:");
}

void TestHouseStyleDialog::marksBadLines()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, badLines);
    QFETCH(QString, says);
    HouseStyleDialog dialog(HouseStyle::defaults().toText(), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    type(dialog.editor(), text);
    QCOMPARE(dialog.rawText(), text);

    QList<int> marked;
    for (const HouseStyleDialog::Problem &problem : dialog.problems())
        marked.append(problem.line + 1);
    QCOMPARE(marked, badLines);
    // The editor marks exactly those lines; the list below names them.
    QList<int> highlighted;
    for (const QTextEdit::ExtraSelection &mark : dialog.editor()->extraSelections())
        highlighted.append(mark.cursor.block().blockNumber() + 1);
    QCOMPARE(highlighted, badLines);
    QCOMPARE(ok->isEnabled(), badLines.isEmpty());
    QCOMPARE(dialog.problemLabel()->isVisible(), !badLines.isEmpty());
    if (!says.isEmpty())
        QVERIFY2(dialog.problemLabel()->text().contains(says), qPrintable(dialog.problemLabel()->text()));
    const QString dir = qEnvironmentVariable("WIREDIFF_SCREENSHOT_DIR");
    QCoreApplication::processEvents(); // the layout takes the problem list's new height
    if (!dir.isEmpty())
        dialog.grab().save(QDir(dir).filePath(QStringLiteral("housestyle-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')))));

    if (!badLines.isEmpty()) {
        // Clicking the disabled OK does nothing; correcting the text does.
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        type(dialog.editor(), QStringLiteral("Kyiv = Kiev"));
        QVERIFY(ok->isEnabled());
        QVERIFY(!dialog.problemLabel()->isVisible());
        QVERIFY(dialog.editor()->extraSelections().isEmpty());
        text = QStringLiteral("Kyiv = Kiev");
    }
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    // Returned in the form HouseStyle reads back to the same groups.
    QCOMPARE(dialog.text(), HouseStyle::fromText(text).toText());
    QCOMPARE(HouseStyle::fromText(dialog.text()), HouseStyle::fromText(text));
}

void TestHouseStyleDialog::restoreDefaults_data()
{
    QTest::addColumn<QString>("start");
    QTest::newRow("from bad text") << QStringLiteral("Kyiv\n=");
    QTest::newRow("from nothing") << QString();
    QTest::newRow("from an edited list") << QStringLiteral("Kyiv = Kiev = Kyjiw");
}

void TestHouseStyleDialog::restoreDefaults()
{
    QFETCH(QString, start);
    HouseStyleDialog dialog(start, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.rawText(), start);
    QPushButton *restore = dialog.buttons()->button(QDialogButtonBox::RestoreDefaults);
    QVERIFY(restore);
    QTest::mouseClick(restore, Qt::LeftButton);
    QVERIFY(dialog.isValid());
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog.text(), HouseStyle::defaults().toText());
    QCOMPARE(HouseStyle::fromText(dialog.text()), HouseStyle::defaults());
    // Escape cancels.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestHouseStyleDialog)
#include "tst_housestyledialog.moc"
