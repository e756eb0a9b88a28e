#include "languagemix.h"
#include "testarticles.h"

#include <QTest>

using namespace WireDiff;

// A folder with translations among the versions is named in a notice: the
// articles in other languages than most, and which. Articles whose
// language could not be guessed (a headline alone) say nothing either way.
class TestLanguageMix : public QObject
{
    Q_OBJECT

private slots:
    void judges_data();
    void judges();
    void namesTheArticles_data();
    void namesTheArticles();
};

namespace {

std::vector<Article> articlesIn(const QStringList &languages)
{
    std::vector<Article> articles;
    for (const QString &language : languages) {
        Article article = TestArticles::make(QStringLiteral("%1-%2").arg(articles.size() + 1).arg(language),
                                             { QStringLiteral("Text.") });
        article.language = language;
        articles.push_back(article);
    }
    return articles;
}

} // namespace

void TestLanguageMix::judges_data()
{
    QTest::addColumn<QStringList>("languages"); // one article each; "" is unknown
    QTest::addColumn<int>("distinct");
    QTest::addColumn<QString>("majority");
    QTest::addColumn<QStringList>("others"); // article ids
    QTest::newRow("one language") << QStringList { "en", "en", "en" } << 1 << "en" << QStringList {};
    QTest::newRow("regional variants are one language") << QStringList { "en", "en-GB", "EN-us" } << 1 << "en"
                                                        << QStringList {};
    QTest::newRow("unknown languages say nothing") << QStringList { "en", "", "en" } << 1 << "en" << QStringList {};
    QTest::newRow("three translations") << QStringList { "en", "de", "uk", "ko", "en" } << 4 << "en"
                                        << QStringList { "2-de", "3-uk", "4-ko" };
    QTest::newRow("most in German") << QStringList { "de", "en", "de" } << 2 << "de" << QStringList { "2-en" };
    QTest::newRow("a tie goes to the first code") << QStringList { "fr", "de" } << 2 << "de" << QStringList { "1-fr" };
    QTest::newRow("nothing known") << QStringList { "", "" } << 0 << "" << QStringList {};
}

void TestLanguageMix::judges()
{
    QFETCH(QStringList, languages);
    QFETCH(int, distinct);
    QFETCH(QString, majority);
    QFETCH(QStringList, others);
    const std::vector<Article> articles = articlesIn(languages);
    const LanguageMix::Verdict verdict = LanguageMix::judge(articles);
    QCOMPARE(verdict.languages, distinct);
    QCOMPARE(verdict.majority, majority);
    QStringList ids;
    for (const LanguageMix::Member &member : verdict.others)
        ids.append(articles[size_t(member.article)].id);
    QCOMPARE(ids, others);
    QCOMPARE(verdict.isMixed(), distinct > 1);
    QCOMPARE(LanguageMix::notice(articles).isEmpty(), distinct <= 1);
}

void TestLanguageMix::namesTheArticles_data()
{
    QTest::addColumn<QStringList>("languages");
    QTest::addColumn<int>("listed");
    QTest::addColumn<QString>("notice");
    QTest::newRow("every one named")
        << QStringList { "en", "de", "uk", "ko", "en" } << 6
        << QStringLiteral("These articles are in 4 languages: English for 2 of them; 2-de in German, 3-uk in Ukrainian, "
                          "4-ko in Korean. WireDiff compares words, so a translation reads as new text, not as a version "
                          "of the story.");
    QTest::newRow("the rest counted")
        << QStringList { "en", "en", "de", "fr", "es" } << 2
        << QStringLiteral("These articles are in 4 languages: English for 2 of them; 3-de in German, 4-fr in French and "
                          "1 more. WireDiff compares words, so a translation reads as new text, not as a version of the "
                          "story.");
}

void TestLanguageMix::namesTheArticles()
{
    QFETCH(QStringList, languages);
    QFETCH(int, listed);
    QFETCH(QString, notice);
    QCOMPARE(LanguageMix::notice(articlesIn(languages), listed), notice);
}

QTEST_GUILESS_MAIN(TestLanguageMix)
#include "tst_languagemix.moc"
