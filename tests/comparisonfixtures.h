#pragma once

#include "comparator.h"
#include "testarticles.h"

#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include <algorithm>
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

// A long story and an edited copy of it, made up from a fixed seed: its
// paragraphs copied, most with a few words replaced, some reworded,
// dropped, moved or added, so that every kind of word evidence occurs. `paragraphs`
// of about 2 to 3 sentences of 8 to 20 words each.
struct EditedStory
{
    QStringList base;
    QStringList copy;
};

inline EditedStory editedStory(int paragraphs, quint32 seed = 7)
{
    static const QStringList nouns {
        QStringLiteral("council"), QStringLiteral("river"), QStringLiteral("bridge"), QStringLiteral("mayor"),
        QStringLiteral("police"), QStringLiteral("court"), QStringLiteral("budget"), QStringLiteral("school"),
        QStringLiteral("harbour"), QStringLiteral("train"), QStringLiteral("storm"), QStringLiteral("farmers"),
        QStringLiteral("minister"), QStringLiteral("report"), QStringLiteral("hospital"), QStringLiteral("station"),
        QStringLiteral("residents"), QStringLiteral("company"), QStringLiteral("workers"), QStringLiteral("election"),
        QStringLiteral("judge"), QStringLiteral("village"), QStringLiteral("museum"), QStringLiteral("fire"),
    };
    static const QStringList verbs {
        QStringLiteral("approved"), QStringLiteral("rejected"), QStringLiteral("said"), QStringLiteral("announced"),
        QStringLiteral("closed"), QStringLiteral("opened"), QStringLiteral("warned"), QStringLiteral("denied"),
        QStringLiteral("repaired"), QStringLiteral("blocked"), QStringLiteral("funded"), QStringLiteral("visited"),
    };
    static const QStringList small {
        QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("of"), QStringLiteral("in"), QStringLiteral("on"),
        QStringLiteral("and"), QStringLiteral("after"), QStringLiteral("near"), QStringLiteral("with"),
        QStringLiteral("by"), QStringLiteral("for"), QStringLiteral("\u201Cwe\u201D"),
    };
    QRandomGenerator random(seed);
    const auto pick = [&random](const QStringList &list) { return list[qsizetype(random.bounded(quint32(list.size())))]; };
    const auto word = [&] {
        const quint32 kind = random.bounded(10u);
        if (kind < 4)
            return pick(small);
        if (kind < 7)
            return pick(nouns);
        if (kind < 9)
            return pick(verbs);
        return QString::number(random.bounded(1, 3000)); // numbers: facts
    };
    const auto sentence = [&] {
        QStringList words;
        const int length = random.bounded(8, 21);
        for (int i = 0; i < length; ++i)
            words.append(word());
        words[0][0] = words[0][0].toUpper();
        return words.join(u' ') + (random.bounded(4u) == 0 ? QStringLiteral(", officials said.") : QStringLiteral("."));
    };
    const auto paragraph = [&] {
        QStringList sentences;
        const int count = random.bounded(2, 4);
        for (int i = 0; i < count; ++i)
            sentences.append(sentence());
        return sentences.join(u' ');
    };
    EditedStory story;
    for (int p = 0; p < paragraphs; ++p)
        story.base.append(paragraph());
    for (const QString &text : std::as_const(story.base)) {
        const quint32 fate = random.bounded(10u);
        if (fate == 0)
            continue; // dropped
        if (fate == 1)
            story.copy.append(paragraph()); // added
        QStringList words = text.split(u' ');
        if (fate >= 2 && fate < 6) {
            // a few words replaced, and the numbers: changed facts
            for (int i = 0; i < 3; ++i)
                words[qsizetype(random.bounded(quint32(words.size())))] = word();
            for (QString &w : words) {
                if (!w.isEmpty() && w.front().isDigit())
                    w = QString::number(random.bounded(1, 3000)) + (w.back().isDigit() ? QString() : w.back());
            }
        } else if (fate == 6) {
            // reworded: half the words replaced, a stretch moved
            for (qsizetype i = 0; i < words.size(); i += 2)
                words[i] = word();
            std::rotate(words.begin(), words.begin() + words.size() / 3, words.end());
        }
        if (fate == 7 && !story.copy.isEmpty())
            story.copy.insert(qsizetype(random.bounded(quint32(story.copy.size()))), words.join(u' ')); // moved
        else
            story.copy.append(words.join(u' '));
    }
    return story;
}

inline QStringList replaced(QStringList paragraphs, int index, const QString &text)
{
    paragraphs[index] = text;
    return paragraphs;
}

// The classes' names, sorted and joined by "+": what a test prints and
// compares of the classes found over a stretch.
inline QString namesOf(const QSet<ChangeClass> &classes)
{
    QStringList names;
    for (const ChangeClass changeClass : classes)
        names.append(changeClassName(changeClass));
    names.sort();
    return names.join(QLatin1Char('+'));
}

} // namespace WireDiff::ComparisonFixtures
