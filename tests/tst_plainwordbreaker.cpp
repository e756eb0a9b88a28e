#include "plainwordbreaker.h"

#include <QTest>

#include <unicode/ubrk.h>

using namespace WireDiff;

// PlainWordBreaker stands in for ICU's word break iterator (root rules) on
// text of the characters it knows: it must cut every such text exactly
// where ICU does and give each segment ICU's kind (word, number or other).
// The rows pin the cases the rules single out; equalsIcuOnShortStrings
// compares the two on every string of up to four characters drawn from one
// character of each class and a few of the same class.
class TestPlainWordBreaker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void handles_data();
    void handles();
    void segments_data();
    void segments();
    void equalsIcuOnShortStrings();

private:
    // Segments written as "text:kind" (w word, n number, o other), joined by '|'.
    static QString plain(const QString &text);
    QString icu(const QString &text) const;

    UBreakIterator *m_icu = nullptr; // ICU's root rules
};

namespace {

QString describe(const QString &text, qint32 from, qint32 to, PlainWordBreaker::Kind kind)
{
    const char letter = kind == PlainWordBreaker::Kind::Word ? 'w' : kind == PlainWordBreaker::Kind::Number ? 'n' : 'o';
    return text.mid(from, to - from) + QLatin1Char(':') + QLatin1Char(letter);
}

} // namespace

QString TestPlainWordBreaker::plain(const QString &text)
{
    QStringList out;
    PlainWordBreaker breaker(text);
    qint32 start = 0;
    for (PlainWordBreaker::Segment segment; breaker.next(&segment); start = segment.end)
        out.append(describe(text, start, segment.end, segment.kind));
    return out.join(QLatin1Char('|'));
}

void TestPlainWordBreaker::initTestCase()
{
    UErrorCode status = U_ZERO_ERROR;
    m_icu = ubrk_open(UBRK_WORD, "", nullptr, 0, &status);
    QVERIFY(U_SUCCESS(status));
}

void TestPlainWordBreaker::cleanupTestCase()
{
    ubrk_close(m_icu);
}

QString TestPlainWordBreaker::icu(const QString &text) const
{
    UBreakIterator *iterator = m_icu;
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(iterator, reinterpret_cast<const UChar *>(text.constData()), int32_t(text.size()), &status);
    QStringList out;
    int32_t start = ubrk_first(iterator);
    for (int32_t end = ubrk_next(iterator); end != UBRK_DONE; start = end, end = ubrk_next(iterator)) {
        const int32_t rule = ubrk_getRuleStatus(iterator);
        PlainWordBreaker::Kind kind = PlainWordBreaker::Kind::Other;
        if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT)
            kind = PlainWordBreaker::Kind::Number;
        else if (rule >= UBRK_WORD_LETTER)
            kind = PlainWordBreaker::Kind::Word;
        out.append(describe(text, start, end, kind));
    }
    return out.join(QLatin1Char('|'));
}

void TestPlainWordBreaker::handles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("handled");
    QTest::newRow("ASCII prose") << QStringLiteral("The river rose 3.5 m, police said.") << true;
    QTest::newRow("tab and line ends") << QStringLiteral("a\tb\r\nc\n") << true;
    QTest::newRow("Latin-1 letters") << QStringLiteral("café Zürich") << true;
    QTest::newRow("curly quotes and dashes") << QStringLiteral("“It’s—so” – ‘no’") << true;
    QTest::newRow("underscore") << QStringLiteral("file_name") << false;
    QTest::newRow("at sign") << QStringLiteral("x@y.com") << false;
    QTest::newRow("no-break space") << QStringLiteral("10\u00a0km") << false;
    QTest::newRow("soft hyphen") << QStringLiteral("news\u00adpaper") << false;
    QTest::newRow("Greek") << QStringLiteral("αβγ") << false;
    QTest::newRow("control character") << QStringLiteral("a\u0001b") << false;
    QTest::newRow("empty") << QString() << true;
}

void TestPlainWordBreaker::handles()
{
    QFETCH(QString, text);
    QFETCH(bool, handled);
    QCOMPARE(PlainWordBreaker::handles(text), handled);
}

void TestPlainWordBreaker::segments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("words and spaces") << QStringLiteral("big  dog") << QStringLiteral("big:w|  :o|dog:w");
    QTest::newRow("full stop inside a word, not after it")
        << QStringLiteral("U.S. e.g.") << QStringLiteral("U.S:w|.:o| :o|e.g:w|.:o");
    QTest::newRow("apostrophes") << QStringLiteral("don’t 'n' it's") << QStringLiteral("don’t:w| :o|':o|n:w|':o| :o|it's:w");
    QTest::newRow("numbers with separators")
        << QStringLiteral("1,000.5 1;2 1..2") << QStringLiteral("1,000.5:n| :o|1;2:n| :o|1:n|.:o|.:o|2:n");
    QTest::newRow("comma and semicolon between letters")
        << QStringLiteral("a,b;c") << QStringLiteral("a:w|,:o|b:w|;:o|c:w");
    QTest::newRow("kind by the last character")
        << QStringLiteral("a1 1a a1.5 20th") << QStringLiteral("a1:n| :o|1a:w| :o|a1.5:n| :o|20th:w");
    QTest::newRow("colon and hyphen split") << QStringLiteral("a:b-c") << QStringLiteral("a:w|::o|b:w|-:o|c:w");
    QTest::newRow("a mark between a letter and a digit")
        << QStringLiteral("a.1 1.a") << QStringLiteral("a:w|.:o|1:n| :o|1:n|.:o|a:w");
    QTest::newRow("marks one by one") << QStringLiteral("--!?") << QStringLiteral("-:o|-:o|!:o|?:o");
    QTest::newRow("line ends") << QStringLiteral("a\r\n\n\rb") << QStringLiteral("a:w|\r\n:o|\n:o|\r:o|b:w");
    QTest::newRow("tab is not a space") << QStringLiteral(" \t ") << QStringLiteral(" :o|\t:o| :o");
    QTest::newRow("Latin-1 letters and signs") << QStringLiteral("café 2×3") << QStringLiteral("café:w| :o|2:n|×:o|3:n");
    QTest::newRow("a mark at the end") << QStringLiteral("end.") << QStringLiteral("end:w|.:o");
}

void TestPlainWordBreaker::segments()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QVERIFY(PlainWordBreaker::handles(text));
    QCOMPARE(plain(text), expected);
    QCOMPARE(icu(text), expected);
}

void TestPlainWordBreaker::equalsIcuOnShortStrings()
{
    const QString alphabet = QStringLiteral("aZ1.,;:'\"- \t\n\r\v\f!é’‘“—×");
    for (qsizetype length = 1; length <= 4; ++length) {
        std::vector<qsizetype> digits(size_t(length), 0);
        for (;;) {
            QString text;
            for (const qsizetype d : digits)
                text.append(alphabet[d]);
            QCOMPARE(plain(text), icu(text));
            qsizetype place = length - 1;
            while (place >= 0 && ++digits[size_t(place)] == alphabet.size())
                digits[size_t(place--)] = 0;
            if (place < 0)
                break;
        }
    }
}

QTEST_APPLESS_MAIN(TestPlainWordBreaker)
#include "tst_plainwordbreaker.moc"
