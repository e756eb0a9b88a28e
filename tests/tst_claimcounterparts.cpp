#include "claimcounterparts.h"
#include "comparisonoptions.h"
#include "editscript.h"
#include "factwords.h"
#include "flatdocument.h"
#include "lexicon.h"
#include "pairalignment.h"
#include "paragraph.h"
#include "sequencediff.h"
#include "token.h"
#include "tokenizer.h"
#include "vocabulary.h"

#include <QTest>

using namespace WireDiff;

// The base sentences ClaimCounterparts gives each claim of the other
// article: by the words the diff paired, or for a sentence the diff left
// alone by its content stems; the same on any number of threads.
class TestClaimCounterparts : public QObject
{
    Q_OBJECT

private slots:
    void counterparts_data();
    void counterparts();
};

namespace {

// Two articles made ready as the comparator makes them (one vocabulary),
// the other aligned to the base by the plain word diff. A paragraph
// written "caption: …" is a caption, which states no claim.
struct PreparedPair
{
    PreparedPair(const QStringList &baseTexts, const QStringList &otherTexts)
    {
        const ComparisonOptions options;
        Tokenizer tokenizer(options, &vocabulary);
        for (const auto &[texts, side] : { std::pair { &baseTexts, &base }, std::pair { &otherTexts, &other } }) {
            for (const QString &text : *texts) {
                const bool caption = text.startsWith(QLatin1String("caption: "));
                side->paragraphs.push_back(Paragraph { caption ? text.mid(9) : text,
                                                       caption ? ParagraphRole::Caption : ParagraphRole::Body });
            }
            side->tokens = tokenizer.tokenize(side->paragraphs, QStringLiteral("en"));
        }
        lexicon = Lexicon(vocabulary, QStringLiteral("en"));
        words = FactWords(vocabulary);
        for (Side *side : { &base, &other }) {
            words.noteCase(side->tokens, side->paragraphs);
            side->flat = FlatDocument::build(side->tokens, side->paragraphs, lexicon, false);
        }
        alignment.a.reset(base.flat.size(), ChangeClass::Removed);
        alignment.b.reset(other.flat.size(), ChangeClass::Added);
        for (const EditRun &run : SequenceDiff::diff(base.flat.keySpan(), other.flat.keySpan()).runs) {
            if (run.op != EditOp::Equal)
                continue;
            for (qint32 k = 0; k < run.length; ++k) {
                alignment.a.set(run.aStart + k, ChangeClass::Same, run.bStart + k);
                alignment.b.set(run.bStart + k, ChangeClass::Same, run.aStart + k);
            }
        }
    }

    struct Side
    {
        std::vector<Paragraph> paragraphs;
        TokenizedArticle tokens;
        FlatDocument flat;
    };

    FactExtractor::Source source(const Side &side) const
    {
        return { side.flat, side.tokens, side.paragraphs, vocabulary, lexicon, words };
    }

    Vocabulary vocabulary;
    Lexicon lexicon;
    FactWords words;
    Side base;
    Side other;
    PairAlignment alignment;
};

const QStringList fire {
    QStringLiteral("Firefighters in Varen fought a warehouse blaze on Thursday night. "
                   "The fire started shortly after nine in the evening."),
    QStringLiteral("Two hundred residents were moved to a school gym as a precaution. "
                   "Police said the cause of the blaze was not yet known."),
};

} // namespace

void TestClaimCounterparts::counterparts_data()
{
    QTest::addColumn<QStringList>("base");
    QTest::addColumn<QStringList>("other");
    QTest::addColumn<QStringList>("expected"); // per claim "sentence:counterpart@share …"
    QTest::addColumn<int>("threads");

    const QStringList swapped { fire[1], fire[0] };
    const QStringList rows[][3] = {
        { fire, fire, { "0:0@1.00", "1:1@1.00", "2:2@1.00", "3:3@1.00" } },
        // The diff pairs one paragraph in order; the other's sentences are
        // found by their content stems (share 0).
        { fire, swapped, { "0:2@1.00", "1:3@1.00", "2:0@0.00", "3:1@0.00" } },
        // A sentence said otherwise shares too few stems with any.
        { fire,
          { fire[0], QStringLiteral("Dozens of families spent the night with relatives across the valley.") },
          { "0:0@1.00", "1:1@1.00", "2:" } },
        // Two base sentences share as many stems: the first is taken.
        { { QStringLiteral("Crews kept the flames away from the fuel depot overnight. Police closed the road."),
            QStringLiteral("Crews kept the flames away from the fuel depot overnight.") },
          { QStringLiteral("Police closed the road."),
            QStringLiteral("Overnight, the fuel depot was kept safe from the flames by crews.") },
          { "0:1@1.00", "1:0@0.00" } },
        // A caption is no counterpart: the sentences the diff paired with
        // one have none, and are not paired by stems either.
        { { fire[0], QStringLiteral("caption: ") + fire[1] }, { fire[1], fire[0] }, { "0:", "1:", "2:0@0.00", "3:1@0.00" } },
        // Nor does a caption state a claim.
        { fire, { QStringLiteral("caption: ") + fire[0], fire[1] }, { "2:2@1.00", "3:3@1.00" } },
    };
    const char *names[] = { "copied", "paragraphs swapped", "a sentence of its own", "a tie between base sentences",
                            "a caption in the base",
                            "a caption in the other" };
    for (size_t r = 0; r < std::size(rows); ++r) {
        for (const int threads : { 1, 2, 5 }) {
            QTest::addRow("%s, %d threads", names[r], threads)
                << rows[r][0] << rows[r][1] << rows[r][2] << threads;
        }
    }
}

void TestClaimCounterparts::counterparts()
{
    QFETCH(QStringList, base);
    QFETCH(QStringList, other);
    QFETCH(QStringList, expected);
    QFETCH(int, threads);
    const PreparedPair pair(base, other);
    const ClaimCounterparts claims(pair.source(pair.base), pair.source(pair.other), pair.alignment, threads);
    QStringList found;
    for (qint32 k = 0; k < claims.size(); ++k) {
        QString line = QString::number(claims.sentence(k)) + QLatin1Char(':');
        QStringList parts;
        for (qint32 i = 0; i < qint32(claims.counterparts(k).size()); ++i)
            parts.append(QStringLiteral("%1@%2").arg(claims.counterparts(k)[size_t(i)]).arg(claims.share(k, i), 0, 'f', 2));
        found.append(line + parts.join(QLatin1Char(' ')));
    }
    QCOMPARE(found, expected);
}

QTEST_GUILESS_MAIN(TestClaimCounterparts)
#include "tst_claimcounterparts.moc"
