#pragma once

#include "agreement.h"
#include "alignedrow.h"
#include "article.h"
#include "consensus.h"
#include "containment.h"
#include "diffspan.h"
#include "fact.h"
#include "familytree.h"
#include "uniquesentence.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace WireDiff {

// Word counts of one article by class against the base (counted roles only:
// body, headline, dateline). `removed` counts base words missing here.
struct ClassCounts
{
    qint64 words = 0;
    qint64 same = 0;
    qint64 added = 0;
    qint64 paraphrased = 0;
    qint64 moved = 0;
    qint64 changedFacts = 0;
    qint64 removed = 0;

    double share(qint64 part) const { return words > 0 ? double(part) / double(words) : 0.0; }
    // The four shares add up to one: every counted word is verbatim (same
    // or moved), reworded, new or a changed fact.
    double verbatimShare() const { return share(same + moved); }
    double rewordedShare() const { return share(paraphrased); }
    double newShare() const { return share(added); }
    double changedFactShare() const { return share(changedFacts); }

    // The four shares in whole percent. They add up to 100 (0 when there
    // are no words): the parts with the largest remainders take the
    // rounding, so a line of them never reads 99 % or 101 %; a part with
    // any words is at least 1, never a "0 %" that reads as none.
    struct Percents
    {
        int verbatim = 0;
        int reworded = 0;
        int added = 0;
        int changedFacts = 0;
    };
    Percents percents() const;
};

// A fact of an article that contradicts the base: where it is (UTF-16
// offsets in the article's paragraph) and what the base says instead.
struct FactChange
{
    FactKind kind = FactKind::Number;
    qint32 paragraph = 0;
    qint32 start = 0;
    qint32 end = 0;
    QString text;
    qint32 sourceParagraph = 0; // in the base
    qint32 sourceStart = 0;
    qint32 sourceEnd = 0;
    QString sourceText;
};

// One article compared with the base. Spans are sorted by (paragraph, start).
struct ArticleComparison
{
    qint32 base = -1;
    qint32 other = -1;
    std::vector<DiffSpan> baseSpans;  // spans over the base article's paragraphs
    std::vector<DiffSpan> otherSpans; // spans over the other article's paragraphs
    std::vector<FactChange> factChanges; // in reading order of the other article
    bool coarse = false;              // part was compared coarsely (cost limit)
    qint64 rawEditCount = 0;

    bool isValid() const { return other >= 0; }
};

// Everything the views, the report and the exports draw: the articles, their
// alignment in rows, the word-level comparison of each with the base, and
// the containment of every article in every other. A plain value.
struct Comparison
{
    std::vector<Article> articles;
    qint32 base = -1;
    std::vector<AlignedRow> rows;
    std::vector<std::vector<bool>> unique;        // [article][paragraph]
    // Sentences found in no other source inside paragraphs that are not
    // unique as a whole (UniqueSentences), in article then reading order.
    std::vector<UniqueSentence> uniqueSentences;
    std::vector<std::vector<qint32>> rowOf;       // [article][paragraph] -> row
    std::vector<ArticleComparison> comparisons;   // [article]; the base's entry is invalid
    std::vector<ClassCounts> counts;              // [article], against the base
    ContainmentMatrix containment;                // [a][b]: how much of a is found in b
    std::vector<std::vector<AgreementSpan>> agreement; // [article]: how many articles carry each word
    ConsensusText consensus;                      // the probable common source
    FamilyTree familyTree;                        // who derives from whom
    QStringList notices;                          // translated, one line each
    // When the comparison was made (UTC): what the exports print as
    // "Compared on", however much later they are written. Invalid only for
    // a comparison not made by the Comparator.
    QDateTime comparedAt;

    qint32 indexOf(const QString &articleId) const;
    const ArticleComparison &comparisonFor(qint32 article) const { return comparisons[size_t(article)]; }
    // The spans that describe `article`'s paragraphs when compared with
    // `focus` (its own comparison, or for the base, the focus article's).
    const std::vector<DiffSpan> &spansOf(qint32 article, qint32 focus) const;
    bool isEmpty() const { return articles.empty(); }
};

} // namespace WireDiff
