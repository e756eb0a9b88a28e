#include "comparisonoptions.h"
#include "flatdocument.h"
#include "housestyle.h"
#include "lexicon.h"
#include "paraphrasescorer.h"
#include "rewordingsupport.h"
#include "termweights.h"
#include "testarticles.h"
#include "tokenizer.h"
#include "vocabulary.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace WireDiff;

// Which of the words the word classifier decided were reworded keep their
// amber once their sentence and its source are looked at together
// (RewordingSupport): the decided classes go in, written as marks on the
// words of one sentence, and the marks that come out are compared.
class TestRewordingSupport : public QObject
{
    Q_OBJECT

private slots:
    void dropUnsupported_data();
    void dropUnsupported();
};

namespace {

// One invented story: a headline, the lead, and two more sentences.
const QStringList base {
    QStringLiteral("# Harbour town approves new library"),
    QStringLiteral("The council of Port Avel approved the new library budget on Tuesday after a long debate."),
    QStringLiteral("Opponents said the building would cost too much to heat in winter."),
    QStringLiteral("The mayor promised that the doors would open before next summer."),
};

// A sentence with classes: "~word" reworded, "+word" new, a bare word
// copied. Punctuation written onto a word takes the word's class.
struct MarkedWord
{
    QString text;
    WordClassifier::Class wordClass;
};

QList<MarkedWord> parseMarks(const QString &marked)
{
    QList<MarkedWord> words;
    for (const QString &chunk : marked.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (chunk.startsWith(QLatin1Char('~')))
            words.append({ chunk.mid(1), WordClassifier::Reworded });
        else if (chunk.startsWith(QLatin1Char('+')))
            words.append({ chunk.mid(1), WordClassifier::New });
        else
            words.append({ chunk, WordClassifier::Verbatim });
    }
    return words;
}

QString plainText(const QList<MarkedWord> &words)
{
    QStringList texts;
    for (const MarkedWord &word : words)
        texts.append(word.text);
    return texts.join(QLatin1Char(' '));
}

// The comparison's pair stage up to the word classes: both articles
// tokenized into one vocabulary, flat documents with the default house
// style applied (as the Comparator builds them), term weights over all
// their sentences.
struct Pair
{
    Vocabulary vocabulary;
    std::unique_ptr<Lexicon> lexicon;
    std::unique_ptr<TermWeights> weights;
    std::unique_ptr<ParaphraseScorer> scorer;
    TokenizedArticle otherTokens;
    FlatDocument baseFlat;
    FlatDocument otherFlat;

    Pair(const QStringList &baseParagraphs, const QStringList &otherParagraphs)
    {
        const ComparisonOptions options;
        const Article a = TestArticles::make(QStringLiteral("base"), baseParagraphs);
        const Article b = TestArticles::make(QStringLiteral("other"), otherParagraphs);
        Tokenizer tokenizer(options, &vocabulary);
        const TokenizedArticle baseTokens = tokenizer.tokenize(a.paragraphs, a.language);
        otherTokens = tokenizer.tokenize(b.paragraphs, b.language);
        Tokenizer variantTokenizer(options, &vocabulary);
        const HouseStyleMatcher houseStyle(options.houseStyle, &variantTokenizer, &vocabulary);
        lexicon = std::make_unique<Lexicon>(vocabulary, QStringLiteral("en"));
        baseFlat = FlatDocument::build(baseTokens, a.paragraphs, *lexicon, options.ignorePunctuation);
        otherFlat = FlatDocument::build(otherTokens, b.paragraphs, *lexicon, options.ignorePunctuation);
        houseStyle.apply(&baseFlat);
        houseStyle.apply(&otherFlat);
        weights = std::make_unique<TermWeights>(lexicon->stemCount());
        std::vector<qint32> stems;
        for (const FlatDocument *flat : { &baseFlat, &otherFlat }) {
            for (qint32 s = 0; s < qint32(flat->sentenceStarts.size()); ++s) {
                stems.clear();
                for (qint32 i = flat->sentenceStarts[size_t(s)]; i < flat->sentenceEnd(s); ++i)
                    stems.push_back(lexicon->stem(flat->keys[size_t(i)]));
                weights->addDocument(stems);
            }
        }
        scorer = std::make_unique<ParaphraseScorer>(vocabulary, *lexicon, *weights, nullptr);
    }

