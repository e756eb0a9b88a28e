#include "scriptguesser.h"

#include <QTest>

using namespace WireDiff;

// The language of an article without metadata, guessed from its text, so
// that segmentation and stemming follow it (tst_tokenizer shows what the
// language changes).
class TestScriptGuesser : public QObject
{
    Q_OBJECT

private slots:
    void guesses_data();
    void guesses();
    void skipsBoilerplate();
};

void TestScriptGuesser::guesses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");

    QTest::newRow("Korean (Hangul)") << QString::fromUtf8("서울 시청 앞에서 어제 대규모 집회가 열렸다고 경찰이 밝혔다.") << "ko";
    QTest::newRow("Korean with a few Hanja") << QString::fromUtf8("國會는 오늘 본회의를 열어 예산안을 처리했다.") << "ko";
    QTest::newRow("Japanese (kanji and kana)") << QString::fromUtf8("東京都内で昨夜、大雨による浸水被害が相次いだ。") << "ja";
    QTest::newRow("Chinese (Han only)") << QString::fromUtf8("北京市昨日发布暴雨预警，多个区县停课。") << "zh";
    QTest::newRow("Thai") << QString::fromUtf8("กรุงเทพมหานครประกาศเตือนภัยน้ำท่วมในหลายเขต") << "th";
    QTest::newRow("Ukrainian, not Russian") << QString::fromUtf8("У Києві їхав тролейбус, і пасажири чекали на зупинці.") << "uk";
    QTest::newRow("Russian") << QString::fromUtf8("В Москве вчера был сильный дождь, и это мешало движению.") << "ru";
    QTest::newRow("English") << "The river authority said the water was rising and that the bridge was closed." << "en";
    QTest::newRow("German") << "Die Feuerwehr ist mit vielen Helfern vor Ort und sagt, das Wasser sei nicht mehr gestiegen." << "de";
    QTest::newRow("French") << "Les pompiers sont sur place et la mairie dit que le niveau de l'eau est stable pour le moment." << "fr";
    QTest::newRow("Spanish") << "Los bomberos están en la zona y el alcalde dijo que el agua no sube por ahora para los vecinos." << "es";
    QTest::newRow("Hebrew") << QString::fromUtf8("המשטרה הודיעה כי הכביש נסגר בשל ההצפה.") << "he";
    QTest::newRow("Greek") << QString::fromUtf8("Η πυροσβεστική ανακοίνωσε ότι ο δρόμος έκλεισε.") << "el";
    QTest::newRow("Arabic") << QString::fromUtf8("أعلنت الشرطة إغلاق الطريق بسبب الفيضانات.") << "ar";
    QTest::newRow("digits only: no guess") << "2026 11 23 09:30" << "";
}

void TestScriptGuesser::guesses()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QCOMPARE(ScriptGuesser::guessLanguage(text), language);
}

void TestScriptGuesser::skipsBoilerplate()
{
    // An English cookie banner on a Korean page does not make it English.
    const std::vector<Paragraph> paragraphs {
        { QStringLiteral("We use cookies and similar technologies on this site to improve the service and for advertising "
                         "and analytics; by continuing you agree to the use of cookies and to the privacy policy."),
          ParagraphRole::Boilerplate },
        { QString::fromUtf8("서울 시청 앞에서 어제 집회가 열렸다."), ParagraphRole::Body },
    };
    QCOMPARE(ScriptGuesser::guessLanguage(paragraphs), QStringLiteral("ko"));
}

QTEST_GUILESS_MAIN(TestScriptGuesser)
#include "tst_scriptguesser.moc"
