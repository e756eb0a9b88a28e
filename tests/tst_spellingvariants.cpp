#include "comparisonfixtures.h"
#include "spellingvariants.h"

#include "lexicon.h"
#include "vocabulary.h"

#include <QtTest>

using namespace WireDiff;
using namespace WireDiff::ComparisonFixtures;

// Copied words spelled differently compare as the same words; words that
// only look alike stay changes.
class TestSpellingVariants : public QObject
{
    Q_OBJECT

private slots:
    void variantsReadAsSame_data();
    void variantsReadAsSame();
    void letters_data();
    void letters();
};

namespace {

// A paragraph that both articles copy around the stretch that differs, so
// that the pair is a copy and the stretch sits inside verbatim text.
QString inStory(const QString &stretch)
{
    return QStringLiteral("Firefighters in the hill town of Varen spent Thursday night containing a blaze, and the "
                          "council said %1 would be reviewed by the regional fire service on Friday morning.")
        .arg(stretch);
}

// The classes of the spans of `article` that overlap `stretch` of its only
// paragraph.
QSet<ChangeClass> classesOver(const Comparison &comparison, qint32 article, const QString &stretch)
{
    const QString &text = comparison.articles[size_t(article)].paragraphs.front().text;
    const qsizetype from = text.indexOf(stretch);
    const qsizetype to = from + stretch.size();
    QSet<ChangeClass> classes;
    for (const DiffSpan &span : comparison.spansOf(article, 1)) {
        if (span.paragraph == 0 && span.start < to && span.end > from)
            classes.insert(span.changeClass);
    }
    return classes;
}

} // namespace

void TestSpellingVariants::variantsReadAsSame_data()
{
    QTest::addColumn<QString>("base");  // the base's spelling
    QTest::addColumn<QString>("other"); // the copy's spelling
    QTest::addColumn<bool>("matchCase");
    QTest::addColumn<bool>("same"); // both spellings read as Same

    // Spelling variants.
    QTest::newRow("hyphenated / closed") << "the long-standing plan" << "the longstanding plan" << false << true;
    QTest::newRow("closed / hyphenated") << "the email plan" << "the e-mail plan" << false << true;
    QTest::newRow("prefix before a vowel") << "the plan to co-operate" << "the plan to cooperate" << false << true;
    QTest::newRow("spaced / closed content words") << "the health care plan" << "the healthcare plan" << false << true;
    QTest::newRow("spaced / hyphenated") << "the Lac Breval plan" << "the Lac-Breval plan" << false << true;
    QTest::newRow("accent and hyphen") << "the Lac Breval plan" << "the Lac-Br\u00E9val plan" << false << true;
    QTest::newRow("accent only") << "the Breval plan" << "the Br\u00E9val plan" << false << true;
    QTest::newRow("dollar sign / dollars") << "the $40 million plan" << "the 40 million dollars plan" << false << true;
    QTest::newRow("dollars / dollar sign") << "the 40 million dollars plan" << "the $40 million plan" << false << true;
    QTest::newRow("hyphenated dollar compound") << "the $40 million plan" << "the 40-million-dollar plan" << false
                                                << true;
    QTest::newRow("US dollar sign") << "the US$3 billion plan" << "the 3 billion dollars plan" << false << true;
    QTest::newRow("euro sign / euros") << "the \u20AC12 million plan" << "the 12 million euros plan" << false << true;
    QTest::newRow("euro sign after the number") << "the 12 \u20AC plan" << "the 12 euros plan" << false << true;
    QTest::newRow("pound sign / pounds") << "the \u00A35 plan" << "the 5 pounds plan" << false << true;

    // Near pairs that are real changes.
    QTest::newRow("e-mail / mail") << "the e-mail plan" << "the mail plan" << false << false;
    QTest::newRow("re-sign / resign") << "the plan to re-sign" << "the plan to resign" << false << false;
    QTest::newRow("re-cover / recover") << "the plan to re-cover" << "the plan to recover" << false << false;
    QTest::newRow("may be / maybe") << "the plan may be" << "the plan maybe" << false << false;
    QTest::newRow("any one / anyone") << "the plan any one" << "the plan anyone" << false << false;
    QTest::newRow("dollars / euros") << "the $40 plan" << "the 40 euros plan" << false << false;
    QTest::newRow("another number") << "the $40 million plan" << "the 41 million dollars plan" << false << false;
    QTest::newRow("accent when case matters") << "the Breval plan" << "the Br\u00E9val plan" << true << false;
    QTest::newRow("other letters") << "the long-standing plan" << "the longlasting plan" << false << false;
}

void TestSpellingVariants::variantsReadAsSame()
{
    QFETCH(QString, base);
    QFETCH(QString, other);
    QFETCH(bool, matchCase);
    QFETCH(bool, same);
    ComparisonOptions options;
    options.baseId = QStringLiteral("base");
    options.ignoreCase = !matchCase;
    const Comparison comparison = compareArticles({ TestArticles::make(QStringLiteral("base"), { inStory(base) }),
                                                   TestArticles::make(QStringLiteral("other"), { inStory(other) }) },
                                                  options);
    const QSet<ChangeClass> sameOnly { ChangeClass::Same };
    const QSet<ChangeClass> baseClasses = classesOver(comparison, 0, base);
    const QSet<ChangeClass> otherClasses = classesOver(comparison, 1, other);
    if (same) {
        QCOMPARE(namesOf(baseClasses), namesOf(sameOnly));
        QCOMPARE(namesOf(otherClasses), namesOf(sameOnly));
    } else {
        QVERIFY2(baseClasses != sameOnly || otherClasses != sameOnly, qPrintable(namesOf(otherClasses)));
    }
}

void TestSpellingVariants::letters_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("ignoreCase");
    QTest::addColumn<QString>("letters");

    QTest::newRow("ascii") << "breval" << true << "breval";
    QTest::newRow("acute") << "br\u00E9val" << true << "breval";
    QTest::newRow("tilde and cedilla") << "se\u00F1or fa\u00E7ade" << true << "senor facade";
    QTest::newRow("Cyrillic short i is a letter of its own") << "\u0439" << true << "\u0439";
    QTest::newRow("Hangul unchanged") << "\uD55C\uAD6D" << true << "\uD55C\uAD6D";
    QTest::newRow("accents kept when case matters") << "br\u00E9val" << false << "br\u00E9val";
}

void TestSpellingVariants::letters()
{
    QFETCH(QString, key);
    QFETCH(bool, ignoreCase);
    QFETCH(QString, letters);
    Vocabulary vocabulary;
    const Lexicon lexicon(vocabulary, QStringLiteral("en"));
    ComparisonOptions options;
    options.ignoreCase = ignoreCase;
    QCOMPARE(SpellingVariants(lexicon, options).letters(key), letters);
}

QTEST_GUILESS_MAIN(TestSpellingVariants)
#include "tst_spellingvariants.moc"
