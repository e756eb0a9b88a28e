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
    void variantsInMovedText_data();
    void variantsInMovedText();
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
    // The stretches of base and other compared, when not the whole
    // spellings (a phrase whose other words were reordered or dropped).
    QTest::addColumn<QStringList>("checked");

    // Spelling variants.
    QTest::newRow("hyphenated / closed") << "the long-standing plan" << "the longstanding plan" << false << true << QStringList();
    QTest::newRow("closed / hyphenated") << "the email plan" << "the e-mail plan" << false << true << QStringList();
    QTest::newRow("prefix before a vowel") << "the plan to co-operate" << "the plan to cooperate" << false << true << QStringList();
    QTest::newRow("spaced / closed content words") << "the health care plan" << "the healthcare plan" << false << true << QStringList();
    QTest::newRow("spaced / hyphenated") << "the Lac Breval plan" << "the Lac-Breval plan" << false << true << QStringList();
    QTest::newRow("accent and hyphen") << "the Lac Breval plan" << "the Lac-Br\u00E9val plan" << false << true << QStringList();
    QTest::newRow("accent only") << "the Breval plan" << "the Br\u00E9val plan" << false << true << QStringList();
    QTest::newRow("dollar sign / dollars") << "the $40 million plan" << "the 40 million dollars plan" << false << true << QStringList();
    QTest::newRow("dollars / dollar sign") << "the 40 million dollars plan" << "the $40 million plan" << false << true << QStringList();
    QTest::newRow("hyphenated dollar compound") << "the $40 million plan" << "the 40-million-dollar plan" << false
                                                << true << QStringList();
    QTest::newRow("dollar sign in a reordered phrase") << "a relief fund of 40 million dollars"
                                                       << "a $40 million relief fund" << false << true
        << QStringList { "40 million dollars", "$40 million" };
    QTest::newRow("dollar compound in a reordered phrase") << "a relief fund of 40 million dollars"
                                                           << "a 40-million-dollar relief fund" << false << true
        << QStringList { "40 million dollars", "40-million-dollar" };
    QTest::newRow("US dollar sign") << "the US$3 billion plan" << "the 3 billion dollars plan" << false << true << QStringList();
    QTest::newRow("euro sign / euros") << "the \u20AC12 million plan" << "the 12 million euros plan" << false << true << QStringList();
    QTest::newRow("euro sign after the number") << "the 12 \u20AC plan" << "the 12 euros plan" << false << true << QStringList();
    QTest::newRow("pound sign / pounds") << "the \u00A35 plan" << "the 5 pounds plan" << false << true << QStringList();
    // Times and abbreviated amounts (review 16).
    QTest::newRow("time closed / with periods") << "the 3am plan" << "the 3 a.m. plan" << false << true << QStringList();
    QTest::newRow("time with periods / capitals") << "the 3 a.m. plan" << "the 3 AM plan" << false << true << QStringList();
    QTest::newRow("time closed / capitals") << "the 3am plan" << "the 3 AM plan" << false << true << QStringList();
    QTest::newRow("afternoon with periods / closed") << "the 3 p.m. plan" << "the 3pm plan" << false << true << QStringList();
    QTest::newRow("euro millions abbreviated / written") << "the \u20AC40m plan" << "the \u20AC40 million plan" << false
                                                         << true << QStringList();
    QTest::newRow("euro millions abbreviated / euros") << "the \u20AC40m plan" << "the 40 million euros plan" << false
                                                       << true << QStringList();
    QTest::newRow("pound billions abbreviated / pounds") << "the \u00A32bn plan" << "the 2 billion pounds plan" << false
                                                         << true << QStringList();
    QTest::newRow("pound billions abbreviated / written") << "the \u00A32 billion plan" << "the \u00A32bn plan" << false
                                                          << true << QStringList();

    // Near pairs that are real changes.
    QTest::newRow("3am / 4am") << "the 3am plan" << "the 4am plan" << false << false << QStringList();
    QTest::newRow("3am / 3pm") << "the 3am plan" << "the 3 p.m. plan" << false << false << QStringList();
    QTest::newRow("3 a.m. / 4 AM") << "the 3 a.m. plan" << "the 4 AM plan" << false << false << QStringList();
    QTest::newRow("time in capitals when case matters") << "the 3 a.m. plan" << "the 3 AM plan" << true << false << QStringList();
    QTest::newRow("euro 40m / 41m") << "the \u20AC40m plan" << "the \u20AC41m plan" << false << false << QStringList();
    QTest::newRow("euro 40m / 41 million euros") << "the \u20AC40m plan" << "the 41 million euros plan" << false << false
                                                 << QStringList();
    QTest::newRow("millions / billions") << "the \u20AC40m plan" << "the \u20AC40 billion plan" << false << false
                                         << QStringList();
    QTest::newRow("40m without a currency") << "the 40m plan" << "the 40 million plan" << false << false << QStringList();
    QTest::newRow("e-mail / mail") << "the e-mail plan" << "the mail plan" << false << false << QStringList();
    QTest::newRow("re-sign / resign") << "the plan to re-sign" << "the plan to resign" << false << false << QStringList();
    QTest::newRow("re-cover / recover") << "the plan to re-cover" << "the plan to recover" << false << false << QStringList();
    QTest::newRow("may be / maybe") << "the plan may be" << "the plan maybe" << false << false << QStringList();
    QTest::newRow("any one / anyone") << "the plan any one" << "the plan anyone" << false << false << QStringList();
    QTest::newRow("dollars / euros") << "the $40 plan" << "the 40 euros plan" << false << false << QStringList();
    QTest::newRow("another number") << "the $40 million plan" << "the 41 million dollars plan" << false << false << QStringList();
    QTest::newRow("accent when case matters") << "the Breval plan" << "the Br\u00E9val plan" << true << false << QStringList();
    QTest::newRow("other letters") << "the long-standing plan" << "the longlasting plan" << false << false << QStringList();
}

