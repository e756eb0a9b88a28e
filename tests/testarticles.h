#pragma once

#include "article.h"

#include <QStringList>

#include <vector>

namespace WireDiff::TestArticles {

// Builds an in-memory article whose paragraphs are all body text, except
// where a paragraph starts with "# " (headline) — enough for engine tests
// that should not depend on the loaders' heuristics.
inline Article make(const QString &id, const QStringList &paragraphs)
{
    Article article;
    article.id = id;
    article.language = QStringLiteral("en");
    for (const QString &text : paragraphs) {
        if (text.startsWith(QLatin1String("# ")))
            article.paragraphs.push_back(Paragraph { text.mid(2), ParagraphRole::Headline });
        else
            article.paragraphs.push_back(Paragraph { text, ParagraphRole::Body });
    }
    return article;
}

// A wire sentence with a dateline, and the same sentence reworded with the
// dateline dropped ("walked out" -> "went on strike"), between a shared
// headline and a shared last paragraph: for what a rewording leaves out.
struct DroppedDateline
{
    QStringList wire;
    QStringList reworded;
};

inline DroppedDateline droppedDateline()
{
    const QString headline = QStringLiteral("# Bus drivers strike over rotas");
    const QString after = QStringLiteral("The operators said they would run a Sunday timetable on most routes.");
    return { { headline,
               QStringLiteral("BRENTFORD, May 9 (Reuters) - Bus drivers walked out across the region on Monday in a row over "
                              "pay and rotas, the union said."),
               after },
             { headline,
               QStringLiteral("Bus drivers went on strike across the region on Monday in a row over pay and rotas, the union "
                              "said."),
               after } };
}

// An invented wire story in the inverted pyramid, headline ("# ") and five
// paragraphs: outlets cut it from the bottom.
inline QStringList bridgeStory()
{
    return {
        QStringLiteral("# Rail bridge over the Tarne closed after cracks found"),
        QStringLiteral("Engineers closed the rail bridge over the river Tarne at Kelby on Friday after inspectors found "
                       "cracks in two of its steel girders, the national rail operator said."),
        QStringLiteral("About 140 trains a day cross the bridge, which links the northern coast line with the capital. "
                       "Passengers were told to expect delays of up to two hours."),
        QStringLiteral("Operator spokeswoman Ines Marlo said the cracks were spotted during a routine inspection on "
                       "Thursday night. \"Safety comes first, and we will not reopen the line until we are sure,\" she said."),
        QStringLiteral("The bridge was built in 1911 and last strengthened in 1987. A replacement had been planned for "
                       "2031, but the money was moved to road repairs last year."),
        QStringLiteral("Bus services will replace trains between Kelby and Dunmore from Saturday morning, the operator said."),
    };
}

} // namespace WireDiff::TestArticles
