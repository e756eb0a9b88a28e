#pragma once

#include "comparison.h"
#include "testarticles.h"

#include <QList>
#include <QMetaType>

#include <memory>

// Trees given outright for the family tree's view tests: the view, not the
// builder, is what they test.
using Parents = QList<int>; // per article, its parent, or -1
Q_DECLARE_METATYPE(Parents)

namespace WireDiff::FamilyTreeFixtures {

// A comparison whose only content that matters: the articles, named by
// `idOf(article)`, and the tree `parents`. The order lists articles by
// generation, as the builder does; each copy's evidence differs a little.
template<typename IdOf>
std::shared_ptr<const Comparison> withTree(const Parents &parents, IdOf idOf, qint32 base = 0)
{
    Comparison comparison;
    const auto n = qint32(parents.size());
    for (qint32 a = 0; a < n; ++a) {
        Article article = TestArticles::make(idOf(a), { QStringLiteral("Text.") });
        article.outlet = QStringLiteral("Outlet %1").arg(a);
        comparison.articles.push_back(article);
    }
    comparison.base = base;
    FamilyTree &tree = comparison.familyTree;
    tree.parent.assign(parents.begin(), parents.end());
    tree.evidence.resize(size_t(n));
    std::vector<qint32> depth(size_t(n), 0);
    for (qint32 a = 0; a < n; ++a) {
        for (qint32 p = tree.parent[size_t(a)]; p >= 0; p = tree.parent[size_t(p)])
            ++depth[size_t(a)];
        if (tree.parent[size_t(a)] >= 0) {
            FamilyTree::Evidence &e = tree.evidence[size_t(a)];
            e.childInParent = 0.5 + 0.01 * a;
            e.parentInChild = 0.4;
            e.sharedPeculiar = 3 + a;
            e.score = 0.7;
        }
    }
    for (qint32 d = 0; d < n; ++d) {
        for (qint32 a = 0; a < n; ++a) {
            if (depth[size_t(a)] == d)
                tree.order.push_back(a);
        }
    }
    return std::make_shared<const Comparison>(std::move(comparison));
}

// `n` articles, each copied from the one before.
inline Parents chain(int n)
{
    Parents parents;
    for (int a = 0; a < n; ++a)
        parents.append(a - 1);
    return parents;
}

// `n` articles, all copied from the first.
inline Parents star(int n)
{
    Parents parents { -1 };
    for (int a = 1; a < n; ++a)
        parents.append(0);
    return parents;
}

} // namespace WireDiff::FamilyTreeFixtures