void TestSpellingVariants::variantsReadAsSame()
{
    QFETCH(QString, base);
    QFETCH(QString, other);
    QFETCH(bool, matchCase);
    QFETCH(bool, same);
    QFETCH(QStringList, checked);
    ComparisonOptions options;
    options.baseId = QStringLiteral("base");
    options.ignoreCase = !matchCase;
    const Comparison comparison = compareArticles({ TestArticles::make(QStringLiteral("base"), { inStory(base) }),
                                                   TestArticles::make(QStringLiteral("other"), { inStory(other) }) },
                                                  options);
    const QSet<ChangeClass> sameOnly { ChangeClass::Same };
    const QSet<ChangeClass> baseClasses = classesOver(comparison, 0, checked.isEmpty() ? base : checked[0]);
    const QSet<ChangeClass> otherClasses = classesOver(comparison, 1, checked.isEmpty() ? other : checked[1]);
    if (same) {
        QCOMPARE(namesOf(baseClasses), namesOf(sameOnly));
        QCOMPARE(namesOf(otherClasses), namesOf(sameOnly));
    } else {
        QVERIFY2(baseClasses != sameOnly || otherClasses != sameOnly, qPrintable(namesOf(otherClasses)));
    }
}

void TestSpellingVariants::variantsInMovedText_data()
{
    QTest::addColumn<QString>("base");  // the base's spelling
    QTest::addColumn<QString>("other"); // the copy's spelling
    QTest::addColumn<bool>("moved");    // both spellings read as Moved

    QTest::newRow("hyphenated / closed") << "long-standing" << "longstanding" << true;
    QTest::newRow("accent") << "Br\u00E9val" << "Breval" << true;
    QTest::newRow("other letters") << "long-standing" << "longlasting" << false;
}

// A sentence the copy moved to another paragraph keeps its spelling
// variants paired, as moved words (review 16).
void TestSpellingVariants::variantsInMovedText()
{
    QFETCH(QString, base);
    QFETCH(QString, other);
    QFETCH(bool, moved);
    const QString first = QStringLiteral("Firefighters in the hill town of Varen spent Thursday night containing a blaze.");
    // Longer than the moved sentence, so the diff keeps it in place.
    const QString middle = QStringLiteral("The mayor said schools in the valley and in the villages along the river "
                                          "would stay closed until Thursday, when engineers expect to have checked "
                                          "every bridge and every road that the water reached.");
    const QString last = QStringLiteral("The council said the warehouse would be reviewed by the regional fire service on Friday.");
    const QString sentence = QStringLiteral("Rescue crews praised the %1 cooperation between the river towns.");
    ComparisonOptions options;
    options.baseId = QStringLiteral("base");
    const Comparison comparison = compareArticles(
        { TestArticles::make(QStringLiteral("base"), { first + QLatin1Char(' ') + sentence.arg(base), middle, last }),
          TestArticles::make(QStringLiteral("other"), { first, middle, sentence.arg(other) + QLatin1Char(' ') + last }) },
        options);
    const auto classesOver = [&](qint32 article, qint32 paragraph, const QString &stretch) {
        const QString &text = comparison.articles[size_t(article)].paragraphs[size_t(paragraph)].text;
        const qsizetype from = text.indexOf(stretch);
        const qsizetype to = from + stretch.size();
        QSet<ChangeClass> classes;
        for (const DiffSpan &span : comparison.spansOf(article, 1)) {
            if (span.paragraph == paragraph && span.start < to && span.end > from)
                classes.insert(span.changeClass);
        }
        return classes;
    };
    const QSet<ChangeClass> movedOnly { ChangeClass::Moved };
    // The sentence's other words are moved: the test is about the variant.
    QCOMPARE(namesOf(classesOver(1, 2, QStringLiteral("cooperation between the river towns"))), namesOf(movedOnly));
    const QSet<ChangeClass> baseClasses = classesOver(0, 0, base);
    const QSet<ChangeClass> otherClasses = classesOver(1, 2, other);
    if (moved) {
        QCOMPARE(namesOf(baseClasses), namesOf(movedOnly));
        QCOMPARE(namesOf(otherClasses), namesOf(movedOnly));
    } else {
        QVERIFY2(baseClasses != movedOnly || otherClasses != movedOnly, qPrintable(namesOf(otherClasses)));
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
