#include "encodingdetector.h"

#include <QStringEncoder>
#include <QTest>

using namespace WireDiff;

class TestEncodingDetector : public QObject
{
    Q_OBJECT

private slots:
    void detectsEncoding_data();
    void detectsEncoding();
    void weighsDeclaredEncoding_data();
    void weighsDeclaredEncoding();
    void unifiesLineEndings_data();
    void unifiesLineEndings();
    void normalisesToNfc();
    void flagsBinary_data();
    void flagsBinary();
    void removesC1Controls_data();
    void removesC1Controls();
};

namespace {

QByteArray encode(const QString &text, QStringConverter::Encoding encoding, bool bom = false)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom
                                         : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

const QString frenchSample = QStringLiteral(
    "Le ministre a déclaré mardi que la réforme des retraites serait présentée à "
    "l'Assemblée nationale avant l'été, malgré l'opposition des syndicats. « Nous "
    "irons jusqu'au bout », a-t-il ajouté devant les députés réunis à Paris.");

} // namespace

void TestEncodingDetector::detectsEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hadErrors");

    const QString ascii = QStringLiteral("Plain ASCII text.");
    QTest::newRow("ascii is utf-8") << ascii.toUtf8() << "UTF-8" << ascii << false;
    QTest::newRow("utf-8 accents") << frenchSample.toUtf8() << "UTF-8" << frenchSample << false;
    QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF") + frenchSample.toUtf8() << "UTF-8"
                                    << frenchSample << false;
    QTest::newRow("utf-16le bom") << encode(frenchSample, QStringConverter::Utf16LE, true)
                                  << "UTF-16LE" << frenchSample << false;
    QTest::newRow("utf-16be bom") << encode(frenchSample, QStringConverter::Utf16BE, true)
                                  << "UTF-16BE" << frenchSample << false;
    QTest::newRow("utf-16le without bom") << encode(frenchSample, QStringConverter::Utf16LE)
                                          << "UTF-16LE" << frenchSample << false;
    QTest::newRow("utf-16be without bom") << encode(frenchSample, QStringConverter::Utf16BE)
                                          << "UTF-16BE" << frenchSample << false;
    QTest::newRow("latin-1 french") << encode(frenchSample, QStringConverter::Latin1)
                                    << "ISO-8859-1" << frenchSample << false;
    const QString curly = QStringLiteral("He said \u201Cwe will not\u201D \u2013 and left\u2026 "
                                         "The minister\u2019s office declined to comment on the "
                                         "report, which was published on Monday.");
    const QByteArray cp1252 = QByteArray("He said \x93we will not\x94 \x96 and left\x85 The minister\x92s "
                                         "office declined to comment on the report, which was "
                                         "published on Monday.");
    QTest::newRow("windows-1252 curly quotes") << cp1252 << "windows-1252" << curly << false;
    QByteArray broken = frenchSample.toUtf8();
    broken.insert(10, "\xC3\x28");
    QString brokenText = frenchSample;
    brokenText.insert(10, QStringLiteral("\uFFFD("));
    QTest::newRow("utf-8 with an invalid sequence") << broken << "UTF-8" << brokenText << true;
    // Valid UTF-8 byte for byte, but every other byte is NUL.
    const QString english = QStringLiteral("The river rose two metres overnight and the ferry did not sail.");
    QTest::newRow("utf-16le of ascii without bom") << encode(english, QStringConverter::Utf16LE) << "UTF-16LE" << english << false;
    QTest::newRow("utf-16be of ascii without bom") << encode(english, QStringConverter::Utf16BE) << "UTF-16BE" << english << false;
    // Scripts whose high bytes are not zero: only spaces, line ends and
    // digits give zeros, all in one column.
    const QString russian = QStringLiteral("Шторм обрушился на побережье\n\nОфициальные лица заявили, что шторм обрушился "
                                           "на побережье в понедельник.\n");
    QTest::newRow("utf-16le of russian without bom") << encode(russian, QStringConverter::Utf16LE) << "UTF-16LE" << russian << false;
    QTest::newRow("utf-16be of russian without bom") << encode(russian, QStringConverter::Utf16BE) << "UTF-16BE" << russian << false;
    const QString japanese = QStringLiteral("沿岸に嵐が上陸\n\n当局によると、月曜日に嵐が沿岸を襲った。\n");
    QTest::newRow("utf-16le of japanese without bom") << encode(japanese, QStringConverter::Utf16LE) << "UTF-16LE" << japanese << false;
    QTest::newRow("utf-16be of japanese without bom") << encode(japanese, QStringConverter::Utf16BE) << "UTF-16BE" << japanese << false;
    // Latin text with letters above 0x7F can pass for Big5 (each accented
    // letter and the next make one ideograph inside a Latin word).
    const QString polish = QStringLiteral("Burza nad wybrzeżem\n\nUrzędnicy poinformowali, że w poniedziałek burza uderzyła "
                                          "w wybrzeże. Wiele domów straciło prąd.\n\nSłużba pogodowa ostrzegła przed "
                                          "kolejnymi opadami.\n");
    QStringEncoder toLatin2("ISO-8859-2");
    QTest::newRow("iso-8859-2 polish") << QByteArray(toLatin2.encode(polish)) << "ISO-8859-2" << polish << false;
    // Real East Asian text in those encodings is still read as such.
    const QString chinese = QStringLiteral("颱風週一登陸沿海地區，官員表示，數千戶家庭停電。氣象部門警告說，本週稍後還會有更多降雨。"
                                           "救援人員整夜工作，以到達被洪水切斷的街道。");
    QStringEncoder toBig5("Big5");
    QTest::newRow("big5 chinese") << QByteArray(toBig5.encode(chinese)) << "Big5" << chinese << false;
    const QString simplified = QStringLiteral("台风周一登陆沿海地区，官员表示，数千户家庭停电。气象部门警告说，本周稍后还会有更多降雨。"
                                              "救援人员整夜工作，以到达被洪水切断的街道。");
    QStringEncoder toGb("GB18030");
    QTest::newRow("gb18030 chinese") << QByteArray(toGb.encode(simplified)) << "GB18030" << simplified << false;
}