    // Per flat token of `paragraph` of the other article, which of
    // `words` (its text, words separated by one space) it lies in.
    std::vector<qint32> wordOfTokens(qint32 paragraph, const QList<MarkedWord> &words) const
    {
        std::vector<qint32> wordAt; // per character
        for (qint32 w = 0; w < qint32(words.size()); ++w) {
            wordAt.insert(wordAt.end(), size_t(words[w].text.size()), w);
            wordAt.push_back(w); // the space after it
        }
        std::vector<qint32> result;
        const std::vector<Token> &tokens = otherTokens.paragraphs[size_t(paragraph)].tokens;
        for (qint32 j = otherFlat.paragraphStart[size_t(paragraph)]; j < otherFlat.paragraphEnd(paragraph); ++j)
            result.push_back(wordAt[size_t(tokens[size_t(otherFlat.tokens[size_t(j)])].start)]);
        return result;
    }
};

// The base sentence holding `text`.
qint32 baseSentence(const Pair &pair, const QString &text)
{
    const QStringList paragraphs = base;
    for (qint32 p = 0; p < qint32(paragraphs.size()); ++p) {
        if (paragraphs[p].contains(text))
            return pair.baseFlat.sentenceOf(pair.baseFlat.paragraphStart[size_t(p)]);
    }
    return -1;
}

} // namespace

void TestRewordingSupport::dropUnsupported_data()
{
    QTest::addColumn<bool>("headline");   // the marked sentence is the other article's headline
    QTest::addColumn<QString>("marked");  // the sentence with the classifier's classes
    QTest::addColumn<QString>("source");  // text of the base paragraph it is linked to
    QTest::addColumn<double>("probability"); // the pair's paraphrase probability
    QTest::addColumn<QString>("expected");

    const QString lead = QStringLiteral("The council of Port Avel");
    const QString opponents = QStringLiteral("Opponents said");

    // Function words lead into what follows them: before added text they
    // are part of it, between copied words they mark a small edit.
    QTest::newRow("function words before added text are added")
        << false
        << "The council of Port Avel ~backed the new library budget on Tuesday ~and ~then +praised +its +architect."
        << lead << 0.6
        << "The council of Port Avel ~backed the new library budget on Tuesday +and +then +praised +its +architect.";
    QTest::newRow("a lone conjunction before added text is added")
        << false << "The council of Port Avel approved the new library budget ~and +cheered +loudly."
        << lead << 0.6 << "The council of Port Avel approved the new library budget +and +cheered +loudly.";
    QTest::newRow("a function word between copied words stays reworded")
        << false << "The council ~in Port Avel approved the new library budget on Tuesday after a long debate."
        << lead << 0.6 << "The council ~in Port Avel approved the new library budget on Tuesday after a long debate.";
    QTest::newRow("a function word before reworded content stays reworded")
        << false << "The council of Port Avel approved the new library budget ~in ~midweek after a long debate."
        << lead << 0.6 << "The council of Port Avel approved the new library budget ~in ~midweek after a long debate.";

    // A word or two between added words rewords nothing.
    QTest::newRow("one reworded word between added words is added")
        << false << "The council of Port Avel approved the new library budget, +which +residents ~welcomed +warmly."
        << lead << 0.6 << "The council of Port Avel approved the new library budget, +which +residents +welcomed +warmly.";
    QTest::newRow("two reworded words between added words are added")
        << false << "The council of Port Avel approved the new library budget +which +locals ~for ~now +applauded."
        << lead << 0.6 << "The council of Port Avel approved the new library budget +which +locals +for +now +applauded.";
    QTest::newRow("three reworded words between added words stay")
        << false
        << "The council of Port Avel approved the new library budget +which +locals ~had ~long ~awaited +there."
        << lead << 0.6
        << "The council of Port Avel approved the new library budget +which +locals ~had ~long ~awaited +there.";

    // A stretch that shares nothing with its source says something else.
    QTest::newRow("five unshared content words are added")
        << false
        << "The council of Port Avel approved the new library budget ~amid ~bitter ~complaints ~from ~angry ~shopkeepers."
        << lead << 0.6
        << "The council of Port Avel approved the new library budget +amid +bitter +complaints +from +angry +shopkeepers.";
    QTest::newRow("four unshared content words stay")
        << false << "The council of Port Avel approved the new library budget ~amid ~bitter ~complaints ~locally."
        << lead << 0.6 << "The council of Port Avel approved the new library budget ~amid ~bitter ~complaints ~locally.";
    QTest::newRow("a stretch sharing a word with its source stays")
        << false
        << "The council of Port Avel approved the new library budget ~amid ~bitter ~complaints ~from ~angry ~residents "
           "~during ~the ~debate."
        << lead << 0.6
        << "The council of Port Avel approved the new library budget ~amid ~bitter ~complaints ~from ~angry ~residents "
           "~during ~the ~debate.";
    QTest::newRow("three unshared content words, very unlikely paraphrase: added")
        << false << "The council of Port Avel approved the new library budget ~amid ~bitter ~complaints."
        << lead << 0.02 << "The council of Port Avel approved the new library budget +amid +bitter +complaints.";
    QTest::newRow("three unshared content words, likely paraphrase: stay")
        << false << "The council of Port Avel approved the new library budget ~amid ~bitter ~complaints."
        << lead << 0.3 << "The council of Port Avel approved the new library budget ~amid ~bitter ~complaints.";

    // A headline rewords a headline or the lead, not a body sentence that
    // shares its words.
    QTest::newRow("a headline reworded from a body sentence is added")
        << true << "~Opponents ~fear ~building ~will ~cost ~too ~much" << opponents << 0.4
        << "+Opponents +fear +building +will +cost +too +much";
    QTest::newRow("a headline reworded from the lead stays")
        << true << "~Council ~backs ~Port ~Avel ~library ~budget" << lead << 0.4
        << "~Council ~backs ~Port ~Avel ~library ~budget";
    QTest::newRow("a headline reworded from the base headline stays")
        << true << "~Harbour ~town ~backs ~new ~library" << QStringLiteral("Harbour town") << 0.4
        << "~Harbour ~town ~backs ~new ~library";
    QTest::newRow("a body sentence may reword a body sentence")
        << false << "~Opponents ~fear ~the ~building ~will ~cost ~too ~much." << opponents << 0.4
        << "~Opponents ~fear ~the ~building ~will ~cost ~too ~much.";
}

