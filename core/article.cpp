#include "article.h"

namespace WireDiff {

QString articleFormatName(ArticleFormat format)
{
    switch (format) {
    case ArticleFormat::PlainText: return QStringLiteral("text");
    case ArticleFormat::Markdown: return QStringLiteral("markdown");
    case ArticleFormat::PressAssociationWire: return QStringLiteral("pa-wire");
    case ArticleFormat::Html: return QStringLiteral("html");
    case ArticleFormat::Nitf: return QStringLiteral("nitf");
    case ArticleFormat::NewsMLG2: return QStringLiteral("newsml-g2");
    }
    return QStringLiteral("text");
}

QString timeSourceName(TimeSource source)
{
    switch (source) {
    case TimeSource::None: return QString();
    case TimeSource::Metadata: return QStringLiteral("metadata");
    case TimeSource::WireHeader: return QStringLiteral("wire-header");
    case TimeSource::File: return QStringLiteral("file");
    }
    return QString();
}

QString Article::displayName() const
{
    if (!outlet.isEmpty())
        return outlet;
    if (!title.isEmpty())
        return title;
    return id;
}

} // namespace WireDiff
