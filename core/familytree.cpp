#include "familytree.h"

#include "article.h"
#include "articletext.h"
#include "lexicon.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <numeric>

namespace WireDiff {

namespace {

// lupdate takes the context from this declaration, so messages from free
// functions and helper classes land where the lookup at run time finds them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::FamilyTree)
};

bool hasMetadataTime(const Article &article)
{
    return article.published.isValid() && article.publishedFromMetadata;
}

} // namespace

std::vector<std::vector<qint32>> FamilyTreeBuilder::peculiarSharing(const std::vector<ArticleText> &texts,
                                                                    const Lexicon &lexicon)
{
    const auto n = qint32(texts.size());
    // Gram -> the first two articles holding it (a third makes it common).
    struct Holders
    {
        qint32 first = -1;
        qint32 second = -1;
        bool common = false;
    };
    QHash<quint64, Holders> holders;
    for (qint32 a = 0; a < n; ++a) {
        std::vector<qint32> words;
        for (const qint32 key : texts[size_t(a)].flat->keys) {
            if (!lexicon.isPunctuation(key))
                words.push_back(key);
        }
        for (size_t i = 0; i + 3 <= words.size(); ++i) {
            const quint64 gram = (quint64(quint32(words[i])) * 0x9E3779B97F4A7C15ull)
                ^ (quint64(quint32(words[i + 1])) << 21) ^ (quint64(quint32(words[i + 2])) << 42)
                ^ quint64(quint32(words[i + 2]));
            Holders &h = holders[gram];
            if (h.first == a || h.second == a || h.common)
                continue;
            if (h.first < 0)
                h.first = a;
            else if (h.second < 0)
                h.second = a;
            else
                h.common = true;
        }
    }
    std::vector<std::vector<qint32>> shared(size_t(n), std::vector<qint32>(size_t(n), 0));
    for (const Holders &h : std::as_const(holders)) {
        if (h.common || h.second < 0)
            continue;
        ++shared[size_t(h.first)][size_t(h.second)];
        ++shared[size_t(h.second)][size_t(h.first)];
    }
    return shared;
}

FamilyTree FamilyTreeBuilder::build(const std::vector<Article> &articles, const std::vector<ArticleText> &texts,
                                    const ContainmentMatrix &containment,
                                    const std::vector<double> &consensusDistance, const Lexicon &lexicon)
{
    const auto n = qint32(articles.size());
    FamilyTree tree;
    tree.parent.assign(size_t(n), -1);
    tree.evidence.resize(size_t(n));
    tree.order.resize(size_t(n));
    std::iota(tree.order.begin(), tree.order.end(), 0);
    const bool allTimed = std::all_of(articles.begin(), articles.end(), hasMetadataTime);
    std::stable_sort(tree.order.begin(), tree.order.end(), [&](qint32 x, qint32 y) {
        if (allTimed && articles[size_t(x)].published != articles[size_t(y)].published)
            return articles[size_t(x)].published < articles[size_t(y)].published;
        return consensusDistance[size_t(x)] < consensusDistance[size_t(y)];
    });
    const auto peculiar = peculiarSharing(texts, lexicon);
    std::vector<qint64> words(size_t(n), 0);
    for (qint32 a = 0; a < n; ++a)
        words[size_t(a)] = std::count_if(texts[size_t(a)].flat->keys.begin(), texts[size_t(a)].flat->keys.end(),
                                         [&lexicon](qint32 key) { return !lexicon.isPunctuation(key); });

    for (size_t k = 1; k < tree.order.size(); ++k) {
        const qint32 child = tree.order[k];
        FamilyTree::Evidence best;
        qint32 bestParent = -1;
        for (size_t j = 0; j < k; ++j) {
            const qint32 candidate = tree.order[j];
            FamilyTree::Evidence evidence;
            const ContainmentShare &in = containment[size_t(child)][size_t(candidate)];
            const ContainmentShare &out = containment[size_t(candidate)][size_t(child)];
            evidence.childInParent = in.verbatim + in.reworded;
            evidence.parentInChild = out.verbatim + out.reworded;
            evidence.sharedPeculiar = peculiar[size_t(child)][size_t(candidate)];
            evidence.orderedByTime = allTimed && articles[size_t(candidate)].published < articles[size_t(child)].published;
            // Peculiar runs, as a share of the child's words, count three times
            // a shared word: they are what copying leaves and chance does not.
            const double peculiarShare = words[size_t(child)] > 0
                ? double(evidence.sharedPeculiar) / double(words[size_t(child)]) : 0.0;
            evidence.score = evidence.childInParent + 3.0 * peculiarShare;
            if (evidence.score > best.score) {
                best = evidence;
                bestParent = candidate;
            }
        }
        if (bestParent >= 0 && best.score >= minScore) {
            tree.parent[size_t(child)] = bestParent;
            tree.evidence[size_t(child)] = best;
        }
    }
    return tree;
}

QString FamilyTree::describe(qint32 article, const std::vector<Article> &articles) const
{
    const qint32 from = parent[size_t(article)];
    if (from < 0)
        return Messages::tr("%1 is an original here: it shares too little with any earlier version.").arg(articles[size_t(article)].id);
    const Evidence &e = evidence[size_t(article)];
    QString text = Messages::tr("%1 most likely derives from %2: %3 % of its words are found there, %4 % the other way; "
                                "%n word run(s) only these two share.",
                                nullptr, e.sharedPeculiar)
                       .arg(articles[size_t(article)].id, articles[size_t(from)].id,
                            QString::number(qRound(e.childInParent * 100)), QString::number(qRound(e.parentInChild * 100)));
    if (e.orderedByTime)
        text += QLatin1Char(' ') + Messages::tr("It was published later.");
    return text;
}

} // namespace WireDiff
