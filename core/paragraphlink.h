#pragma once

#include "article.h"

#include <QJsonObject>
#include <QString>

#include <utility>
#include <vector>

namespace WireDiff {

// The editor's manual decision that two paragraphs say the same thing
// (link) or do not (unlink), kept in the folder's sidecar for the aligner to
// honour. The sidecar stores these faithfully and does not interpret them;
// each end names its paragraph by index and by its opening words, so the
// aligner can find it again when the article changed.
struct ParagraphLink
{
    enum class Kind : quint8 { Link, Unlink };

    struct End
    {
        QString article;      // Article::id
        qint32 paragraph = -1;
        QString quote;        // the paragraph's first quoteLength code points
        QJsonObject extra;    // keys a later WireDiff wrote; saved back unchanged

        friend bool operator==(const End &, const End &) = default;
    };

    Kind kind = Kind::Link;
    End a;
    End b;
    QJsonObject extra;

    static constexpr qint32 quoteLength = 80;

    // An end naming paragraph `paragraph` of `article`, whose text is `text`.
    static End endOf(const QString &article, qint32 paragraph, const QString &text);

    // Finds an end again in a loaded folder: the article by id, then the
    // paragraph at the stored index if it still opens with the quote, else
    // the paragraph opening with the quote nearest to that index. Returns
    // (article index, paragraph index), or (-1, -1) when it is gone.
    static std::pair<qint32, qint32> resolve(const End &end, const std::vector<Article> &articles);

    friend bool operator==(const ParagraphLink &, const ParagraphLink &) = default;
};

} // namespace WireDiff
