#pragma once

#include "comparator.h"
#include "testarticles.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <memory>
#include <vector>

namespace WireDiff::ViewFixtures {

// A story of `count` distinct paragraphs, deterministic, with enough
// different words that paragraphs align with their own counterparts only.
inline QStringList story(int count)
{
    static const QStringList subjects { QStringLiteral("The river"), QStringLiteral("The mayor"), QStringLiteral("Rescue crews"),
                                        QStringLiteral("The council"), QStringLiteral("Farmers upstream"), QStringLiteral("The weather service"),
                                        QStringLiteral("Local schools"), QStringLiteral("The harbour master") };
    static const QStringList verbs { QStringLiteral("warned"), QStringLiteral("reported"), QStringLiteral("confirmed"),
                                     QStringLiteral("denied"), QStringLiteral("announced"), QStringLiteral("estimated") };
    static const QStringList objects { QStringLiteral("levees near the old mill"), QStringLiteral("closed roads to the north"),
                                       QStringLiteral("sandbags at the ferry landing"), QStringLiteral("power cuts in three districts"),
                                       QStringLiteral("an evacuation of low streets"), QStringLiteral("damage to the rail bridge"),
                                       QStringLiteral("shelters in the sports hall"), QStringLiteral("water rising overnight") };
    QStringList paragraphs;
    for (int i = 0; i < count; ++i) {
        paragraphs.append(QStringLiteral("%1 %2 on day %3 that %4 would matter, citing %5 and figure %6 from %7.")
                              .arg(subjects[i % subjects.size()], verbs[(i * 5) % verbs.size()])
                              .arg(i + 1)
                              .arg(objects[(i * 3) % objects.size()], objects[(i * 7 + 1) % objects.size()])
                              .arg(1000 + i * 37)
                              .arg(subjects[(i * 3 + 2) % subjects.size()].toLower()));
    }
    return paragraphs;
}

// Three versions: the agency copy, an edit (a paragraph cut, words changed,
// a paragraph added, two paragraphs swapped) and a rewrite of every fourth
// paragraph.
inline std::vector<Article> storySet(int count)
{
    const QStringList base = story(count);
    QStringList edit = base;
    edit[1].replace(QStringLiteral("day 2"), QStringLiteral("day two, late,"));
    edit.insert(6, QStringLiteral("Only the edited copy carries this paragraph about a volunteer baker feeding the crews."));
    edit.swapItemsAt(8, 9);
    edit.removeAt(3);
    QStringList rewrite = base;
    for (int i = 2; i < rewrite.size(); i += 4)
        rewrite[i] = QStringLiteral("In other words, paragraph %1 now tells its news differently, with fresh wording throughout.").arg(i + 1);
    return { TestArticles::make(QStringLiteral("agency"), base), TestArticles::make(QStringLiteral("edit"), edit),
             TestArticles::make(QStringLiteral("rewrite"), rewrite) };
}

// storySet(count) written into `folder` (made if need be) as plain text
// files, for the tests that drive the real window on a folder.
inline bool writeStoryFolder(const QString &folder, int count)
{
    if (!QDir().mkpath(folder))
        return false;
    for (const Article &article : storySet(count)) {
        QFile file(QDir(folder).filePath(article.id + QStringLiteral(".txt")));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        for (const Paragraph &paragraph : article.paragraphs)
            file.write(paragraph.text.toUtf8() + "\n\n");
    }
    return true;
}

inline std::shared_ptr<const Comparison> compare(std::vector<Article> articles, const QString &base = QString())
{
    ComparisonOptions options;
    options.baseId = base;
    ComparisonOutcome outcome = Comparator(options).compare(std::move(articles));
    if (!outcome.comparison)
        return {};
    return std::make_shared<const Comparison>(std::move(*outcome.comparison));
}

// `count` versions of one story ("version-00", …), each with its own cuts,
// so the shares between them differ: Who Copied Whom's grid.
inline std::shared_ptr<const Comparison> versions(int count)
{
    const QStringList base = story(12);
    std::vector<Article> articles;
    for (int v = 0; v < count; ++v) {
        QStringList copy = base;
        copy.removeAt(v % copy.size());
        if (v % 3 == 1)
            copy.removeAt((v * 5) % copy.size());
        articles.push_back(TestArticles::make(QStringLiteral("version-%1").arg(v, 2, 10, QLatin1Char('0')), copy));
    }
    return compare(std::move(articles));
}

} // namespace WireDiff::ViewFixtures
