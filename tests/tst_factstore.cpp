#include "comparisonoptions.h"
#include "factextractor.h"
#include "factindex.h"
#include "factstore.h"
#include "factwords.h"
#include "flatdocument.h"
#include "lexicon.h"
#include "paragraph.h"
#include "token.h"
#include "tokenizer.h"
#include "vocabulary.h"

#include <QTest>

using namespace WireDiff;

// FactStore extracts each paragraph once for the whole fact check: every
// fact it hands out, whole paragraphs or a sentence's, must be what
// FactExtractor gives for the paragraph, on any number of threads, and
// FactIndex must find a number or date wherever the article states it,
// in the paragraphs the store left out too.
class TestFactStore : public QObject
{
    Q_OBJECT

private slots:
    void givesTheExtractorsFacts_data();
    void givesTheExtractorsFacts();
};

namespace {

// An article made ready for fact extraction as the comparator makes it.
struct Prepared
{
    explicit Prepared(const QStringList &texts)
    {
        for (const QString &text : texts)
            paragraphs.push_back(Paragraph { text, ParagraphRole::Body });
        const ComparisonOptions options;
        Tokenizer tokenizer(options, &vocabulary);
        tokens = tokenizer.tokenize(paragraphs, QStringLiteral("en"));
        lexicon = Lexicon(vocabulary, QStringLiteral("en"));
        words = FactWords(vocabulary);
        words.noteCase(tokens, paragraphs);
        flat = FlatDocument::build(tokens, paragraphs, lexicon, false);
    }

    FactExtractor::Source source() const { return { flat, tokens, paragraphs, vocabulary, lexicon, words }; }

    std::vector<Paragraph> paragraphs;
    Vocabulary vocabulary;
    TokenizedArticle tokens;
    Lexicon lexicon;
    FactWords words;
    FlatDocument flat;
};

QString describe(const Fact &fact)
{
    return QStringLiteral("%1 [%2,%3) '%4' '%5' '%6' '%7' speaker [%8,%9) role %10 head %11 bound %12 name %13 titled %14")
        .arg(factKindName(fact.kind))
        .arg(fact.begin)
        .arg(fact.end)
        .arg(fact.value, fact.otherValue, fact.unit, fact.speaker)
        .arg(fact.speakerBegin)
        .arg(fact.speakerEnd)
        .arg(int(fact.numberRole))
        .arg(fact.head)
        .arg(int(fact.bound))
        .arg(int(fact.nameRole))
        .arg(fact.titled);
}

QStringList describe(const std::vector<Fact> &facts)
{
    QStringList result;
    for (const Fact &fact : facts)
        result.append(describe(fact));
    return result;
}

const QStringList court = {
    QStringLiteral("Roger Gedge, 30, of Arnold, was jailed for six years at Nottingham Crown Court on Monday, "
                   "15 November. He denied the charge."),
    QStringLiteral("\u201CYou preyed on the vulnerable,\u201D Judge Ann Smedley told him. \u201CThis was no "
                   "accident. It was planned,\u201D she said."),
    QStringLiteral("Police said more than 40,000 pounds, about \u00A340m in all, was taken from 86 homes in "
                   "March 2019."),
    QString(),
    QStringLiteral("The flood reached 6.4m on Tuesday, the Environment Agency said, and 22st of sandbags were "
                   "used. \u201CWe did what we could,\u201D a spokesman said."),
    QStringLiteral("Twenty-five people were moved, according to Sgt Mark Workman of the Metropolitan Police. "
                   "He refused to comment further."),
};

} // namespace

void TestFactStore::givesTheExtractorsFacts_data()
{
    QTest::addColumn<QStringList>("paragraphs");
    QTest::addColumn<QList<bool>>("wanted"); // empty: every paragraph
    QTest::addColumn<int>("threads");

    QTest::newRow("every paragraph, one thread") << court << QList<bool> {} << 1;
    QTest::newRow("every paragraph, two threads") << court << QList<bool> {} << 2;
    QTest::newRow("every paragraph, five threads") << court << QList<bool> {} << 5;
    QTest::newRow("some paragraphs, one thread")
        << court << QList<bool> { true, false, true, true, false, true } << 1;
    QTest::newRow("some paragraphs, three threads")
        << court << QList<bool> { false, true, false, true, true, false } << 3;
    QTest::newRow("no paragraph") << court << QList<bool> { false, false, false, false, false, false } << 2;
    QTest::newRow("one paragraph, more threads than paragraphs")
        << QStringList { court[2] } << QList<bool> {} << 4;
}

void TestFactStore::givesTheExtractorsFacts()
{
    QFETCH(QStringList, paragraphs);
    QFETCH(QList<bool>, wanted);
    QFETCH(int, threads);
    const Prepared article(paragraphs);
    const FactExtractor::Source source = article.source();
    const FlatDocument &flat = article.flat;
    const FactStore store(source, std::vector<bool>(wanted.begin(), wanted.end()), threads);
    const FactIndex index(source, store);
    QCOMPARE(store.paragraphCount(), qint32(paragraphs.size()));
    // The scanner reads a stretch's tokens in one walk: each as text() reads it.
    const std::vector<QStringView> texts = source.texts(0, flat.size());
    QCOMPARE(qint32(texts.size()), flat.size());
    for (qint32 i = 0; i < flat.size(); ++i)
        QCOMPARE(texts[size_t(i)], source.text(i));
    qsizetype numbers = 0;
    for (qint32 p = 0; p < store.paragraphCount(); ++p) {
        const std::vector<Fact> extracted = FactExtractor::extract(source, flat.paragraphStart[size_t(p)], flat.paragraphEnd(p));
        const bool held = wanted.isEmpty() || wanted[p];
        QCOMPARE(store.holds(p), held);
        if (held)
            QCOMPARE(describe(store.ofParagraph(p)), describe(extracted));
        for (qint32 s = 0; held && s < qint32(flat.sentenceStarts.size()); ++s) {
            const qint32 begin = flat.sentenceStarts[size_t(s)], end = flat.sentenceEnd(s);
            if (flat.paragraphOf(begin) != p)
                continue;
            std::vector<Fact> expected;
            std::copy_if(extracted.begin(), extracted.end(), std::back_inserter(expected), [&](const Fact &fact) {
                return (fact.begin >= begin && fact.begin < end)
                    || (fact.kind == FactKind::Quote && fact.begin < end && fact.end > begin);
            });
            QCOMPARE(describe(store.ofRange(p, begin, end)), describe(expected));
        }
        // Every number and date is found where it stands, held or not.
        for (const Fact &fact : extracted) {
            if (fact.kind != FactKind::Number && fact.kind != FactKind::Date)
                continue;
            ++numbers;
            QVERIFY2(index.states(fact.kind, [&](const Fact &f) { return describe(f) == describe(fact); }),
                     qPrintable(describe(fact)));
        }
    }
    QVERIFY(numbers > 0);
    QVERIFY(!index.states(FactKind::Number, [](const Fact &f) { return f.value == QLatin1String("424242"); }));
    QVERIFY(!index.states(FactKind::Date, [](const Fact &f) { return f.value == QLatin1String("december"); }));
}

QTEST_GUILESS_MAIN(TestFactStore)
#include "tst_factstore.moc"
