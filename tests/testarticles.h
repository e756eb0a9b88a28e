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

} // namespace WireDiff::TestArticles
