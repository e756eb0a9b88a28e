#include "comparisonoptions.h"
#include "tokenizer.h"
#include "vocabulary.h"

#include <QTest>

using namespace WireDiff;

// Word segmentation follows the article's language: ICU's dictionaries
// split Thai, Chinese and Japanese, which write no spaces between words;
// Korean keeps its space-separated words (eojeol) whole; the same text cut
// with the rules of a language without dictionary breaks is not split.
class TestTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void splitsWords_data();
    void splitsWords();
    void switchesBetweenArticleLanguages();
    void punctuationAndNumbers();
    void offsetsCoverWords();
    void tokenKeepsItsFields_data();
    void tokenKeepsItsFields();

private:
    static QStringList words(const QString &text, const QString &language);
};

QStringList TestTokenizer::words(const QString &text, const QString &language)
{
    ComparisonOptions options;
    Vocabulary vocabulary;
    Tokenizer tokenizer(options, &vocabulary);
    tokenizer.setLanguage(language);
    const TokenizedParagraph paragraph = tokenizer.tokenize(text);
    QStringList result;
    for (const Token &token : paragraph.tokens)
        result.append(text.mid(token.start, token.end - token.start));
    return result;
}

void TestTokenizer::splitsWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("English by spaces")
        << "en" << "The river rose overnight." << QStringList { "The", "river", "rose", "overnight", "." };
    QTest::newRow("Thai has no spaces: dictionary")
        << "th" << QString::fromUtf8("ภาษาไทย") << QStringList { QString::fromUtf8("ภาษา"), QString::fromUtf8("ไทย") };
    QTest::newRow("Chinese has no spaces: dictionary")
        << "zh" << QString::fromUtf8("我喜欢北京。")
        << QStringList { QString::fromUtf8("我"), QString::fromUtf8("喜欢"), QString::fromUtf8("北京"), QString::fromUtf8("。") };
    QTest::newRow("Japanese nouns and particles")
        << "ja" << QString::fromUtf8("東京の天気は雨")
        << QStringList { QString::fromUtf8("東京"), QString::fromUtf8("の"), QString::fromUtf8("天気"), QString::fromUtf8("は"),
                         QString::fromUtf8("雨") };
    QTest::newRow("Korean keeps each spaced word")
        << "ko" << QString::fromUtf8("서울 시청 앞에서 집회가 열렸다.")
        << QStringList { QString::fromUtf8("서울"), QString::fromUtf8("시청"), QString::fromUtf8("앞에서"),
                         QString::fromUtf8("집회가"), QString::fromUtf8("열렸다"), QStringLiteral(".") };
    QTest::newRow("Ukrainian apostrophe inside a word")
        << "uk" << QString::fromUtf8("м’ясо і п’ять") << QStringList { QString::fromUtf8("м’ясо"), QString::fromUtf8("і"), QString::fromUtf8("п’ять") };
}

void TestTokenizer::splitsWords()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(words(text, language), expected);
}

void TestTokenizer::switchesBetweenArticleLanguages()
{
    // The same tokenizer, switched between articles of different languages,
    // cuts each with its own rules.
    ComparisonOptions options;
    Vocabulary vocabulary;
    Tokenizer tokenizer(options, &vocabulary);
    const QString thai = QString::fromUtf8("ภาษาไทยง่ายนิดเดียว");
    const std::vector<Paragraph> thaiArticle { Paragraph { thai } };
    const std::vector<Paragraph> englishArticle { Paragraph { QStringLiteral("Plain English words here") } };
    const TokenizedArticle first = tokenizer.tokenize(thaiArticle, QStringLiteral("th"));
    const TokenizedArticle second = tokenizer.tokenize(englishArticle, QStringLiteral("en"));
    const TokenizedArticle third = tokenizer.tokenize(thaiArticle, QStringLiteral("th"));
    QCOMPARE(first.language, QStringLiteral("th"));
    QVERIFY(first.paragraphs.at(0).tokens.size() >= 4);
    QCOMPARE(second.paragraphs.at(0).tokens.size(), size_t(4));
    QCOMPARE(third.paragraphs.at(0).tokens.size(), first.paragraphs.at(0).tokens.size());
    // Every Thai code unit is inside exactly one token, in order.
    qint32 at = 0;
    for (const Token &token : first.paragraphs.at(0).tokens) {
        QCOMPARE(token.start, at);
        at = token.end;
    }
    QCOMPARE(at, qint32(thai.size()));
}

void TestTokenizer::punctuationAndNumbers()
{
    ComparisonOptions options;
    Vocabulary vocabulary;
    Tokenizer tokenizer(options, &vocabulary);
    tokenizer.setLanguage(QStringLiteral("de"));
    const QString text = QStringLiteral("Am 3. März stieg der Pegel um 1,5 Meter – „deutlich“.");
    const TokenizedParagraph paragraph = tokenizer.tokenize(text);
    QStringList numbers;
    QStringList marks;
    for (const Token &token : paragraph.tokens) {
        if (token.kind == TokenKind::Number)
            numbers.append(text.mid(token.start, token.end - token.start));
        else if (token.kind == TokenKind::Punctuation)
            marks.append(text.mid(token.start, token.end - token.start));
    }
    QCOMPARE(numbers, (QStringList { "3", "1,5" }));
    QVERIFY(marks.contains(QStringLiteral("\u2013")));
    QVERIFY(marks.contains(QStringLiteral("\u201E")));
}

void TestTokenizer::offsetsCoverWords()
{
    // A supplementary-plane character (outside the BMP) keeps offsets in
    // UTF-16 code units, so the word after it is found where it is.
    const QString text = QString::fromUtf8("𠮷野家 opened");
    const QStringList got = words(text, QStringLiteral("ja"));
    QVERIFY2(got.contains(QStringLiteral("opened")), qPrintable(got.join(u'|')));
    QCOMPARE(got.join(QString()), QString(text).remove(u' '));
}

void TestTokenizer::tokenKeepsItsFields_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("sentenceStart");

    QTest::newRow("no key yet") << -1 << int(TokenKind::Word) << false;
    QTest::newRow("first key, a number starting a sentence") << 0 << int(TokenKind::Number) << true;
    QTest::newRow("a key above 16 bits") << 123'456 << int(TokenKind::Word) << true;
    QTest::newRow("the largest key, punctuation") << int(Token::maxKey) << int(TokenKind::Punctuation) << true;
    QTest::newRow("the largest key, a word") << int(Token::maxKey) << int(TokenKind::Word) << false;
}

// The key shares its 32 bits with the kind and the sentence flag (token.h):
// each must read back as written, up to the largest key.
void TestTokenizer::tokenKeepsItsFields()
{
    QFETCH(int, key);
    QFETCH(int, kind);
    QFETCH(bool, sentenceStart);
    const Token token { 19'999, 20'000, key, TokenKind(kind), sentenceStart };
    QCOMPARE(token.start, 19'999);
    QCOMPARE(token.end, 20'000);
    QCOMPARE(qint32(token.key), key);
    QCOMPARE(int(token.kind), kind);
    QCOMPARE(bool(token.sentenceStart), sentenceStart);
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