// A page's <meta charset> is believed only where the bytes leave room for
// it, and Latin-1 is read as browsers read it.
void TestEncodingDetector::weighsDeclaredEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    const QByteArray cp1252 = QByteArray("Caf\xE9 owners said \x93the river rose\x94 \x96 twice.");
    const QString curly = QStringLiteral("Café owners said \u201Cthe river rose\u201D \u2013 twice.");
    QTest::newRow("windows-1252 declared utf-8") << cp1252 << "utf-8" << "windows-1252" << curly;
    QTest::newRow("windows-1252 declared UTF8") << cp1252 << "UTF8" << "windows-1252" << curly;
    QTest::newRow("windows-1252 declared iso-8859-1") << cp1252 << "iso-8859-1" << "windows-1252" << curly;
    QTest::newRow("windows-1252 declared us-ascii") << cp1252 << "us-ascii" << "windows-1252" << curly;
    QTest::newRow("utf-8 declared windows-1252") << curly.toUtf8() << "windows-1252" << "UTF-8" << curly;
    const QString russian = QStringLiteral("Паводок затопил город");
    QStringEncoder toCp1251("windows-1251");
    QTest::newRow("windows-1251 declared") << QByteArray(toCp1251.encode(russian)) << "windows-1251" << "windows-1251" << russian;
    // A name no converter knows is no declaration: the bytes decide.
    const QString longer = QStringLiteral("Шторм обрушился на побережье. Официальные лица заявили, что шторм обрушился на "
                                          "побережье в понедельник, и тысячи домов остались без света.");
    QTest::newRow("windows-1251 declared as none") << QByteArray(toCp1251.encode(longer)) << "none" << "windows-1251" << longer;
    QTest::newRow("windows-1251 declared as ansi") << QByteArray(toCp1251.encode(longer)) << "ansi" << "windows-1251" << longer;
}

