#include "htmlelement.h"

#include "htmltokenizer.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace WireDiff {

namespace {

QSet<QString> nameSet(const char *spaceSeparated)
{
    const QStringList names = QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return QSet<QString>(names.cbegin(), names.cend());
}

// The first word of a class name or id: "share-bar" → "share".
QStringView firstWord(QStringView name)
{
    qsizetype end = 0;
    while (end < name.size() && name[end] != QLatin1Char('-') && name[end] != QLatin1Char('_'))
        ++end;
    return name.first(end);
}

} // namespace

const HtmlElement::Info &HtmlElement::info(const QString &name)
{
    static const QHash<QString, Info> table = [] {
        QHash<QString, Info> map;
        const auto mark = [&map](const char *names, bool Info::*flag) {
            for (const QString &name : nameSet(names))
                map[name].*flag = true;
        };
        mark("address article aside blockquote body caption center dd details dialog dir div dl dt "
             "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend "
             "li listing main menu nav ol p pre section summary table tbody td tfoot th thead tr ul",
             &Info::block);
        mark("area base br col embed hr img input keygen link meta param source track wbr",
             &Info::isVoid);
        mark("applet aside audio button canvas datalist dialog embed form head iframe map math nav "
             "noscript object script select style svg template textarea video",
             &Info::dropped);
        mark("address article aside blockquote center dd details dialog dir div dl dt fieldset "
             "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li listing main menu "
             "nav ol p pre section summary table ul xmp",
             &Info::closesParagraph);
        mark("applet button caption html marquee object table td template th", &Info::paragraphScope);
        mark("base basefont bgsound link meta noscript script style template title", &Info::headContent);
        for (int level = 1; level <= 6; ++level)
            map[QStringLiteral("h%1").arg(level)].headingLevel = level;
        return map;
    }();
    static const Info inlineElement;
    const auto it = table.constFind(name);
    return it == table.cend() ? inlineElement : *it;
}

bool HtmlElement::isStoryContainer(const HtmlToken &token)
{
    const QString role = token.attribute(QLatin1String("role"));
    return token.name == QLatin1String("article") || token.name == QLatin1String("main")
        || role == QLatin1String("main") || role == QLatin1String("article");
}

bool HtmlElement::isSectioning(const QString &name)
{
    return name == QLatin1String("article") || name == QLatin1String("main") || name == QLatin1String("section");
}

bool HtmlElement::isChrome(const HtmlToken &token, bool inSection)
{
    static const QSet<QString> chromeRoles =
        nameSet("alertdialog banner complementary contentinfo dialog menu menubar navigation search");
    // Only a class name's first word counts: "share-bar" is furniture, while a
    // wrapper's "has-related" says nothing about its own content.
    static const QSet<QString> chromeWords = nameSet(
        "ad ads advert advertisement breadcrumb breadcrumbs comments cookie newsletter promo related "
        "share sharing social");
    static const QSet<QString> siteChromeWords = nameSet("footer header masthead menu nav navbar navigation");
    if (token.find(QLatin1String("hidden")) || token.attribute(QLatin1String("aria-hidden")) == QLatin1String("true"))
        return true;
    if (chromeRoles.contains(token.attribute(QLatin1String("role")).toLower()))
        return true;
    const QString style = token.attribute(QLatin1String("style")).toLower().remove(QLatin1Char(' '));
    if (style.contains(QLatin1String("display:none")) || style.contains(QLatin1String("visibility:hidden")))
        return true;
    // A stray class name never drops the story itself.
    if (isStoryContainer(token) || token.name == QLatin1String("body") || token.name == QLatin1String("html"))
        return false;
    const QString names = token.attribute(QLatin1String("class")) + QLatin1Char(' ') + token.attribute(QLatin1String("id"));
    for (const QStringView name : QStringView(names).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString word = firstWord(name).toString().toLower();
        if (chromeWords.contains(word) || (!inSection && siteChromeWords.contains(word)))
            return true;
    }
    return false;
}

std::optional<ParagraphRole> HtmlElement::markupRole(const HtmlToken &token)
{
    if (token.name == QLatin1String("figcaption"))
        return ParagraphRole::Caption;
    if (token.name == QLatin1String("time"))
        return ParagraphRole::Dateline;
    const QString markers = QStringList { token.attribute(QLatin1String("class")), token.attribute(QLatin1String("id")),
                                          token.attribute(QLatin1String("itemprop")), token.attribute(QLatin1String("rel")) }
                                .join(QLatin1Char(' '))
                                .toLower();
    const auto mentions = [&markers](std::initializer_list<const char *> words) {
        return std::any_of(words.begin(), words.end(),
                           [&markers](const char *word) { return markers.contains(QLatin1String(word)); });
    };
    if (mentions({ "byline", "author" }))
        return ParagraphRole::Byline;
    if (mentions({ "caption" }))
        return ParagraphRole::Caption;
    if (mentions({ "dateline", "timestamp", "datepublished", "pubdate", "publish-date", "published" }))
        return ParagraphRole::Dateline;
    return std::nullopt;
}

} // namespace WireDiff
