#pragma once

#include "comparator.h"
#include "testarticles.h"

#include <QList>
#include <QStringList>

#include <vector>

// What the tests of whole comparisons share: an invented story and helpers
// to compare articles and read the rows back.
namespace WireDiff::ComparisonFixtures {

// An invented story, one sentence-rich paragraph per line.
inline const QStringList story {
    QStringLiteral("Firefighters in the hill town of Varen spent Thursday night containing a blaze that destroyed "
                   "a timber warehouse near the railway station."),
    QStringLiteral("The fire started shortly after nine in the evening, according to the regional fire service, "
                   "and was brought under control by four in the morning."),
    QStringLiteral("No one was hurt, but two hundred residents of nearby streets were moved to a school gym as a "
                   "precaution while thick smoke drifted over the valley."),
    QStringLiteral("Investigators will examine the building on Friday. Police said it was too early to say "
                   "whether the fire had been started deliberately."),
    QStringLiteral("The warehouse belonged to a family firm that has traded in Varen since 1911 and employs "
                   "thirty people."),
};

using RowShape = QList<QList<QList<int>>>; // rows -> articles -> paragraph indices

inline RowShape shapeOf(const Comparison &comparison)
{
    RowShape shape;
    for (const AlignedRow &row : comparison.rows) {
        QList<QList<int>> cells;
        for (const RowCell &cell : row.cells)
            cells.append(QList<int>(cell.paragraphs.begin(), cell.paragraphs.end()));
        shape.append(cells);
    }
    return shape;
}

// One thread, so that runs compare alike; `options.threads` is overridden.
inline Comparison compareArticles(std::vector<Article> articles, ComparisonOptions options)
{
    options.threads = 1;
    ComparisonOutcome outcome = Comparator(options).compare(std::move(articles));
    if (!outcome.comparison)
        qFatal("comparison failed: %s", qPrintable(outcome.error));
    return std::move(*outcome.comparison);
}

inline Comparison compareArticles(std::vector<Article> articles, const QString &base = QString())
{
    ComparisonOptions options;
    options.baseId = base;
    return compareArticles(std::move(articles), options);
}

// Articles "base" and "other", "base" the base.
inline Comparison comparePair(const QStringList &base, const QStringList &other)
{
    return compareArticles({ TestArticles::make(QStringLiteral("base"), base), TestArticles::make(QStringLiteral("other"), other) },
                           QStringLiteral("base"));
}

// Articles "a", "b", "c"… in order, "a" the base.
inline Comparison compareLettered(const QList<QStringList> &articles)
{
    std::vector<Article> set;
    for (qsizetype a = 0; a < articles.size(); ++a)
        set.push_back(TestArticles::make(QString(QLatin1Char(char('a' + a))), articles[a]));
    return compareArticles(std::move(set), QStringLiteral("a"));
}

// The texts of an agency story and a copy that keep its first and last
// sentences and put between them 80 words each the other has not: a
// stretch with no shared word, of more cells than the diff always takes
// word by word (320 against ComparisonOptions::maxExactDiffCells).
struct WholeBlocksPair
{
    QString agency;
    QString copy;
};

inline WholeBlocksPair wholeBlocksPair()
{
    const QString first = QStringLiteral("Engineers opened the Halden dam on Monday after heavy rain in the valley.");
    const QString last = QStringLiteral("Residents downstream were told to move their cars away from the river banks.");
    const auto words = [](const QString &stem) {
        QStringList list;
        for (int i = 0; i < 80; ++i)
            list.append(stem + QString::number(i));
        return list.join(u' ') + u'.';
    };
    return { first + u' ' + words(QStringLiteral("north")) + u' ' + last,
             first + u' ' + words(QStringLiteral("south")) + u' ' + last };
}

// The pair as articles "agency" (the base) and "copy", compared with a
// cost limit of `maxExactDiffCells`.
inline Comparison compareWholeBlocksPair(int maxExactDiffCells)
{
    const WholeBlocksPair texts = wholeBlocksPair();
    ComparisonOptions options;
    options.baseId = QStringLiteral("agency");
    options.maxExactDiffCells = maxExactDiffCells;
    return compareArticles({ TestArticles::make(QStringLiteral("agency"), { texts.agency }),
                             TestArticles::make(QStringLiteral("copy"), { texts.copy }) },
                           options);
}

inline QStringList replaced(QStringList paragraphs, int index, const QString &text)
{
    paragraphs[index] = text;
    return paragraphs;
}

} // namespace WireDiff::ComparisonFixtures