void TestEncodingDetector::weighsDeclaredEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, declared);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    const DecodedText decoded = EncodingDetector::decode(bytes, declared);
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text, text);
    QVERIFY(!decoded.hadErrors);
}

void TestEncodingDetector::detectsEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QFETCH(bool, hadErrors);
    const DecodedText decoded = EncodingDetector::decode(bytes);
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.hadErrors, hadErrors);
    QVERIFY(!decoded.looksBinary);
}

void TestEncodingDetector::unifiesLineEndings_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lf") << "a\nb\n\nc" << "a\nb\n\nc";
    QTest::newRow("crlf") << "a\r\nb\r\n\r\nc" << "a\nb\n\nc";
    QTest::newRow("cr") << "a\rb\r\rc" << "a\nb\n\nc";
    QTest::newRow("mixed") << "a\r\nb\rc\nd" << "a\nb\nc\nd";
    QTest::newRow("unicode separators") << QStringLiteral("a\u2028b\u2029c") << "a\nb\n\nc";
}

void TestEncodingDetector::unifiesLineEndings()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(EncodingDetector::normalizeLineEndings(input), expected);
}

void TestEncodingDetector::normalisesToNfc()
{
    const QString decomposed = QStringLiteral("Caf\u0065\u0301 in Ko\u0308ln");
    const QString composed = QStringLiteral("Caf\u00E9 in K\u00F6ln");
    QCOMPARE(EncodingDetector::toNfc(decomposed), composed);
    QCOMPARE(EncodingDetector::decode(decomposed.toUtf8()).text, composed);
    QCOMPARE(EncodingDetector::toNfc(composed), composed);
}

void TestEncodingDetector::flagsBinary_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("binary");
    QTest::newRow("text") << QByteArray("Just words.\n") << false;
    static constexpr char zipHeader[] = "PK\x03\x04\x00\x00\x08\x00 zip";
    QTest::newRow("nul bytes") << QByteArray(zipHeader, sizeof zipHeader - 1) << true;
    QByteArray controls;
    for (int i = 0; i < 200; ++i)
        controls.append(char(i % 31 + 1));
    QTest::newRow("control characters") << controls << true;
}

void TestEncodingDetector::flagsBinary()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, binary);
    QCOMPARE(EncodingDetector::decode(bytes).looksBinary, binary);
}

void TestEncodingDetector::removesC1Controls_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("removed");
    const QByteArray words = "Caf\xE9 owners said \x93the river rose\x94 \x96 twice";
    const QString curly = QStringLiteral("Caf\u00E9 owners said \u201Cthe river rose\u201D \u2013 twice");
    QTest::newRow("the five bytes windows-1252 leaves undefined")
        << words + "\x81, \x8D\x8F, \x90\x9D." << "windows-1252" << curly + QStringLiteral(", , .") << 5;
    QTest::newRow("windows-1252 without them") << words + "." << "windows-1252" << curly + QStringLiteral(".") << 0;
    QTest::newRow("C1 controls in UTF-8")
        << QStringLiteral("The river\u0080 rose\u009F.").toUtf8() << "UTF-8" << QStringLiteral("The river rose.") << 2;
    QTest::newRow("NEL is a line break") << QStringLiteral("The river\u0085rose.").toUtf8() << "UTF-8"
                                        << QStringLiteral("The river\nrose.") << 0;
}

// Control characters no text uses do not reach the article, and are counted
// so the loader can say so.
void TestEncodingDetector::removesC1Controls()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QFETCH(int, removed);
    const DecodedText decoded = EncodingDetector::decode(bytes);
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text, text);
    QCOMPARE(int(decoded.removedControls), removed);
    QVERIFY(!decoded.hadErrors);
    QVERIFY(!decoded.looksBinary);
}

QTEST_GUILESS_MAIN(TestEncodingDetector)
#include "tst_encodingdetector.moc"