void TestRewordingSupport::dropUnsupported()
{
    QFETCH(bool, headline);
    QFETCH(QString, marked);
    QFETCH(QString, source);
    QFETCH(double, probability);
    QFETCH(QString, expected);

    const QList<MarkedWord> words = parseMarks(marked);
    // The marked sentence is the other article's headline or its second
    // paragraph, after a copied headline.
    const QStringList other = headline
        ? QStringList { QStringLiteral("# ") + plainText(words), base[1] }
        : QStringList { base[0], plainText(words) };
    const qint32 paragraph = headline ? 0 : 1;
    const Pair pair(base, other);
    const std::vector<qint32> wordOf = pair.wordOfTokens(paragraph, words);

    std::vector<WordClassifier::Class> classes(size_t(pair.otherFlat.size()), WordClassifier::New);
    const qint32 first = pair.otherFlat.paragraphStart[size_t(paragraph)];
    for (size_t k = 0; k < wordOf.size(); ++k)
        classes[size_t(first) + k] = words[wordOf[k]].wordClass;
    const qint32 sentence = pair.otherFlat.sentenceOf(first);
    QCOMPARE(pair.otherFlat.sentenceEnd(sentence), pair.otherFlat.paragraphEnd(paragraph)); // one sentence

    WordClassifier::SourceSentence link;
    link.best = baseSentence(pair, source);
    QVERIFY(link.best >= 0);
    link.probability = probability;
    const RewordingSupport support(pair.baseFlat, pair.otherFlat, *pair.lexicon, *pair.scorer);
    support.dropUnsupported(sentence, link, &classes);

    // Each word's class is that of its first token.
    QList<MarkedWord> result = words;
    for (size_t k = wordOf.size(); k-- > 0;)
        result[wordOf[k]].wordClass = classes[size_t(first) + k];
    QStringList written;
    for (const MarkedWord &word : result) {
        const QString mark = word.wordClass == WordClassifier::Reworded ? QStringLiteral("~")
            : word.wordClass == WordClassifier::New                     ? QStringLiteral("+")
                                                                        : QString();
        written.append(mark + word.text);
    }
    QCOMPARE(written.join(QLatin1Char(' ')), expected);
}

QTEST_GUILESS_MAIN(TestRewordingSupport)
#include "tst_rewordingsupport.moc"
